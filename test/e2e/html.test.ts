// Every HTML page in dist/ passes html-validate with the repository's .htmlvalidate.json.
import { expect, test } from 'vitest';
import { formatHtmlProblems, validateHtmlFiles } from '../checks/html.ts';
import { distFile, pages } from './harness.ts';

test('every built HTML page is valid', async () => {
  const files = (await pages()).map((p) => distFile(p.file));
  const problems = await validateHtmlFiles(files);
  const counts = new Map<string, number>();
  for (const p of problems) counts.set(p.rule, (counts.get(p.rule) ?? 0) + 1);
  const byRule = [...counts].map(([rule, n]) => `${rule}×${n}`);
  console.log(`[html] ${files.length} pages validated, ${problems.length} errors ${byRule.join(' ')}`);
  // Cap the message: one markup bug in a layout repeats on every page.
  expect(problems, `html-validate errors:\n${formatHtmlProblems(problems.slice(0, 60))}`).toEqual([]);
}, 300_000);

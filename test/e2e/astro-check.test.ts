// `astro check` (TypeScript + Astro diagnostics) must report no errors and no warnings.

import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { expect, test } from 'vitest';

const run = promisify(execFile);

test('astro check: 0 errors, 0 warnings', async () => {
  let output: string;
  try {
    const { stdout, stderr } = await run('npm', ['exec', '--', 'astro', 'check'], { maxBuffer: 64 * 1024 * 1024 });
    output = stdout + stderr;
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string };
    output = `${e.stdout ?? ''}${e.stderr ?? ''}`;
  }
  // The closing summary reads "- 0 errors\n- 0 warnings\n- 2 hints"; take its last figures.
  const last = (re: RegExp) => [...output.matchAll(re)].at(-1)?.[1];
  const errors = last(/^- (\d+) errors?$/gm);
  const warnings = last(/^- (\d+) warnings?$/gm);
  const diagnostics = output
    .split('\n')
    .filter((l) => /\b(error|warning)\b/i.test(l) && !/^\s*-\s*\d+/.test(l))
    .slice(0, 40)
    .join('\n');
  console.log(`[astro check] ${errors ?? '?'} errors, ${warnings ?? '?'} warnings`);
  expect({ errors, warnings }, `astro check output:\n${diagnostics || output.slice(-4000)}`).toEqual({
    errors: '0',
    warnings: '0',
  });
}, 600_000);

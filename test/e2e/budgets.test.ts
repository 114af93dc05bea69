// Size and JavaScript budgets. Failure messages name the page and the figure; the
// measured figures are printed on every run.
import { expect, test } from 'vitest';
import { type BudgetProblem, formatBudgetProblems, htmlBytes, overBudget, scriptCount } from '../checks/budgets.ts';
import { distFile, firstOfType, pages, pagesOfType, urlOf, withPage } from './harness.ts';

const KB = 1024;
const PROJECT_HTML_BUDGET = 150 * KB;
const FIRST_SEARCH_BUDGET = 400 * KB;

test(`project pages are at most ${PROJECT_HTML_BUDGET / KB} KB of HTML`, async () => {
  const projects = await pagesOfType('project');
  expect(projects.length).toBeGreaterThan(0);
  const sizes = await Promise.all(
    projects.map(async (p) => ({ page: p.path, bytes: await htmlBytes(distFile(p.file)) })),
  );
  sizes.sort((a, b) => b.bytes - a.bytes);
  const median = sizes[Math.floor(sizes.length / 2)]!.bytes;
  console.log(
    `[budget] project HTML: ${sizes.length} pages, largest ${(sizes[0]!.bytes / KB).toFixed(1)} KB (${sizes[0]!.page}), median ${(median / KB).toFixed(1)} KB`,
  );
  const problems = sizes.flatMap((s) => overBudget(s.page, 'HTML bytes', s.bytes, PROJECT_HTML_BUDGET));
  expect(problems, `over budget:\n${formatBudgetProblems(problems)}`).toEqual([]);
});

test('no <script> on any page but search (JSON-LD excepted)', async () => {
  const problems: BudgetProblem[] = [];
  const all = (await pages()).filter((p) => p.type !== 'search');
  for (const p of all)
    problems.push(...overBudget(p.path || '(home)', '<script> elements', await scriptCount(distFile(p.file)), 0));
  console.log(`[budget] scripts: ${all.length} non-search pages, ${problems.length} with scripts`);
  expect(problems, `pages with JavaScript:\n${formatBudgetProblems(problems)}`).toEqual([]);
});

test(`the first search downloads at most ${FIRST_SEARCH_BUDGET / KB} KB`, async () => {
  const url = `${urlOf(await firstOfType('search'))}?q=${encodeURIComponent('算法')}`;
  const { pageBytes, totalBytes, requests } = await withPage({}, async (page) => {
    const finished: Array<Promise<{ url: string; bytes: number }>> = [];
    // Sizes as transferred (headers + body); cache is off (fresh context, no-store).
    page.on('requestfinished', (r) =>
      finished.push(r.sizes().then((s) => ({ url: r.url(), bytes: s.responseBodySize + s.responseHeadersSize }))),
    );
    await page.goto(url, { waitUntil: 'load' });
    const pageBytes = (await Promise.all(finished)).reduce((n, r) => n + r.bytes, 0);
    await page.locator('#search-results a').first().waitFor();
    await page.waitForLoadState('networkidle');
    const all = await Promise.all(finished);
    return { pageBytes, totalBytes: all.reduce((n, r) => n + r.bytes, 0), requests: all };
  });
  console.log(
    `[budget] first search "算法": page load ${(pageBytes / KB).toFixed(1)} KB, total with search ${(totalBytes / KB).toFixed(1)} KB in ${requests.length} requests`,
  );
  const top = [...requests]
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, 8)
    .map((r) => `    ${(r.bytes / KB).toFixed(1)} KB ${r.url}`);
  console.log(top.join('\n'));
  const problems = overBudget(url, 'bytes downloaded for the first search', totalBytes, FIRST_SEARCH_BUDGET);
  expect(problems, formatBudgetProblems(problems)).toEqual([]);
});

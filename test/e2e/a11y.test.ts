// axe-core on one page of every type (plus search with results showing):
// zero serious or critical violations.
import { expect, test } from 'vitest';
import { onePerType } from '../checks/site.ts';
import { formatAxeProblems, seriousAxeViolations } from '../checks/axe.ts';
import { pages, urlOf, withPage } from './harness.ts';

const targets = onePerType(await pages()).map((p) => ({ type: p.type, url: urlOf(p) }));
const searchPage = targets.find((t) => t.type === 'search');
if (searchPage) targets.push({ type: 'search', url: `${searchPage.url}?q=${encodeURIComponent('算法')}` });

test.for(targets)('no serious or critical axe violations: $type $url', async ({ url }) => {
  const problems = await withPage({}, async (page) => {
    await page.goto(url);
    // Let the search page render its results before auditing them.
    if (url.includes('?q=')) await page.locator('main a[href*="/projects/"], main a[href*="/departments/"]').first().waitFor();
    return seriousAxeViolations(page);
  });
  expect(problems, `axe violations:\n${formatAxeProblems(problems)}`).toEqual([]);
});

test('the page types that must exist were all audited', () => {
  const types = new Set(targets.map((t) => t.type));
  for (const type of ['home', 'year', 'jurisdiction', 'department', 'project', 'indicators', 'indicator-category', 'data', 'about', 'search'] as const) {
    expect(types, `no built page of type ${type}`).toContain(type);
  }
});

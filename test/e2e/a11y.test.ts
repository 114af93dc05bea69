// axe-core on one page of every type (plus search with results showing):
// zero serious or critical violations.
import { expect, test } from 'vitest';
import { formatAxeProblems, seriousAxeViolations } from '../checks/axe.ts';
import { onePerType } from '../checks/site.ts';
import { pages, urlOf, withPage } from './harness.ts';

const targets = onePerType(await pages()).map((p) => ({ type: p.type, path: p.path || '(home)', url: urlOf(p) }));
const searchPage = targets.find((t) => t.type === 'search');
if (searchPage)
  targets.push({ type: 'search', path: 'search/?q=算法', url: `${searchPage.url}?q=${encodeURIComponent('算法')}` });

// Phone too: some violations (scrollable regions, hidden labels) depend on the layout.
const VIEWPORTS = { desktop: { width: 1280, height: 900 }, phone: { width: 390, height: 844 } };
const cases = targets.flatMap((t) => (['desktop', 'phone'] as const).map((viewport) => ({ ...t, viewport })));

test.for(cases)('no serious or critical axe violations: $type $path ($viewport)', async ({ url, viewport }) => {
  const problems = await withPage({ viewport: VIEWPORTS[viewport] }, async (page) => {
    await page.goto(url);
    // Let the search page render its results before auditing them.
    if (url.includes('?q=')) await page.locator('#search-results a').first().waitFor();
    return seriousAxeViolations(page);
  });
  expect(problems, `axe violations:\n${formatAxeProblems(problems)}`).toEqual([]);
});

test('the page types that must exist were all audited', () => {
  const types = new Set(targets.map((t) => t.type));
  const required = [
    'home',
    'year',
    'jurisdiction',
    'department',
    'project',
    'indicators',
    'indicator-level1',
    'indicator-category',
    'indicator-category-year',
    'data',
    'about',
    'search',
    'source',
    'measurability',
    'measurability-jurisdiction',
    'findings',
    'findings-year',
    'not-found',
  ] as const;
  for (const type of required) {
    expect(types, `no built page of type ${type}`).toContain(type);
  }
});

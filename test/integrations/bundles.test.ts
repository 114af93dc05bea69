import { describe, expect, it } from 'vitest';
import { bundleList, bundlesOf } from '../../src/integrations/bundles.ts';
import { searchedPagesOf, yearOfSearchedPage } from '../../src/integrations/pagefind.ts';

describe('one Pagefind bundle per year', () => {
  it('reads the year of a searched page from its path', () => {
    expect(yearOfSearchedPage('projects/p-00b9f8a663a9/2025/index.html')).toBe(2025);
    expect(yearOfSearchedPage('departments/d-5b978d82ff/2024/index.html')).toBe(2024);
    expect(yearOfSearchedPage('indicators/1/12/2024/2/index.html')).toBe(2024);
    expect(yearOfSearchedPage('indicators/1/12/index.html')).toBeUndefined(); // a landing page: not searched
  });

  it('gives Pagefind the pages of one year', () => {
    expect(searchedPagesOf(2025)).toEqual([
      '{departments,projects}/*/2025/index.html',
      'indicators/*/*/2025/**/index.html',
    ]);
  });

  it('names a whole build’s bundles as a year part names its own, and a jurisdiction part’s under its folder', () => {
    expect(bundlesOf({}, [2024, 2025])).toEqual([
      { path: 'pagefind/year-2024/', year: 2024 },
      { path: 'pagefind/year-2025/', year: 2025 },
    ]);
    expect(bundlesOf({ SITE_SHARD: 'year:2025' }, [2025])).toEqual([{ path: 'pagefind/year-2025/', year: 2025 }]);
    expect(bundlesOf({ SITE_SHARD: 'jurisdiction:j-a' }, [2024])).toEqual([
      { path: 'pagefind/jurisdiction-j-a/year-2024/', year: 2024 },
    ]);
  });

  it('lists the bundles sorted by path, once each, whatever order the parts came in', () => {
    const a = { path: 'pagefind/jurisdiction-j-a/year-2025/', year: 2025 };
    const b = { path: 'pagefind/year-2024/', year: 2024 };
    expect(bundleList([b, a, b])).toBe(`${JSON.stringify([a, b])}\n`);
  });
});

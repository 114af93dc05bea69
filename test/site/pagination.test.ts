// Listings are split into pages of PAGE_SIZE rows, checked on the site built from the samples five
// times over (global-setup.ts), where indicator categories run over several pages.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { readRecords } from '../../src/collections/records.ts';
import { PAGE_SIZE } from '../../src/lib/paging.ts';
import { departmentYears } from '../../src/site/departments.ts';
import { indicatorEntries } from '../../src/site/indicators.ts';

const { dir, records } = inject('pagedSite');
const expected = new Map<string, number>();
for (const data of indicatorEntries(departmentYears(await readRecords(records)))) {
  const key = `${data.indicator.level1.code}/${data.indicator.level2.code}/${data.year}`;
  expected.set(key, (expected.get(key) ?? 0) + 1);
}

/** The HTML of every page of one category-year listing, in order. */
function pagesOf(key: string): string[] {
  const pages: string[] = [];
  for (let n = 1; ; n++) {
    const file = join(dir, 'indicators', key, n === 1 ? '' : String(n), 'index.html');
    if (!existsSync(file)) return pages;
    pages.push(readFileSync(file, 'utf8'));
  }
}

const rowsOf = (html: string): number => html.match(/<th scope="row">/g)?.length ?? 0;

describe('indicator category pages of a large corpus', () => {
  it('hold at most PAGE_SIZE rows each, all but the last full, and together every indicator of the category', () => {
    let paged = 0;
    for (const [key, count] of expected) {
      const rows = pagesOf(key).map(rowsOf);
      expect(
        rows.reduce((a, b) => a + b, 0),
        key,
      ).toBe(count);
      expect(
        rows.slice(0, -1).every((r) => r === PAGE_SIZE),
        `${key}: ${rows.join(', ')}`,
      ).toBe(true);
      expect(rows[rows.length - 1]!, key).toBeLessThanOrEqual(PAGE_SIZE);
      if (rows.length > 1) paged++;
    }
    expect(paged, 'no category of the corpus runs over two pages').toBeGreaterThan(0);
  });

  it('link each page to the next and the previous, and number the titles of later pages', () => {
    const [key, pages] = [...expected.keys()].map((k) => [k, pagesOf(k)] as const).find(([, p]) => p.length > 1)!;
    const last = pages.length;
    expect(pages[0]).toContain(`<a href="/budget/indicators/${key}/2/" rel="next">下一页</a>`);
    expect(pages[0]).not.toContain('rel="prev"');
    expect(pages[last - 1]).toContain(`rel="prev"`);
    expect(pages[last - 1]).not.toContain('rel="next"');
    expect(pages[last - 1]).toContain(`第 ${last} 页，共 ${last} 页`);
    expect(pages[1]).toMatch(/<title>[^<]*（第 2 页，共 \d+ 页）/);
  });
});

import { describe, expect, it } from 'vitest';
import { builtPages, readBuilt } from './built.ts';

const indexed = (page: string) => /<main[^>]*data-pagefind-body/.test(readBuilt(page));
/** A redirect page at a renamed department's or project's former address. */
const moved = (page: string) => readBuilt(page).includes('<meta http-equiv="refresh"');

describe('search markup', () => {
  it('indexes only department, project and indicator category pages of a year', () => {
    expect(builtPages().filter(indexed)).toEqual(
      builtPages().filter(
        (p) => (/^(departments|projects)\//.test(p) && !moved(p)) || /^indicators\/\d\/\d\d\/\d{4}\//.test(p),
      ),
    );
  });

  it('carries the raw amount for sorting and every spelling of it for search', () => {
    const project = readBuilt('projects/p-fixture00tcl9/2025/index.html');
    expect(project).toContain('data-pagefind-sort="amount:12537"');
    expect(project).toContain('<span data-pagefind-meta="金额">12,537.00 万元（1.25 亿元）</span>');
    expect(project).toContain('<span class="visually-hidden">12537 12,537 12537.00</span>');
  });

  it('offers year, jurisdiction, department and type filters', () => {
    const project = readBuilt('projects/p-fixture00chip/2024/index.html');
    expect(project).toContain('<dd data-pagefind-filter="年度">2024</dd>');
    expect(project).toContain('<dd data-pagefind-filter="地区">黄埔区</dd>');
    expect(project).toContain('<dd data-pagefind-filter="部门">黄埔测试工业和信息化局</dd>');
    expect(project).toContain('<dd data-pagefind-filter="类型">项目</dd>');
  });

  it('puts a plain GET search form on every page', () => {
    for (const page of builtPages()) {
      expect(readBuilt(page), page).toContain(
        '<form class="search-form" role="search" action="/budget/search/" method="get">',
      );
    }
  });

  it('builds one Pagefind index per year from the searched pages only, with Chinese segmentation', () => {
    const pages = (year: number) => {
      const entry = JSON.parse(readBuilt(`pagefind/year-${year}/pagefind-entry.json`));
      expect(Object.keys(entry.languages)).toEqual(['zh-cn']);
      return entry.languages['zh-cn'].page_count;
    };
    const ofYear = (year: number) => builtPages().filter((p) => indexed(p) && p.includes(`/${year}/`)).length;
    expect([pages(2024), pages(2025)]).toEqual([ofYear(2024), ofYear(2025)]);
    // 2 departments, 5 projects and 6 category-year pages: every page marked for search.
    expect(pages(2024) + pages(2025)).toBe(2 + 5 + 6);
    expect(readBuilt('pagefind/bundles.json')).toBe(
      '[{"path":"pagefind/year-2024/","year":2024},{"path":"pagefind/year-2025/","year":2025}]\n',
    );
  });
});

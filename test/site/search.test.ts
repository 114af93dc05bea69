import { describe, expect, it } from 'vitest';
import { builtPages, readBuilt } from './built.ts';

const indexed = (page: string) => /<main[^>]*data-pagefind-body/.test(readBuilt(page));

describe('search markup', () => {
  it('indexes only department, project and indicator category pages', () => {
    expect(builtPages().filter(indexed)).toEqual(
      builtPages().filter((p) => /^(departments|projects)\//.test(p) || /^indicators\/\d\/\d\d\//.test(p)),
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

  it('builds one Pagefind bundle for the year-less category pages and one per year, with Chinese segmentation', () => {
    const pageCount = (bundle: string): number => {
      const entry = JSON.parse(readBuilt(`pagefind/${bundle}pagefind-entry.json`));
      expect(Object.keys(entry.languages), bundle).toEqual(['zh-cn']);
      return entry.languages['zh-cn'].page_count;
    };
    expect(JSON.parse(readBuilt('pagefind/bundles.json'))).toEqual(['2025/', '2024/']);
    // pagefind/: the 5 二级 categories. 2025/: 1 department, 4 projects, 5 category-year pages.
    // 2024/: 1 department, 1 project, 1 category-year page. Together every page marked for search.
    const counts = [pageCount(''), pageCount('2025/'), pageCount('2024/')];
    expect(counts).toEqual([5, 1 + 4 + 5, 1 + 1 + 1]);
    expect(counts.reduce((a, b) => a + b)).toBe(builtPages().filter(indexed).length);
  });
});

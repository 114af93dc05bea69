/** The pure half of `npm run build:merge`: conflicts, the parts' bundles, the merged sitemap. */
import { describe, expect, it } from 'vitest';
import { mergeSitemaps, planMerge, splitProblems } from '../../scripts/merge-parts.ts';

const part = (dir: string, files: Record<string, string>) => ({ dir, files: new Map(Object.entries(files)) });

describe('planMerge', () => {
  it('copies each file once, from the first part that has it, when the parts agree', () => {
    const plan = planMerge([
      part('a', { 'index.html': 'h1', 'departments/d/2024/index.html': 'd24' }),
      part('b', { 'index.html': 'h1', 'departments/d/2025/index.html': 'd25' }),
    ]);
    expect(plan.conflicts).toEqual([]);
    expect([...plan.sources]).toEqual([
      ['departments/d/2024/index.html', 'a'],
      ['index.html', 'a'],
      ['departments/d/2025/index.html', 'b'],
    ]);
  });

  it('names every file two parts wrote with different bytes', () => {
    const plan = planMerge([
      part('a', { 'index.html': 'h1', 'about/index.html': 'x' }),
      part('b', { 'index.html': 'h2', 'about/index.html': 'x' }),
      part('c', { 'index.html': 'h1' }),
    ]);
    expect(plan.conflicts).toEqual(['index.html: a and b differ']);
  });

  it('leaves the bundle list and the sitemap to the merge, which rewrites them for all parts', () => {
    const plan = planMerge([
      part('a', { 'pagefind/bundles.json': '1', 'sitemap-index.xml': '1', 'sitemap-0.xml': '1' }),
      part('b', { 'pagefind/bundles.json': '2', 'sitemap-index.xml': '2', 'sitemap-0.xml': '2' }),
    ]);
    expect(plan).toEqual({ sources: new Map(), conflicts: [] });
  });
});

describe('splitProblems', () => {
  const shared = part('shared', { 'indicators/index.html': 'i' });
  const other = part('other', { 'index.html': 'h' });

  it('accepts the parts of one split with its shared part (a whole build is its year parts)', () => {
    expect(splitProblems(['pagefind/year-2024/', 'pagefind/year-2025/'], [other, shared])).toEqual([]);
    const jurisdictions = ['pagefind/jurisdiction-j-a/year-2024/', 'pagefind/jurisdiction-shared/year-2024/'];
    expect(splitProblems(jurisdictions, [other, shared])).toEqual([]);
  });

  it('refuses a split without its shared part, and two splits mixed', () => {
    expect(splitProblems(['pagefind/year-2024/', 'pagefind/year-2025/'], [other])).toEqual([
      "no year:shared part: its pages (home's links, indicators) would be missing",
    ]);
    expect(splitProblems(['pagefind/jurisdiction-j-a/year-2024/'], [other])).toEqual([
      "no jurisdiction:shared part: its pages (home's links, indicators) would be missing",
    ]);
    expect(splitProblems(['pagefind/year-2024/', 'pagefind/jurisdiction-j-a/year-2024/'], [shared])).toEqual([
      'parts split by jurisdiction and by year: pick one dimension',
    ]);
  });
});

describe('mergeSitemaps', () => {
  const head = '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">';
  const url = (path: string) => `<url><loc>https://example.org/budget/${path}</loc></url>`;
  const index =
    '<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">' +
    '<sitemap><loc>https://example.org/budget/sitemap-0.xml</loc></sitemap></sitemapindex>';

  it("lists every part's pages once, in URL order, under the first part's index", () => {
    const merged = mergeSitemaps(index, [
      `${head}${url('')}${url('departments/d/2024/')}${url('years/2024/')}</urlset>`,
      `${head}${url('')}${url('departments/d/2025/')}</urlset>`,
    ]);
    expect([...merged]).toEqual([
      [
        'sitemap-0.xml',
        `${head}${url('')}${url('departments/d/2024/')}${url('departments/d/2025/')}${url('years/2024/')}</urlset>`,
      ],
      ['sitemap-index.xml', index],
    ]);
  });

  it('splits more than 45,000 pages into several files, as @astrojs/sitemap does', () => {
    const many = Array.from({ length: 45_001 }, (_, i) => url(`p/${String(i).padStart(5, '0')}/`));
    const merged = mergeSitemaps(index, [`${head}${many.join('')}</urlset>`]);
    expect([...merged.keys()]).toEqual(['sitemap-0.xml', 'sitemap-1.xml', 'sitemap-index.xml']);
    expect(merged.get('sitemap-1.xml')).toBe(`${head}${url('p/45000/')}</urlset>`);
    expect(merged.get('sitemap-index.xml')).toContain(
      '<sitemap><loc>https://example.org/budget/sitemap-0.xml</loc></sitemap><sitemap><loc>https://example.org/budget/sitemap-1.xml</loc></sitemap></sitemapindex>',
    );
  });
});

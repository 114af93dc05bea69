/** Renamed departments and projects on the built fixture site (under /budget/): old URLs lead to the page, other names shown. */
import { describe, expect, it } from 'vitest';
import { builtPages, readBuilt } from './built.ts';

describe('a renamed project (fixture p-fixture00model, formerly p-fixture00renamed)', () => {
  const moved = readBuilt('projects/p-fixture00renamed/2025/index.html');

  it('has a redirect page at its old URL: canonical link, immediate refresh and a visible link, under the base path', () => {
    expect(moved).toContain('<link rel="canonical" href="https://example.org/budget/projects/p-fixture00model/2025/">');
    expect(moved).toContain('<meta http-equiv="refresh" content="0;url=/budget/projects/p-fixture00model/2025/">');
    expect(moved).toContain('<meta name="robots" content="noindex">');
    expect(moved).toContain(
      '<h1>此页已移至新地址</h1><p>名称更正或改名后，这一页的地址变了。请前往：<a href="/budget/projects/p-fixture00model/2025/">海珠区建设人工智能大模型应用示范区经费（2025年）</a></p>',
    );
    // The page it leads to exists, and the redirect is not indexed for search.
    expect(builtPages()).toContain('projects/p-fixture00model/2025/index.html');
    expect(moved).not.toContain('data-pagefind-body');
  });

  it('lists its other name on its page', () => {
    expect(readBuilt('projects/p-fixture00model/2025/index.html')).toContain(
      '<p class="other-names">曾用名：海珠区人工智能大模型应用示范区经费</p>',
    );
  });
});

describe('a renamed department (fixture d-fixture0001, formerly d-fixture0old1)', () => {
  it('has a redirect page at its old URL whose name is escaped text', () => {
    const moved = readBuilt('departments/d-fixture0old1/2025/index.html');
    expect(moved).toContain('<meta http-equiv="refresh" content="0;url=/budget/departments/d-fixture0001/2025/">');
    expect(moved).toContain(
      '<a href="/budget/departments/d-fixture0001/2025/">琶洲测试管理委员会&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; 合作（2025年）</a>',
    );
  });

  it('lists its other name once on its page', () => {
    const page = readBuilt('departments/d-fixture0001/2025/index.html');
    expect(page.match(/曾用名：/g)).toHaveLength(1);
    expect(page).toContain('<p class="other-names">曾用名：琶洲测试管理委员会（旧称）</p>');
  });
});

describe('the sitemap', () => {
  const listed = readBuilt('sitemap-0.xml').match(/<loc>[^<]*<\/loc>/g) ?? [];

  it('lists the pages renamed records lead to, and none of the redirect pages at their former addresses', () => {
    expect(listed).toContain('<loc>https://example.org/budget/projects/p-fixture00model/2025/</loc>');
    expect(listed).toContain('<loc>https://example.org/budget/departments/d-fixture0001/2025/</loc>');
    expect(listed.filter((loc) => /fixture00renamed|fixture0old1/.test(loc))).toEqual([]);
  });

  it('lists every other page of the site', () => {
    const pages = builtPages()
      .filter((p) => p !== '404.html' && !/fixture00renamed|fixture0old1/.test(p))
      .map((p) => `<loc>https://example.org/budget/${p.replace(/index\.html$/, '')}</loc>`);
    expect([...listed].sort()).toEqual(pages.sort());
  });
});

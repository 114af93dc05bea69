/** How concrete the promises are, on the built fixture site: the table without JavaScript, the chart, the home summary, the method. */
import { describe, expect, it } from 'vitest';
import { readBuilt } from './built.ts';

/** The page's markup without the line breaks between tags, so a row reads as one string. */
const page = (path: string): string => readBuilt(path).replace(/>\s+</g, '><');

describe('the measurability page', () => {
  const html = page('measurability/index.html');

  it('tabulates each jurisdiction-year with counts per 一级 category, as plain table rows', () => {
    expect(html).toContain(
      '<tr><th scope="row"><a href="/budget/measurability/2025/j-haizhu01/">海珠区 2025年</a></th><td class="num">6</td><td class="num">3</td><td class="num">50.0%</td><td class="num">2/3</td><td class="num">0/2</td><td class="num">1/1</td></tr>',
    );
    expect(html).toContain(
      '<tr><th scope="row"><a href="/budget/measurability/2024/j-huangpu1/">黄埔区 2024年</a></th><td class="num">1</td><td class="num">1</td><td class="num">100.0%</td><td class="num">1/1</td><td class="num">—</td><td class="num">—</td></tr>',
    );
    expect(html).not.toContain('<script');
  });
});

describe('the page of a jurisdiction-year', () => {
  const html = page('measurability/2025/j-haizhu01/index.html');

  it('lists each department linked to its page, and each 二级 category linked to its year listing', () => {
    expect(html).toContain(
      '<th scope="row"><a href="/budget/departments/d-fixture0001/2025/">琶洲测试管理委员会&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; 合作</a></th><td class="num">6</td><td class="num">3</td><td class="num">50.0%</td>',
    );
    expect(html).toContain(
      '<th scope="row"><a href="/budget/indicators/2/22/2025/">效益指标 › 社会效益指标</a></th><td class="num">2</td><td class="num">0</td><td class="num">2</td>',
    );
  });

  it('draws a bar per department at build time, its figures in text and in the description', () => {
    expect(html).toContain(
      '<desc id="chart-desc">琶洲测试管理委员会&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; 合作 50.0%（3/6）</desc>',
    );
    expect(html).toContain('<rect x="0" y="22" width="180.0" height="14" class="bar">');
  });
});

describe('the department table in another order, with no script', () => {
  const html = page('measurability/2025/j-haizhu01/index.html');

  it('marks the order of the default page and links the other orders', () => {
    const head = html.match(/<caption>海珠区 2025年各部门[^<]*<\/caption><thead><tr>(.*?)<\/tr>/)?.[1];
    expect(head).toBe(
      '<th scope="col"><a href="/budget/measurability/2025/j-haizhu01/name/">部门</a></th>' +
        '<th scope="col" class="num"><a href="/budget/measurability/2025/j-haizhu01/total/">指标数</a></th>' +
        '<th scope="col" class="num">可量化</th>' +
        '<th scope="col" class="num" aria-sort="descending">占比</th>' +
        '<th scope="col" class="num">产出指标（可量化/总数）</th><th scope="col" class="num">效益指标（可量化/总数）</th><th scope="col" class="num">满意度指标（可量化/总数）</th>',
    );
  });

  it('is a page of its own in each order, naming the default order as canonical', () => {
    for (const order of ['name', 'total']) {
      const view = page(`measurability/2025/j-haizhu01/${order}/index.html`);
      expect(view).toContain('<link rel="canonical" href="https://example.org/budget/measurability/2025/j-haizhu01/">');
    }
    expect(page('measurability/2025/j-haizhu01/name/index.html')).toContain(
      '<caption>海珠区 2025年各部门可量化指标的占比（按部门名称）</caption><thead><tr><th scope="col" aria-sort="ascending">部门</th>',
    );
    expect(page('measurability/2025/j-haizhu01/total/index.html')).toContain(
      '<th scope="col" class="num" aria-sort="descending">指标数</th>',
    );
  });
});

describe('the home page', () => {
  it('summarises each jurisdiction-year and links to the page', () => {
    const home = page('index.html');
    expect(home).toContain(
      '<h2>承诺有多具体</h2><ul><li>2025年海珠区：6 个绩效指标中 3 个可量化（50.0%）</li><li>2024年黄埔区：1 个绩效指标中 1 个可量化（100.0%）</li></ul>',
    );
    expect(home).toContain('<a href="/budget/measurability/">各部门、各指标类别的可量化程度</a>');
  });
});

describe('the about page', () => {
  it('explains the method and links to the page', () => {
    const about = page('about/index.html');
    expect(about).toContain(
      '<h2 id="承诺有多具体可量化指标的占比怎样计算">承诺有多具体：可量化指标的占比怎样计算</h2>',
    );
    expect(about).toContain('<a href="/budget/measurability/">承诺有多具体：可量化指标的占比</a>');
  });
});

import { describe, expect, it } from 'vitest';
import { departmentYears } from '../../src/site/departments.ts';
import { indicatorEntries } from '../../src/site/indicators.ts';
import { fixtureRecords } from '../collections/fixtures.ts';
import { builtPages, readBuilt } from './built.ts';

const under = (prefix: string) => builtPages().filter((p) => p.startsWith(prefix));

describe('page set', () => {
  it('has exactly one page per department and year, and a redirect at a renamed department’s former address', () => {
    expect(under('departments/')).toEqual([
      'departments/d-fixture0001/2025/index.html',
      'departments/d-fixture0002/2024/index.html',
      'departments/d-fixture0old1/2025/index.html',
    ]);
  });

  it('has exactly one page per project and year, and a redirect at a renamed project’s former address', () => {
    expect(under('projects/')).toEqual([
      'projects/p-fixture00chip/2024/index.html',
      'projects/p-fixture00inno/2025/index.html',
      'projects/p-fixture00model/2025/index.html',
      'projects/p-fixture00oper/2025/index.html',
      'projects/p-fixture00renamed/2025/index.html',
      'projects/p-fixture00tcl9/2025/index.html',
    ]);
  });

  it('has the listing, indicator, findings, data, about, search, source text and 404 pages', () => {
    expect(builtPages().filter((p) => !p.startsWith('departments/') && !p.startsWith('projects/'))).toEqual([
      '404.html',
      'about/index.html',
      'data/index.html',
      'findings/2024/index.html',
      'findings/2025/index.html',
      'findings/index.html',
      'index.html',
      'indicators/1/11/2024/index.html',
      'indicators/1/11/2025/index.html',
      'indicators/1/11/index.html',
      'indicators/1/12/2025/index.html',
      'indicators/1/12/index.html',
      'indicators/1/13/2025/index.html',
      'indicators/1/13/index.html',
      'indicators/1/index.html',
      'indicators/2/22/2025/index.html',
      'indicators/2/22/index.html',
      'indicators/2/index.html',
      'indicators/3/31/2025/index.html',
      'indicators/3/31/index.html',
      'indicators/3/index.html',
      'indicators/index.html',
      'measurability/2024/j-huangpu1/index.html',
      'measurability/2024/j-huangpu1/name/index.html',
      'measurability/2024/j-huangpu1/total/index.html',
      'measurability/2025/j-haizhu01/index.html',
      'measurability/2025/j-haizhu01/name/index.html',
      'measurability/2025/j-haizhu01/total/index.html',
      'measurability/index.html',
      'search/index.html',
      'sources/2025-d-fixture0001-overall/index.html',
      'years/2024/index.html',
      'years/2024/j-huangpu1/index.html',
      'years/2025/index.html',
      'years/2025/j-haizhu01/index.html',
    ]);
  });

  it('lists on the pages of each indicator category exactly the indicators of that category', async () => {
    const expected = new Map<string, string[]>();
    for (const data of indicatorEntries(departmentYears(await fixtureRecords()))) {
      const key = `${data.indicator.level1.code}/${data.indicator.level2.code}`;
      const owner = data.projectId ? `projects/${data.projectId}` : `departments/${data.departmentId}`;
      expected.set(key, [...(expected.get(key) ?? []), `${data.indicator.name} @ ${owner}/${data.year}/`].sort());
    }
    const listed = new Map<string, string[]>();
    for (const page of under('indicators/').filter((p) => /^indicators\/\d\/\d\d\/\d{4}\//.test(p))) {
      const key = page.split('/').slice(1, 3).join('/');
      const rows = [
        ...readBuilt(page).matchAll(
          /<tr><th scope="row">([^<]*)(?:<span[^>]*>[^<]*<\/span>)?<\/th><td><a href="\/budget\/([^"]*)"/g,
        ),
      ];
      listed.set(key, [...(listed.get(key) ?? []), ...rows.map((m) => `${m[1]} @ ${m[2]}`)].sort());
    }
    expect(Object.fromEntries(listed)).toEqual(Object.fromEntries(expected));
  });
});

describe('department page', () => {
  it('draws the spending composition as a static SVG: a labelled bar per item, scaled to the largest', () => {
    const html = readBuilt('departments/d-fixture0001/2025/index.html');
    const svg = /<svg[^>]*role="img"[\s\S]*?<\/svg>/.exec(html)?.[0] ?? '';
    const texts = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
    const widths = [...svg.matchAll(/<rect[^>]*width="([^"]*)"/g)].map((m) => m[1]);
    expect(texts).toEqual([
      '基本支出 736.81 万元（7.4%）',
      '项目支出 1,254.72 万元（12.6%）',
      '财政专项资金 800.00 万元（8.0%）',
      '其他事业发展性支出 7,185.17 万元（72.0%）',
    ]);
    expect(widths).toEqual(['36.9', '62.9', '40.1', '360.0']);
    expect(svg).toContain(
      '<desc id="budget-chart-desc">基本支出 736.81 万元（7.4%）；项目支出 1,254.72 万元（12.6%）；',
    );
  });
});

describe('findings pages', () => {
  it('count the findings of each year and list them with their department and source lines', () => {
    expect(readBuilt('findings/index.html')).toMatch(
      /<th scope="row"><a href="\/budget\/findings\/2025\/">2025年<\/a><\/th><td class="num">1<\/td><td class="num">1<\/td><td class="num">0<\/td><td class="num">2<\/td>/,
    );
    const y2025 = readBuilt('findings/2025/index.html');
    expect(y2025).toContain(
      '<a href="/budget/departments/d-fixture0001/2025/">琶洲测试管理委员会&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; 合作</a>',
    );
    expect(y2025).toContain('<td><a href="/budget/sources/2025-d-fixture0001-overall/#L7">7–15</a></td>');
    // The 2024 record's source text is not among the fixtures: its lines stay plain text.
    expect(readBuilt('findings/2024/index.html')).toContain('<td>9–11</td>');
  });
});

/** Shards of the site model: which part builds which page, over the fixture records (2024 黄埔, 2025 海珠). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildSiteModel, type SiteModel } from '../../src/site/model.ts';
import { inShard, parseShard, type Shard } from '../../src/site/shard.ts';
import { fixtureRecords } from '../collections/fixtures.ts';

const records = await fixtureRecords();
const sourceFiles = new Map([['2025-d-fixture0001-overall', '/sources/000_fixture.txt']]);
const whole = buildSiteModel(records, { sourceFiles });
const part = (key: string): SiteModel => buildSiteModel(records, { sourceFiles, shard: parseShard(key) });

/** Every page of a model as a path-like key: the pages a build of it writes from the dynamic routes. */
function pages(model: SiteModel): string[] {
  const keys = (route: string, paths: readonly { params: Record<string, string> }[]) =>
    paths.map((p) => `${route} ${Object.values(p.params).join('/')}`);
  return [
    ...keys('year', model.years),
    ...keys('jurisdiction', model.jurisdictions),
    ...keys('department', model.departments),
    ...keys('project', model.projects),
    ...keys('level1', model.indicators.level1),
    ...keys('level2', model.indicators.level2),
    ...keys('level2Year', model.indicators.level2Years),
    ...keys('findings', model.findings.listings),
    ...keys('source', model.sources),
    ...keys('record', model.recordFiles),
  ];
}

describe('parseShard', () => {
  it('reads a year, a jurisdiction id and the shared part of either', () => {
    expect(parseShard('year:2025')).toEqual({ by: 'year', value: '2025' });
    expect(parseShard('jurisdiction:j-haizhu01')).toEqual({ by: 'jurisdiction', value: 'j-haizhu01' });
    expect(parseShard('year:shared')).toEqual({ by: 'year', value: 'shared' });
  });

  it('refuses any other key, naming the forms it takes', () => {
    for (const key of [
      '',
      'year',
      'year:25',
      'year:2025:x',
      'region:j-haizhu01',
      'jurisdiction:J_1',
      'jurisdiction:',
    ]) {
      expect(() => parseShard(key), key).toThrow(
        `--shard ${key}: expected year:<yyyy>, jurisdiction:<jurisdiction id> or <year|jurisdiction>:shared`,
      );
    }
  });
});

describe('inShard', () => {
  it('puts every page in exactly one part of a split', () => {
    const coordinates = fc.record(
      { year: fc.integer({ min: 2020, max: 2026 }), jurisdictionId: fc.constantFrom('j-a', 'j-b') },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(coordinates, fc.constantFrom<Shard['by']>('year', 'jurisdiction'), (at, by) => {
        const values = by === 'year' ? ['2020', '2021', '2022', '2023', '2024', '2025', '2026'] : ['j-a', 'j-b'];
        const owners = [...values, 'shared'].filter((value) => inShard({ by, value }, at));
        expect(owners).toHaveLength(1);
      }),
    );
  });
});

describe('buildSiteModel with a shard', () => {
  it('splits the pages by year: each year its own pages, the shared part those of no year', () => {
    expect(pages(part('year:2024'))).toEqual([
      'year 2024',
      'jurisdiction 2024/j-huangpu1',
      'department d-fixture0002/2024',
      'project p-fixture00chip/2024',
      'level2Year 1/11/2024',
      'findings 2024',
      'record 2024-d-fixture0002-projects',
    ]);
    expect(pages(part('year:shared'))).toEqual([
      'level1 1',
      'level1 2',
      'level1 3',
      'level2 1/11',
      'level2 1/12',
      'level2 1/13',
      'level2 2/22',
      'level2 3/31',
    ]);
    const union = ['year:2024', 'year:2025', 'year:shared'].flatMap((key) => pages(part(key)));
    expect(union.sort()).toEqual(pages(whole).sort());
  });

  it('splits by jurisdiction: the year listings of all jurisdictions go to the shared part', () => {
    expect(pages(part('jurisdiction:j-huangpu1'))).toEqual([
      'jurisdiction 2024/j-huangpu1',
      'department d-fixture0002/2024',
      'project p-fixture00chip/2024',
      'record 2024-d-fixture0002-projects',
    ]);
    const union = ['jurisdiction:j-huangpu1', 'jurisdiction:j-haizhu01', 'jurisdiction:shared'].flatMap((key) =>
      pages(part(key)),
    );
    expect(union.sort()).toEqual(pages(whole).sort());
  });

  it('gives a part the same props as the whole site: links to other years, totals, open data', () => {
    const { home, openData, indicators, findings, departments, projects } = part('year:2025');
    expect({ home, openData, categories: indicators.categories, findings: findings.years }).toEqual({
      home: whole.home,
      openData: whole.openData,
      categories: whole.indicators.categories,
      findings: whole.findings.years,
    });
    expect(departments).toEqual(whole.departments.filter((d) => d.params.year === '2025'));
    expect(projects).toEqual(whole.projects.filter((p) => p.params.year === '2025'));
  });
});

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

/**
 * Every page of a model: each list of paths found in it, walked generically so that a list added to
 * the model later is checked too, as `<where in the model> <params>`.
 */
function pages(model: unknown, at = ''): string[] {
  if (Array.isArray(model)) {
    return model.flatMap((p) => (p?.params ? [`${at} ${Object.values(p.params).join('/')}`] : []));
  }
  if (typeof model !== 'object' || model === null) return [];
  return Object.entries(model).flatMap(([key, value]) => pages(value, at ? `${at}.${key}` : key));
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
      'years 2024',
      'jurisdictions 2024/j-huangpu1',
      'departments d-fixture0002/2024',
      'projects p-fixture00chip/2024',
      'indicators.level2Years 1/11/2024',
      'findings.listings 2024',
      'measurabilityPages 2024/j-huangpu1/',
      'measurabilityPages 2024/j-huangpu1/total',
      'measurabilityPages 2024/j-huangpu1/name',
      'recordFiles 2024-d-fixture0002-projects',
    ]);
    expect(pages(part('year:shared'))).toEqual([
      'indicators.level1 1',
      'indicators.level1 2',
      'indicators.level1 3',
      'indicators.level2 1/11',
      'indicators.level2 1/12',
      'indicators.level2 1/13',
      'indicators.level2 2/22',
      'indicators.level2 3/31',
    ]);
    const union = ['year:2024', 'year:2025', 'year:shared'].flatMap((key) => pages(part(key)));
    expect(union.sort()).toEqual(pages(whole).sort());
  });

  it('splits by jurisdiction: the year listings of all jurisdictions go to the shared part', () => {
    expect(pages(part('jurisdiction:j-huangpu1'))).toEqual([
      'jurisdictions 2024/j-huangpu1',
      'departments d-fixture0002/2024',
      'projects p-fixture00chip/2024',
      'measurabilityPages 2024/j-huangpu1/',
      'measurabilityPages 2024/j-huangpu1/total',
      'measurabilityPages 2024/j-huangpu1/name',
      'recordFiles 2024-d-fixture0002-projects',
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

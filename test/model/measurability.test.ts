/** How concrete the promises are: measurable indicators per jurisdiction-year and department, with exact counts. */
import { describe, expect, it } from 'vitest';
import { readRecords } from '../../src/collections/records.ts';
import { departmentYears } from '../../src/site/departments.ts';
import { jurisdictionYears } from '../../src/site/listings.ts';
import { type Measurability, measurability } from '../../src/site/measurability.ts';
import { fixtureRecords } from '../collections/fixtures.ts';

/** The counts as [code, total, measurable] per 一级 category, each with its 二级 categories. */
const byCategory = (m: Measurability) =>
  m.categories.map((c) => [
    c.level1.code,
    c.total,
    c.measurable,
    c.level2.map((l) => [l.level2.code, l.total, l.measurable]),
  ]);

const fixture = measurability(jurisdictionYears(departmentYears(await fixtureRecords())));
const samples = measurability(jurisdictionYears(departmentYears(await readRecords('content/records'))));

describe('measurability of the fixture records', () => {
  const { overall, jurisdictions } = fixture;

  it('counts each jurisdiction-year, newest year first, and every year together', () => {
    expect(jurisdictions.map((j) => [j.year, j.jurisdiction, j.total, j.measurable, j.share])).toEqual([
      [2025, '海珠区', 6, 3, 0.5],
      [2024, '黄埔区', 1, 1, 1],
    ]);
    expect([overall.total, overall.measurable, overall.categories.map((c) => c.level1.name)]).toEqual([
      7,
      4,
      ['产出指标', '效益指标', '满意度指标'],
    ]);
  });

  it('counts a department per 一级 and 二级 category: its own indicators and its projects’', () => {
    const [department] = jurisdictions[0]!.departmentsBy.share;
    expect([department?.departmentId, department?.total, department?.measurable]).toEqual(['d-fixture0001', 6, 3]);
    expect(byCategory(department!)).toEqual([
      [
        '1',
        3,
        2,
        [
          ['11', 1, 1],
          ['12', 1, 0],
          ['13', 1, 1],
        ],
      ],
      ['2', 2, 0, [['22', 2, 0]]],
      ['3', 1, 1, [['31', 1, 1]]],
    ]);
  });
});

describe('measurability of the samples (content/records)', () => {
  const { overall, jurisdictions } = samples;

  it('gives each jurisdiction-year its share, jurisdictions by name within a year', () => {
    expect(
      jurisdictions.map((j) => [j.year, j.jurisdiction, j.departmentsBy.share.length, j.total, j.measurable]),
    ).toEqual([
      [2025, '番禺区', 1, 27, 22],
      [2025, '广州市', 1, 212, 136],
      [2025, '海珠区', 1, 36, 9],
      [2024, '黄埔区', 1, 57, 9],
    ]);
    expect([overall.total, overall.measurable]).toEqual([332, 176]);
  });

  it('gives 琶洲 (海珠区 2025, both forms) 9 measurable of 36: all its 数量 and 满意度 targets, none of its 效益 targets', () => {
    const [paZhou] = jurisdictions.find((j) => j.jurisdiction === '海珠区')!.departmentsBy.share;
    expect([paZhou?.department, paZhou?.total, paZhou?.measurable, paZhou?.share]).toEqual([
      '广州琶洲人工智能与数字经济试验区管理委员会',
      36,
      9,
      0.25,
    ]);
    expect(byCategory(paZhou!)).toEqual([
      [
        '1',
        14,
        6,
        [
          ['11', 6, 6],
          ['12', 3, 0],
          ['13', 5, 0],
        ],
      ],
      [
        '2',
        19,
        0,
        [
          ['21', 7, 0],
          ['22', 12, 0],
        ],
      ],
      ['3', 3, 3, [['31', 3, 3]]],
    ]);
  });
});

describe('sorting departments', () => {
  it('puts the largest share first, and a department without indicators last, with no share (unknown, not 0%)', async () => {
    const records = await fixtureRecords();
    const form = records.find((r) => r.id === '2025-d-fixture0001-projects');
    if (form?.form !== 'project-expenditure') throw new Error('fixture 2025-d-fixture0001-projects is missing');
    const empty = {
      ...form,
      id: '2025-d-empty-projects',
      department: '没有指标的部门',
      departmentId: 'd-empty',
      units: form.units.map((u) => ({ ...u, projects: u.projects.map((p) => ({ ...p, indicators: [] })) })),
    };
    const [haizhu] = measurability(jurisdictionYears(departmentYears([empty, ...records]))).jurisdictions;
    expect(haizhu?.departmentsBy.share.map((d) => [d.departmentId, d.total, d.measurable, d.share])).toEqual([
      ['d-fixture0001', 6, 3, 0.5],
      ['d-empty', 0, 0, null],
    ]);
    expect([haizhu?.total, haizhu?.measurable]).toEqual([6, 3]);
  });

  it('lists the departments in each order a reader can pick: by share, by number of indicators, by name', async () => {
    const records = await fixtureRecords();
    const form = records.find((r) => r.id === '2025-d-fixture0001-projects');
    if (form?.form !== 'project-expenditure') throw new Error('fixture 2025-d-fixture0001-projects is missing');
    /** The fixture's project form under another department, keeping only the first `keep` projects' indicators. */
    const copy = (departmentId: string, department: string, keep: number) => ({
      ...form,
      id: `2025-${departmentId}-projects`,
      department,
      departmentId,
      units: form.units.map((u, i) => ({
        ...u,
        projects: u.projects.map((p, j) => ({ ...p, indicators: i === 0 && j < keep ? p.indicators : [] })),
      })),
    });
    const [haizhu] = measurability(
      jurisdictionYears(
        departmentYears([
          copy('d-empty', '没有指标的部门', 0),
          copy('d-one', '阿里部门', 1),
          copy('d-all', '全部指标的部门', 99),
          ...records,
        ]),
      ),
    ).jurisdictions;
    const ids = (order: 'share' | 'total' | 'name') => haizhu?.departmentsBy[order].map((d) => d.departmentId);
    expect(haizhu?.departmentsBy.share.map((d) => [d.departmentId, d.total, d.measurable, d.share])).toEqual([
      ['d-all', 3, 2, 2 / 3],
      ['d-fixture0001', 6, 3, 0.5],
      ['d-one', 1, 0, 0],
      ['d-empty', 0, 0, null],
    ]);
    expect(ids('total')).toEqual(['d-fixture0001', 'd-all', 'd-one', 'd-empty']);
    // By pinyin: 阿 (a), 没 (mei), 琶 (pa), 全 (quan).
    expect(ids('name')).toEqual(['d-one', 'd-empty', 'd-fixture0001', 'd-all']);
  });
});

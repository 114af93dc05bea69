/** The site model over the fixture records: every page's path and resolved props, without building the site. */
import { describe, expect, it } from 'vitest';
import { PAGE_SIZE } from '../../src/lib/paging.ts';
import { buildSiteModel } from '../../src/site/model.ts';
import { fixtureRecords } from '../collections/fixtures.ts';

const records = await fixtureRecords();
const overallId = '2025-d-fixture0001-overall';
/** Only the department form's source text is present, as in test/fixtures/sources/. */
const model = buildSiteModel(records, { sourceFiles: new Map([[overallId, '/sources/000_fixture.txt']]) });

describe('buildSiteModel', () => {
  it('gives the same model whatever the order of the records', () => {
    expect(
      buildSiteModel([...records].reverse(), { sourceFiles: new Map([[overallId, '/sources/000_fixture.txt']]) }),
    ).toEqual(model);
  });

  it('totals each jurisdiction and year for the home and year pages, newest year first', () => {
    const totals = [
      { year: 2025, jurisdiction: '海珠区', jurisdictionId: 'j-haizhu01', departments: 1, total: 9976.7 },
      { year: 2024, jurisdiction: '黄埔区', jurisdictionId: 'j-huangpu1', departments: 1, total: 150000 },
    ];
    expect(model.home.totals).toEqual(totals);
    expect(model.home.years).toEqual([2025, 2024]);
    expect(model.home.largest.map((l) => [l.year, l.departments.map((d) => d.id)])).toEqual([
      [2025, ['d-fixture0001-2025']],
      [2024, ['d-fixture0002-2024']],
    ]);
    expect(model.years).toEqual([
      { params: { year: '2025' }, props: { year: 2025, rows: [totals[0]] } },
      { params: { year: '2024' }, props: { year: 2024, rows: [totals[1]] } },
    ]);
  });

  it('lists the departments of each jurisdiction and year in pages of PAGE_SIZE', () => {
    expect(model.jurisdictions.map((l) => [l.params, l.props, l.pageSize, l.rows.map((d) => d.id)])).toEqual([
      [
        { year: '2025', jurisdictionId: 'j-haizhu01' },
        {
          year: 2025,
          jurisdictionId: 'j-haizhu01',
          jurisdiction: '海珠区',
          yearOverYear: { previousYear: null, before: {} },
        },
        PAGE_SIZE,
        ['d-fixture0001-2025'],
      ],
      [
        { year: '2024', jurisdictionId: 'j-huangpu1' },
        {
          year: 2024,
          jurisdictionId: 'j-huangpu1',
          jurisdiction: '黄埔区',
          yearOverYear: { previousYear: null, before: {} },
        },
        PAGE_SIZE,
        ['d-fixture0002-2024'],
      ],
    ]);
  });

  it('resolves each department page: its records, which of them link to a source text, its key tasks’ projects', () => {
    expect(
      model.departments.map(({ params, props: p }) => [
        params,
        p.records.map((r) => r.id),
        p.published,
        p.overallSpans?.budget.recordId ?? null,
        p.department.taskProjects.map((t) => t?.name ?? null),
        p.yearOverYear.totals.map((t) => t.year),
      ]),
    ).toEqual([
      [
        { departmentId: 'd-fixture0001', year: '2025' },
        [overallId, '2025-d-fixture0001-projects'],
        [overallId],
        overallId,
        [null, '海珠区建设人工智能大模型应用示范区经费', null],
        [2025],
      ],
      [{ departmentId: 'd-fixture0002', year: '2024' }, ['2024-d-fixture0002-projects'], [], null, [], [2024]],
    ]);
  });

  it('resolves each project page: the key task it funds, and no source link where the text is not published', () => {
    expect(
      model.projects.map(({ params, props: p }) => [
        params.projectId,
        params.year,
        p.task,
        p.span.recordId,
        p.entry.unit,
      ]),
    ).toEqual([
      ['p-fixture00chip', '2024', null, null, '黄埔测试工业和信息化局'],
      ['p-fixture00inno', '2025', null, null, '琶洲创新发展服务中心'],
      [
        'p-fixture00model',
        '2025',
        { name: '高水平建设人工智能大模型应用示范区', index: 1 },
        null,
        '琶洲测试管理委员会',
      ],
      ['p-fixture00oper', '2025', null, null, '琶洲测试管理委员会'],
      ['p-fixture00tcl9', '2025', null, null, '琶洲测试管理委员会'],
    ]);
  });

  it('groups the indicators of each department and project page by category, with their counts', () => {
    const table = (
      rows: {
        total: number;
        measurable: number;
        groups: { level2: { code: string }; items: { name: string }[] }[];
      } | null,
    ) => rows && [rows.total, rows.measurable, rows.groups.map((g) => [g.level2.code, g.items.map((i) => i.name)])];
    expect(model.departments.map((p) => table(p.props.indicators))).toEqual([
      [
        2,
        1,
        [
          ['11', ['引进大模型企业数量']],
          ['22', ['产业生态影响']],
        ],
      ],
      null,
    ]);
    const tcl9 = model.projects.find((p) => p.params.projectId === 'p-fixture00tcl9');
    expect(table(tcl9!.props.indicators)).toEqual([
      2,
      2,
      [
        ['13', ['资金拨付时间']],
        ['31', ['企业满意度']],
      ],
    ]);
    expect(model.projects.map((p) => p.props.indicators.total)).toEqual([1, 1, 1, 0, 2]);
  });

  it('builds the indicator category tree with its counts, and one listing per category and year', () => {
    const count = (c: { total: number; measurable: number }) => [c.total, c.measurable];
    expect(
      model.indicators.level1.map(({ params, props }) => [
        params.l1,
        props.children.map((c) => [c.level2.code, ...count(c), c.years.map((y) => [y.year, ...count(y)])]),
      ]),
    ).toEqual([
      [
        '1',
        [
          [
            '11',
            2,
            2,
            [
              [2025, 1, 1],
              [2024, 1, 1],
            ],
          ],
          ['12', 1, 0, [[2025, 1, 0]]],
          ['13', 1, 1, [[2025, 1, 1]]],
        ],
      ],
      ['2', [['22', 2, 0, [[2025, 2, 0]]]]],
      ['3', [['31', 1, 1, [[2025, 1, 1]]]]],
    ]);
    expect(model.indicators.categories.map((c) => c.level2.code)).toEqual(['11', '12', '13', '22', '31']);
    expect(model.indicators.level2.map((p) => p.params)).toEqual([
      { l1: '1', l2: '11' },
      { l1: '1', l2: '12' },
      { l1: '1', l2: '13' },
      { l1: '2', l2: '22' },
      { l1: '3', l2: '31' },
    ]);
    expect(
      model.indicators.level2Years.map((l) => [
        Object.values(l.params).join('/'),
        l.props.total,
        l.props.measurable,
        l.rows.map((e) => `${e.projectId ?? e.departmentId}#${e.position}`),
      ]),
    ).toEqual([
      ['1/11/2025', 1, 1, ['d-fixture0001#0']],
      ['1/11/2024', 1, 1, ['p-fixture00chip#0']],
      ['1/12/2025', 1, 0, ['p-fixture00model#0']],
      ['1/13/2025', 1, 1, ['p-fixture00tcl9#0']],
      // Department-level indicators before the projects' of the same department.
      ['2/22/2025', 2, 0, ['d-fixture0001#1', 'p-fixture00inno#0']],
      ['3/31/2025', 1, 1, ['p-fixture00tcl9#1']],
    ]);
  });

  it('counts the findings of each year and links them to published source texts only', () => {
    expect(model.findings.years.map((y) => [y.year, y.counts])).toEqual([
      [2025, { error: 1, warning: 1, info: 0 }],
      [2024, { error: 0, warning: 1, info: 0 }],
    ]);
    expect(
      model.findings.listings.map((l) => [l.params.year, l.rows.map((r) => `${r.finding.code} ${r.span.recordId}`)]),
    ).toEqual([
      ['2025', [`budget-identity-mismatch ${overallId}`, `task-text-out-of-order ${overallId}`]],
      ['2024', ['unit-total-mismatch null']],
    ]);
  });

  it('gives a source text page to each record whose file is present, with the path it reads when it renders', () => {
    expect(model.sources.map((s) => [s.params.recordId, s.props.record.id, s.props.path])).toEqual([
      [overallId, overallId, '/sources/000_fixture.txt'],
    ]);
    expect(model.openData.records.map((r) => r.id)).toEqual([
      '2024-d-fixture0002-projects',
      overallId,
      '2025-d-fixture0001-projects',
    ]);
    expect([model.openData.projects.length, model.openData.indicators.length]).toEqual([5, 7]);
  });

  it('links a department and its projects to the other years they appear in', () => {
    const [projects2024] = records.filter((r) => r.id === '2024-d-fixture0002-projects');
    const next = { ...projects2024!, id: '2025-d-fixture0002-projects', year: 2025 };
    const twoYears = buildSiteModel([...records, next], { sourceFiles: new Map() });
    const years = (paths: { params: { year: string }; props: { yearOverYear: { totals: { year: number }[] } } }[]) =>
      paths.map((p) => [p.params.year, p.props.yearOverYear.totals.map((t) => t.year)]);
    expect(years(twoYears.departments.filter((p) => p.params.departmentId === 'd-fixture0002'))).toEqual([
      ['2024', [2024, 2025]],
      ['2025', [2024, 2025]],
    ]);
    expect(years(twoYears.projects.filter((p) => p.params.projectId === 'p-fixture00chip'))).toEqual([
      ['2024', [2024, 2025]],
      ['2025', [2024, 2025]],
    ]);
    expect(twoYears.home.totals.map((t) => [t.year, t.jurisdictionId, t.departments])).toEqual([
      [2025, 'j-haizhu01', 1],
      [2025, 'j-huangpu1', 1],
      [2024, 'j-huangpu1', 1],
    ]);
  });
});

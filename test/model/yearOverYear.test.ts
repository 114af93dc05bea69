/**
 * Year over year on the year fixture: the samples' 2025 department 广州琶洲人工智能与数字经济试验区管理委员会
 * (000, 001) and its 2026 forms derived by test/fixtures/years/generate.ts. Expected figures are
 * the generator's changes (CHANGES), worked out by hand from the printed amounts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildSiteModel, type SiteModel } from '../../src/site/model.ts';
import { amountChange, indicatorChanges, yearFigures } from '../../src/site/yearOverYear.ts';
import { fixtureFiles, readSample } from '../fixtures/years/generate.ts';
import { sampleRecords, secondYearRecords } from './years.ts';

const PAZHOU = 'd-5b978d82ff';
const samples = await sampleRecords();
const build = (records: typeof samples): SiteModel => buildSiteModel(records, { sourceFiles: new Map() });
const withSecondYear = build([...samples, ...secondYearRecords()]);
const firstYearOnly = build(samples);

const department = (model: SiteModel, year: number) => {
  const page = model.departments.find((p) => p.params.departmentId === PAZHOU && p.params.year === String(year));
  if (!page) throw new Error(`no page of ${PAZHOU} in ${year}`);
  return page.props;
};
const project = (model: SiteModel, name: string, year: number) => {
  const page = model.projects.find((p) => p.props.entry.project.name === name && p.params.year === String(year));
  if (!page) throw new Error(`no page of ${name} in ${year}`);
  return page.props;
};

describe('the year fixture', () => {
  it('is what generate.ts derives from the samples now', () => {
    const dir = new URL('../fixtures/years/sources/', import.meta.url);
    const files = fixtureFiles(readSample);
    expect(readdirSync(dir).sort()).toEqual([...files.keys()].sort());
    for (const [file, content] of files) expect(readFileSync(new URL(file, dir), 'utf8')).toBe(content);
  });

  it('is read by the real ingest without a finding the sample has not', () => {
    expect(secondYearRecords().map((r) => [r.id, r.findings.map((f) => f.code)])).toEqual([
      [`2026-${PAZHOU}-overall`, []],
      [`2026-${PAZHOU}-projects`, ['page-break-fragment']],
    ]);
  });
});

describe('amountChange', () => {
  it('computes the difference on the printed decimals, so no float residue shows', () => {
    // 0.3 − 0.1 is 0.19999999999999998 in floats.
    expect(amountChange(0.1, 0.3)).toEqual({ difference: 0.2, ratio: 2 });
    expect(amountChange(9235.17, 9078.67)).toEqual({ difference: -156.5, ratio: -15650 / 923517 });
  });

  it('has no ratio when the amount before is 0', () => {
    expect(amountChange(0, 12.5)).toEqual({ difference: 12.5, ratio: null });
  });
});

describe('yearFigures', () => {
  it('compares each year with the year before only: a gap shows no change, never 0', () => {
    expect(
      yearFigures(
        new Map([
          [2026, 12],
          [2023, 10],
          [2024, 10],
        ]),
      ),
    ).toEqual([
      { year: 2023, amount: 10, change: null },
      { year: 2024, amount: 10, change: { difference: 0, ratio: 0 } },
      { year: 2026, amount: 12, change: null },
    ]);
  });
});

describe('year over year with the second year', () => {
  it('gives the department total in both years with its change, on both years’ pages', () => {
    const totals = [
      { year: 2025, amount: 9976.7, change: null },
      // 财政拨款 9,976.70 → 10,226.70 (其他资金 0.00 both years).
      { year: 2026, amount: 10226.7, change: { difference: 250, ratio: 25000 / 997670 } },
    ];
    expect(department(withSecondYear, 2026).yearOverYear.totals).toEqual(totals);
    expect(department(withSecondYear, 2025).yearOverYear.totals).toEqual(totals);
  });

  it('gives a changed project amount with its difference and percent', () => {
    expect(project(withSecondYear, '机构运行保障经费', 2026).yearOverYear.totals).toEqual([
      { year: 2025, amount: 425, change: null },
      { year: 2026, amount: 450, change: { difference: 25, ratio: 1 / 17 } },
    ]);
    expect(project(withSecondYear, '海珠区产业扶持资金', 2026).yearOverYear.totals[1]).toEqual({
      year: 2026,
      amount: 600,
      change: { difference: -200, ratio: -0.25 },
    });
  });

  it('lists the projects new in 2026 and those that ended, largest first; the renamed one is both', () => {
    const projects = department(withSecondYear, 2026).yearOverYear.projects;
    const unit = '广州琶洲人工智能与数字经济试验区管理委员会';
    expect(projects?.previousYear).toBe(2025);
    expect(projects?.added.map(({ name, year, unit: u, total }) => [name, year, u, total])).toEqual([
      ['广州互联网法院场地租金', 2026, unit, 345],
      ['两新组织党建阵地建设经费', 2026, unit, 20],
    ]);
    expect(projects?.ended.map(({ name, year, unit: u, total }) => [name, year, u, total])).toEqual([
      ['广州互联网法院租金', 2025, unit, 345],
      ['新建两新党组织启动经费', 2025, unit, 1.5],
    ]);
    // 2024 has no project form of this department: nothing is new or ended, it is unknown.
    expect(department(withSecondYear, 2025).yearOverYear.projects).toBeNull();
  });

  it('shows an indicator named the same in both years with its target then and now', () => {
    const changes = project(withSecondYear, '支持琶洲实验室建设经费', 2026).yearOverYear.indicators;
    expect(changes.map((c) => [c.name, c.level2.code, c.changed])).toEqual([
      ['经费拨付时间', '13', true],
      ['支持琶洲实验室建设', '22', false],
    ]);
    expect(changes[0]).toMatchObject({
      before: { periodValue: '经费到位后，7个工作日内拨出', annualValue: '经费到位后，7个工作日内拨出' },
      now: { periodValue: '经费到位后，5个工作日内拨出', annualValue: '经费到位后，5个工作日内拨出' },
    });
    expect(
      department(withSecondYear, 2026).yearOverYear.indicators.map((c) => [c.name, c.level2.code, c.changed]),
    ).toEqual([
      ['高质量举办第四届算法大赛', '21', false],
      ['吸引大模型人才', '21', false],
      ['支持琶洲实验室建设', '22', false],
    ]);
  });

  it('leaves out a name printed twice in a year rather than pair it with the wrong indicator', () => {
    const [lab] = project(withSecondYear, '支持琶洲实验室建设经费', 2026).entry.project.indicators;
    if (!lab) throw new Error('no indicator');
    expect(indicatorChanges([lab, lab], [lab])).toEqual([]);
    expect(indicatorChanges([lab], [lab, lab])).toEqual([]);
  });

  it('puts each department’s total against the year before on the year listing', () => {
    const listing = (year: string) =>
      withSecondYear.jurisdictions.filter((l) => l.params.year === year).map((l) => l.props.yearOverYear);
    expect(listing('2026')).toEqual([
      {
        previousYear: 2025,
        before: { [PAZHOU]: { total: 9976.7, change: { difference: 250, ratio: 25000 / 997670 } } },
      },
    ]);
    // No jurisdiction has a 2024 listing but 黄埔区, whose 2025 has no listing: no comparison anywhere.
    for (const props of [...listing('2025'), ...listing('2024')])
      expect(props).toEqual({ previousYear: null, before: {} });
  });
});

/** Every page a year-over-year field links to: a year's department or project page. */
function yoyLinks(model: SiteModel): string[] {
  return [
    ...model.departments.flatMap(({ params, props: { yearOverYear: y } }) => [
      ...y.totals.map((f) => `departments/${params.departmentId}/${f.year}/`),
      ...[...(y.projects?.added ?? []), ...(y.projects?.ended ?? [])].map((p) => `projects/${p.projectId}/${p.year}/`),
    ]),
    ...model.projects.flatMap(({ params, props }) =>
      props.yearOverYear.totals.map((f) => `projects/${params.projectId}/${f.year}/`),
    ),
  ];
}
const pagesOf = (model: SiteModel): Set<string> =>
  new Set([
    ...model.departments.map(({ params: p }) => `departments/${p.departmentId}/${p.year}/`),
    ...model.projects.map(({ params: p }) => `projects/${p.projectId}/${p.year}/`),
  ]);

describe('a year added and a year removed', () => {
  it('adds the 2026 pages and their links with the second year, and takes them away without it', () => {
    const added = [...pagesOf(withSecondYear)].filter((p) => !pagesOf(firstYearOnly).has(p));
    // The department and its 11 projects of 2026.
    expect(added).toHaveLength(12);
    expect(added.every((p) => p.endsWith('/2026/'))).toBe(true);
    expect(yoyLinks(withSecondYear).filter((l) => l.endsWith('/2026/'))).not.toEqual([]);
    expect(yoyLinks(firstYearOnly).filter((l) => l.endsWith('/2026/'))).toEqual([]);
    expect(department(firstYearOnly, 2025).yearOverYear).toEqual({
      totals: [{ year: 2025, amount: 9976.7, change: null }],
      projects: null,
      indicators: [],
    });
    expect(withSecondYear.jurisdictions.map((l) => l.params.year).sort()).toEqual([
      '2024',
      '2025',
      '2025',
      '2025',
      '2026',
    ]);
    expect(firstYearOnly.jurisdictions.some((l) => l.params.year === '2026')).toBe(false);
  });

  it('links only to pages that exist, with and without the second year', () => {
    for (const model of [withSecondYear, firstYearOnly]) {
      const pages = pagesOf(model);
      expect(yoyLinks(model).filter((link) => !pages.has(link))).toEqual([]);
    }
  });
});

/** Indicators flattened with their owner, and the category tree the indicator pages show: 一级 › 二级 › year. */
import { byChineseName } from '../lib/compare.ts';
import { type CategoryGroup, categoryKey, groupByCategory, isMeasurable } from '../lib/indicators.ts';
import type { BudgetRecord, Indicator, Project } from '../schema/index.ts';
import { type DepartmentYear, type Owner, ownerOf } from './departments.ts';
import { groupBy } from './group.ts';
import type { SourceSpan } from './spans.ts';

/** One indicator, with a back-link to the project or department that promises it. */
export interface IndicatorEntry extends Owner {
  /** The project the indicator belongs to; null for a department-level indicator. */
  projectId: string | null;
  /** 项目名称 of that project; null for a department-level indicator. */
  projectName: string | null;
  /** Position within its project or department, for a stable order. */
  position: number;
  indicator: Indicator;
  /** The source document the indicator was read from. */
  source: BudgetRecord['source'];
}

/** How many indicators, and how many of them promise a checkable value. */
export interface IndicatorCount {
  total: number;
  measurable: number;
}

/** The indicators of one 二级 category in one year: the rows of a category-year listing. */
export interface CategoryYear extends IndicatorCount {
  level1: Indicator['level1'];
  level2: Indicator['level2'];
  year: number;
  /** By department, then project (department-level first), then source order. */
  entries: IndicatorEntry[];
}

/** A 二级 category over all years, with its years newest first. */
export interface CategoryCount extends IndicatorCount {
  level1: Indicator['level1'];
  level2: Indicator['level2'];
  years: CategoryYear[];
}

/** An indicator as its project's or department's page lists it, with where it was read from. */
export interface CitedIndicator extends Indicator {
  span: SourceSpan;
}

/** The indicators of one project or department as its page lists them: by 一级/二级 category in code order. */
export interface IndicatorTableRows extends IndicatorCount {
  groups: CategoryGroup<CitedIndicator>[];
}

/** A 一级 category with its 二级 categories in code order. */
export interface Level1 {
  level1: Indicator['level1'];
  children: CategoryCount[];
}

function entriesOf(record: BudgetRecord): IndicatorEntry[] {
  const owner = ownerOf(record);
  const entry = (indicator: Indicator, position: number, project: Project | null): IndicatorEntry => ({
    ...owner,
    projectId: project?.id ?? null,
    projectName: project?.name ?? null,
    position,
    indicator,
    source: record.source,
  });
  if (record.form === 'department-overall') return record.indicators.map((i, n) => entry(i, n, null));
  return record.units.flatMap((u) => u.projects.flatMap((p) => p.indicators.map((i, n) => entry(i, n, p))));
}

/** Every indicator of the departments' forms: per department, its own indicators, then its projects'. */
export const indicatorEntries = (departments: readonly DepartmentYear[]): IndicatorEntry[] =>
  departments.flatMap((d) => [d.overall, d.projectForm].filter((r) => r !== null).flatMap(entriesOf));

export const indicatorTableRows = (
  indicators: readonly Indicator[],
  spanOf: (lines: Indicator['lines']) => SourceSpan,
): IndicatorTableRows => ({
  total: indicators.length,
  measurable: indicators.filter(isMeasurable).length,
  groups: groupByCategory(
    indicators.map((i) => ({ ...i, span: spanOf(i.lines) })),
    (i) => i,
  ),
});

/** Rows of a category page: by department, then project (department-level first), then source order. */
const byOwner = (a: IndicatorEntry, b: IndicatorEntry): number =>
  byChineseName(a.department, b.department) ||
  a.departmentId.localeCompare(b.departmentId) ||
  byChineseName(a.projectName ?? '', b.projectName ?? '') ||
  (a.projectId ?? '').localeCompare(b.projectId ?? '') ||
  a.position - b.position;

const countOf = (entries: readonly IndicatorEntry[]): IndicatorCount => ({
  total: entries.length,
  measurable: entries.filter((e) => isMeasurable(e.indicator)).length,
});

/** The category tree: 一级 categories in code order, their 二级 categories in code order, years newest first. */
export function categoryTree(entries: readonly IndicatorEntry[]): Level1[] {
  const years = groupBy(entries, (e) => `${categoryKey(e.indicator)}/${e.year}`)
    .map((group): CategoryYear => {
      const { indicator, year } = group[0];
      return {
        level1: indicator.level1,
        level2: indicator.level2,
        year,
        ...countOf(group),
        entries: group.sort(byOwner),
      };
    })
    .sort(
      (a, b) =>
        a.level1.code.localeCompare(b.level1.code) || a.level2.code.localeCompare(b.level2.code) || b.year - a.year,
    );
  const level2 = groupBy(years, (g) => `${g.level1.code}/${g.level2.code}`).map(
    (group): CategoryCount => ({
      level1: group[0].level1,
      level2: group[0].level2,
      total: group.reduce((n, g) => n + g.total, 0),
      measurable: group.reduce((n, g) => n + g.measurable, 0),
      years: group,
    }),
  );
  return groupBy(level2, (c) => c.level1.code).map((children) => ({
    level1: children[0].level1,
    children,
  }));
}

/**
 * Year over year: a department's or project's amount in every year it appears, each against the
 * year before; the projects new in a year and those that ended; the indicators found by name in
 * both years with their targets then and now. "The year before" is always year − 1: a budget
 * cycle is a year, and a gap in the corpus is no figure, never a change from an older year.
 */
import { byChineseName, byCodePoint } from '../lib/compare.ts';
import type { Indicator } from '../schema/index.ts';
import { type DepartmentYear, departmentYearId } from './departments.ts';
import { groupBy } from './group.ts';
import { type ProjectYear, projectYearId } from './projects.ts';

export interface AmountChange {
  /** Now minus before, in 万元, exact to the printed decimals (computed on integers, not on floats). */
  difference: number;
  /** `difference` over the amount before, unrounded (0.25 is 25%); null when the amount before is 0. */
  ratio: number | null;
}

/** One year's amount of a department or project. */
export interface YearFigure {
  year: number;
  /** In 万元 as printed: a department's 部门预算 total, a project's 总计. */
  amount: number;
  /** Against year − 1; null when that year has no figure (no change is shown, never 0). */
  change: AmountChange | null;
}

/** A project in the list of those new or ended: enough to name it and link to its page. */
export interface ProjectMention {
  projectId: string;
  /** The year of the page it links to: this year for a new project, the year before for an ended one. */
  year: number;
  name: string;
  unit: string;
  /** 总计 in 万元 in that year. */
  total: number;
}

/** The projects of a department's project form that are not in the other year's form. */
export interface ProjectTurnover {
  /** Year − 1, whose project form this year's is compared with. */
  previousYear: number;
  /** In this year's form, not in the year before's; largest first. */
  added: ProjectMention[];
  /** In the year before's form, not in this year's; largest first. */
  ended: ProjectMention[];
}

/** What an indicator promises in one year: its two values as printed. */
export type IndicatorValues = Pick<Indicator, 'periodValue' | 'annualValue'>;

/** An indicator named the same in both years, with its target then and now. */
export interface IndicatorChange {
  /** 三级指标, as printed in both years. */
  name: string;
  /** Its 二级 category this year. */
  level2: Indicator['level2'];
  before: IndicatorValues;
  now: IndicatorValues;
  /** Whether either printed value differs. */
  changed: boolean;
}

export interface DepartmentYearOverYear {
  /** The department's total in every year it appears, ascending. */
  totals: YearFigure[];
  /** New and ended projects; null unless both this year and the year before have a project form. */
  projects: ProjectTurnover | null;
  /** Department-level indicators found by name in both years' department forms, in this year's order. */
  indicators: IndicatorChange[];
}

export interface ProjectYearOverYear {
  /** The project's 总计 in every year it appears, ascending. */
  totals: YearFigure[];
  /** Its indicators found by name in both years, in this year's order. */
  indicators: IndicatorChange[];
}

/** A jurisdiction listing's departments against the year before. */
export interface ListingYearOverYear {
  /** Year − 1 when the jurisdiction has any department in it; null leaves the comparison out. */
  previousYear: number | null;
  /** By departmentId, the departments that have a total in the year before; the others show no change. */
  before: Record<string, { total: number; change: AmountChange }>;
}

/** Decimal places of an amount as printed (`String` gives the shortest decimal that reads back as the same number). */
const decimals = (amount: number): number => String(amount).split('.')[1]?.length ?? 0;

export function amountChange(before: number, now: number): AmountChange {
  const scale = 10 ** Math.max(decimals(before), decimals(now));
  const from = Math.round(before * scale);
  const difference = Math.round(now * scale) - from;
  return { difference: difference / scale, ratio: from === 0 ? null : difference / from };
}

/** Each year's amount against year − 1, ascending. */
export function yearFigures(amounts: ReadonlyMap<number, number>): YearFigure[] {
  return [...amounts]
    .sort(([a], [b]) => a - b)
    .map(([year, amount]) => {
      const before = amounts.get(year - 1);
      return { year, amount, change: before === undefined ? null : amountChange(before, amount) };
    });
}

/**
 * The indicators of `now` whose name is printed once in `now` and once in `before`: a name printed
 * twice in a year could be paired with the wrong one, so it is left out rather than guessed.
 */
export function indicatorChanges(before: readonly Indicator[], now: readonly Indicator[]): IndicatorChange[] {
  const once = (list: readonly Indicator[]) => {
    const byName = new Map<string, Indicator | null>();
    for (const i of list) byName.set(i.name, byName.has(i.name) ? null : i);
    return byName;
  };
  const then = once(before);
  return [...once(now).values()].flatMap((i) => {
    const old = i && then.get(i.name);
    if (!i || !old) return [];
    const values = ({ periodValue, annualValue }: Indicator): IndicatorValues => ({ periodValue, annualValue });
    const changed = old.periodValue !== i.periodValue || old.annualValue !== i.annualValue;
    return [{ name: i.name, level2: i.level2, before: values(old), now: values(i), changed }];
  });
}

const byTotalThenName = (a: ProjectMention, b: ProjectMention): number =>
  b.total - a.total || byChineseName(a.name, b.name) || byCodePoint(a.projectId, b.projectId);

const mention = (p: ProjectYear): ProjectMention => ({
  projectId: p.projectId,
  year: p.year,
  name: p.project.name,
  unit: p.unit,
  total: p.project.amounts.total,
});

/** Year over year for every page, from the model's department-years and project-years. */
export function yearOverYear(departments: readonly DepartmentYear[], projects: readonly ProjectYear[]) {
  const departmentById = new Map(departments.map((d) => [d.id, d]));
  const projectById = new Map(projects.map((p) => [p.id, p]));
  const amountsOf = <T extends { year: number }>(
    entries: readonly T[],
    key: (e: T) => string,
    amount: (e: T) => number,
  ) => {
    const byKey = new Map<string, Map<number, number>>();
    for (const e of entries) {
      const years = byKey.get(key(e)) ?? new Map<number, number>();
      byKey.set(key(e), years.set(e.year, amount(e)));
    }
    return (e: T): YearFigure[] => yearFigures(byKey.get(key(e)) ?? new Map());
  };
  const departmentTotals = amountsOf(
    departments,
    (d) => d.departmentId,
    (d) => d.total,
  );
  const projectTotals = amountsOf(
    projects,
    (p) => p.projectId,
    (p) => p.project.amounts.total,
  );
  const yearBefore = (d: DepartmentYear) => departmentById.get(departmentYearId(d.departmentId, d.year - 1));
  const projectsByDepartment = new Map(
    groupBy(projects, (p) => departmentYearId(p.departmentId, p.year)).map((group) => [
      departmentYearId(group[0].departmentId, group[0].year),
      group,
    ]),
  );
  const projectsOf = (d: DepartmentYear): ProjectYear[] => projectsByDepartment.get(d.id) ?? [];

  const turnover = (d: DepartmentYear): ProjectTurnover | null => {
    const previous = yearBefore(d);
    if (!d.projectForm || !previous?.projectForm) return null;
    const now = projectsOf(d);
    const then = projectsOf(previous);
    const ids = (list: ProjectYear[]) => new Set(list.map((p) => p.projectId));
    const nowIds = ids(now);
    const thenIds = ids(then);
    return {
      previousYear: previous.year,
      added: now
        .filter((p) => !thenIds.has(p.projectId))
        .map(mention)
        .sort(byTotalThenName),
      ended: then
        .filter((p) => !nowIds.has(p.projectId))
        .map(mention)
        .sort(byTotalThenName),
    };
  };

  return {
    department: (d: DepartmentYear): DepartmentYearOverYear => {
      const previous = yearBefore(d)?.overall;
      return {
        totals: departmentTotals(d),
        projects: turnover(d),
        indicators: previous && d.overall ? indicatorChanges(previous.indicators, d.overall.indicators) : [],
      };
    },
    project: (p: ProjectYear): ProjectYearOverYear => {
      const previous = projectById.get(projectYearId(p.projectId, p.year - 1));
      return {
        totals: projectTotals(p),
        indicators: previous ? indicatorChanges(previous.project.indicators, p.project.indicators) : [],
      };
    },
    listing: (year: number, jurisdictionId: string, rows: readonly DepartmentYear[]): ListingYearOverYear => {
      const previousYear = year - 1;
      if (!departments.some((d) => d.year === previousYear && d.jurisdictionId === jurisdictionId)) {
        return { previousYear: null, before: {} };
      }
      const entries = rows.flatMap((d) => {
        const previous = yearBefore(d);
        return previous
          ? [[d.departmentId, { total: previous.total, change: amountChange(previous.total, d.total) }]]
          : [];
      });
      return { previousYear, before: Object.fromEntries(entries) };
    },
  };
}

/**
 * How concrete the promises are: of the indicators of each department and each jurisdiction in a
 * year, how many promise a measurable target (`isMeasurable`: its 实施周期 or 年度 value reads as a
 * comparator, a number and a unit), overall and per 一级 and 二级 category.
 */
import { byChineseName } from '../lib/compare.ts';
import { groupByCategory, isMeasurable } from '../lib/indicators.ts';
import type { Indicator } from '../schema/index.ts';
import { type DepartmentYear, type Owner, ownerOf } from './departments.ts';
import { groupBy } from './group.ts';
import type { IndicatorCount } from './indicators.ts';
import { byYearThenJurisdiction, type JurisdictionYear } from './listings.ts';

/** A 二级 category's count. */
export interface Level2Measurability extends IndicatorCount {
  level2: Indicator['level2'];
}

/** A 一级 category's count, with its 二级 categories in code order. */
export interface Level1Measurability extends IndicatorCount {
  level1: Indicator['level1'];
  level2: Level2Measurability[];
}

export interface Measurability extends IndicatorCount {
  /** measurable ÷ total, from 0 to 1; null without indicators (unknown, not zero). */
  share: number | null;
  /** The 一级 categories that have indicators, in code order. */
  categories: Level1Measurability[];
}

/** One department in one year. */
export interface DepartmentMeasurability extends Owner, Measurability {}

/** One jurisdiction in one year, with its departments. */
export interface JurisdictionMeasurability extends Measurability {
  year: number;
  jurisdiction: string;
  jurisdictionId: string;
  /**
   * The departments in each order a reader can pick (sort links in the column headers); `share`,
   * the default: largest share first, departments without indicators last, then more indicators first, then by name.
   */
  departmentsBy: Record<MeasurabilityOrder, DepartmentMeasurability[]>;
}

/** The orders of the department tables: by share (the default page), by number of indicators, by name. */
export const MEASURABILITY_ORDERS = ['share', 'total', 'name'] as const;
export type MeasurabilityOrder = (typeof MEASURABILITY_ORDERS)[number];

const countOf = (indicators: readonly Indicator[]): IndicatorCount => ({
  total: indicators.length,
  measurable: indicators.filter(isMeasurable).length,
});

export function measurabilityOf(indicators: readonly Indicator[]): Measurability {
  const { total, measurable } = countOf(indicators);
  const level2 = groupByCategory(indicators, (i) => i);
  return {
    total,
    measurable,
    share: total === 0 ? null : measurable / total,
    categories: groupBy(level2, (g) => g.level1.code).map((group) => {
      const all = group.flatMap((g) => g.items);
      return {
        level1: group[0].level1,
        ...countOf(all),
        level2: group.map((g) => ({ level2: g.level2, ...countOf(g.items) })),
      };
    }),
  };
}

/** The department's own indicators (department form), then its projects' (project form). */
const indicatorsOf = (d: DepartmentYear): Indicator[] => [
  ...(d.overall?.indicators ?? []),
  ...(d.projectForm?.units.flatMap((u) => u.projects.flatMap((p) => p.indicators)) ?? []),
];

const byName = (a: DepartmentMeasurability, b: DepartmentMeasurability): number =>
  byChineseName(a.department, b.department) || a.departmentId.localeCompare(b.departmentId);
const byTotal = (a: DepartmentMeasurability, b: DepartmentMeasurability): number => b.total - a.total;
const byShare = (a: DepartmentMeasurability, b: DepartmentMeasurability): number =>
  (b.share ?? -1) - (a.share ?? -1) || byTotal(a, b) || byName(a, b);

/** Each order, ties broken by the others so that every order is total and the pages deterministic. */
const ORDERS: Record<MeasurabilityOrder, (a: DepartmentMeasurability, b: DepartmentMeasurability) => number> = {
  share: byShare,
  total: (a, b) => byTotal(a, b) || byShare(a, b),
  name: byName,
};

/** The page of one jurisdiction-year with its department table in one order. */
export interface JurisdictionMeasurabilityPage {
  jurisdiction: JurisdictionMeasurability;
  order: MeasurabilityOrder;
  /** The 一级 categories of the whole site, one column each, so that every page has the same columns. */
  levels: Indicator['level1'][];
}

export interface MeasurabilityPage {
  /** Every indicator of every year together: its categories are the columns of the tables. */
  overall: Measurability;
  /** One entry per jurisdiction and year: newest year first, then jurisdictions by name. */
  jurisdictions: JurisdictionMeasurability[];
}

/** From the model's jurisdiction-years (`jurisdictionYears`), so the departments are grouped once. */
export const measurability = (places: readonly JurisdictionYear[]): MeasurabilityPage => ({
  overall: measurabilityOf(places.flatMap((p) => p.departments.flatMap(indicatorsOf))),
  jurisdictions: places.map(jurisdictionMeasurability).sort(byYearThenJurisdiction),
});

function jurisdictionMeasurability({
  year,
  jurisdiction,
  jurisdictionId,
  departments,
}: JurisdictionYear): JurisdictionMeasurability {
  const rows = departments.map((d) => ({ ...ownerOf(d), ...measurabilityOf(indicatorsOf(d)) }));
  return {
    year,
    jurisdiction,
    jurisdictionId,
    ...measurabilityOf(departments.flatMap(indicatorsOf)),
    departmentsBy: {
      share: [...rows].sort(ORDERS.share),
      total: [...rows].sort(ORDERS.total),
      name: [...rows].sort(ORDERS.name),
    },
  };
}

/** The overview listings: totals per year and jurisdiction, and each jurisdiction's departments. */
import { byChineseName } from '../lib/compare.ts';
import { byTotalDesc, type DepartmentYear } from './departments.ts';
import { groupBy } from './group.ts';

/** One row of the totals tables: a jurisdiction in one year. */
export interface JurisdictionTotal {
  year: number;
  jurisdiction: string;
  jurisdictionId: string;
  /** Department-years of the jurisdiction in that year. */
  departments: number;
  /** Sum of their 部门预算 totals, in 万元. */
  total: number;
}

/** The departments of one jurisdiction in one year, largest first: one listing. */
export interface JurisdictionYear {
  year: number;
  jurisdictionId: string;
  jurisdiction: string;
  /** Sum of the departments' 部门预算 totals in 万元, added in id order so the sum is the same on every build. */
  total: number;
  departments: DepartmentYear[];
}

/** The years with any department, newest first. */
export const yearsOf = (departments: readonly DepartmentYear[]): number[] =>
  [...new Set(departments.map((d) => d.year))].sort((a, b) => b - a);

/** Departments grouped by year and jurisdiction in first-seen order, each group largest first. */
export const jurisdictionYears = (departments: readonly DepartmentYear[]): JurisdictionYear[] =>
  groupBy(departments, (d) => `${d.year}/${d.jurisdictionId}`).map((group) => {
    const { year, jurisdictionId, jurisdiction } = group[0];
    const total = group.reduce((n, d) => n + d.total, 0);
    return { year, jurisdictionId, jurisdiction, total, departments: [...group].sort(byTotalDesc) };
  });

/** Newest year first, then jurisdictions by name (then id, so that the order is total). */
export const byYearThenJurisdiction = (
  a: { year: number; jurisdiction: string; jurisdictionId: string },
  b: { year: number; jurisdiction: string; jurisdictionId: string },
): number =>
  b.year - a.year || byChineseName(a.jurisdiction, b.jurisdiction) || a.jurisdictionId.localeCompare(b.jurisdictionId);

/** One row per year and jurisdiction: newest year first, then jurisdictions by name. */
export const jurisdictionTotals = (groups: readonly JurisdictionYear[]): JurisdictionTotal[] =>
  groups
    .map(({ year, jurisdiction, jurisdictionId, departments, total }) => ({
      year,
      jurisdiction,
      jurisdictionId,
      departments: departments.length,
      total,
    }))
    .sort(byYearThenJurisdiction);

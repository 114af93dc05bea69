/** Totals for the listing pages, computed from department entries and sorted explicitly. */
import type { DepartmentYear } from '../collections/schemas.ts';
import { projectYearId } from '../collections/transform.ts';
import { byChineseName } from './compare.ts';

export interface JurisdictionTotal {
  year: number;
  jurisdiction: string;
  jurisdictionId: string;
  departments: number;
  total: number;
}

/** One row per year and jurisdiction: newest year first, then jurisdictions by name. */
export function jurisdictionTotals(departments: readonly DepartmentYear[]): JurisdictionTotal[] {
  const rows = new Map<string, JurisdictionTotal>();
  for (const d of departments) {
    const key = `${d.year}/${d.jurisdictionId}`;
    const row = rows.get(key) ?? {
      year: d.year,
      jurisdiction: d.jurisdiction,
      jurisdictionId: d.jurisdictionId,
      departments: 0,
      total: 0,
    };
    row.departments += 1;
    row.total += d.total;
    rows.set(key, row);
  }
  return [...rows.values()].sort(
    (a, b) =>
      b.year - a.year ||
      byChineseName(a.jurisdiction, b.jurisdiction) ||
      a.jurisdictionId.localeCompare(b.jurisdictionId),
  );
}

/** Largest first; equal totals by name, then id, so the order never depends on input order. */
export const byTotalDesc = (a: DepartmentYear, b: DepartmentYear): number =>
  b.total - a.total || byChineseName(a.department, b.department) || a.departmentId.localeCompare(b.departmentId);

export const yearsOf = (departments: readonly DepartmentYear[]): number[] =>
  [...new Set(departments.map((d) => d.year))].sort((a, b) => b - a);

/** Null when the department's project form was not collected: unknown, not zero. */
export const projectCount = (d: DepartmentYear): number | null =>
  d.projectForm?.units.reduce((n, u) => n + u.projects.length, 0) ?? null;

/** For each stable id (project or department), the years it appears in, ascending: links a page to its other years. */
export function yearsById<T extends { year: number }>(
  entries: readonly T[],
  idOf: (entry: T) => string,
): Map<string, number[]> {
  const years = new Map<string, number[]>();
  for (const entry of entries) years.set(idOf(entry), [...(years.get(idOf(entry)) ?? []), entry.year]);
  for (const list of years.values()) list.sort((a, b) => a - b);
  return years;
}

export interface MatchedTask {
  name: string;
  /** Position among the department's key tasks, for the anchor on the department page. */
  index: number;
}

/** The key task each project was matched to, by project-year id: the link back from a project page. */
export function tasksByProject(departments: readonly DepartmentYear[]): Map<string, MatchedTask> {
  const tasks = new Map<string, MatchedTask>();
  for (const d of departments) {
    d.taskProjectIds.forEach((projectId, index) => {
      const task = d.overall?.keyTasks[index];
      if (projectId !== null && task) tasks.set(projectYearId(projectId, d.year), { name: task.name, index });
    });
  }
  return tasks;
}

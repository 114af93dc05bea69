/** Pure transforms from validated records to the site's collection entries, each sorted for determinism. */

import { byCodePoint } from '../lib/compare.ts';
import type { BudgetRecord, DepartmentOverallRecord, ProjectExpenditureRecord } from '../schema/index.ts';
import type { DepartmentYear, IndicatorEntry, ProjectYear } from './schemas.ts';
import { matchTasksToProjects } from './taskMatch.ts';

export interface Entry<T> {
  id: string;
  data: T;
}

/** Entries in id order, so collections and pages come out the same on every build. */
export const byId = <T>(a: Entry<T>, b: Entry<T>): number => byCodePoint(a.id, b.id);

export const departmentYearId = (departmentId: string, year: number): string => `${departmentId}-${year}`;
export const projectYearId = (projectId: string, year: number): string => `${projectId}-${year}`;

function ownerOf(record: BudgetRecord) {
  const { year, jurisdiction, jurisdictionId, department, departmentId } = record;
  return { year, jurisdiction, jurisdictionId, department, departmentId };
}

/**
 * A department's budget: the income side of its department form (财政拨款 + 其他资金, which covers 基本,
 * 项目 and 事业发展性 spending); without that form, only the project form's 合计 is known.
 */
function departmentTotal(
  overall: DepartmentOverallRecord | null,
  projectForm: ProjectExpenditureRecord | null,
): number {
  if (overall) return overall.budget.fiscal + overall.budget.otherFunds;
  return projectForm?.total.total ?? 0;
}

/** One entry per department and year, merging its two forms; a second record of the same form is an error. */
export function toDepartments(records: readonly BudgetRecord[]): Entry<DepartmentYear>[] {
  type Forms = {
    overall: DepartmentOverallRecord | null;
    projectForm: ProjectExpenditureRecord | null;
    owner: BudgetRecord;
  };
  const groups = new Map<string, Forms>();
  for (const record of records) {
    const id = departmentYearId(record.departmentId, record.year);
    // Names come from the department form when there is one, else from the project form.
    const group = groups.get(id) ?? { overall: null, projectForm: null, owner: record };
    const key = record.form === 'department-overall' ? 'overall' : 'projectForm';
    if (group[key]) throw new Error(`Two ${record.form} records for ${id}: ${group[key].id} and ${record.id}`);
    if (record.form === 'department-overall') {
      group.overall = record;
      group.owner = record;
    } else group.projectForm = record;
    groups.set(id, group);
  }
  return [...groups]
    .map(([id, { overall, projectForm, owner }]) => ({
      id,
      data: {
        ...ownerOf(owner),
        total: departmentTotal(overall, projectForm),
        overall,
        projectForm,
        taskProjectIds: matchTasksToProjects(
          overall?.keyTasks ?? [],
          projectForm?.units.flatMap((u) => u.projects) ?? [],
        ),
      },
    }))
    .sort(byId);
}

const projectRecords = (records: readonly BudgetRecord[]) =>
  records.filter((r): r is ProjectExpenditureRecord => r.form === 'project-expenditure');

export function toProjects(records: readonly BudgetRecord[]): Entry<ProjectYear>[] {
  const entries = projectRecords(records).flatMap((record) =>
    record.units.flatMap((unit) =>
      unit.projects.map((project) => ({
        id: projectYearId(project.id, record.year),
        data: {
          ...ownerOf(record),
          projectId: project.id,
          unit: unit.name,
          project,
          source: record.source,
          recordId: record.id,
        },
      })),
    ),
  );
  const seen = new Set<string>();
  for (const { id } of entries) {
    if (seen.has(id)) throw new Error(`Project ${id} occurs twice: each project needs one page`);
    seen.add(id);
  }
  return entries.sort(byId);
}

export function toIndicators(records: readonly BudgetRecord[]): Entry<IndicatorEntry>[] {
  const entries = records.flatMap((record): Entry<IndicatorEntry>[] => {
    const owner = ownerOf(record);
    if (record.form === 'department-overall') {
      return record.indicators.map((indicator, position) => ({
        id: `${departmentYearId(record.departmentId, record.year)}-${position}`,
        data: { ...owner, projectId: null, projectName: null, position, indicator, source: record.source },
      }));
    }
    return record.units.flatMap((unit) =>
      unit.projects.flatMap((project) =>
        project.indicators.map((indicator, position) => ({
          id: `${projectYearId(project.id, record.year)}-${position}`,
          data: {
            ...owner,
            projectId: project.id,
            projectName: project.name,
            position,
            indicator,
            source: record.source,
          },
        })),
      ),
    );
  });
  return entries.sort(byId);
}

/** Department-years: the two forms of one department in one year, merged, with each key task linked to its project. */
import { byChineseName, byCodePoint } from '../lib/compare.ts';
import type { BudgetRecord, DepartmentOverallRecord, Project, ProjectExpenditureRecord } from '../schema/index.ts';
import { matchTasksToProjects } from './taskMatch.ts';

/** Who a record belongs to: the fields every page of the site is addressed and labelled by. */
export type Owner = Pick<BudgetRecord, 'year' | 'jurisdiction' | 'jurisdictionId' | 'department' | 'departmentId'>;

export function ownerOf(record: Owner): Owner {
  const { year, jurisdiction, jurisdictionId, department, departmentId } = record;
  return { year, jurisdiction, jurisdictionId, department, departmentId };
}

/** One department in one year: its department-overall form and its project form, either may be missing. */
export interface DepartmentYear extends Owner {
  /** `<departmentId>-<year>`: orders the departments the same on every build. */
  id: string;
  /** 部门预算 total in 万元: income total of the department form, else the project form's 合计. */
  total: number;
  /** The department-overall record, or null when that form was not collected. */
  overall: DepartmentOverallRecord | null;
  /** The project-expenditure record, or null when that form was not collected. */
  projectForm: ProjectExpenditureRecord | null;
  /** Projects of the project form; null when it was not collected: unknown, not zero. */
  projectCount: number | null;
  /** For each key task of `overall`, by position, the project of `projectForm` it was matched to, or null. */
  taskProjects: (Project | null)[];
}

export const departmentYearId = (departmentId: string, year: number): string => `${departmentId}-${year}`;

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

function departmentYear(
  id: string,
  overall: DepartmentOverallRecord | null,
  projectForm: ProjectExpenditureRecord | null,
): DepartmentYear {
  // Names come from the department form when there is one, else from the project form.
  const owner = overall ?? projectForm;
  if (!owner) throw new Error(`Department ${id} has no record`);
  const projects = projectForm?.units.flatMap((u) => u.projects) ?? [];
  const byId = new Map(projects.map((p) => [p.id, p]));
  return {
    ...ownerOf(owner),
    id,
    total: departmentTotal(overall, projectForm),
    overall,
    projectForm,
    projectCount: projectForm ? projects.length : null,
    taskProjects: matchTasksToProjects(overall?.keyTasks ?? [], projects).map((pid) =>
      pid === null ? null : (byId.get(pid) ?? null),
    ),
  };
}

/** One entry per department and year in id order, merging its two forms; a second record of the same form is an error. */
export function departmentYears(records: readonly BudgetRecord[]): DepartmentYear[] {
  const groups = new Map<
    string,
    { overall: DepartmentOverallRecord | null; projectForm: ProjectExpenditureRecord | null }
  >();
  for (const record of records) {
    const id = departmentYearId(record.departmentId, record.year);
    const group = groups.get(id) ?? { overall: null, projectForm: null };
    const key = record.form === 'department-overall' ? 'overall' : 'projectForm';
    const other = group[key];
    if (other) throw new Error(`Two ${record.form} records for ${id}: ${other.id} and ${record.id}`);
    if (record.form === 'department-overall') group.overall = record;
    else group.projectForm = record;
    groups.set(id, group);
  }
  return [...groups]
    .map(([id, { overall, projectForm }]) => departmentYear(id, overall, projectForm))
    .sort((a, b) => byCodePoint(a.id, b.id));
}

/** Largest first; equal totals by name, then id, so the order never depends on input order. */
export const byTotalDesc = (a: DepartmentYear, b: DepartmentYear): number =>
  b.total - a.total || byChineseName(a.department, b.department) || a.departmentId.localeCompare(b.departmentId);

/** Project-years: each project of a project form, with its unit and the key task it was matched to. */
import { byCodePoint } from '../lib/compare.ts';
import type { BudgetRecord, Project } from '../schema/index.ts';
import { type DepartmentYear, type Owner, ownerOf } from './departments.ts';

/** One project of a project form in one year. */
export interface ProjectYear extends Owner {
  /** `<projectId>-<year>`: one page per project and year. */
  id: string;
  /** The project's stable id across years. */
  projectId: string;
  /** 资金使用单位. */
  unit: string;
  project: Project;
  /** The source document of the project form. */
  source: BudgetRecord['source'];
  /** Id of the record the project was read from; its source text page is `sources/<recordId>/`. */
  recordId: string;
}

/** The department key task a project was matched to: the link back from a project page. */
export interface MatchedTask {
  name: string;
  /** Position among the department's key tasks, for the anchor on the department page. */
  index: number;
}

export const projectYearId = (projectId: string, year: number): string => `${projectId}-${year}`;

/** Every project of every department's project form, in id order; a project id twice in one year is an error. */
export function projectYears(departments: readonly DepartmentYear[]): ProjectYear[] {
  const forms = departments.flatMap((d) => (d.projectForm ? [d.projectForm] : []));
  const entries = forms.flatMap((record) =>
    record.units.flatMap((unit) =>
      unit.projects.map((project) => ({
        ...ownerOf(record),
        id: projectYearId(project.id, record.year),
        projectId: project.id,
        unit: unit.name,
        project,
        source: record.source,
        recordId: record.id,
      })),
    ),
  );
  entries.sort((a, b) => byCodePoint(a.id, b.id));
  entries.forEach(({ id }, i) => {
    if (id === entries[i - 1]?.id) throw new Error(`Project ${id} occurs twice: each project needs one page`);
  });
  return entries;
}

/** The key task each project was matched to, by project-year id. */
export function tasksByProject(departments: readonly DepartmentYear[]): Map<string, MatchedTask> {
  const tasks = new Map<string, MatchedTask>();
  for (const d of departments) {
    d.taskProjects.forEach((project, index) => {
      const task = d.overall?.keyTasks[index];
      if (project && task) tasks.set(projectYearId(project.id, d.year), { name: task.name, index });
    });
  }
  return tasks;
}

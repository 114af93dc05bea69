/**
 * Identity that survives corrections and renames. A project keeps the id of its name and unit as
 * printed (a staff correction of its name or unit does not move its page), and the manifest's
 * `sameAs` gives a department or a project the id of another name: last year's, or the right one
 * where the document has a typo. The record lists the other names, and the ids its pages had under
 * them (`formerIds`), which the site turns into redirect pages: no published URL stops working.
 */
import { byCodePoint } from '../lib/compare.ts';
import type { AppliedCorrection, FundingUnit, Project } from '../schema/index.ts';
import { InputError } from './errors.ts';
import { departmentId, normalizeName, projectId } from './ids.ts';
import type { ManifestEntry } from './manifest.ts';
import { uniqueId } from './project-form/build.ts';

/** The department's id and, when `sameAs` renames it, its other name and the id its printed name gives. */
export interface DepartmentIdentity {
  departmentId: string;
  otherDepartmentNames?: string[];
  formerDepartmentIds?: string[];
}

const sameName = (a: string, b: string): boolean => normalizeName(a) === normalizeName(b);

/** Names not equal to `name` (whitespace aside), each once, in order. */
const othersThan = (name: string, names: readonly string[]): string[] =>
  names.filter((n, i) => !sameName(n, name) && names.findIndex((m) => sameName(m, n)) === i);

/** Ids other than `id`, each once, in code-point order. */
const formerThan = (id: string, ids: readonly string[]): string[] =>
  [...new Set(ids)].filter((i) => i !== id).sort(byCodePoint);

const stale = (entry: ManifestEntry, field: 'departments' | 'projects', key: string, what: string): string =>
  `清单中 ${entry.file} 的 sameAs.${field}「${key}」${what}（名称已变化？请核对后修改或删除这一项）`;

/** `line`: the 部门名称 line, named by the error when a `sameAs.departments` key is not this document's department. */
export function departmentIdentity(entry: ManifestEntry, department: string, line: number): DepartmentIdentity {
  const renames = Object.entries(entry.sameAs?.departments ?? {});
  const wrong = renames.find(([name]) => !sameName(name, department));
  if (wrong) throw new InputError(stale(entry, 'departments', wrong[0], `不是此文件的部门名称「${department}」`), line);
  const printedId = departmentId(department);
  const other = renames[0]?.[1];
  if (other === undefined || sameName(other, department)) return { departmentId: printedId };
  const id = departmentId(other);
  return { departmentId: id, otherDepartmentNames: [other], formerDepartmentIds: [printedId] };
}

const printedOf = (corrections: AppliedCorrection[] | undefined, field: 'name' | 'unit'): string | null => {
  const printed = corrections?.find((c) => c.field === field)?.printed;
  return typeof printed === 'string' ? printed : null;
};

/**
 * The units with each project's id made from the department's id, its unit and its name as printed
 * (or the other name `sameAs` gives it), its other names, and the ids it had under them.
 * `printedDeptId`: the id the parser and the corrections gave the projects.
 */
export function projectIdentities(
  entry: ManifestEntry,
  units: readonly FundingUnit[],
  printedDeptId: string,
  deptId: string,
): FundingUnit[] {
  const renames = Object.entries(entry.sameAs?.projects ?? {});
  const unmatched = renames.find(([name]) => !units.some((u) => u.projects.some((p) => sameName(p.name, name))));
  if (unmatched) throw new InputError(stale(entry, 'projects', unmatched[0], '在此文件中没有这个项目'));
  const named = units.flatMap((unit) =>
    unit.projects.map((project) => {
      const printedName = printedOf(project.corrections, 'name') ?? project.name;
      const printedUnit = printedOf(project.corrections, 'unit') ?? printedOf(unit.corrections, 'name') ?? unit.name;
      const other = renames.find(([name]) => sameName(name, project.name))?.[1];
      return {
        unit,
        project,
        printedName,
        printedUnit,
        other,
        base: projectId(deptId, printedUnit, other ?? printedName),
      };
    }),
  );
  for (const { project, other, base } of named) {
    const twin = named.find((n) => n.base === base && n.project !== project);
    if (other && twin)
      throw new InputError(
        `清单中 ${entry.file} 的 sameAs 使项目「${project.name}」与「${twin.project.name}」成了同一个项目`,
      );
  }
  const used = new Set<string>();
  const byProject = new Map(
    named.map(({ unit, project, printedName, printedUnit, other, base }) => {
      const id = uniqueId(base, used);
      const otherNames = othersThan(project.name, [printedName, ...(other ? [other] : [])]);
      // The ids its page had: as read (the printed names), and under its name and unit as corrected.
      const corrected = printedName !== project.name || printedUnit !== unit.name;
      const formerIds = formerThan(id, [
        project.id,
        ...(corrected ? [projectId(printedDeptId, unit.name, project.name)] : []),
      ]);
      const identified: Project = {
        ...project,
        id,
        ...(otherNames.length > 0 ? { otherNames } : {}),
        ...(formerIds.length > 0 ? { formerIds } : {}),
      };
      return [project, identified] as const;
    }),
  );
  return units.map((unit) => ({ ...unit, projects: unit.projects.map((p) => byProject.get(p) ?? p) }));
}

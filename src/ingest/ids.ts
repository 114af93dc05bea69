/**
 * Stable ASCII ids for URLs and joins. A hash of the normalized name rather than a pinyin
 * transliteration: it never changes with a library's polyphone rules, and it is the same
 * for the same name on every run and in every year.
 */
import { createHash } from 'node:crypto';
import type { FormKind } from '../schema/index.ts';

/** Whitespace and the form's "（部门）" annotation do not make a different department. */
export function normalizeName(name: string): string {
  return name.replace(/[\s\u3000]+/g, '').replace(/[（(]部门[）)]$/, '');
}

function shortHash(text: string, length: number): string {
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, length);
}

export const departmentId = (department: string): string => `d-${shortHash(normalizeName(department), 10)}`;

export const jurisdictionId = (jurisdiction: string): string => `j-${shortHash(normalizeName(jurisdiction), 8)}`;

/** The same project of the same unit keeps its id across years, so pages can link a project's years. */
export const projectId = (deptId: string, unit: string, project: string): string =>
  `p-${shortHash(`${deptId}\u0000${normalizeName(unit)}\u0000${normalizeName(project)}`, 12)}`;

/** One record per department, year and form: `<year>-<departmentId>-overall` or `-projects`. */
export const recordId = (year: number, deptId: string, form: FormKind): string =>
  `${year}-${deptId}-${form === 'department-overall' ? 'overall' : 'projects'}`;

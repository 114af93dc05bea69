/** The source records, recovered from the departments collection that holds both forms of each. */
import type { DepartmentYear } from '../collections/schemas.ts';
import { byCodePoint } from '../lib/compare.ts';
import type { BudgetRecord } from '../schema/index.ts';

export const recordsOf = (departments: readonly DepartmentYear[]): BudgetRecord[] =>
  departments
    .flatMap((d): BudgetRecord[] => [d.overall, d.projectForm].filter((r) => r !== null))
    .sort((a, b) => byCodePoint(a.id, b.id));

/** Indented for reading; `compact` for the all-records file, which at city scale is tens of megabytes. */
export const toJson = (value: unknown, { compact = false } = {}): string =>
  `${compact ? JSON.stringify(value) : JSON.stringify(value, null, 2)}\n`;

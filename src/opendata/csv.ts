/**
 * The open-data CSV files. UTF-8 with a BOM so spreadsheet software reads the Chinese text right,
 * RFC 4180 quoting and CRLF line ends; rows sorted explicitly so every build is byte-identical.
 */

import { byCodePoint } from '../lib/compare.ts';
import type { IndicatorEntry } from '../site/indicators.ts';
import type { ProjectYear } from '../site/projects.ts';

export type Cell = string | number | null;
export type FieldType = 'string' | 'integer' | 'number';

/** Every column name of the CSV files; each has its description in the UI strings (`t.fields`). */
export type CsvColumnName =
  | 'year'
  | 'jurisdiction'
  | 'department'
  | 'department_id'
  | 'unit'
  | 'project'
  | 'project_id'
  | 'total'
  | 'fiscal'
  | 'special_account'
  | 'other'
  | 'indicator_count'
  | 'source_file'
  | 'level1_code'
  | 'level1'
  | 'level2_code'
  | 'level2'
  | 'name'
  | 'period_value'
  | 'annual_value'
  | 'record_id'
  | 'part'
  | 'target'
  | 'field'
  | 'printed'
  | 'corrected'
  | 'reason'
  | 'line';

export interface Column<T> {
  name: CsvColumnName;
  type: FieldType;
  /** Amounts in 万元: the data package states their factor of 10,000 yuan. */
  amount?: boolean;
  value: (row: T) => Cell;
}

const BOM = '\uFEFF';

/** Quotes a field only when it holds a quote, comma or line break, doubling inner quotes. */
export function csvField(cell: Cell): string {
  const text = cell === null ? '' : String(cell);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv<T>(columns: readonly Column<T>[], rows: readonly T[]): string {
  const lines = [columns.map((c) => c.name), ...rows.map((row) => columns.map((c) => c.value(row)))];
  return `${BOM}${lines.map((cells) => cells.map(csvField).join(',')).join('\r\n')}\r\n`;
}

export const projectColumns: Column<ProjectYear>[] = [
  { name: 'year', type: 'integer', value: (p) => p.year },
  { name: 'jurisdiction', type: 'string', value: (p) => p.jurisdiction },
  { name: 'department', type: 'string', value: (p) => p.department },
  { name: 'department_id', type: 'string', value: (p) => p.departmentId },
  { name: 'unit', type: 'string', value: (p) => p.unit },
  { name: 'project', type: 'string', value: (p) => p.project.name },
  { name: 'project_id', type: 'string', value: (p) => p.projectId },
  { name: 'total', type: 'number', amount: true, value: (p) => p.project.amounts.total },
  { name: 'fiscal', type: 'number', amount: true, value: (p) => p.project.amounts.fiscal },
  { name: 'special_account', type: 'number', amount: true, value: (p) => p.project.amounts.specialAccount },
  { name: 'other', type: 'number', amount: true, value: (p) => p.project.amounts.other },
  { name: 'indicator_count', type: 'integer', value: (p) => p.project.indicators.length },
  { name: 'source_file', type: 'string', value: (p) => p.source.file },
];

export const indicatorColumns: Column<IndicatorEntry>[] = [
  { name: 'year', type: 'integer', value: (i) => i.year },
  { name: 'jurisdiction', type: 'string', value: (i) => i.jurisdiction },
  { name: 'department', type: 'string', value: (i) => i.department },
  { name: 'project', type: 'string', value: (i) => i.projectName },
  { name: 'project_id', type: 'string', value: (i) => i.projectId },
  { name: 'level1_code', type: 'string', value: (i) => i.indicator.level1.code },
  { name: 'level1', type: 'string', value: (i) => i.indicator.level1.name },
  { name: 'level2_code', type: 'string', value: (i) => i.indicator.level2.code },
  { name: 'level2', type: 'string', value: (i) => i.indicator.level2.name },
  { name: 'name', type: 'string', value: (i) => i.indicator.name },
  { name: 'period_value', type: 'string', value: (i) => i.indicator.periodValue },
  { name: 'annual_value', type: 'string', value: (i) => i.indicator.annualValue },
  { name: 'source_file', type: 'string', value: (i) => i.source.file },
];

/** By year, department, then project id: the order of the collections' ids made explicit. */
export const projectsCsv = (projects: readonly ProjectYear[]): string =>
  toCsv(
    projectColumns,
    [...projects].sort(
      (a, b) => a.year - b.year || byCodePoint(a.departmentId, b.departmentId) || byCodePoint(a.projectId, b.projectId),
    ),
  );

/** Department-level indicators (empty project) before project ones, then source order. */
export const indicatorsCsv = (indicators: readonly IndicatorEntry[]): string =>
  toCsv(
    indicatorColumns,
    [...indicators].sort(
      (a, b) =>
        a.year - b.year ||
        byCodePoint(a.departmentId, b.departmentId) ||
        byCodePoint(a.projectId ?? '', b.projectId ?? '') ||
        a.position - b.position,
    ),
  );

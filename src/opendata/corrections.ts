/**
 * Every staff correction of the published records, one row each, for `corrections.csv`: what was
 * corrected, what the source prints, the corrected value and why. The records carry the same
 * corrections beside the values they changed; the other CSV files hold the corrected values.
 */
import { byCodePoint } from '../lib/compare.ts';
import type { AppliedCorrection, BudgetRecord, Indicator } from '../schema/index.ts';
import { type Column, toCsv } from './csv.ts';

/** The part of a record a correction changed. */
export type CorrectedPart = 'record' | 'total' | 'unit' | 'project' | 'indicator' | 'budget' | 'task';

export interface CorrectionRow {
  record: BudgetRecord;
  part: CorrectedPart;
  /** The corrected part's name as published (for a dropped row: the record's department). */
  target: string;
  projectId: string | null;
  correction: AppliedCorrection;
}

type Holder = { corrections?: AppliedCorrection[] | undefined };

function rowsOf(record: BudgetRecord): CorrectionRow[] {
  const rows: CorrectionRow[] = [];
  const add = (part: CorrectedPart, target: string, holder: Holder, projectId: string | null = null) => {
    for (const correction of holder.corrections ?? []) rows.push({ record, part, target, projectId, correction });
  };
  const indicators = (list: Indicator[], projectId: string | null) => {
    for (const i of list) add('indicator', i.name, i, projectId);
  };
  add('record', record.department, record);
  if (record.form === 'department-overall') {
    add('budget', '预算整体情况', record.budget);
    for (const task of record.keyTasks) add('task', task.name, task);
    indicators(record.indicators, null);
  } else {
    add('total', '合计', record.total);
    for (const unit of record.units) {
      add('unit', unit.name, unit);
      for (const p of unit.projects) {
        add('project', p.name, p, p.id);
        indicators(p.indicators, p.id);
      }
    }
  }
  return rows;
}

/** By record, then source line: the order a reader checks them against the source. */
export const correctionRows = (records: readonly BudgetRecord[]): CorrectionRow[] =>
  records
    .flatMap(rowsOf)
    .sort(
      (a, b) =>
        byCodePoint(a.record.id, b.record.id) ||
        a.correction.line - b.correction.line ||
        byCodePoint(a.part, b.part) ||
        byCodePoint(a.correction.field, b.correction.field),
    );

export const correctionColumns: Column<CorrectionRow>[] = [
  { name: 'year', type: 'integer', value: (r) => r.record.year },
  { name: 'jurisdiction', type: 'string', value: (r) => r.record.jurisdiction },
  { name: 'department', type: 'string', value: (r) => r.record.department },
  { name: 'record_id', type: 'string', value: (r) => r.record.id },
  { name: 'part', type: 'string', value: (r) => r.part },
  { name: 'target', type: 'string', value: (r) => r.target },
  { name: 'project_id', type: 'string', value: (r) => r.projectId },
  { name: 'field', type: 'string', value: (r) => r.correction.field },
  { name: 'printed', type: 'string', value: (r) => r.correction.printed },
  { name: 'corrected', type: 'string', value: (r) => r.correction.value },
  { name: 'reason', type: 'string', value: (r) => r.correction.reason },
  { name: 'line', type: 'integer', value: (r) => r.correction.line },
  { name: 'source_file', type: 'string', value: (r) => r.record.source.file },
];

export const correctionsCsv = (records: readonly BudgetRecord[]): string =>
  toCsv(correctionColumns, correctionRows(records));

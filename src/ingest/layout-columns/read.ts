/**
 * Stage 1, for a text whose table columns stand side by side as on the page (`pdftotext -layout`):
 * the rows rebuilt from the columns, tab-separated, for the form parsers. The record cites the
 * lines of the text itself: every line range the parsers give is widened to the source lines of
 * the rows it names.
 */
import type { FormKind, LineRange } from '../../schema/index.ts';
import { showsColumnsSideBySide } from '../layout-check.ts';
import type { SourceLine } from '../lines.ts';
import { readDepartmentColumns } from './department.ts';
import { readProjectColumns } from './project.ts';
import type { ColumnReading } from './reading.ts';

/** The rows of a column-aligned text; null when the text is not laid out in columns (or no reader takes its form). */
export function readColumnLayout(lines: readonly SourceLine[], form: FormKind): ColumnReading | null {
  if (!showsColumnsSideBySide(lines)) return null;
  return form === 'project-expenditure' ? readProjectColumns(lines) : readDepartmentColumns(lines);
}

/** `value` with every line range `{from, to}` widened to the source lines its rows span. */
export function widenRanges<T>(value: T, spans: ReadonlyMap<number, LineRange>): T {
  if (Array.isArray(value)) return value.map((v) => widenRanges(v, spans)) as T;
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value).map(([k, v]) => [k, widenRanges(v, spans)]);
  const widened = Object.fromEntries(entries) as Record<string, unknown>;
  const { from, to } = widened;
  if (typeof from === 'number' && typeof to === 'number' && Object.keys(widened).length === 2) {
    return { from: spans.get(from)?.from ?? from, to: spans.get(to)?.to ?? to } as T;
  }
  return widened as T;
}

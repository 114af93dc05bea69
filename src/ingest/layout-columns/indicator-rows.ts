/**
 * A run of lines of the department form's indicator table (column-aligned text) as one row: its
 * cells, how they sit in the run, and the 二级 label it prints or shares lines with.
 */
import { CATEGORY_LABELS, LEVEL1, level2ByLabel } from '../taxonomy.ts';
import type { Cells, DataColumn } from './indicator-cells.ts';
import { DATA_COLUMNS } from './indicator-cells.ts';

/**
 * The first and last lines (indexes) holding text in a column, when they are one cell's: its lines
 * follow one another, but for single lines between them that hold another column's text (the tool
 * prints a cell centred half a line off its neighbour's lines on lines of its own). Null otherwise.
 */
function run(cells: readonly Cells[], column: DataColumn): [number, number] | null {
  const at = cells.flatMap((c, i) => (c[column] !== '' ? [i] : []));
  const [first] = at;
  const last = at.at(-1);
  if (first === undefined || last === undefined) return null;
  for (let i = first; i <= last; i++) {
    const c = cells[i];
    const between = c !== undefined && c[column] === '';
    const interleaved = between && cells[i - 1]?.[column] !== '' && cells[i + 1]?.[column] !== '';
    if (between && !(interleaved && DATA_COLUMNS.some((other) => c[other] !== ''))) return null;
  }
  return [first, last];
}

/** The 一级 label a 二级 label belongs to, where exactly one 一级 holds it. */
export function parentOf(level2: string): string | null {
  const parents = Object.keys(LEVEL1).filter((code) => level2ByLabel(level2, code) !== null);
  return parents.length === 1 ? (LEVEL1[parents[0] ?? ''] ?? null) : null;
}

/** A run of lines holding one indicator's cells, with how they sit in it. */
export interface RowCells {
  cells: Cells[];
  /** Lines (indexes in `cells`) of the row's own text. */
  top: number;
  bottom: number;
  topAligned: boolean;
  centred: boolean;
}

/**
 * Whether a column's cell stands half a line off the row's other cells, on lines of its own: each
 * of its lines holds no other column's text and stands between lines that do. A cell centred in
 * its row is half a line off exactly where it is an odd number of lines shorter than the row's
 * tallest, and its lines then fall midway between the tallest's (pdftotext gives text half a line
 * off a line of its own): its middle is the row's to the line.
 */
function halfLineOff(cells: readonly Cells[], column: DataColumn): boolean {
  const others = (c: Cells | undefined) => c !== undefined && DATA_COLUMNS.some((o) => o !== column && c[o] !== '');
  const lines = cells.flatMap((c, i) => (c[column] !== '' ? [i] : []));
  return lines.every((i) => !others(cells[i]) && others(cells[i - 1]) && others(cells[i + 1]));
}

/**
 * The lines of a centred row that stand half a line off its tallest cells' lines (by line number):
 * those holding none of their text, between lines that do.
 */
export function halfOffLines(cells: readonly Cells[]): Set<number> {
  const count = (c: DataColumn) => cells.filter((l) => l[c] !== '').length;
  const tallest = Math.max(...DATA_COLUMNS.map(count));
  const aligned = DATA_COLUMNS.filter((c) => count(c) === tallest);
  const onAligned = (l: Cells | undefined) => l !== undefined && aligned.some((c) => l[c] !== '');
  return new Set(
    cells.filter((l, i) => !onAligned(l) && onAligned(cells[i - 1]) && onAligned(cells[i + 1])).map((l) => l.no),
  );
}

export function rowCellsOf(cells: Cells[]): RowCells | null {
  const runs = DATA_COLUMNS.map((c) => run(cells, c));
  if (runs.some((r) => r === null)) return null;
  const spans = runs as Array<[number, number]>;
  const top = Math.min(...spans.map((r) => r[0]));
  const bottom = Math.max(...spans.map((r) => r[1]));
  const offMiddle = (r: [number, number]) => Math.abs(r[0] + r[1] - top - bottom);
  return {
    cells,
    top,
    bottom,
    topAligned: spans.every((r) => r[0] === top),
    centred: spans.every((r, i) => offMiddle(r) <= (halfLineOff(cells, DATA_COLUMNS[i] ?? 'name') ? 0 : 1)),
  };
}

/** The 二级 label printed in a run: the column's text there, when it spells one whole label. */
export function labelOf(cells: readonly Cells[]): string | null {
  const text = cells.map((c) => c.level2).join('');
  return isLabel(text) ? text : null;
}

const isLabel = (text: string): boolean => CATEGORY_LABELS.includes(text) && parentOf(text) !== null;

export interface Segment {
  page: number;
  /** The page's column header line, where it has one: the table's rows start below it. */
  header: number | null;
  from: number;
  to: number;
  /** null where the run's cells cannot be cut at the columns. */
  cells: Cells[] | null;
  row: RowCells | null;
}

/** The 二级 label of a run that is one row and shares lines with its label, or null. */
export function ownLabel(segment: Segment): string | null {
  const label = segment.cells ? labelOf(segment.cells) : null;
  return segment.row && label && labelMeetsRow(segment.row) ? label : null;
}

/** The 二级 label of a run that holds only it: a category with no indicators, a row of its own. */
export function emptyCategory(segment: Segment): string | null {
  const { cells } = segment;
  return cells?.every((c) => !c.name && !c.period && !c.annual) ? labelOf(cells) : null;
}

/**
 * Whether the run's 二级 label and the row's text share lines (the label's first line is no lower
 * than the row's last, its last no higher than the row's first): text on one line stands at one
 * height, and the label's text lies inside its merged cell, so that cell covers the row.
 */
function labelMeetsRow(row: RowCells): boolean {
  const at = row.cells.flatMap((c, i) => (c.level2 !== '' ? [i] : []));
  const [first] = at;
  const last = at.at(-1);
  return first !== undefined && last !== undefined && first <= row.bottom && last >= row.top;
}

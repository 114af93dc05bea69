/**
 * 绩效指标 of the department form from column-aligned lines: 一级 | 二级 | 三级指标 | 实施周期指标值 |
 * 年度指标值, the category cells merged over several rows and printed once (at the top of the
 * merged cell, or centred in it). An indicator is read only where all of it is certain: its run
 * of lines between blank lines holds one name, one 实施周期 and one 年度 value, all at the top of
 * the run or all centred in it, and its 二级 label is printed within those very lines (then the
 * label's merged cell covers the row), or, in a table known to print its cells at the top of their
 * rows, above it with no other label between. Its 一级 follows from the 二级. Any other run with
 * text in the row's cells is left out with a finding, and so is a page without the column header.
 */
import type { Finding } from '../../schema/index.ts';
import { splitValues } from '../department-form/indicators.ts';
import { joinWrapped } from '../lines.ts';
import { CATEGORY_LABELS, LEVEL1, LEVEL2, level2ByLabel } from '../taxonomy.ts';
import type { BodyLine } from './department.ts';
import { cellKey, charsOf, commonStart, isColumnEdge, piecesOf, sliceText } from './grid.ts';
import { DRIFT } from './text-columns.ts';

const HEADER = ['一级指标', '二级指标', '三级指标', '实施周期指标值', '年度指标值'];
const HELP = '请使用 PDF 原件，或用 pdftotext -raw 转换';
/** 二级 labels, longest first (so that a label is not taken for a shorter one it starts with). */
const LEVEL2_LABELS = [...new Set(Object.values(LEVEL2))].sort((a, b) => b.length - a.length);

export interface IndicatorRow {
  /** 一级 二级 name 实施周期 年度, apart by spaces, as the department indicator reader takes a row. */
  text: string;
  from: number;
  to: number;
}

/**
 * A page's columns: where the 三级, 实施周期 and 年度 columns start (left-aligned text: where most of
 * their lines start, no later than their header, which is centred over them, and after the header
 * before), and the centres of the 一级 and 二级 headers (their labels are centred too).
 */
interface Columns {
  starts: number[];
  level1Centre: number;
  level2Centre: number;
}

function columnsOf(header: BodyLine, body: readonly BodyLine[]): Columns | null {
  const heads = piecesOf(header.text);
  const at = HEADER.map((h) => heads.find((p) => cellKey(p.text) === h));
  const [h1, h2] = at;
  if (!h1 || !h2 || at.some((h) => h === undefined)) return null;
  const pieces = body.flatMap((l) => piecesOf(l.text));
  const starts = at.slice(2).map((h, i) => {
    const before = at[i + 1];
    return h && before ? commonStart(pieces, before.to, h.from + 1) : null;
  });
  if (!starts.every((s) => s !== null)) return null;
  return { starts: starts as number[], level1Centre: h1.from + h1.to, level2Centre: h2.from + h2.to };
}

interface Cells {
  no: number;
  level2: string;
  name: string;
  period: string;
  annual: string;
}

/**
 * Where the line's 三级 text starts: at the column, or up to DRIFT characters left of it where a
 * whole 二级 label stands one space before it. Rows place the column up to DRIFT characters apart
 * (and the label's cell then touches it), so text starting further left than that is none of the
 * name's. Null where text runs across the column's edge otherwise.
 */
function nameStart(text: string, at: number): number | null {
  if (isColumnEdge(text, at) || charsOf(text)[at] === undefined) return at;
  const crossing = piecesOf(text).find((p) => p.from < at && p.to > at);
  const label = crossing && LEVEL2_LABELS.find((l) => crossing.text.startsWith(`${l} `));
  if (!crossing || !label) return null;
  const start = crossing.from + charsOf(label).length + 1;
  return start >= at - DRIFT && start < at ? start : null;
}

/** The line's cells; null where text runs across a column's edge, or a label lies between the two label columns. */
function cellsOf(line: BodyLine, columns: Columns): Cells | null {
  const [nameAt = 0, ...valueStarts] = columns.starts;
  const c3 = nameStart(line.text, nameAt);
  if (c3 === null || valueStarts.some((s) => !isColumnEdge(line.text, s) && charsOf(line.text)[s] !== undefined))
    return null;
  const [c4 = 0, c5 = 0] = valueStarts;
  const labels = piecesOf(charsOf(line.text).slice(0, c3).join(''));
  // A label piece belongs to the column whose header's centre is nearer its own (doubled, as the centres are).
  const level2: string[] = [];
  for (const p of labels) {
    const centre = p.from + p.to;
    const toLevel1 = Math.abs(centre - columns.level1Centre);
    const toLevel2 = Math.abs(centre - columns.level2Centre);
    if (toLevel1 === toLevel2 || (p.from * 2 < columns.level1Centre && p.to * 2 > columns.level2Centre)) return null;
    if (toLevel2 < toLevel1) level2.push(p.text);
  }
  return {
    no: line.no,
    level2: level2.join(''),
    name: sliceText(line.text, c3, c4),
    period: sliceText(line.text, c4, c5),
    annual: sliceText(line.text, c5),
  };
}

/** The lines (indexes) holding text in a column: one run of consecutive lines, or null. */
function run(cells: readonly Cells[], column: 'name' | 'period' | 'annual' | 'level2'): [number, number] | null {
  const at = cells.flatMap((c, i) => (c[column] !== '' ? [i] : []));
  const [first] = at;
  const last = at.at(-1);
  if (first === undefined || last === undefined || last - first + 1 !== at.length) return null;
  return [first, last];
}

/** The 一级 label a 二级 label belongs to, where exactly one 一级 holds it. */
function parentOf(level2: string): string | null {
  const parents = Object.keys(LEVEL1).filter((code) => level2ByLabel(level2, code) !== null);
  return parents.length === 1 ? (LEVEL1[parents[0] ?? ''] ?? null) : null;
}

/** A run of lines holding one indicator's cells, with how they sit in it. */
interface RowCells {
  cells: Cells[];
  /** Lines (indexes in `cells`) of the row's own text. */
  top: number;
  bottom: number;
  topAligned: boolean;
  centred: boolean;
  /** Whether the row's cells differ in height by two lines or more, so that centred cells could not all start at its top. */
  tall: boolean;
}

function rowCellsOf(cells: Cells[]): RowCells | null {
  const runs = (['name', 'period', 'annual'] as const).map((c) => run(cells, c));
  if (runs.some((r) => r === null)) return null;
  const spans = runs as Array<[number, number]>;
  const top = Math.min(...spans.map((r) => r[0]));
  const bottom = Math.max(...spans.map((r) => r[1]));
  return {
    cells,
    top,
    bottom,
    topAligned: spans.every((r) => r[0] === top),
    centred: spans.every((r) => Math.abs(r[0] + r[1] - top - bottom) <= 1),
    tall: Math.max(...spans.map((r) => r[1] - r[0])) - Math.min(...spans.map((r) => r[1] - r[0])) >= 2,
  };
}

/** The 二级 label printed in a run: the column's text there, when it spells one whole label. */
function labelOf(cells: readonly Cells[]): string | null {
  const text = cells.map((c) => c.level2).join('');
  return CATEGORY_LABELS.includes(text) && parentOf(text) !== null ? text : null;
}

/** The indicator as a line for the reader, or null where the reader would not take it apart exactly so. */
function indicatorLine(row: RowCells, level2: string): string | null {
  const level1 = parentOf(level2);
  const [name, period, annual] = (['name', 'period', 'annual'] as const).map((c) =>
    joinWrapped(row.cells.map((l) => l[c]).filter(Boolean)),
  );
  if (!level1 || !name || !period || !annual) return null;
  // No label at the name's start, and the values split back as they were.
  if (CATEGORY_LABELS.some((l) => name.startsWith(l))) return null;
  const split = splitValues(`${name} ${period} ${annual}`);
  if (split?.name !== name || split.period !== period || split.annual !== annual) return null;
  return `${level1} ${level2} ${name} ${period} ${annual}`;
}

/** Rows that take several lines of different heights before the table is taken to print its cells at the top. */
const TOP_ALIGNED_ROWS = 3;

interface Segment {
  from: number;
  to: number;
  /** null where the run's cells cannot be cut at the columns. */
  cells: Cells[] | null;
  row: RowCells | null;
}

export function indicatorRows(table: readonly BodyLine[]): { rows: IndicatorRow[]; findings: Finding[] } {
  const segments: Segment[] = [];
  for (const page of [...new Set(table.map((l) => l.page))]) {
    const lines = table.filter((l) => l.page === page);
    const headerAt = lines.findIndex((l) => /一级指标/.test(l.text));
    const header = lines[headerAt];
    const body = lines.slice(headerAt + 1);
    const columns = header ? columnsOf(header, body) : null;
    const runs: BodyLine[][] = [[]];
    for (const line of columns ? body : lines.filter((l) => l !== header)) {
      if (line.text.trim() === '') runs.push([]);
      else runs.at(-1)?.push(line);
    }
    for (const lines of runs.filter((r) => r.length > 0)) {
      const from = lines[0]?.no ?? 0;
      const to = lines.at(-1)?.no ?? from;
      const cut = columns ? lines.map((l) => cellsOf(l, columns)) : [null];
      const cells = cut.every((c) => c !== null) ? (cut as Cells[]) : null;
      segments.push({ from, to, cells, row: cells ? rowCellsOf(cells) : null });
    }
  }
  // Cells at the top of their rows: a merged 二级 cell's label stands on its first row's first line,
  // and covers the rows down to the next label. Otherwise only a label on a row's own lines is its.
  const tall = segments.flatMap((s) => (s.row?.tall ? [s.row] : []));
  const topTable = tall.length >= TOP_ALIGNED_ROWS && tall.every((r) => r.topAligned);
  const rows: IndicatorRow[] = [];
  const findings: Finding[] = [];
  let current: string | null = null;
  let previousLevel1: string | null = null;
  segments.forEach((segment, i) => {
    const { from, to, cells, row } = segment;
    const hasText = (s: Segment | undefined) => s?.cells?.some((c) => c.name || c.period || c.annual) ?? true;
    const labelText = cells?.some((c) => c.level2 !== '') ?? true;
    const label = cells ? labelOf(cells) : null;
    if (labelText) current = label;
    // Category cells alone (a 二级 with no indicators, a merged 一级 label): nothing to read.
    if (!hasText(segment)) return;
    const ownLabel = row && label && labelText && labelRunWithin(row) ? label : null;
    const level2 = ownLabel ?? (topTable && row?.topAligned && !labelText ? current : null);
    const aligned = row !== null && (row.topAligned || (!topTable && row.centred));
    const text = aligned && level2 ? indicatorLine(row, level2) : null;
    const level1 = text?.split(' ')[0] ?? null;
    // Values with no name next to a row may be the rest of its cells (a page break, a paragraph break).
    const cutNeighbour = [segments[i - 1], segments[i + 1]].some(
      (s) => s && hasText(s) && s.cells?.every((c) => c.name === '') !== false && !s.row,
    );
    // After 产出, "成本指标" would be read as its 二级 成本指标, not the 一级.
    const costAfterOutput = previousLevel1 === LEVEL1['1'] && level1 === LEVEL1['4'];
    if (!text || cutNeighbour || costAfterOutput) {
      findings.push({
        code: 'layout-row-uncertain',
        severity: 'warning',
        message: `绩效指标表的这几行无法确定为一整行及其所属的二级指标：不读入。${HELP}`,
        lines: { from, to },
      });
      return;
    }
    previousLevel1 = level1;
    rows.push({ text, from, to });
  });
  return { rows, findings };
}

/** Whether the run's 二级 label stands on the row's own lines: then its merged cell covers the row. */
function labelRunWithin(row: RowCells): boolean {
  const labelRun = run(row.cells, 'level2');
  return labelRun !== null && labelRun[0] >= row.top && labelRun[1] <= row.bottom;
}

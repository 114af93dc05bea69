/**
 * 绩效指标 of the department form from column-aligned lines: 一级 | 二级 | 三级指标 | 实施周期指标值 |
 * 年度指标值, the category cells merged over several rows and printed once (at the top of the
 * merged cell, or centred in it). An indicator is read only where all of it is certain: its run
 * of lines between blank lines holds one name, one 实施周期 and one 年度 value (a cell's lines may
 * be split by single lines of another cell centred half a line off), all at the top of the run or
 * all centred in it, and its 二级 label shares lines with it (the label's text lies inside its
 * merged cell, which then covers the row), or, where labels are centred, is the one every placing
 * of the page's labels over its rows gives it (centred-labels.ts), or, in a table shown to print
 * its labels at the top of their cells (labels-at-top.ts), stands above it with no other label
 * between. Its 一级 follows from the 二级. Any other run with text in the row's cells is left out
 * with a finding.
 */
import type { Finding } from '../../schema/index.ts';
import { splitValues } from '../department-form/indicators.ts';
import { joinWrapped } from '../lines.ts';
import { CATEGORY_LABELS, isLevel1Name, LEVEL1 } from '../taxonomy.ts';
import { centredRows } from './centred-labels.ts';
import type { BodyLine } from './department.ts';
import {
  bodyColumns,
  type Cells,
  cellsOfRun,
  columnsOf,
  DATA_COLUMNS,
  endsWithin,
  hasData,
  nameEnds,
} from './indicator-cells.ts';
import { labelOf, ownLabel, parentOf, type RowCells, rowCellsOf, type Segment } from './indicator-rows.ts';
import { level1AboveMiddle } from './labels-at-top.ts';
import { uniqueRows } from './row-parts.ts';

const HELP = '请使用 PDF 原件，或用 pdftotext -raw 转换';

export interface IndicatorRow {
  /** 一级 二级 name 实施周期 年度, apart by spaces, as the department indicator reader takes a row. */
  text: string;
  from: number;
  to: number;
}

/** The indicator as a line for the reader, or null where the reader would not take it apart exactly so. */
function indicatorLine(row: RowCells, level2: string): string | null {
  const level1 = parentOf(level2);
  const [name, period, annual] = DATA_COLUMNS.map((c) => joinWrapped(row.cells.map((l) => l[c]).filter(Boolean)));
  if (!level1 || !name || !period || !annual) return null;
  // No label at the name's start, and the values split back as they were.
  if (CATEGORY_LABELS.some((l) => name.startsWith(l))) return null;
  const split = splitValues(`${name} ${period} ${annual}`);
  if (split?.name !== name || split.period !== period || split.annual !== annual) return null;
  return `${level1} ${level2} ${name} ${period} ${annual}`;
}

export function indicatorRows(table: readonly BodyLine[]): { rows: IndicatorRow[]; findings: Finding[] } {
  let segments: Segment[] = [];
  // The lines that show how wide the table's columns are (as wide on every page): those of runs
  // that make a row (a run that does not may be cut wrongly, a value taken into the name), and the
  // column header's (its text fits its column).
  const widthLines: Cells[] = [];
  for (const page of [...new Set(table.map((l) => l.page))]) {
    const lines = table.filter((l) => l.page === page);
    const headerAt = lines.findIndex((l) => /一级指标/.test(l.text));
    const header = lines[headerAt];
    const body = lines.slice(headerAt + 1);
    const columns = header ? columnsOf(header, body) : bodyColumns(lines);
    const headerCells = header && columns ? cellsOfRun([header], columns)[0] : null;
    if (headerCells) widthLines.push(headerCells);
    const runs: BodyLine[][] = [[]];
    for (const line of header ? body : lines) {
      if (line.text.trim() === '') runs.push([]);
      else runs.at(-1)?.push(line);
    }
    for (const lines of runs.filter((r) => r.length > 0)) {
      const from = lines[0]?.no ?? 0;
      const to = lines.at(-1)?.no ?? from;
      const cut = columns ? cellsOfRun(lines, columns) : [null];
      const cells = cut.every((c) => c !== null) ? (cut as Cells[]) : null;
      const row = cells ? rowCellsOf(cells) : null;
      segments.push({ page, header: header?.no ?? null, from, to, cells, row });
      widthLines.push(...(row?.cells ?? []));
    }
  }
  // Labels at the top of their cells: a merged 二级 cell's label stands on its first row's first
  // line, and covers the rows down to the next label. Otherwise only a label sharing lines with a
  // row is its, or the one that every placing of the centred labels over the rows gives it (and,
  // where the labels could also stand at the top, the one that reading gives too). Rows
  // whose cells start on one line though they differ in height by two lines, or a 一级 label well
  // above its block's middle, show it; a label off the first line of its run refutes it.
  const labelsAtTop = segments.every(
    (s) => s.cells === null || [0, -1].includes(s.cells.findIndex((c) => c.level2 !== '')),
  );
  const topTable = labelsAtTop && level1AboveMiddle(segments);
  const { segments: placed, labels: centredLabels } = topTable
    ? { segments, labels: [] }
    : centredRows(segments, rowCellsOf, parentOf, widthLines);
  segments = placed;
  const own = segments.map((s, i) => ownLabel(s) ?? centredLabels[i] ?? null);
  const oneRow = segments.map((s) => isOneRow(s, widthLines, topTable));
  // Rows on both sides of a page break are checked against the names of the rows read on their page.
  const reading = { topTable, labelsAtTop, own, oneRow };
  const first = readRows(segments, reading, new Set());
  const acrossBreak = rowsAcrossBreaks(segments, new Set(first.readAt), reading);
  const { rows, findings } = acrossBreak.size > 0 ? readRows(segments, reading, acrossBreak) : first;
  return { rows, findings };
}

/** How the table is read: its labels at the top of their cells or centred; each run's label, and whether it is one row. */
interface Reading {
  topTable: boolean;
  labelsAtTop: boolean;
  own: ReadonlyArray<string | null>;
  oneRow: readonly boolean[];
}

/**
 * The runs read as rows, with the label each reading gives them, and a finding for every other run
 * with indicator text and for those `leftOut`; `readAt` gives the runs read (indexes).
 */
function readRows(
  segments: readonly Segment[],
  { topTable, labelsAtTop, own, oneRow }: Reading,
  leftOut: ReadonlySet<number>,
): { rows: IndicatorRow[]; findings: Finding[]; readAt: number[] } {
  const rows: IndicatorRow[] = [];
  const readAt: number[] = [];
  const findings: Finding[] = [];
  let current: string | null = null;
  let previousLevel1: string | null = null;
  segments.forEach((segment, i) => {
    const { from, to, cells, row } = segment;
    const hasText = (s: Segment | undefined) => s?.cells?.some(hasData) ?? true;
    const labelText = cells?.some((c) => c.level2 !== '') ?? true;
    const label = cells ? labelOf(cells) : null;
    // Text in the 一级 column that spells no 一级 label may hold a 二级 label cut into it: the
    // label the rows below stand under is not known.
    const level1Text = cells?.map((c) => c.level1).join('') ?? '';
    if (labelText || (level1Text !== '' && !isLevel1Name(level1Text))) current = labelText ? label : null;
    // Category cells alone (a 二级 with no indicators, a merged 一级 label): nothing to read.
    if (!hasText(segment)) return;
    // Read as labels at the top of their cells: the row's own label, or the last one above it.
    const atTop = ownLabel(segment) ?? (row?.topAligned && !labelText ? current : null);
    // Where labels may stand at the top or centred (neither is shown), both readings must agree.
    const level2 = topTable ? atTop : labelsAtTop ? (own[i] === atTop ? atTop : null) : own[i];
    const aligned = row !== null && (row.topAligned || (!topTable && row.centred));
    const text = aligned && oneRow[i] && level2 ? indicatorLine(row, level2) : null;
    const level1 = text?.split(' ')[0] ?? null;
    // Values with no name next to a row may be the rest of its cells (a page break, a paragraph break).
    const cutNeighbour = [segments[i - 1], segments[i + 1]].some(
      (s) => s && hasText(s) && s.cells?.every((c) => c.name === '') !== false && !s.row,
    );
    // After 产出, "成本指标" would be read as its 二级 成本指标, not the 一级.
    const costAfterOutput = previousLevel1 === LEVEL1['1'] && level1 === LEVEL1['4'];
    if (!text || cutNeighbour || costAfterOutput || leftOut.has(i)) {
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
    readAt.push(i);
  });
  return { rows, findings, readAt };
}

/**
 * Whether the run is one row: its cells make one, no cell ends on a line while its column goes on
 * below, and its lines part into rows no other way (two rows printed with no blank line between;
 * row-parts.ts).
 */
function isOneRow(segment: Segment, widthLines: readonly Cells[], topTable: boolean): boolean {
  const { row } = segment;
  return (
    row !== null && !endsWithin(row.cells, widthLines) && uniqueRows(row.cells, widthLines, !topTable)?.length === 1
  );
}

/**
 * The runs (indexes) that may be one row a page break cuts: the last run with indicator text on a
 * page and the first on the next, unless the next starts with a name on its first line and the name
 * above ends short of its column's width (a wider name of a row `read` on its page shows it), so
 * that no cell goes on across the break, or the two are each one row in 二级 cells of different
 * labels, each certain (`labels`, by index): a row lies in one cell.
 */
function rowsAcrossBreaks(
  segments: readonly Segment[],
  read: ReadonlySet<number>,
  { own: labels, oneRow }: Reading,
): Set<number> {
  const withText = segments.flatMap((s, i) => (s.cells?.some(hasData) ? [i] : []));
  const out = new Set<number>();
  for (const [k, i] of withText.entries()) {
    const j = withText[k + 1];
    const above = segments[i];
    const below = j === undefined ? undefined : segments[j];
    if (j === undefined || !above || !below || above.page === below.page) continue;
    const [upper, lower] = [labels[i], labels[j]];
    if (oneRow[i] && oneRow[j] && upper && lower && upper !== lower) continue;
    const page = segments.filter((s, n) => s.page === above.page && read.has(n)).flatMap((s) => s.cells ?? []);
    const opensWithName = below.cells?.find(hasData)?.name !== '';
    if (!above.cells || !below.cells || !opensWithName || !nameEnds(above.cells, below.cells, page)) out.add(i).add(j);
  }
  return out;
}

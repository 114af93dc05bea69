/**
 * The indicator table's lines cut into cells (一级 | 二级 | 三级指标 | 实施周期指标值 | 年度指标值) at
 * the columns of their page: from the page's column header, or, on a page the table goes on to
 * without it, from where its text starts. A row may place its columns up to DRIFT characters
 * apart from the page's, and its cells' text may touch: a row is cut at its own columns where its
 * lines show them with certainty, and not at all where they do not.
 */
import { CATEGORY_LABELS, LEVEL1, LEVEL2 } from '../taxonomy.ts';
import type { BodyLine } from './department.ts';
import { cellKey, charsOf, commonStart, isColumnEdge, type Piece, piecesOf, sliceText } from './grid.ts';
import { DRIFT } from './text-columns.ts';
import { nextUnit, widthGap } from './widths.ts';

const HEADER = ['一级指标', '二级指标', '三级指标', '实施周期指标值', '年度指标值'];
/** The 二级 labels. */
const LEVEL2_LABELS = Object.values(LEVEL2);

/**
 * A page's columns: where the 三级, 实施周期 and 年度 columns start (left-aligned text), and which of
 * the two label columns a label piece stands in (1, 2, or null where that is not certain).
 */
export interface Columns {
  starts: number[];
  labelColumn: (piece: Piece) => 1 | 2 | null;
}

/**
 * From the page's column header: the text columns start where most of their lines start, no later
 * than their header, which is centred over them, and after the header before; a label piece
 * belongs to the label column whose header's centre is nearer its own (labels are centred too).
 */
export function columnsOf(header: BodyLine, body: readonly BodyLine[]): Columns | null {
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
  // Centres doubled, as a piece's from + to is.
  const [level1Centre, level2Centre] = [h1.from + h1.to, h2.from + h2.to];
  const labelColumn = (p: Piece): 1 | 2 | null => {
    const toLevel1 = Math.abs(p.from + p.to - level1Centre);
    const toLevel2 = Math.abs(p.from + p.to - level2Centre);
    if (toLevel1 === toLevel2 || (p.from * 2 < level1Centre && p.to * 2 > level2Centre)) return null;
    return toLevel2 < toLevel1 ? 2 : 1;
  };
  return { starts: starts as number[], labelColumn };
}

/** A category label or a line of one wrapped ("服务对象满"). */
const isLabelText = (text: string, labels: readonly string[] = CATEGORY_LABELS): boolean =>
  text !== '' && labels.some((l) => l.includes(cellKey(text)));

/**
 * A piece that begins with a 二级 label, or the first line of a wrapped one ("服务对象满"), one
 * space before other text: the label's cell touching the next. The two parts, or null.
 */
function touchingLabel(p: Piece): [label: Piece, rest: Piece] | null {
  const [label, ...rest] = p.text.split(' ');
  if (!label || rest.length === 0 || charsOf(label).length < 2 || !LEVEL2_LABELS.some((l) => l.startsWith(label)))
    return null;
  const cut = p.from + charsOf(label).length;
  return [
    { from: p.from, to: cut, text: label },
    { from: cut + 1, to: p.to, text: rest.join(' ') },
  ];
}

/** The line's pieces, a 二级 label touching the next cell's text split off it. */
const cellPieces = (text: string): Piece[] => piecesOf(text).flatMap((p) => touchingLabel(p) ?? [p]);

/**
 * From the body, on a page the table goes on to without its column header: the three text columns
 * are the page's only left-aligned text that is not a category label, so their lines start at
 * three places (each within DRIFT); any other count, and the page is not read. 二级 text starts
 * where the first label text that no 一级 label holds starts; a piece wholly left of that place is
 * a 一级 label's, and one that reaches across it is in neither with certainty.
 */
export function bodyColumns(body: readonly BodyLine[]): Columns | null {
  const pieces = body.flatMap((l) => cellPieces(l.text));
  const text = pieces.filter((p) => !isLabelText(p.text));
  const clusters: number[][] = [];
  for (const at of [...new Set(text.map((p) => p.from))].sort((a, b) => a - b)) {
    const last = clusters.at(-1);
    if (last && at - (last.at(-1) ?? at) <= DRIFT) last.push(at);
    else clusters.push([at]);
  }
  if (clusters.length !== 3) return null;
  const starts = clusters.map((c) => commonStart(text, c[0] ?? 0, (c.at(-1) ?? 0) + 1));
  const [nameAt] = starts;
  if (nameAt === null || nameAt === undefined || starts.some((s) => s === null)) return null;
  const level1Labels = Object.values(LEVEL1);
  const level2At = Math.min(
    ...pieces
      .filter((p) => p.from < nameAt && isLabelText(p.text) && !isLabelText(p.text, level1Labels))
      .map((p) => p.from),
  );
  if (!Number.isFinite(level2At)) return null;
  const labelColumn = (p: Piece): 1 | 2 | null => (p.to < level2At ? 1 : p.from >= level2At ? 2 : null);
  return { starts: starts as number[], labelColumn };
}

export interface Cells {
  no: number;
  level1: string;
  level2: string;
  name: string;
  period: string;
  annual: string;
  /** The section's label (绩效指标) stands at the margin of the line (split off the cells). */
  sectionLabel: boolean;
}

/**
 * Where the line's 三级 text starts: at the column, or up to DRIFT characters left of it where a
 * 二级 label (or its first line) stands one space before it. Rows place the column up to DRIFT characters apart
 * (and the label's cell then touches it), so text starting further left than that is none of the
 * name's. Null where text runs across the column's edge otherwise.
 */
function nameStart(text: string, at: number): number | null {
  if (isColumnEdge(text, at) || charsOf(text)[at] === undefined) return at;
  const crossing = piecesOf(text).find((p) => p.from < at && p.to > at);
  const start = crossing && touchingLabel(crossing)?.[1].from;
  return start !== undefined && start >= at - DRIFT && start < at ? start : null;
}

/**
 * Where the line shows a value column to start: up to DRIFT characters left of the column, text
 * two spaces or more after the text before and too far right to start a line of the column before
 * (its lines start at its left); else where text runs across the column, after the one single
 * space whose text after it starts within DRIFT of it (cells stand a space apart at least); else at
 * the column. Null where text runs across it with no such space, or more than one.
 */
function valueStart(text: string, before: number, at: number): number | null {
  const chars = charsOf(text);
  const drifted = piecesOf(text).find((p) => p.from >= at - DRIFT && p.from < at && p.from > before + DRIFT);
  if (drifted) return drifted.from;
  if (isColumnEdge(text, at) || chars[at] === undefined) return at;
  const spaces: number[] = [];
  for (let i = Math.max(before + 1, at - DRIFT - 1); i < at + DRIFT; i++)
    if (chars[i] === ' ' && chars[i - 1] !== ' ' && chars[i + 1] !== ' ' && chars[i + 1] !== undefined) spaces.push(i);
  const [space] = spaces;
  return space !== undefined && spaces.length === 1 ? space + 1 : null;
}

/**
 * The run's lines cut into cells at the row's own columns: a row places its columns up to DRIFT
 * characters left of the page's (its lines keep them). A 二级 label touching the name shows where
 * the 三级 column starts; text two spaces or more right of the column before, or after the one
 * single space where text runs across a value column, shows where that column starts. Lines that
 * show two different places (the page's among them, where a line's text starts there), or text
 * across the row's column, and no line of the run is read.
 */
export function cellsOfRun(lines: readonly BodyLine[], columns: Columns): Array<Cells | null> {
  const [nameAt = 0, periodAt = 0, annualAt = 0] = columns.starts;
  const startsAt = (at: number) => lines.some((l) => piecesOf(l.text).some((p) => p.from === at));
  const starts = [Math.min(...lines.map((l) => nameStart(l.text, nameAt) ?? nameAt))];
  if (starts[0] !== nameAt && startsAt(nameAt)) return lines.map(() => null);
  for (const at of [periodAt, annualAt]) {
    const before = starts.at(-1) ?? 0;
    const shown = [...new Set(lines.map((l) => valueStart(l.text, before, at) ?? at))].filter((s) => s !== at);
    const [start = at] = shown;
    if (shown.length > 1 || (start !== at && startsAt(at))) return lines.map(() => null);
    starts.push(start);
  }
  return lines.map((l) => cellsOf(l, { ...columns, starts }));
}

/** The line's cells; null where text runs across a column's edge, or a label lies between the two label columns. */
function cellsOf(line: BodyLine, columns: Columns): Cells | null {
  const [c3 = 0, c4 = 0, c5 = 0] = columns.starts;
  if (columns.starts.some((s) => !isColumnEdge(line.text, s) && charsOf(line.text)[s] !== undefined)) return null;
  const labels = piecesOf(charsOf(line.text).slice(0, c3).join(''));
  const level1: string[] = [];
  const level2: string[] = [];
  for (const p of labels) {
    const column = columns.labelColumn(p);
    if (column === null) return null;
    (column === 1 ? level1 : level2).push(p.text);
  }
  return {
    no: line.no,
    level1: level1.join(''),
    level2: level2.join(''),
    name: sliceText(line.text, c3, c4),
    period: sliceText(line.text, c4, c5),
    annual: sliceText(line.text, c5),
    sectionLabel: line.label !== '',
  };
}

export type DataColumn = 'name' | 'period' | 'annual';
export const DATA_COLUMNS: readonly DataColumn[] = ['name', 'period', 'annual'];

/** Whether a line holds label text: a category's, or the section's at the margin. */
export const hasLabel = (c: Cells): boolean => c.level1 !== '' || c.level2 !== '' || c.sectionLabel;

/** Whether a line holds indicator text (a name or a value), not only category labels. */
export const hasData = (c: Cells): boolean => c.name !== '' || c.period !== '' || c.annual !== '';

/**
 * Whether a column's text ends on the upper of two of its lines: some line of the page holds at
 * least as much as the upper with what it would have taken of the lower (its first unit), so the
 * upper did not wrap for want of room.
 */
export function cellEnds(column: DataColumn, upper: string, lower: string, widthLines: readonly Cells[]): boolean {
  if (!upper || !lower) return false;
  const bound = upper + nextUnit(lower);
  return widthLines.some((c) => widthGap(c[column], bound)[0] >= 0);
}

/** Whether the upper block's 三级指标 ends on its last line, before the lower block's. */
export const nameEnds = (upper: readonly Cells[], lower: readonly Cells[], widthLines: readonly Cells[]): boolean =>
  cellEnds(
    'name',
    upper.findLast((c) => c.name !== '')?.name ?? '',
    lower.find((c) => c.name !== '')?.name ?? '',
    widthLines,
  );

/**
 * Whether a cell of the lines ends on one of them and text of its column goes on below: the lines
 * hold cells of two rows (printed with no blank line between), not one row.
 */
export function endsWithin(cells: readonly Cells[], widthLines: readonly Cells[]): boolean {
  return DATA_COLUMNS.some((column) => {
    const texts = cells.map((c) => c[column]).filter((t) => t !== '');
    return texts.some((t, i) => cellEnds(column, t, texts[i + 1] ?? '', widthLines));
  });
}

/**
 * The project form's rows from its column-aligned lines. The lines come in segments (runs between
 * blank lines, which the drawn row borders leave). A segment with one line of amounts is a row.
 * One without, at the top of a page, goes on with the row the page break cut; in a table whose rows
 * start with their amounts' line, it goes on with the row above. Any other is text between two
 * rows that could belong to either: left out, and so are the neighbours' cells it could have
 * been part of (the 绩效目标 as a whole, the 绩效指标 items next to it).
 */
import type { Finding } from '../../schema/index.ts';
import { InputError } from '../errors.ts';
import { unreadableLayoutMessage } from '../layout-check.ts';
import { joinWrapped } from '../lines.ts';
import { FIRST_ITEM } from '../project-form/row.ts';
import { escapeCell } from './grid.ts';

/** One body line cut into its columns. */
export interface LineCells {
  no: number;
  /** The page (0 first). */
  page: number;
  name: string;
  /** The four amount cells: '' where nothing is printed. */
  amounts: string[];
  /** null where the line's 绩效目标 text cannot be told from its 绩效指标 text. */
  goal: string | null;
  indicators: string | null;
  /** The line's text from the 绩效目标 column on: the 绩效目标's alone where the 绩效指标 cell has ended above it (cell-end.ts). */
  text: string;
}

/** Lines between blank lines (or a page's edges). */
export interface Segment {
  lines: LineCells[];
  page: number;
  /** Whether a row with amounts came before it on its page. */
  afterRowOnPage: boolean;
}

type TextColumn = 'goal' | 'indicators';

export interface Row {
  /** The row's lines, paragraph by paragraph (a row continued on the next page has two or more). */
  paragraphs: LineCells[][];
  /** Columns where text just above the row, left out, may have been the start of its cells. */
  unknownBefore: Set<TextColumn>;
  /** Columns where text just below the row, left out, may have been the rest of its cells. */
  unknownAfter: Set<TextColumn>;
}

const HELP = '请使用 PDF 原件，或用 pdftotext -raw 转换';
const COLUMN_NAMES: Record<TextColumn, string> = { goal: '「绩效目标」', indicators: '「绩效指标」' };
/** Where an item of the 绩效指标 cell starts: "2、2-效益指标". */
const ITEM_START = new RegExp(FIRST_ITEM.source.replace(/^1/, String.raw`\d+`), 'g');

/** Whether the text starts with an item of the 绩效指标 cell. */
export const startsItem = (text: string): boolean => text.search(ITEM_START) === 0;

export const hasAmounts = (l: LineCells): boolean => l.amounts.some((a) => a !== '');
const hasText = (l: LineCells, column: TextColumn): boolean => l[column] !== '';

export function rowsOf(segments: readonly Segment[]): { rows: Row[]; findings: Finding[] } {
  const rows: Row[] = [];
  const findings: Finding[] = [];
  let unknownAbove = new Set<TextColumn>();
  const topAligned = isTopAligned(segments);
  for (const [index, segment] of segments.entries()) {
    const anchors = segment.lines.filter(hasAmounts);
    const first = segment.lines[0]?.no ?? 0;
    const last = segment.lines.at(-1)?.no ?? first;
    if (anchors.length === 1 || (anchors.length > 1 && segment.lines.every(hasAmounts))) {
      // One row, or rows of amounts only (the 合计 and unit rows printed on one line each).
      for (const lines of anchors.length === 1 ? [segment.lines] : segment.lines.map((l) => [l])) {
        rows.push({ paragraphs: [lines], unknownBefore: unknownAbove, unknownAfter: new Set() });
        unknownAbove = new Set();
      }
      continue;
    }
    if (anchors.length > 1) throw new InputError(unreadableLayoutMessage('两行金额之间的文字无法分到各自的行'), first);
    const previous = rows.at(-1);
    if (previous && !opensCell(segment) && (topAligned || continuesCutRow(segment) || endsCutRow(segments, index))) {
      // The page break cut the last row of the page before: this is the rest of its cells (its name
      // too), or the last of them before the break. Or rows start with their amounts' line: what
      // follows a row up to the next is its own.
      previous.paragraphs.push(segment.lines);
      continue;
    }
    if (segment.lines.some((l) => l.name !== ''))
      throw new InputError(unreadableLayoutMessage('项目名称所在的行无法确定'), first);
    const columns = (['goal', 'indicators'] as const).filter((c) => segment.lines.some((l) => hasText(l, c)));
    for (const c of columns) {
      previous?.unknownAfter.add(c);
      unknownAbove.add(c);
    }
    findings.push({
      code: 'layout-row-uncertain',
      severity: 'warning',
      message: `此段文字位于两行之间，无法确定属于上一行还是下一行：不读入，两行的${columns.map((c) => COLUMN_NAMES[c]).join('和')}中可能与之相连的部分也不读入。${HELP}`,
      lines: { from: first, to: last },
    });
  }
  return { rows, findings };
}

/** Whether the segment's 绩效指标 text opens a cell ("1、1-产出指标…"): then it starts a row. */
const opensCell = (segment: Segment): boolean =>
  FIRST_ITEM.exec(segment.lines.find((l) => hasText(l, 'indicators'))?.indicators ?? '')?.index === 0;

/** A segment at the top of a page before any amounts: the rest of the row the page break cut. */
const continuesCutRow = (segment: Segment): boolean => !segment.afterRowOnPage && segment.page > 0;

/**
 * A segment below the last amounts of its page when the next page goes on with a cut row: the
 * cut row is the page's last, so the segment is part of it.
 */
function endsCutRow(segments: readonly Segment[], index: number): boolean {
  const page = segments[index]?.page;
  let next = index + 1;
  while (segments[next]?.page === page && segments[next]?.lines.every((l) => !hasAmounts(l))) next++;
  const after = segments[next];
  return (
    page !== undefined &&
    after !== undefined &&
    after.page === page + 1 &&
    continuesCutRow(after) &&
    !opensCell(after) &&
    after.lines.every((l) => !hasAmounts(l))
  );
}

/** Rows that take several lines before they are taken to start with their amounts' line. */
const TOP_ALIGNED_ROWS = 3;

/**
 * Whether the table's cells are printed at the top of their rows: every row of several lines
 * starts with its amounts' line, and enough rows show it. Vertically centred cells put the amounts
 * mid-row. Then no row starts above its amounts' line, and text below a row up to the next is its own.
 */
function isTopAligned(segments: readonly Segment[]): boolean {
  const tall = segments.filter((s) => s.lines.length > 1 && s.lines.filter(hasAmounts).length === 1);
  return tall.length >= TOP_ALIGNED_ROWS && tall.every((s) => s.lines[0] && hasAmounts(s.lines[0]));
}

/**
 * The row as one tab-separated line: name, four amounts, 绩效目标 (paragraphs apart by `<br>`),
 * 绩效指标. A cell with text of uncertain place is left out (the 绩效目标), or the items it touches are
 * (the 绩效指标); a finding says so. A row whose text cells would both be left out would read as a
 * funding unit's row: the text is refused instead.
 */
export function rowText(row: Row, findings: Finding[]): string {
  const all = row.paragraphs.flat();
  const crossing = all.filter((l) => l.goal === null);
  const [firstCrossing] = crossing;
  if (firstCrossing)
    findings.push({
      code: 'layout-row-uncertain',
      severity: 'warning',
      message: `「绩效目标」的文字伸入「绩效指标」一列，两格的分界无法确定：「绩效目标」不读入，「绩效指标」中经过这些行的指标不读入。${HELP}`,
      lines: { from: firstCrossing.no, to: crossing.at(-1)?.no ?? firstCrossing.no },
    });
  const goalKnown = !firstCrossing && !row.unknownBefore.has('goal') && !row.unknownAfter.has('goal');
  const goal = goalKnown
    ? row.paragraphs
        .map((p) => joinWrapped(p.map((l) => l.goal ?? '')))
        .filter(Boolean)
        .map(escapeCell)
        .join('<br>')
    : '';
  const indicators = knownItems([
    ...(row.unknownBefore.has('indicators') ? [null] : []),
    ...all.map((l) => l.indicators),
    ...(row.unknownAfter.has('indicators') ? [null] : []),
  ]);
  const hadText = all.some((l) => l.goal !== '' || l.indicators !== '');
  if (hadText && goal === '' && indicators === '')
    throw new InputError(unreadableLayoutMessage('一行的「绩效目标」和「绩效指标」都无法确定'), all[0]?.no ?? null);
  const name = joinWrapped(all.map((l) => l.name));
  const amounts = all.find(hasAmounts)?.amounts ?? ['', '', '', ''];
  return [escapeCell(name), ...amounts, goal, escapeCell(indicators)].join('\t');
}

/**
 * The 绩效指标 cell from its lines' pieces, null for a piece of unknown text: only the items whose
 * every character is known (an item runs from its number to the next one).
 */
export function knownItems(pieces: ReadonlyArray<string | null>): string {
  const runs: string[][] = [[]];
  for (const piece of pieces) {
    if (piece === null) runs.push([]);
    else runs.at(-1)?.push(piece);
  }
  return runs
    .map((run, i) => {
      const text = joinWrapped(run);
      const starts = [...text.matchAll(ITEM_START)].map((m) => m.index);
      const from = i === 0 ? 0 : (starts[0] ?? text.length);
      const to = i === runs.length - 1 ? text.length : (starts.at(-1) ?? 0);
      return from < to ? text.slice(from, to) : '';
    })
    .join('');
}

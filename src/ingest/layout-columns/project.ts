/**
 * The project form laid out by `pdftotext -layout`: its seven columns side by side, each table
 * row spread over several lines (wrapped cells, perhaps centred so that the name and amounts sit
 * mid-row), rows apart by the blank line their drawn borders leave. Each page's column header
 * gives the columns; the body's text gives where the 绩效目标 and 绩效指标 columns start. A row is
 * the run of lines between blank lines around the one line that holds its amounts. Text between
 * two rows that could belong to either is left out of both, with a finding.
 */
import { InputError } from '../errors.ts';
import { unreadableLayoutMessage } from '../layout-check.ts';
import { isBlank, isPageNumber, type SourceLine, squash } from '../lines.ts';
import { withIndicatorCellEnded } from './cell-end.ts';
import { charsOf, commonStart, escapeCell, isColumnEdge, type Piece, pagesOf, piecesOf, sliceText } from './grid.ts';
import { hasAmounts, type LineCells, rowsOf, rowText, type Segment, startsItem } from './project-rows.ts';
import type { ColumnReading } from './reading.ts';
import { DRIFT, splitTextColumns, type TextColumns, widestLine } from './text-columns.ts';
import { BLANK_LINE, cutByWrapping, type TwoColumnLine } from './wrap-cut.ts';

/** The column header, white space removed, brackets full width. */
const HEADER = ['项目名称（资金使用单位）', '总计', '财政拨款', '财政专户拨款', '其他资金', '绩效目标', '绩效指标'];
/** How far a page's header may stand from the body's columns: pdftotext places each line on its own. */
const HEADER_DRIFT = 3;
const AMOUNT = /^-?(?:\d{1,3}(?:,\d{3})+|\d+)\.\d\d$/;

interface Column {
  text: string;
  from: number;
  to: number;
}

const headerKey = (text: string): string => text.replace(/\s+/g, '').replace(/\(/g, '（').replace(/\)/g, '）');

/** The header's columns: its pieces, those on top of each other joined (a header cell wraps). */
function headerColumns(lines: readonly SourceLine[]): Column[] | null {
  const columns: Column[] = [];
  for (const line of lines)
    for (const p of piecesOf(line.text)) {
      const column = columns.find((c) => p.from < c.to && p.to > c.from);
      if (column) {
        column.text += p.text;
        column.from = Math.min(column.from, p.from);
        column.to = Math.max(column.to, p.to);
      } else columns.push({ ...p });
    }
  columns.sort((a, b) => a.from - b.from);
  const keys = columns.map((c) => headerKey(c.text));
  return keys.length === HEADER.length && keys.every((k, i) => k === HEADER[i]) ? columns : null;
}

/**
 * The header's lines around line `h` that spell the header and nothing else: a wrapped header
 * cell takes up to two lines above and below, and a row cut by the page break may follow it directly.
 */
function headerBlock(page: readonly SourceLine[], h: number): { top: number; bottom: number; header: Column[] } | null {
  for (const size of [5, 4, 3, 2, 1])
    for (let top = Math.max(0, h - size + 1); top <= h; top++) {
      const bottom = top + size - 1;
      const lines = page.slice(top, bottom + 1);
      if (bottom >= page.length || lines.some((l) => isBlank(l.text))) continue;
      const header = headerColumns(lines);
      if (header) return { top, bottom, header };
    }
  return null;
}

const isHeaderLine = (text: string): boolean => text.includes('绩效目标') && text.includes('绩效指标');

/** Reads a project form laid out in columns; throws InputError where its columns or rows cannot be told. */
export function readProjectColumns(source: readonly SourceLine[]): ColumnReading {
  const out: SourceLine[] = [];
  const spans: ColumnReading['spans'] = new Map();
  const segments: Segment[] = [];
  const pages: Array<{ pageIndex: number } & ReturnType<typeof cutPage>> = [];
  const emit = (no: number, text: string, to = no) => {
    out.push({ no, text });
    spans.set(no, { from: no, to });
  };
  pagesOf(source).forEach((page, pageIndex) => {
    const h = page.findIndex((l) => isHeaderLine(l.text));
    if (h < 0) {
      const text = page.find((l) => !isBlank(l.text) && !isPageNumber(l.text));
      if (text) throw new InputError(unreadableLayoutMessage('页面上没有表头'), text.no);
      for (const l of page) if (!isBlank(l.text)) emit(l.no, squash(l.text));
      return;
    }
    const block = headerBlock(page, h);
    if (!block) throw new InputError(unreadableLayoutMessage('表头各列无法辨认'), page[h]?.no ?? 1);
    const { top, bottom, header } = block;
    const first = page[top];
    if (!first) return;
    for (const l of page.slice(0, top)) if (!isBlank(l.text)) emit(l.no, squash(l.text));
    emit(first.no, header.map((c) => escapeCell(headerKey(c.text))).join('\t'), page[bottom]?.no);
    const body = page.slice(bottom + 1);
    for (const l of body) if (isPageNumber(l.text)) emit(l.no, squash(l.text));
    pages.push({
      pageIndex,
      ...cutPage(
        body.filter((l) => !isPageNumber(l.text)),
        header,
        pageIndex,
      ),
    });
  });
  // Lines the spaces do not cut, cut by how the two columns wrap, as wide on every page (wrap-cut.ts).
  const wrapped = cutByWrapping(pages.flatMap((p) => [...p.columnLines, BLANK_LINE]));
  let at = 0;
  for (const { pageIndex, cells } of pages) {
    let afterRowOnPage = false;
    let lines: LineCells[] = [];
    const close = () => {
      if (lines.length === 0) return;
      segments.push({ lines, page: pageIndex, afterRowOnPage });
      afterRowOnPage ||= lines.some(hasAmounts);
      lines = [];
    };
    for (const l of cells) {
      const cut = wrapped[at++];
      if (l === null) close();
      else lines.push(l.goal === null && cut ? { ...l, goal: cut[0], indicators: cut[1] } : l);
    }
    close();
    at++;
  }
  const { rows, findings } = rowsOf(segments);
  for (const row of rows) {
    const all = row.paragraphs.flat();
    const firstLine = all[0];
    const lastLine = all.at(-1);
    // Lines still open below the end of the row's 绩效指标 cell are its 绩效目标's (cell-end.ts).
    const read = { ...row, paragraphs: withIndicatorCellEnded(row.paragraphs) };
    if (firstLine && lastLine) emit(firstLine.no, rowText(read, findings), lastLine.no);
  }
  out.sort((a, b) => a.no - b.no);
  return { lines: out, spans, findings };
}

/**
 * The page's body lines cut into columns (page `page`, 0 first), null for a blank
 * line; and each line's text in the two text columns, with its parts where cut with certainty.
 */
function cutPage(
  body: readonly SourceLine[],
  header: readonly Column[],
  page: number,
): { cells: Array<LineCells | null>; columnLines: TwoColumnLine[] } {
  // Each line's pieces, cut once: the columns' starts, each run's 绩效指标 start and each line's come from them.
  const piecesAt = new Map(body.map((l) => [l, piecesOf(l.text)]));
  const linePieces = (l: SourceLine): Piece[] => piecesAt.get(l) ?? [];
  const pieces: Piece[] = body.flatMap(linePieces).filter((p) => !AMOUNT.test(p.text));
  const [, total, , , , goalHead, indicatorHead] = header;
  if (!total || !goalHead || !indicatorHead) return { cells: [], columnLines: [] };
  // A left-aligned column starts where most of its lines start, no later than its header (centred
  // over it). The header's own positions can be a few characters off the body's, so they only bound
  // the search; a page may hold only one of the two text columns (a row continued from the page before).
  const goalAt = commonStart(pieces, total.from, goalHead.from + 1) ?? goalHead.from;
  // Text starts right of the 绩效目标 header only in the 绩效指标 column (the 绩效目标 text starts left of it).
  const indicatorAt =
    commonStart(pieces, Math.max(goalAt + 1, goalHead.to - HEADER_DRIFT), Number.POSITIVE_INFINITY) ??
    Number.POSITIVE_INFINITY;
  const widest = widestLine(
    body.map((l) => l.text),
    goalAt,
    indicatorAt,
  );
  // Rows place the 绩效指标 column a character or two apart; within a row it starts at one place.
  const runs = runsOf(body);
  const ownStarts = runs.map((run) =>
    commonStart(run.flatMap(linePieces), indicatorAt - DRIFT, Number.POSITIVE_INFINITY),
  );
  const starts = page > 0 ? withCutRowStart(runs, ownStarts, goalAt) : ownStarts;
  const rowColumns = new Map<SourceLine, TextColumns>();
  runs.forEach((run, i) => {
    const rowAt = starts[i] ?? null;
    const columns: TextColumns = {
      firstAt: goalAt,
      secondAt: rowAt ?? indicatorAt,
      exact: rowAt !== null,
      widest,
      opensSecond: startsItem,
    };
    for (const l of run) rowColumns.set(l, columns);
  });
  const cells = body.map((line): LineCells | null => {
    if (isBlank(line.text)) return null;
    if (!isColumnEdge(line.text, goalAt)) throw new InputError(unreadableLayoutMessage('文字越过了列的边界'), line.no);
    const left = charsOf(line.text).slice(0, goalAt).join('');
    const pieces = piecesOf(left, 1);
    const firstAmount = pieces.findIndex((p) => AMOUNT.test(p.text));
    const amounts = ['', '', '', ''];
    for (const p of firstAmount < 0 ? [] : pieces.slice(firstAmount)) {
      if (!AMOUNT.test(p.text)) throw new InputError(unreadableLayoutMessage(`金额之后出现文字「${p.text}」`), line.no);
      const column = nearestAmountColumn(p, header);
      if (amounts[column] !== '')
        throw new InputError(unreadableLayoutMessage(`两个金额落在同一列「${p.text}」`), line.no);
      amounts[column] = p.text;
    }
    const nameEnd = pieces[firstAmount]?.from ?? goalAt;
    const columns = rowColumns.get(line);
    const text = columns ? splitTextColumns(line.text, columns) : null;
    return {
      no: line.no,
      page,
      name: sliceText(left, 0, nameEnd),
      amounts,
      goal: text?.[0] ?? null,
      indicators: text?.[1] ?? null,
      text: sliceText(line.text, goalAt),
    };
  });
  const opening = cells.findIndex((c) => c !== null);
  const columnLines = body.map((line, i): TwoColumnLine => {
    const c = cells[i];
    if (!c) return BLANK_LINE;
    const parts = c.goal !== null && c.indicators !== null ? ([c.goal, c.indicators] as const) : null;
    const at = charsOf(line.text).findIndex((ch, k) => k >= goalAt && ch !== ' ') - goalAt;
    // Where the line prints its 绩效指标 text apart (wrap-cut.ts): a piece of its own in that column.
    const apart = linePieces(line).find((p) => p.from >= indicatorAt - DRIFT);
    return {
      text: c.text,
      parts,
      at,
      ...(apart ? { apart: apart.from - goalAt } : {}),
      ...(i === opening ? { opensPage: true } : {}),
    };
  });
  return { cells, columnLines };
}

/**
 * Where the 绩效指标 column starts on each run, the runs a page opens with before its first amounts
 * given the place those of them that show it agree on: they all go on with the row the page break
 * cut (project-rows.ts), one table row, and within a row the column starts at one place. So a run of
 * 绩效目标 text alone there knows exactly where the 绩效指标 column it stands beside starts.
 */
function withCutRowStart(
  runs: readonly SourceLine[][],
  starts: ReadonlyArray<number | null>,
  goalAt: number,
): Array<number | null> {
  const hasAmount = (l: SourceLine) => piecesOf(sliceText(l.text, 0, goalAt), 1).some((p) => AMOUNT.test(p.text));
  const firstRow = runs.findIndex((run) => run.some(hasAmount));
  const top = firstRow < 0 ? runs.length : firstRow;
  const shown = new Set(starts.slice(0, top).filter((at) => at !== null));
  const [at] = shown;
  return shown.size === 1 && at !== undefined ? starts.map((s, i) => s ?? (i < top ? at : null)) : [...starts];
}

/** Runs of lines between blank lines. */
function runsOf(lines: readonly SourceLine[]): SourceLine[][] {
  const runs: SourceLine[][] = [[]];
  for (const line of lines) {
    if (isBlank(line.text)) runs.push([]);
    else runs.at(-1)?.push(line);
  }
  return runs.filter((r) => r.length > 0);
}

/** The amount column (0–3) whose header is centred nearest the amount. */
function nearestAmountColumn(amount: Piece, header: readonly Column[]): number {
  const distances = header.slice(1, 5).map((c) => Math.abs(c.from + c.to - amount.from - amount.to));
  return distances.indexOf(Math.min(...distances));
}

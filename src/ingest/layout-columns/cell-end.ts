/**
 * Where a project row's 绩效指标 cell has ended, so that a line below it whose cut the text leaves
 * open (text-columns.ts, wrap-cut.ts: text one space after a nearly full 绩效目标 line, or touching
 * it) is 绩效目标 whole. A cell's text runs down in one flow: line after line, a line height apart
 * (a font size or more: characters do not overlap), the next paragraph at most PARAGRAPH_REACH
 * font sizes below the last line of the one before, and, where the page's part of the row has no
 * room for it, at the top of the row's part on the next page. pdftotext writes n blank lines (n up
 * to 4) where the next line stands n + 1 font sizes or more below (`TextPage::dump`), and lines of
 * one cell on lines of their own. So once the lines below the cell's last line, each cut with
 * certainty and none holding its text, reach further down than its next paragraph could stand,
 * it has none, and no line further down in the row holds its text.
 *
 * The reach is an assumption about the documents, not about pdftotext: paragraphs of a cell apart
 * by no more than about five empty lines. It is set well above what forms use, since a cell whose
 * paragraphs stand further apart would be misread, where such a paragraph also printed one space
 * after, or touching, a 绩效目标 line that comes up to the 绩效指标 column.
 */
import type { LineCells } from './project-rows.ts';

/** How far below a cell's line (baseline to baseline, in font sizes) its next paragraph may start. */
export const PARAGRAPH_REACH = 8;

/** The row's paragraphs of lines, those after its 绩效指标 cell has ended read as 绩效目标 whole. */
export function withIndicatorCellEnded(paragraphs: LineCells[][]): LineCells[][] {
  const lines = paragraphs.flat();
  const last = lines.findLastIndex((l) => l.indicators !== null && l.indicators !== '');
  const end = last < 0 ? null : cellEnd(lines, last);
  if (end === null) return paragraphs;
  const after = new Set(lines.slice(end));
  return paragraphs.map((p) =>
    p.map((l) => (after.has(l) && l.goal === null ? { ...l, goal: l.text, indicators: '' } : l)),
  );
}

/**
 * The first line (index) at or below which the cell's next paragraph cannot stand, walking down
 * from its last line `last`; null where a line whose cut is open comes first. On a later page the
 * walk starts again at the row's first line there, which stands at most a font size below the
 * top its next paragraph would start at.
 */
function cellEnd(lines: readonly LineCells[], last: number): number | null {
  let from = last;
  let distances = distancesBelow(lines, from);
  for (let i = last + 1; i < lines.length; i++) {
    const line = lines[i] as LineCells;
    if (line.page !== lines[from]?.page) {
      from = i;
      distances = distancesBelow(lines, from);
    }
    const reach = PARAGRAPH_REACH + (from === last ? 1 : 2);
    if ((distances[i - from] ?? 0) >= reach) return i;
    if (line.goal === null) return null;
  }
  return null;
}

/** How far line `to` stands below line `from` at least (same page), in font sizes (`distancesBelow`). */
export const below = (lines: readonly LineCells[], from: number, to: number): number =>
  distancesBelow(lines, from)[to - from] ?? 0;

/**
 * How far each line from line `from` on, down to the end of its page, stands below it at least, in
 * font sizes: the blank lines pdftotext wrote between them, and a font size between two lines of
 * 绩效目标 text (lines of one cell, which do not overlap).
 */
function distancesBelow(lines: readonly LineCells[], from: number): number[] {
  const out = [0];
  let total = 0;
  // The blank lines' share since the last line of 绩效目标 text (or `from`).
  let pending = 0;
  let goalSeen = hasGoal(lines[from]);
  for (let i = from + 1; i < lines.length && lines[i]?.page === lines[from]?.page; i++) {
    const blank = (lines[i]?.no ?? 0) - (lines[i - 1]?.no ?? 0) - 1;
    pending += blank > 0 ? Math.min(blank, 4) + 1 : 0;
    if (hasGoal(lines[i])) {
      total += goalSeen ? Math.max(1, pending) : pending;
      pending = 0;
      goalSeen = true;
    }
    out.push(total + pending);
  }
  return out;
}

const hasGoal = (l: LineCells | undefined): boolean => !!l?.goal;

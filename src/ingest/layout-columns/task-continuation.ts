/**
 * A key-task row cut by a page break: the lines at the top of the next page, with no amount and
 * no name, hold the rest of some of its cells. pdftotext places each page's columns anew, so where
 * they stand on the new page says nothing; their widths do. A cell wraps its text at its column's
 * width, the same in every row: every line is no wider than the column, and a line that wraps
 * between two Chinese characters is narrower than the column by less than the next character
 * (it would have taken it). Each way of giving the continued columns to the row's cells in order
 * is checked against every line of those columns in the table; the lines are taken only where
 * exactly one way holds and it continues no name (a name there may start a row of its own).
 *
 * Widths are known only in ranges: a Chinese character is one unit; full-width punctuation may be
 * trimmed to half a unit next to another; each narrow character has a width of its own.
 */
import { isWide } from '../lines.ts';
import type { BodyLine } from './department.ts';
import { charsOf, leftAlignedColumns, piecesOf } from './grid.ts';
import { narrowRange } from './text-columns.ts';

const IDEOGRAPH = /^[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]$/u;
/** The task columns that hold text: 名称, 主要实施内容, 期望达到的目标. */
const TEXT_CELLS = 3;
const NAME = 0;

/** The least and the most that `a` may be wider than `b`, in widths of a Chinese character. */
export function widthGap(a: string, b: string): [least: number, most: number] {
  // Summed in hundredths, so that equal widths compare equal.
  let least = 0;
  let most = 0;
  const narrow = new Map<string, number>();
  const add = (text: string, sign: 1 | -1) => {
    for (const ch of charsOf(text)) {
      if (IDEOGRAPH.test(ch)) {
        least += 100 * sign;
        most += 100 * sign;
      } else if (isWide(ch)) {
        // Each occurrence on its own: whether it is trimmed depends on its neighbours.
        least += sign > 0 ? 50 : -100;
        most += sign > 0 ? 100 : -50;
      } else narrow.set(ch, (narrow.get(ch) ?? 0) + sign);
    }
  };
  add(a, 1);
  add(b, -1);
  for (const [ch, n] of narrow) {
    const [low, high] = narrowRange(ch).map((w) => Math.round(100 * w)) as [number, number];
    least += n * (n > 0 ? low : high);
    most += n * (n > 0 ? high : low);
  }
  return [least / 100, most / 100];
}

/**
 * Whether `line` wraps before `next` for want of room: it ends with a Chinese character and the
 * next one starts with two (or is that one alone), where a line may break anywhere.
 */
function wrapsForWidth(line: string, next: string): boolean {
  const [a] = charsOf(line).slice(-1);
  const [b, c] = charsOf(next);
  return (
    a !== undefined &&
    b !== undefined &&
    IDEOGRAPH.test(a) &&
    IDEOGRAPH.test(b) &&
    (c === undefined || IDEOGRAPH.test(c))
  );
}

/** Whether cells (each its lines in order) can all have wrapped at one column width. */
export function oneWidth(cells: readonly (readonly string[])[]): boolean {
  const lines = cells.flat();
  for (const cell of cells)
    for (let i = 0; i + 1 < cell.length; i++) {
      const line = cell[i] ?? '';
      const next = cell[i + 1] ?? '';
      if (!wrapsForWidth(line, next)) continue;
      // The column is narrower than the line with the next character: no line is as wide.
      const bound = line + (charsOf(next)[0] ?? '');
      if (lines.some((l) => widthGap(l, bound)[0] >= 0)) return false;
    }
  return true;
}

/** The run's left-aligned columns, each its lines' text in order; null where a line's text runs from one column into the next. */
export const continuedColumns = (run: readonly BodyLine[]): string[][] | null =>
  leftAlignedColumns(run.map((l) => piecesOf(l.text)))?.text ?? null;

/** Every way to give `k` columns to the row's text cells, in order. */
function placements(k: number, from = 0): number[][] {
  if (k === 0) return [[]];
  const out: number[][] = [];
  for (let c = from; c <= TEXT_CELLS - k; c++) for (const rest of placements(k - 1, c + 1)) out.push([c, ...rest]);
  return out;
}

/**
 * The cut row's text cells (名称, 内容, 目标: their lines) with the continuation's columns added to
 * the cells they certainly continue, or null where that is not certain. `others` are the other rows
 * of the table read whole: their columns have the same widths on every page.
 */
export function continueRow(
  cells: readonly (readonly string[])[],
  continuation: readonly BodyLine[],
  others: readonly (readonly (readonly string[])[])[],
): string[][] | null {
  const columns = continuedColumns(continuation);
  if (!columns || columns.length === 0 || columns.length > TEXT_CELLS) return null;
  const fits = (c: number, more: readonly string[]) => {
    const table = others.map((row) => row[c] ?? []);
    const own = cells[c] ?? [];
    // A column whose lines already disagree (a paragraph's end, not a wrap, perhaps) rules nothing out.
    return !oneWidth([...table, own]) || oneWidth([...table, [...own, ...more]]);
  };
  const holding = placements(columns.length).filter((p) => p.every((c, i) => fits(c, columns[i] ?? [])));
  const [only] = holding;
  if (holding.length !== 1 || !only || only.includes(NAME)) return null;
  return cells.map((lines, c) => {
    const i = only.indexOf(c);
    return i < 0 ? [...lines] : [...lines, ...(columns[i] ?? [])];
  });
}

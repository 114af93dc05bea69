/**
 * A key-task row cut by a page break: the lines at the top of the next page, with no amount and
 * no name, hold the rest of some of its cells. pdftotext places each page's columns anew, so where
 * they stand on the new page says nothing; their widths do. A cell wraps its text at its column's
 * width, the same in every row: every line is no wider than the column, and a line that wraps
 * between two Chinese characters is narrower than the column by less than the next character
 * (it would have taken it). Each way of giving the continued columns to the row's cells in order
 * is checked against every line of those columns in the table; the lines are taken only where
 * exactly one way holds and it continues no name (a name there may start a row of its own).
 */
import type { BodyLine } from './department.ts';
import { leftAlignedColumns, piecesOf } from './grid.ts';
import { oneWidth } from './widths.ts';

/** The task columns that hold text: 名称, 主要实施内容, 期望达到的目标. */
const TEXT_CELLS = 3;
const NAME = 0;

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

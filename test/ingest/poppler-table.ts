/**
 * An indicator table printed as a PDF places it and written out as `pdftotext -layout` writes it:
 * every row's cells vertically centred in the row, the category labels centred in their merged
 * cells, each piece of text at its baseline; then poppler's `TextPage::dump` (physical layout):
 * pieces whose baselines stand within half a font size of a line's first piece make one line, and
 * between two lines it writes floor(distance between baselines / font size) line ends, one to five.
 * Heights are in font sizes. Test-only: the property tests print with it.
 */
import type { BodyLine } from '../../src/ingest/layout-columns/department.ts';

export interface PrintedGroup {
  level1: string;
  level2: string;
  rows: ReadonlyArray<{ name: string; value: string }>;
}

export interface Geometry {
  /** Characters a line of the 三级指标 column holds. */
  nameWidth: number;
  /** Characters a line of each value column holds. */
  valueWidth: number;
  /** Distance between two lines of a cell, in font sizes (more than 1, less than 2: no blank line inside a cell). */
  lineHeight: number;
  /** Distance between the last baseline of a row and the first of the next, in font sizes. */
  rowGap: number;
}

interface Piece {
  y: number;
  x: number;
  text: string;
}

const wrap = (text: string, width: number): string[] =>
  Array.from({ length: Math.ceil([...text].length / width) }, (_, i) =>
    [...text].slice(i * width, (i + 1) * width).join(''),
  );

/** The table's text, and where each row's lines came to stand (1-based line numbers, first and last). */
export function printPopplerTable(
  groups: readonly PrintedGroup[],
  { nameWidth, valueWidth, lineHeight, rowGap }: Geometry,
): { lines: BodyLine[]; expected: Map<string, Array<[number, number]>> } {
  const at = [2, 10, 20, 21 + nameWidth + 2, 21 + nameWidth + valueWidth + 4];
  const widths = [6, 8, nameWidth, valueWidth, valueWidth];
  const centredAt = (column: number, text: string) =>
    (at[column] ?? 0) + Math.max(0, Math.floor(((widths[column] ?? 0) - [...text].length) / 2));
  const pieces: Piece[] = ['一级指标', '二级指标', '三级指标', '实施周期指标值', '年度指标值'].map((h, c) => ({
    y: 0,
    x: centredAt(c, h),
    text: h,
  }));
  const rowPieces: Array<{ key: string; pieces: Piece[] }> = [];
  const spans: Array<{ level1: string; level2: string; top: number; bottom: number }> = [];
  let y = 2 + rowGap;
  for (const g of groups) {
    const top = y;
    let bottom = y;
    for (const r of g.rows) {
      const cells = [wrap(r.name, nameWidth), wrap(r.value, valueWidth), wrap(r.value, valueWidth)];
      const height = Math.max(...cells.map((c) => c.length));
      const own: Piece[] = [];
      cells.forEach((lines, k) => {
        const offset = ((height - lines.length) / 2) * lineHeight;
        lines.forEach((text, j) => {
          own.push({ y: y + offset + j * lineHeight, x: at[k + 2] ?? 0, text });
        });
      });
      rowPieces.push({ key: `${g.level1} ${g.level2} ${r.name} ${r.value} ${r.value}`, pieces: own });
      bottom = y + (height - 1) * lineHeight;
      y = bottom + rowGap;
    }
    spans.push({ level1: g.level1, level2: g.level2, top, bottom });
  }
  for (const s of spans) pieces.push({ y: (s.top + s.bottom) / 2, x: centredAt(1, s.level2), text: s.level2 });
  // One 一级 label centred over each run of its groups.
  for (let i = 0; i < spans.length; ) {
    let j = i;
    while (spans[j + 1]?.level1 === spans[i]?.level1) j++;
    const [first, last] = [spans[i], spans[j]];
    if (first && last)
      pieces.push({ y: (first.top + last.bottom) / 2, x: centredAt(0, first.level1), text: first.level1 });
    i = j + 1;
  }
  pieces.push(...rowPieces.flatMap((r) => r.pieces));
  const lineOf = dumpLines(pieces);
  const grid: string[][] = [];
  for (const [p, no] of lineOf) {
    grid[no] ??= [];
    const row = grid[no] as string[];
    for (const [k, ch] of [...p.text].entries()) row[p.x + k] = ch;
  }
  const lines = Array.from({ length: grid.length }, (_, i) => ({
    no: i + 1,
    text: Array.from(grid[i] ?? [], (ch) => ch ?? ' ').join(''),
    label: '',
    page: 0,
  }));
  const expected = new Map<string, Array<[number, number]>>();
  for (const r of rowPieces) {
    const at = r.pieces.map((p) => lineOf.get(p) ?? 0);
    expected.set(r.key, [...(expected.get(r.key) ?? []), [Math.min(...at), Math.max(...at)]]);
  }
  return { lines, expected };
}

/** Each piece's line (0-based), as poppler's physical layout dump numbers them. */
function dumpLines(pieces: readonly Piece[]): Map<Piece, number> {
  const sorted = [...pieces].sort((a, b) => a.y - b.y || a.x - b.x);
  const lineOf = new Map<Piece, number>();
  let line = 0;
  let last: Piece | null = null;
  for (let i = 0; i < sorted.length; ) {
    const first = sorted[i] as Piece;
    let j = i;
    while (j < sorted.length && Math.abs((sorted[j] as Piece).y - first.y) < 0.5) j++;
    const group = sorted.slice(i, j).sort((a, b) => a.x - b.x);
    if (last) line += Math.min(5, Math.max(1, Math.floor(first.y - last.y)));
    for (const p of group) lineOf.set(p, line);
    last = group.at(-1) ?? first;
    i = j;
  }
  return lineOf;
}

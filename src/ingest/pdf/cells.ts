/**
 * The table cells of one PDF page, rebuilt from its drawn borders (the lattice method): the
 * borders' x and y positions make a grid; grid squares with no border between them belong to one
 * cell, which gives merged cells their row and column spans. Each glyph goes to the cell that holds
 * its centre; glyphs outside every cell are the page's free text (title, 部门名称, 单位).
 */
import type { PdfGlyph, PdfPage, PdfRule } from './page.ts';

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** One visual line of text: glyphs that share a baseline, left to right. */
export interface TextLine extends Box {
  text: string;
  /** Font size of the line's glyphs, in points. */
  size: number;
}

export interface PageCell extends Box {
  lines: TextLine[];
  /** No border is drawn under the cell: the page break cut its row, which goes on on the next page. */
  cut: boolean;
}

export interface PageLayout {
  page: number;
  /** Cells in reading order: by top edge, then left edge. */
  cells: PageCell[];
  /** Lines of text outside every cell, top to bottom. */
  freeLines: TextLine[];
}

/** Borders closer than this are one border (a double line, or a rectangle per cell). */
const SNAP = 1.5;
/** The gap between two glyphs, in em, from which on it is a space. */
const SPACE_GAP = 0.2;
/** A grid square narrower or lower than this is the gap inside a double border, not a cell. */
const SLIVER = 3;

export function layoutPage(page: PdfPage): PageLayout {
  const cells = cellBoxes(page.rules);
  const inCell: PdfGlyph[][] = cells.map(() => []);
  const free: PdfGlyph[] = [];
  for (const glyph of page.glyphs) {
    const cx = (glyph.x0 + glyph.x1) / 2;
    const cy = (glyph.top + glyph.bottom) / 2;
    const index = cells.findIndex((c) => cx > c.x0 && cx < c.x1 && cy > c.y0 && cy < c.y1);
    (index === -1 ? free : (inCell[index] as PdfGlyph[])).push(glyph);
  }
  return {
    page: page.number,
    cells: cells.map((box, i) => ({ ...box, lines: textLines(inCell[i] ?? []), cut: !borderUnder(box, page.rules) })),
    freeLines: textLines(free),
  };
}

function borderUnder(box: Box, rules: readonly PdfRule[]): boolean {
  const under = rules.filter((r) => r.y1 - r.y0 < SNAP && Math.abs((r.y0 + r.y1) / 2 - box.y1) <= SNAP);
  return covered(mergeIntervals(under.map((r) => [r.x0, r.x1])), box.x0, box.x1);
}

/** The cells the borders enclose, in reading order. */
export function cellBoxes(rules: readonly PdfRule[]): Box[] {
  const vertical = rules.filter((r) => r.x1 - r.x0 < SNAP && r.y1 - r.y0 > SNAP);
  const horizontal = [...rules.filter((r) => r.y1 - r.y0 < SNAP && r.x1 - r.x0 > SNAP), ...pageBreakEdges(vertical)];
  const ys = snap(horizontal.map((r) => (r.y0 + r.y1) / 2));
  const xs = snap(vertical.map((r) => (r.x0 + r.x1) / 2));
  if (xs.length < 2 || ys.length < 2) return [];
  const hSegments = segmentsOn(
    ys,
    horizontal,
    (r) => (r.y0 + r.y1) / 2,
    (r) => [r.x0, r.x1],
  );
  const vSegments = segmentsOn(
    xs,
    vertical,
    (r) => (r.x0 + r.x1) / 2,
    (r) => [r.y0, r.y1],
  );
  const cols = xs.length - 1;
  const rows = ys.length - 1;
  const at = (i: number, j: number) => j * cols + i;
  const parent = Array.from({ length: cols * rows }, (_, k) => k);
  const find = (k: number): number => {
    while (parent[k] !== k) k = parent[k] = parent[parent[k] as number] as number;
    return k;
  };
  const union = (a: number, b: number) => {
    parent[find(a)] = find(b);
  };
  // Squares with no border between them are one cell; a square open to the page edge is outside.
  const OUTSIDE = cols * rows;
  parent.push(OUTSIDE);
  for (let j = 0; j < rows; j++) {
    for (let i = 0; i < cols; i++) {
      const [x0, x1, y0, y1] = [xs[i], xs[i + 1], ys[j], ys[j + 1]] as number[] as [number, number, number, number];
      const right = covered(vSegments[i + 1], y0, y1);
      const below = covered(hSegments[j + 1], x0, x1);
      if (!right) union(at(i, j), i + 1 < cols ? at(i + 1, j) : OUTSIDE);
      if (!below) union(at(i, j), j + 1 < rows ? at(i, j + 1) : OUTSIDE);
      if (i === 0 && !covered(vSegments[0], y0, y1)) union(at(i, j), OUTSIDE);
      if (j === 0 && !covered(hSegments[0], x0, x1)) union(at(i, j), OUTSIDE);
    }
  }
  const boxes = new Map<number, Box>();
  for (let j = 0; j < rows; j++) {
    for (let i = 0; i < cols; i++) {
      const root = find(at(i, j));
      if (root === find(OUTSIDE)) continue;
      const square = { x0: xs[i] as number, x1: xs[i + 1] as number, y0: ys[j] as number, y1: ys[j + 1] as number };
      const box = boxes.get(root);
      boxes.set(root, box ? boxUnion(box, square) : square);
    }
  }
  return [...boxes.values()]
    .filter((b) => b.x1 - b.x0 >= SLIVER && b.y1 - b.y0 >= SLIVER)
    .sort((a, b) => a.y0 - b.y0 || a.x0 - b.x0);
}

/**
 * A row cut by a page break has no border where the page cut it: the table's columns simply stop.
 * The top and bottom ends of the column borders close the table there.
 */
function pageBreakEdges(vertical: readonly PdfRule[]): PdfRule[] {
  if (vertical.length === 0) return [];
  const x0 = Math.min(...vertical.map((r) => r.x0));
  const x1 = Math.max(...vertical.map((r) => r.x1));
  const top = Math.min(...vertical.map((r) => r.y0));
  const bottom = Math.max(...vertical.map((r) => r.y1));
  return [
    { x0, x1, y0: top, y1: top },
    { x0, x1, y0: bottom, y1: bottom },
  ];
}

/** The smallest box holding both. */
export const boxUnion = (a: Box, b: Box): Box => ({
  x0: Math.min(a.x0, b.x0),
  y0: Math.min(a.y0, b.y0),
  x1: Math.max(a.x1, b.x1),
  y1: Math.max(a.y1, b.y1),
});

/** Sorted positions, with positions within SNAP of the previous one merged into it. */
function snap(values: number[]): number[] {
  const out: number[] = [];
  for (const v of [...values].sort((a, b) => a - b)) {
    const last = out.at(-1);
    if (last === undefined || v - last > SNAP) out.push(v);
  }
  return out;
}

type Interval = [number, number];

/** For each grid line, the merged intervals that borders cover along it. */
function segmentsOn(
  lines: number[],
  rules: PdfRule[],
  position: (r: PdfRule) => number,
  extent: (r: PdfRule) => Interval,
): Interval[][] {
  const out: Interval[][] = lines.map(() => []);
  for (const rule of rules) {
    const p = position(rule);
    const index = lines.findIndex((l) => Math.abs(l - p) <= SNAP);
    if (index !== -1) out[index]?.push(extent(rule));
  }
  return out.map(mergeIntervals);
}

function mergeIntervals(intervals: Interval[]): Interval[] {
  const merged: Interval[] = [];
  for (const [a, b] of [...intervals].sort((p, q) => p[0] - q[0])) {
    const last = merged.at(-1);
    if (last && a <= last[1] + SNAP) last[1] = Math.max(last[1], b);
    else merged.push([a, b]);
  }
  return merged;
}

/** True when the intervals cover [from, to] but for SNAP at either end. */
const covered = (intervals: Interval[] | undefined, from: number, to: number): boolean =>
  (intervals ?? []).some(([a, b]) => a <= from + SNAP && b >= to - SNAP);

/** Glyphs grouped into lines by their vertical centre, each line read left to right. */
export function textLines(glyphs: readonly PdfGlyph[]): TextLine[] {
  const sorted = [...glyphs].sort((a, b) => a.top + a.bottom - (b.top + b.bottom) || a.x0 - b.x0);
  const groups: PdfGlyph[][] = [];
  for (const glyph of sorted) {
    const group = groups.at(-1);
    const first = group?.[0];
    const centre = (glyph.top + glyph.bottom) / 2;
    if (group && first && Math.abs(centre - (first.top + first.bottom) / 2) < first.size / 2) group.push(glyph);
    else groups.push([glyph]);
  }
  return groups.map((group) => {
    const inOrder = group.sort((a, b) => a.x0 - b.x0);
    let text = '';
    let previous: PdfGlyph | undefined;
    for (const glyph of inOrder) {
      // Glyphs of one word touch; a gap of a fifth of an em or more is a space the PDF skipped over.
      const spaced = previous?.text === ' ' || glyph.text === ' ';
      if (previous && !spaced && glyph.x0 - previous.x1 >= glyph.size * SPACE_GAP) text += ' ';
      text += glyph.text;
      previous = glyph;
    }
    const size = Math.max(...inOrder.map((g) => g.size));
    return {
      text,
      size,
      x0: Math.min(...inOrder.map((g) => g.x0)),
      x1: Math.max(...inOrder.map((g) => g.x1)),
      y0: Math.min(...inOrder.map((g) => g.top)),
      y1: Math.max(...inOrder.map((g) => g.bottom)),
    };
  });
}

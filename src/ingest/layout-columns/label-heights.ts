/**
 * Whether a label stands at its merged cell's middle, judged by the heights pdftotext's lines stand
 * at rather than by counting lines. poppler's `TextPage::dump` writes a line for each height, text
 * within half a font size (one unit here) of a line's first piece on it, and a blank line where two
 * lines stand two font sizes apart or more. So within a row the lines stand one line height apart
 * (h, at least one unit and less than two: no blank line inside a cell), a cell half a line off
 * its row's others half of that, and the rows of a table one gap (G) apart, the same everywhere,
 * which prints as b blank lines: b + 1 ≤ G < b + 2. Neither h nor G is known: a label is centred
 * where some h and G make its height within half a unit of its cell's middle (the cell's first
 * and last rows' outer lines): a label sharing a line with a row stands within half a unit of that
 * line, one on lines of its own between the lines around it. Where the text cannot say whether two
 * lines are of one row (a label's line between them, or rows that may meet), the step between them
 * may be half a line, a line or a gap.
 */
import { type Cells, hasData } from './indicator-cells.ts';
import { halfOffLines } from './indicator-rows.ts';
import type { PlacedLabel } from './label-groups.ts';
import { uniqueRows } from './row-parts.ts';

/** A height as a sum of line heights, gaps and steps the text leaves open (each by its index, how many times). */
interface Height {
  h: number;
  g: number;
  open: ReadonlyMap<number, number>;
}

/** The page's data lines' heights, and the gap's bounds from the blank lines between runs. */
export interface PageHeights {
  of: ReadonlyMap<number, Height>;
  gap: readonly [number, number];
}

/** Pixel rounding of row positions and the like: a little more than half a unit is allowed. */
const SLACK = 0.15;
/** More steps left open than this, and a label is not judged (each may be one of three). */
const MOST_OPEN = 5;

/** The heights of the page's lines of indicator text, its runs' cells in order. */
export function pageHeights(runs: ReadonlyArray<readonly Cells[]>, widthLines: readonly Cells[]): PageHeights {
  const of = new Map<number, Height>();
  const blanks: number[] = [];
  let at: Height | null = null;
  let open = 0;
  let lastLine: number | null = null;
  for (const run of runs) {
    const lines = run.filter(hasData);
    if (lines.length === 0) continue;
    const rows = uniqueRows(run, widthLines);
    const rowOf = new Map<number, number>();
    const half = new Set<number>();
    rows?.forEach((r, k) => {
      for (const c of r) rowOf.set(c.no, k);
      for (const no of halfOffLines(r)) half.add(no);
    });
    lines.forEach((c, k) => {
      const before = lines[k - 1];
      if (!at) at = { h: 0, g: 0, open: new Map() };
      else if (!before) {
        at = { ...at, g: at.g + 1 };
        if (lastLine !== null) blanks.push(c.no - lastLine - 1);
      } else if (!rows) at = { ...at, open: new Map(at.open).set(open++, 1) };
      else if (rowOf.get(before.no) !== rowOf.get(c.no)) at = { ...at, g: at.g + 1 };
      else at = { ...at, h: at.h + (half.has(before.no) !== half.has(c.no) ? 0.5 : 1) };
      of.set(c.no, at);
    });
    lastLine = lines.at(-1)?.no ?? lastLine;
  }
  const fewest = Math.min(...blanks, 1);
  const most = Math.max(...blanks, 1);
  return { of, gap: [fewest + 1, most + 2] };
}

/** A sum of line heights, gaps and open steps, to lie strictly between lo and hi. */
interface Bound {
  form: Height;
  lo: number;
  hi: number;
}

/**
 * Whether the label may stand at the middle of the cell whose text runs from line `top` to line
 * `bottom`; true where the heights do not say (a line not of indicator text, too many open steps).
 */
export function centredAtHeight(heights: PageHeights, label: PlacedLabel, top: number, bottom: number): boolean {
  const y = (no: number) => heights.of.get(no);
  const first = y(top);
  const last = y(bottom);
  if (!first || !last) return true;
  const span = plus(first, last);
  const lines = Array.from({ length: label.to - label.from + 1 }, (_, i) => label.from + i);
  const shared = lines.findIndex((no) => y(no));
  let bounds: Bound[];
  if (shared >= 0) {
    // Twice the label's middle: twice the shared line, and the label's other lines a line height each way.
    const line = y(lines[shared] ?? 0) as Height;
    const middle = { ...plus(line, line), h: 2 * line.h + lines.length - 1 - 2 * shared };
    bounds = [{ form: minus(middle, span), lo: -1 - SLACK, hi: 1 + SLACK }];
  } else {
    // On lines of its own: between the lines of text around them.
    const above = [...heights.of.keys()].filter((no) => no < label.from).at(-1);
    const below = [...heights.of.keys()].find((no) => no > label.to);
    bounds = [];
    const a = above === undefined ? undefined : y(above);
    const b = below === undefined ? undefined : y(below);
    if (a) bounds.push({ form: minus(plus(a, a), span), lo: Number.NEGATIVE_INFINITY, hi: 1 + SLACK });
    if (b) bounds.push({ form: minus(plus(b, b), span), lo: -1 - SLACK, hi: Number.POSITIVE_INFINITY });
  }
  return feasible(bounds, heights.gap);
}

/** a + sign × b. */
function add(a: Height, b: Height, sign: 1 | -1): Height {
  const open = new Map(a.open);
  for (const [id, n] of b.open) open.set(id, (open.get(id) ?? 0) + sign * n);
  return { h: a.h + sign * b.h, g: a.g + sign * b.g, open };
}
const plus = (a: Height, b: Height): Height => add(a, b, 1);
const minus = (a: Height, b: Height): Height => add(a, b, -1);

/** Whether some h in [1, 2), G in the gap's bounds and choice of each open step meet every bound. */
function feasible(bounds: readonly Bound[], gap: readonly [number, number]): boolean {
  const steps = [...new Set(bounds.flatMap((b) => [...b.form.open].filter(([, n]) => n !== 0).map(([id]) => id)))];
  if (steps.length > MOST_OPEN) return true;
  const choices: Array<{ h: number; g: number }> = [
    { h: 0.5, g: 0 },
    { h: 1, g: 0 },
    { h: 0, g: 1 },
  ];
  const assign = (k: number, extra: { h: number; g: number }[]): boolean => {
    if (k === steps.length) return inBox(bounds, extra, steps, gap);
    return choices.some((c) => assign(k + 1, [...extra, c]));
  };
  return assign(0, []);
}

/** Whether the bounds, open steps fixed as chosen, hold for some h and G in their box. */
function inBox(
  bounds: readonly Bound[],
  chosen: ReadonlyArray<{ h: number; g: number }>,
  steps: readonly number[],
  gap: readonly [number, number],
): boolean {
  const lines = bounds.map((b) => {
    let { h, g } = b.form;
    steps.forEach((id, k) => {
      const n = b.form.open.get(id) ?? 0;
      h += n * (chosen[k]?.h ?? 0);
      g += n * (chosen[k]?.g ?? 0);
    });
    return { h, g, lo: b.lo, hi: b.hi };
  });
  const [g0, g1] = gap;
  const points: Array<[number, number]> = [
    [1, g0],
    [1, g1],
    [2, g0],
    [2, g1],
  ];
  // Where a bound's edge crosses the box's sides, and where two edges cross.
  const edges = lines.flatMap((l) => [l.lo, l.hi].filter(Number.isFinite).map((v) => ({ ...l, v })));
  for (const e of edges) {
    if (e.g !== 0) for (const h of [1, 2]) points.push([h, (e.v - e.h * h) / e.g]);
    if (e.h !== 0) for (const g of [g0, g1]) points.push([(e.v - e.g * g) / e.h, g]);
  }
  for (const [i, e] of edges.entries())
    for (const f of edges.slice(i + 1)) {
      const det = e.h * f.g - e.g * f.h;
      if (det !== 0) points.push([(e.v * f.g - e.g * f.v) / det, (e.h * f.v - e.v * f.h) / det]);
    }
  const eps = 1e-9;
  return points.some(
    ([h, g]) =>
      h >= 1 - eps &&
      h <= 2 + eps &&
      g >= g0 - eps &&
      g <= g1 + eps &&
      lines.every((l) => l.h * h + l.g * g > l.lo - eps && l.h * h + l.g * g < l.hi + eps),
  );
}

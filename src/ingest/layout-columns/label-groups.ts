/**
 * Which 二级 label covers each block of indicator text on a page whose labels are centred in their
 * merged cells. The text bounds where a merged cell ends: the blocks a label covers follow one
 * another, each label covers at least one (a label alone in its run of lines may be a category
 * with no indicators, covering none), its lines lie within a line each of its blocks' lines and
 * it stands at their middle (the caller's rule, `Centred`: label-heights.ts judges it by the
 * heights pdftotext's lines stand at), and a label sharing a line with a block covers it. The 二级
 * cells nest in their 一级 cells, bounded likewise by their labels. A cell the page's edge cuts has
 * its middle anywhere, and blocks at such an edge may be a label's on another page. Every
 * assignment of blocks to labels consistent with all of that is considered; a block's label is
 * certain where they all agree.
 */

/** Whether a label may stand at the middle of a cell whose text runs from line top to line bottom. */
export type Centred = (label: PlacedLabel, top: number, bottom: number) => boolean;

/** Lines of indicator text one after another, with no line between them holding only labels. */
export interface Block {
  /** First line (line number in the text). */
  from: number;
  /** Last line. */
  to: number;
  /** The label (index in the page's labels) sharing a line with the block, if any. */
  pinned: number | null;
}

/** A label's lines; `alone` where none of them holds indicator text (a category with no indicators may print so). */
export interface PlacedLabel {
  /** First line (line number in the text). */
  from: number;
  /** Last line. */
  to: number;
  alone: boolean;
}

/** Where the page may not hold the whole of a merged cell: the table goes on above or below it. */
export interface PageEnds {
  /** The table goes on from the page before. */
  openTop: boolean;
  /** The table goes on to the next page. */
  openBottom: boolean;
  /**
   * The cell holding the page before's last row has its label on another page: no label of this
   * page is of a cell that goes on from the page before.
   */
  cutCellLabelAbove?: boolean;
}

/** A 一级 label's merged cell. */
export interface Level1Cell {
  /** The first of its 二级 labels (index in the page's). */
  first: number;
  /** The index after its last 二级 label. */
  end: number;
  /** Its label, where the page prints it once; else its place is not known. */
  label: PlacedLabel | null;
}

/** Which parts (labels) may cover which blocks, before and after a point: the tables of a dynamic programme. */
interface Tables {
  /** reach[k][i]: parts before k can cover the blocks before i (from the start allowed). */
  reach: boolean[][];
  /** rest[k][i]: parts from k can cover the blocks from i (up to the end allowed). */
  rest: boolean[][];
}

function tables(
  parts: number,
  n: number,
  fits: (k: number, a: number, b: number) => boolean,
  start: (p: number) => boolean,
  end: (s: number) => boolean,
): Tables {
  const reach = Array.from({ length: parts + 1 }, () => Array<boolean>(n + 1).fill(false));
  const rest = Array.from({ length: parts + 1 }, () => Array<boolean>(n + 1).fill(false));
  for (let p = 0; p <= n; p++) (reach[0] as boolean[])[p] = start(p);
  for (let k = 0; k < parts; k++)
    for (let a = 0; a <= n; a++)
      if (reach[k]?.[a]) for (let b = a; b <= n; b++) if (fits(k, a, b)) (reach[k + 1] as boolean[])[b] = true;
  for (let s = 0; s <= n; s++) (rest[parts] as boolean[])[s] = end(s);
  for (let k = parts - 1; k >= 0; k--)
    for (let b = 0; b <= n; b++)
      if (rest[k + 1]?.[b]) for (let a = 0; a <= b; a++) if (fits(k, a, b)) (rest[k] as boolean[])[a] = true;
  return { reach, rest };
}

/** Each part's blocks a … b-1 in some covering that holds. */
function eachCovering(
  parts: number,
  n: number,
  fits: (k: number, a: number, b: number) => boolean,
  { reach, rest }: Tables,
  visit: (k: number, a: number, b: number) => void,
): void {
  for (let k = 0; k < parts; k++)
    for (let a = 0; a <= n; a++)
      if (reach[k]?.[a]) for (let b = a; b <= n; b++) if (rest[k + 1]?.[b] && fits(k, a, b)) visit(k, a, b);
}

/**
 * A block's certain label: the index of one of the page's labels, or the cell the page's edge
 * cuts, whose label is printed on a page before (`above`) or after (`below`).
 */
export type CertainLabel = number | 'above' | 'below';

/**
 * The label certainly covering each block, or null where the assignments that hold differ on it,
 * or where none holds. The 二级 labels' cells nest in their 一级 cells, whose labels are centred likewise.
 */
export function certainLabels(
  blocks: readonly Block[],
  labels: readonly PlacedLabel[],
  level1: readonly Level1Cell[],
  ends: PageEnds,
  centred: Centred,
): Array<CertainLabel | null> {
  const n = blocks.length;
  const unpinned = (a: number, b: number) => blocks.slice(a, b).every((u) => u.pinned === null);
  // Blocks at the top (bottom) of a page the table goes on from (to) may be a label's on another page.
  const headAllowed = (p: number) => p === 0 || (ends.openTop && unpinned(0, p));
  const tailAllowed = (s: number) => s === n || (ends.openBottom && unpinned(s, n));
  const fits = (k: number, a: number, b: number) => covers(labels[k], blocks, a, b, k, ends, centred);
  // Within a 一级 cell covering blocks a … b-1: its 二级 labels covering exactly those, from a
  // (the tables' reach) and up to b (their rest).
  const inner = new Map<string, Tables>();
  const innerTables = (c: Level1Cell, at: number, fromAt: boolean): Tables => {
    const key = `${c.first} ${at} ${fromAt}`;
    const known = inner.get(key);
    if (known) return known;
    const t = tables(
      c.end - c.first,
      n,
      (k, x, y) => fits(c.first + k, x, y),
      (p) => !fromAt || p === at,
      (q) => fromAt || q === at,
    );
    inner.set(key, t);
    return t;
  };
  const innerOf = (c: Level1Cell, a: number, b: number): Tables => ({
    reach: innerTables(c, a, true).reach,
    rest: innerTables(c, b, false).rest,
  });
  const cellFits = (r: number, a: number, b: number): boolean => {
    const c = level1[r];
    if (!c || !innerOf(c, a, b).reach[c.end - c.first]?.[b]) return false;
    if (!c.label || a === b) return true;
    // The cell holds its 二级 labels' lines as well as its blocks'.
    const own = labels.slice(c.first, c.end);
    const outer = { from: blocks[a]?.from ?? 0, to: blocks[b - 1]?.to ?? 0 };
    const top = Math.min(outer.from, ...own.map((l) => l.from));
    const bottom = Math.max(outer.to, ...own.map((l) => l.to));
    // The page's first (last) 一级 cell may go on from (to) another page, holding there rows of a
    // 二级 cell the break cuts that this page gives to no label of its own: its middle is anywhere.
    const cut = { top: ends.openTop && r === 0, bottom: ends.openBottom && r === level1.length - 1 };
    return standsIn(c.label, top, bottom, cut, centred);
  };
  const outer = tables(level1.length, n, cellFits, headAllowed, tailAllowed);
  const options = blocks.map(() => new Set<CertainLabel>());
  const m = level1.length;
  for (let p = 0; p <= n; p++)
    if (outer.reach[0]?.[p] && outer.rest[0]?.[p]) for (let j = 0; j < p; j++) options[j]?.add('above');
  for (let s = 0; s <= n; s++)
    if (outer.reach[m]?.[s] && outer.rest[m]?.[s]) for (let j = s; j < n; j++) options[j]?.add('below');
  eachCovering(m, n, cellFits, outer, (r, a, b) => {
    const c = level1[r];
    if (!c) return;
    const within = (k: number, x: number, y: number) => fits(c.first + k, x, y);
    eachCovering(c.end - c.first, n, within, innerOf(c, a, b), (k, x, y) => {
      for (let j = x; j < y; j++) options[j]?.add(c.first + k);
    });
  });
  return options.map((o) => {
    const [only] = o;
    return o.size === 1 && only !== undefined ? only : null;
  });
}

/** Where the page's edge may cut a cell: above its first row, below its last. */
interface Cut {
  top: boolean;
  bottom: boolean;
}

/**
 * Whether a label stands in a cell whose text spans the lines top … bottom: within as many lines
 * of them as it has, and at their middle, unless the page's edge cuts the cell: then the cell
 * reaches on to that edge and its middle is anywhere.
 */
function standsIn(label: PlacedLabel, top: number, bottom: number, cut: Cut, centred: Centred): boolean {
  const reach = label.to - label.from + 1;
  if (!cut.top && label.from < top - reach) return false;
  if (!cut.bottom && label.to > bottom + reach) return false;
  return cut.top || cut.bottom || centred(label, top, bottom);
}

/** Whether label k may cover exactly the blocks a … b-1. */
function covers(
  label: PlacedLabel | undefined,
  blocks: readonly Block[],
  a: number,
  b: number,
  k: number,
  ends: PageEnds,
  centred: Centred,
): boolean {
  if (!label) return false;
  const before = blocks[a - 1];
  const after = blocks[b];
  if (a === b) return label.alone && (!before || before.to < label.from) && (!after || after.from > label.to);
  const group = blocks.slice(a, b);
  if (group.some((u) => u.pinned !== null && u.pinned !== k)) return false;
  if (blocks.some((u, i) => u.pinned === k && (i < a || i >= b))) return false;
  const cut = {
    top: ends.openTop && a === 0 && !ends.cutCellLabelAbove,
    bottom: ends.openBottom && b === blocks.length,
  };
  return standsIn(label, group[0]?.from ?? 0, group.at(-1)?.to ?? 0, cut, centred);
}

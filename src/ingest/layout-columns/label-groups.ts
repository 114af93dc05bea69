/**
 * Which 二级 label covers each block of indicator text on a page whose labels are centred in their
 * merged cells. The text cannot say where a merged cell ends (text lines do not map evenly to
 * height), but it bounds it: the blocks a label covers follow one another, each label covers at
 * least one (a label alone in its run of lines may be a category with no indicators, covering
 * none), its lines lie within its blocks' lines and its middle within CENTRE_TOLERANCE lines of
 * theirs, and a label sharing a line with a block covers it. Every assignment of blocks to labels
 * consistent with all of that is considered; a block's label is certain where they all agree.
 */

/** Lines of indicator text one after another, with no line between them holding only labels. */
export interface Block {
  from: number;
  to: number;
  /** The label (index in the page's labels) sharing a line with the block, if any. */
  pinned: number | null;
}

/** A 二级 label's lines; `alone` where no line of its run holds indicator text. */
export interface PlacedLabel {
  from: number;
  to: number;
  alone: boolean;
}

/** Where the page may not hold the whole of a merged cell: the table goes on above or below it. */
export interface PageEnds {
  openTop: boolean;
  openBottom: boolean;
}

/**
 * How far (in lines) a label's middle may stand from the middle of its blocks' lines: half a line
 * for the label's own rounding to a line, half a line for the uneven padding and gaps between rows.
 */
const CENTRE_TOLERANCE = 1;

/**
 * The label (index) certainly covering each block, or null where the assignments that hold differ
 * on it, or give it to a label printed on another page, or where none holds.
 */
export function certainLabels(
  blocks: readonly Block[],
  labels: readonly PlacedLabel[],
  ends: PageEnds,
): Array<number | null> {
  const n = blocks.length;
  const m = labels.length;
  const unpinned = (a: number, b: number) => blocks.slice(a, b).every((u) => u.pinned === null);
  // Blocks at the top (bottom) of a page the table goes on from (to) may be a label's on another page.
  const headAllowed = (p: number) => p === 0 || (ends.openTop && unpinned(0, p));
  const tailAllowed = (s: number) => s === n || (ends.openBottom && unpinned(s, n));
  const fits = (k: number, a: number, b: number) => covers(labels[k], blocks, a, b, k, ends);
  // reach[k][i]: labels before k can cover the blocks before i; rest[k][i]: labels from k the blocks from i.
  const reach = Array.from({ length: m + 1 }, () => Array<boolean>(n + 1).fill(false));
  const rest = Array.from({ length: m + 1 }, () => Array<boolean>(n + 1).fill(false));
  for (let p = 0; p <= n; p++) (reach[0] as boolean[])[p] = headAllowed(p);
  for (let k = 0; k < m; k++)
    for (let a = 0; a <= n; a++)
      if (reach[k]?.[a]) for (let b = a; b <= n; b++) if (fits(k, a, b)) (reach[k + 1] as boolean[])[b] = true;
  for (let s = 0; s <= n; s++) (rest[m] as boolean[])[s] = tailAllowed(s);
  for (let k = m - 1; k >= 0; k--)
    for (let b = 0; b <= n; b++)
      if (rest[k + 1]?.[b]) for (let a = 0; a <= b; a++) if (fits(k, a, b)) (rest[k] as boolean[])[a] = true;
  const options = blocks.map(() => new Set<number | 'elsewhere'>());
  for (let p = 0; p <= n; p++)
    if (reach[0]?.[p] && rest[0]?.[p]) for (let j = 0; j < p; j++) options[j]?.add('elsewhere');
  for (let s = 0; s <= n; s++)
    if (reach[m]?.[s] && rest[m]?.[s]) for (let j = s; j < n; j++) options[j]?.add('elsewhere');
  for (let k = 0; k < m; k++)
    for (let a = 0; a < n; a++)
      if (reach[k]?.[a])
        for (let b = a + 1; b <= n; b++)
          if (rest[k + 1]?.[b] && fits(k, a, b)) for (let j = a; j < b; j++) options[j]?.add(k);
  return options.map((o) => {
    const [only] = o;
    return o.size === 1 && typeof only === 'number' ? only : null;
  });
}

/** Whether label k may cover exactly the blocks a … b-1. */
function covers(
  label: PlacedLabel | undefined,
  blocks: readonly Block[],
  a: number,
  b: number,
  k: number,
  ends: PageEnds,
): boolean {
  if (!label) return false;
  const before = blocks[a - 1];
  const after = blocks[b];
  if (a === b) return label.alone && (!before || before.to < label.from) && (!after || after.from > label.to);
  const group = blocks.slice(a, b);
  if (group.some((u) => u.pinned !== null && u.pinned !== k)) return false;
  if (blocks.some((u, i) => u.pinned === k && (i < a || i >= b))) return false;
  const top = group[0]?.from ?? 0;
  const bottom = group.at(-1)?.to ?? 0;
  if (label.from < top - CENTRE_TOLERANCE || label.to > bottom + CENTRE_TOLERANCE) return false;
  // A cell cut by the page's edge has its middle anywhere: only its label's place on the page is known.
  const cut = (ends.openTop && a === 0) || (ends.openBottom && b === blocks.length);
  return cut || Math.abs(label.from + label.to - top - bottom) <= 2 * CENTRE_TOLERANCE;
}

/**
 * The 二级 labels of an indicator table that prints them centred in their merged cells, placed
 * over its rows page by page (label-groups.ts). A run of lines between blank lines may hold
 * several rows, a line holding only labels between them, or none where a label took the gap
 * (row-parts.ts): it is taken apart into its blocks only where each block's label is certain, and
 * the blocks under one label into rows only where they part into rows one way (label-parts.ts).
 */

import { CATEGORY_LABELS, isLevel1Name } from '../taxonomy.ts';
import { type Cells, hasData } from './indicator-cells.ts';
import { type Block, certainLabels, type Level1Cell, type PageEnds, type PlacedLabel } from './label-groups.ts';
import { centredAtHeight, pageHeights } from './label-heights.ts';
import { between, blocksOf, partsOf, rowBlocks, type TextBlock } from './label-parts.ts';

/** The part of a run of lines that the placing needs; the reader's segments have more. */
interface Run<R> {
  page: number;
  header: number | null;
  from: number;
  to: number;
  cells: Cells[] | null;
  row: R | null;
}

/** A page's labels in one label column as printed (the lines of a wrapped one no more than a line apart), or null where one does not spell a whole label. */
function labelsOf(
  cells: readonly Cells[],
  column: 'level1' | 'level2',
  isLabel: (text: string) => boolean,
): Array<PlacedLabel & { text: string }> | null {
  const labels: Array<PlacedLabel & { text: string }> = [];
  let open: { text: string; from: number; to: number } | undefined;
  for (const c of cells.filter((l) => l[column] !== '')) {
    const before = open;
    if (before && c.no - before.to > 2) return null;
    const now = before
      ? { ...before, text: before.text + c[column], to: c.no }
      : { text: c[column], from: c.no, to: c.no };
    open = isLabel(now.text) ? undefined : now;
    if (!open) labels.push({ ...now, alone: !cells.some((l) => l.no >= now.from && l.no <= now.to && hasData(l)) });
  }
  return open ? null : labels;
}

/**
 * The 一级 cells over the page's 二级 labels: runs of labels of one 一级, each with that 一级's
 * label where the page prints it once (else its place is not known).
 */
function level1Cells(
  cells: readonly Cells[],
  level2: ReadonlyArray<{ text: string }>,
  parentOf: (label: string) => string | null,
): Level1Cell[] {
  const shown = labelsOf(cells, 'level1', isLevel1Name) ?? [];
  const out: Array<Level1Cell & { name: string }> = [];
  for (const [i, l] of level2.entries()) {
    const name = parentOf(l.text) ?? '';
    const last = out.at(-1);
    if (last?.name === name) last.end = i + 1;
    else {
      const named = shown.filter((s) => s.text === name);
      out.push({ name, first: i, end: i + 1, label: named.length === 1 ? (named[0] ?? null) : null });
    }
  }
  // A 一级 printed for two runs of its 二级 labels would stand in one of them only.
  return out.map((c) => (out.filter((o) => o.name === c.name).length > 1 ? { ...c, label: null } : c));
}

/**
 * The runs, those whose blocks are certainly rows of different labels taken apart, and the 二级
 * label certainly covering each run whose blocks all have it (by index in the runs returned).
 */
export function centredRows<S extends Run<R>, R>(
  segments: readonly S[],
  rowOf: (cells: Cells[]) => R | null,
  parentOf: (label: string) => string | null,
  widthLines: readonly Cells[],
): { segments: S[]; labels: Array<string | null> } {
  const out: S[] = [];
  const labels: Array<string | null> = [];
  const pages = [...new Set(segments.map((s) => s.page))];
  const runsOf = (page: number) => segments.filter((s) => s.page === page);
  // Each page's 二级 labels in order, null where not all can be seen.
  const printed = pages.map((page) => pageLabels(runsOf(page), parentOf));
  // The certain label of the last row of the page before: its cell is the one a page break may cut.
  let lastRowLabel: string | undefined;
  // Rows printed with no blank line between them (row-parts.ts) are blocks of their own.
  // The first block of a page the table goes on to, and the last of one it goes on from, may hold a
  // piece of a row the break cuts.
  const pageBlocks = pages.map((page, index) => {
    const blocks = runsOf(page).map((r) => blocksOf(r.cells ?? []));
    const first = blocks.flat()[0];
    const last = blocks.flat().at(-1);
    const edge = (b: TextBlock) => ({ top: index > 0 && b === first, bottom: index < pages.length - 1 && b === last });
    const parted = blocks.map((bs) => bs.map((b) => rowBlocks(b, widthLines, edge(b))));
    // A block that may hold rows of two cells, met with no blank line between: no placing is certain.
    const certain = parted.every((bs) => bs.every((p) => p.parted));
    return { blocks: parted.map((bs) => bs.flatMap((p) => p.blocks)), certain };
  });
  // Text with no name next to a page break may be the rest of a row on the other page, and then so
  // may the text on the other side of the break (a centred name may stand on either page).
  const nameless = (b: TextBlock | undefined) => b?.cells.every((c) => c.name === '') === true;
  const cutAtBreak = (index: number) =>
    index > 0 &&
    (nameless(pageBlocks[index]?.blocks.flat()[0]) || nameless(pageBlocks[index - 1]?.blocks.flat().at(-1)));
  for (const [index, page] of pages.entries()) {
    const runs = runsOf(page);
    const printedHere = printed[index] ?? null;
    const runBlocks = pageBlocks[index]?.blocks ?? [];
    const placed = placePage(
      runs,
      runBlocks.flat(),
      pageBlocks[index]?.certain ? printedHere : null,
      parentOf,
      {
        openTop: index > 0 || runs[0]?.header === null,
        openBottom: index < pages.length - 1,
        // Where the page prints that label too, it may be of that cell or of another of the same name.
        cutCellLabelAbove:
          lastRowLabel !== undefined && !!printedHere && !printedHere.some((l) => l.text === lastRowLabel),
        above: nearestLabel(printed.slice(0, index).reverse(), (ls) => ls.at(-1)),
        below: nearestLabel(printed.slice(index + 1), (ls) => ls[0]),
      },
      widthLines,
    );
    const lastBlock = runBlocks.flat().at(-1);
    lastRowLabel = (lastBlock && placed?.get(lastBlock.from)) ?? undefined;
    for (const [r, run] of runs.entries()) {
      const blocks = runBlocks[r] ?? [];
      const named = blocks.map((b) => placed?.get(b.from) ?? null);
      const cut = (r === 0 && cutAtBreak(index)) || (r === runs.length - 1 && cutAtBreak(index + 1));
      if (blocks.length < 2 || named.some((l) => l === null) || cut) {
        out.push(run);
        labels.push(blocks.length === 1 && !cut ? (named[0] ?? null) : null);
        continue;
      }
      const edge = { top: index > 0 && r === 0, bottom: index < pages.length - 1 && r === runs.length - 1 };
      for (const { from, to, label, rowCells } of partsOf(blocks, named, widthLines, edge)) {
        out.push({ ...run, from, to, cells: between(run.cells ?? [], from, to), row: rowCells && rowOf(rowCells) });
        labels.push(label);
      }
    }
  }
  return { segments: out, labels };
}

/**
 * A page's 二级 labels as printed, or null where not all can be seen: a run's cells not cut, a
 * label that does not spell a whole one, one printed twice (which of its cells a row lies in is not
 * certain), or text in the 一级 column that spells no 一级 label (a 二级 label may be cut into it).
 */
function pageLabels(
  runs: readonly Run<unknown>[],
  parentOf: (label: string) => string | null,
): Array<PlacedLabel & { text: string }> | null {
  if (runs.some((r) => r.cells === null)) return null;
  const cells = runs.flatMap((r) => r.cells ?? []);
  const labels = labelsOf(cells, 'level2', (t) => CATEGORY_LABELS.includes(t) && parentOf(t) !== null);
  if (!labels || new Set(labels.map((l) => l.text)).size < labels.length) return null;
  return labelsOf(cells, 'level1', isLevel1Name) === null ? null : labels;
}

/**
 * The label of the cell a page break cuts, printed on another page: the nearest page's (in the
 * order given) that prints labels, its label next to the break; null where a page between cannot
 * show all its labels.
 */
function nearestLabel(
  pages: ReadonlyArray<ReadonlyArray<{ text: string }> | null>,
  next: (labels: ReadonlyArray<{ text: string }>) => { text: string } | undefined,
): string | null {
  for (const labels of pages) {
    if (labels === null) return null;
    const label = next(labels);
    if (label) return label.text;
  }
  return null;
}

/**
 * The certain label of each of the page's blocks (by its first line), or null where the page's
 * labels (`pageLabels`) cannot all be seen. A block of a cell that the page's edge cuts, whose label is on another page,
 * gets that page's label next to the break (`above`, `below`).
 */
function placePage(
  runs: readonly Run<unknown>[],
  textBlocks: readonly TextBlock[],
  labels: ReturnType<typeof pageLabels>,
  parentOf: (label: string) => string | null,
  ends: PageEnds & { above: string | null; below: string | null },
  widthLines: readonly Cells[],
): Map<number, string> | null {
  if (!labels) return null;
  const cells = runs.flatMap((r) => r.cells ?? []);
  const blocks: Block[] = [];
  for (const b of textBlocks) {
    const sharing = labels.flatMap((l, i) => (l.from <= b.to && l.to >= b.from ? [i] : []));
    if (sharing.length > 1) return null;
    blocks.push({ from: b.from, to: b.to, pinned: sharing[0] ?? null });
  }
  const heights = pageHeights(
    runs.map((r) => r.cells ?? []),
    widthLines,
  );
  const centred = (label: PlacedLabel, top: number, bottom: number) => centredAtHeight(heights, label, top, bottom);
  const certain = certainLabels(blocks, labels, level1Cells(cells, labels, parentOf), ends, centred);
  const named = new Map<number, string>();
  for (const [i, b] of textBlocks.entries()) {
    const c = certain[i] ?? null;
    const label = c === 'above' ? ends.above : c === 'below' ? ends.below : c === null ? null : labels[c]?.text;
    if (label) named.set(b.from, label);
  }
  return named;
}

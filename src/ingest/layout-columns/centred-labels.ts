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
  for (const [index, page] of pages.entries()) {
    const runs = runsOf(page);
    const printedHere = printed[index] ?? null;
    // Rows printed with no blank line between them (row-parts.ts) are blocks of their own.
    const runBlocks = runs.map((r) => blocksOf(r.cells ?? []).flatMap((b) => rowBlocks(b, widthLines)));
    const placed = placePage(runs, runBlocks.flat(), printedHere, parentOf, {
      openTop: index > 0 || runs[0]?.header === null,
      openBottom: index < pages.length - 1,
      // Where the page prints that label too, it may be of that cell or of another of the same name.
      cutCellLabelAbove:
        lastRowLabel !== undefined && !!printedHere && !printedHere.some((l) => l.text === lastRowLabel),
      above: nearestLabel(printed.slice(0, index).reverse(), (ls) => ls.at(-1)),
      below: nearestLabel(printed.slice(index + 1), (ls) => ls[0]),
    });
    const lastBlock = runBlocks.flat().at(-1);
    lastRowLabel = (lastBlock && placed?.get(lastBlock.from)) ?? undefined;
    for (const [r, run] of runs.entries()) {
      const blocks = runBlocks[r] ?? [];
      const named = blocks.map((b) => placed?.get(b.from) ?? null);
      // Text with no name next to a page break may be the rest of a row on the other page.
      const nameless = (b: TextBlock | undefined) => b?.cells.every((c) => c.name === '') === true;
      const cut =
        (r === 0 && index > 0 && nameless(blocks[0])) ||
        (r === runs.length - 1 && index < pages.length - 1 && nameless(blocks.at(-1)));
      if (blocks.length < 2 || named.some((l) => l === null) || cut) {
        out.push(run);
        labels.push(blocks.length === 1 ? (named[0] ?? null) : null);
        continue;
      }
      for (const { from, to, label, rowCells } of partsOf(blocks, named, widthLines)) {
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
): Map<number, string> | null {
  if (!labels) return null;
  const cells = runs.flatMap((r) => r.cells ?? []);
  const blocks: Block[] = [];
  // Where two rows meet on lines next to each other, text in the gap between them took the blank
  // line the table's other gaps print: the lines below count one further down, as if it were there.
  const meetsAt = textBlocks.flatMap((b, i) => (b.from === (textBlocks[i - 1]?.to ?? 0) + 1 ? [b.from] : []));
  const at = <L extends { from: number; to: number }>(l: L): L => {
    const below = (no: number) => no + meetsAt.filter((m) => m <= no).length;
    return { ...l, from: below(l.from), to: below(l.to) };
  };
  for (const b of textBlocks) {
    const sharing = labels.flatMap((l, i) => (l.from <= b.to && l.to >= b.from ? [i] : []));
    if (sharing.length > 1) return null;
    blocks.push(at({ from: b.from, to: b.to, pinned: sharing[0] ?? null, meets: b.meets }));
  }
  const level1 = level1Cells(cells, labels, parentOf).map((c) => ({ ...c, label: c.label && at(c.label) }));
  const certain = certainLabels(blocks, labels.map(at), level1, ends);
  const named = new Map<number, string>();
  for (const [i, b] of textBlocks.entries()) {
    const c = certain[i] ?? null;
    const label = c === 'above' ? ends.above : c === 'below' ? ends.below : c === null ? null : labels[c]?.text;
    if (label) named.set(b.from, label);
  }
  return named;
}

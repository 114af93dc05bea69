/**
 * The text under one 二级 label in a run of lines, cut into rows: a label centred in its merged
 * cell may stand on a line of its own between two rows (where a blank line would be) or half a line
 * off inside one row, and the text cannot always say which (centred-labels.ts).
 */
import { type Cells, hasData } from './indicator-cells.ts';
import { mayMeetInside, type PageEdge, uniqueRows } from './row-parts.ts';

/** The cells of the lines from … to. */
export const between = (cells: readonly Cells[], from: number, to: number): Cells[] =>
  cells.filter((c) => c.no >= from && c.no <= to);

/** Lines holding indicator text one after another, with their cells. */
export interface TextBlock {
  from: number;
  to: number;
  cells: Cells[];
}

/** The runs of lines holding indicator text, as blocks: consecutive lines with such text. */
export function blocksOf(cells: readonly Cells[]): TextBlock[] {
  const blocks: TextBlock[] = [];
  for (const c of cells) {
    const last = blocks.at(-1);
    if (!hasData(c)) continue;
    if (last && last.to === c.no - 1) {
      last.to = c.no;
      last.cells.push(c);
    } else blocks.push({ from: c.no, to: c.no, cells: [c] });
  }
  return blocks;
}

/** A row's share of a run: its lines, its label, and the cells to read it from (null: not certain). */
interface Part {
  from: number;
  to: number;
  label: string | null;
  rowCells: Cells[] | null;
}

/**
 * A run's blocks, each with its certain label, in rows: blocks of different labels apart, those of
 * one label parted where their lines part into rows in exactly one way (row-parts.ts). Else the
 * blocks stay one part that is not read, which the label covers whole.
 */
export function partsOf(
  blocks: readonly TextBlock[],
  named: ReadonlyArray<string | null>,
  widthLines: readonly Cells[],
  edge: PageEdge = {},
): Part[] {
  const groups: TextBlock[][] = [];
  blocks.forEach((b, i) => {
    if (i > 0 && named[i] === named[i - 1]) groups.at(-1)?.push(b);
    else groups.push([b]);
  });
  let at = 0;
  return groups.flatMap((group): Part[] => {
    const label = named[at] ?? null;
    const cut = {
      top: edge.top === true && at === 0,
      bottom: edge.bottom === true && at + group.length === blocks.length,
    };
    at += group.length;
    const rows = uniqueRows(
      group.flatMap((g) => g.cells),
      widthLines,
      true,
      cut,
    );
    if (rows) return rows.map((r) => ({ from: r[0]?.no ?? 0, to: r.at(-1)?.no ?? 0, label, rowCells: r }));
    return [{ from: group[0]?.from ?? 0, to: group.at(-1)?.to ?? 0, label, rowCells: null }];
  });
}

/**
 * A block as the rows its lines part into in exactly one way, or whole where they do not; `parted`
 * false where rows may meet inside it and it parts in more ways than one (or none), so that it may
 * hold rows of two cells.
 */
export function rowBlocks(
  block: TextBlock,
  widthLines: readonly Cells[],
  edge: PageEdge = {},
): { blocks: TextBlock[]; parted: boolean } {
  const rows = uniqueRows(block.cells, widthLines, true, edge);
  if (!rows) return { blocks: [block], parted: !mayMeetInside(block.cells) };
  const blocks = rows.map((cells) => ({ from: cells[0]?.no ?? 0, to: cells.at(-1)?.no ?? 0, cells }));
  return { blocks: rows.length < 2 ? [block] : blocks, parted: true };
}

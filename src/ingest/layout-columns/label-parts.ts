/**
 * The text under one 二级 label in a run of lines, cut into rows: a label centred in its merged
 * cell may stand on a line of its own between two rows (where a blank line would be) or half a line
 * off inside one row, and the text cannot always say which (centred-labels.ts).
 */
import { type Cells, hasData } from './indicator-cells.ts';
import { possibleMeets, uniqueRows } from './row-parts.ts';

/** The cells of the lines from … to. */
export const between = (cells: readonly Cells[], from: number, to: number): Cells[] =>
  cells.filter((c) => c.no >= from && c.no <= to);

/** Lines holding indicator text one after another, with their cells. */
export interface TextBlock {
  from: number;
  to: number;
  cells: Cells[];
  /** How many times rows may meet inside it with no blank line between (row-parts.ts). */
  meets: number;
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
    } else blocks.push({ from: c.no, to: c.no, cells: [c], meets: 0 });
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
): Part[] {
  const groups: TextBlock[][] = [];
  blocks.forEach((b, i) => {
    if (i > 0 && named[i] === named[i - 1]) groups.at(-1)?.push(b);
    else groups.push([b]);
  });
  let at = 0;
  return groups.flatMap((group): Part[] => {
    const label = named[at] ?? null;
    at += group.length;
    const rows = uniqueRows(
      group.flatMap((g) => g.cells),
      widthLines,
    );
    if (rows) return rows.map((r) => ({ from: r[0]?.no ?? 0, to: r.at(-1)?.no ?? 0, label, rowCells: r }));
    return [{ from: group[0]?.from ?? 0, to: group.at(-1)?.to ?? 0, label, rowCells: null }];
  });
}

/**
 * A block as the rows its lines part into in exactly one way, or whole where they do not (rows may
 * then meet inside it where the lines allow).
 */
export function rowBlocks(block: TextBlock, widthLines: readonly Cells[]): TextBlock[] {
  const rows = uniqueRows(block.cells, widthLines);
  if (!rows) return [{ ...block, meets: possibleMeets(block.cells) }];
  return rows.map((cells) => ({ from: cells[0]?.no ?? 0, to: cells.at(-1)?.no ?? 0, cells, meets: 0 }));
}

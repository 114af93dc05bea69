/**
 * The text under one 二级 label in a run of lines, cut into rows: a label centred in its merged
 * cell may stand on a line of its own between two rows (where a blank line would be) or half a line
 * off inside one row, and the text cannot always say which (centred-labels.ts).
 */
import { type Cells, hasData, nameEnds } from './indicator-cells.ts';

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
 * A run's blocks, each with its certain label, in rows: blocks of different labels apart. Blocks of
 * one label are parted at the label's lines between them where the text allows that way only: each
 * block is a whole row by itself, and no two or more of them one after another make one (a label's
 * line inside a row, half a line off its lines, is none of its cells), unless a name ends on a line
 * between them (the column holds more, as a wider line shows, so it did not wrap for want of room).
 * Else the blocks stay one part that is not read, which the label covers whole: text joined across
 * a label's line could make one row of a row and the cells of another that its line does not show
 * apart.
 */
export function partsOf<R>(
  blocks: readonly TextBlock[],
  named: ReadonlyArray<string | null>,
  rowOf: (cells: Cells[]) => R | null,
  pageCells: readonly Cells[],
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
    const alone = group.every((g) => rowOf(g.cells) !== null);
    if (alone && !joinsIntoRow(group, rowOf, pageCells))
      return group.map((g) => ({ from: g.from, to: g.to, label, rowCells: g.cells }));
    return [{ from: group[0]?.from ?? 0, to: group.at(-1)?.to ?? 0, label, rowCells: null }];
  });
}

/** Whether two or more blocks one after another may be one row: their cells make one, and no name ends between them. */
function joinsIntoRow<R>(
  group: readonly TextBlock[],
  rowOf: (cells: Cells[]) => R | null,
  pageCells: readonly Cells[],
): boolean {
  for (let a = 0; a < group.length; a++)
    for (let b = a + 2; b <= group.length; b++) {
      const joined = group.slice(a, b);
      const namesGoOn = joined.slice(1).every((g, i) => !nameEnds(joined[i]?.cells ?? [], g.cells, pageCells));
      if (namesGoOn && rowOf(joined.flatMap((g) => g.cells)) !== null) return true;
    }
  return false;
}

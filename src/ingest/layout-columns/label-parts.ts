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
 * one label are parted at the label's lines between them where the text allows one way only, each
 * block a row of its own: every way is tried with each part a whole row (a label's line inside a
 * row, half a line off its lines, is none of its cells) and no part joining across a line whose
 * 三级指标 ends there (the column holds more, as a wider line shows, so the name did not wrap for
 * want of room). Else the blocks stay one part that is not read, which the label covers whole.
 */
export function partsOf<R>(
  runCells: readonly Cells[],
  named: ReadonlyArray<string | null>,
  rowOf: (cells: Cells[]) => R | null,
  pageCells: readonly Cells[],
): Part[] {
  const groups: TextBlock[][] = [];
  blocksOf(runCells).forEach((b, i) => {
    if (i > 0 && named[i] === named[i - 1]) groups.at(-1)?.push(b);
    else groups.push([b]);
  });
  let at = 0;
  return groups.flatMap((group): Part[] => {
    const label = named[at] ?? null;
    at += group.length;
    const ways = partings(group.length).filter((parts) =>
      parts.every(
        ([a, b]) =>
          rowOf(group.slice(a, b).flatMap((g) => g.cells)) !== null &&
          group.slice(a + 1, b).every((g, i) => !nameEnds(group[a + i]?.cells ?? [], g.cells, pageCells)),
      ),
    );
    // Read only where the one way is each block a row of its own: text joined across a label's line
    // could make one row of a row and the cells of another that its line does not show apart.
    const [only] = ways;
    if (ways.length !== 1 || only?.length !== group.length)
      return [{ from: group[0]?.from ?? 0, to: group.at(-1)?.to ?? 0, label, rowCells: null }];
    return group.map((g) => ({ from: g.from, to: g.to, label, rowCells: g.cells }));
  });
}

/** Every way to cut n blocks into runs of consecutive ones, each as [first, end) pairs. */
function partings(n: number): Array<Array<[number, number]>> {
  if (n === 0) return [[]];
  return Array.from({ length: n }, (_, k) => k + 1).flatMap((first) =>
    partings(n - first).map(
      (rest): Array<[number, number]> => [
        [0, first],
        ...rest.map(([a, b]): [number, number] => [a + first, b + first]),
      ],
    ),
  );
}

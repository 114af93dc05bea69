/** A row of the project form as read from the text, before it is known to be the 合计, a unit or a project. */
import type { Finding, LineRange } from '../../schema/index.ts';
import type { TextSpan } from '../text-span.ts';

/** The four amount cells, as printed; '' for an empty cell. */
export type AmountCells = [total: string, fiscal: string, specialAccount: string, other: string];

export interface RawRow {
  /** Name as printed, wrapped lines joined, HTML stripped. */
  name: string;
  amounts: AmountCells;
  /** 绩效目标 paragraphs. */
  goal: string[];
  /** 绩效指标 cell, joined, with the source line of every character. */
  indicators: TextSpan;
  /** The item of the 绩效指标 cell (0-based, by its start) that cannot be read with certainty: left out. */
  unreadItem?: number;
  /** The name may go on after a page break (its tail cannot be told from the text there): the row is left out. */
  nameCut?: true;
  /** All lines of the row. */
  lines: LineRange;
  /** Line of the amounts, for findings about them. */
  amountLine: number;
}

/** What a layout reader returns: rows, plus the lines it recognised as furniture or could not place. */
export interface RowScan {
  rows: RawRow[];
  /** Lines that are form furniture (titles, headers, page numbers, repeated fragments). */
  layoutLines: number[];
  unrecognized: Array<{ line: number; text: string }>;
  findings: Finding[];
}

/** The first indicator of a cell: "1、1-产出指标". */
export const FIRST_ITEM = /1\s*[、.．]\s*[1-4]\s*[-－—–]\s*(?:产出|效益|满意度|成本)\s*指标/;

/**
 * Amounts read as a run of numbers (cells apart by spaces, or wrapped text): empty cells have
 * vanished. Two are 总计 and 财政拨款, four are all columns; with three, which column is empty
 * cannot be known: the third is read as 其他资金, and a finding says so.
 */
export function cellsFromRun(
  run: string[],
  name: string,
  line: number,
): { cells: AmountCells; finding: Finding | null } {
  const [first, second = '', third = '', fourth = ''] = run;
  if (first === undefined) throw new Error(`cellsFromRun: no amounts for「${name}」`);
  const cells: AmountCells = run.length === 4 ? [first, second, third, fourth] : [first, second, '', third];
  const finding: Finding | null =
    run.length === 3
      ? {
          code: 'amount-columns-ambiguous',
          severity: 'warning',
          message: `「${name}」有三个金额而单元格之间没有分隔，无法确定哪一列为空：第三个金额按「其他资金」读入`,
          lines: { from: line, to: line },
        }
      : null;
  return { cells, finding };
}

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

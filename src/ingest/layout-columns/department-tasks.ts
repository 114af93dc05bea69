/**
 * 年度重点工作任务 from column-aligned lines: four columns (名称 | 主要实施内容 | 拟投入的资金 |
 * 期望达到的目标), each row the run of lines between the blank lines its drawn borders leave, with
 * its amount on one of them. A row is read only where it is certain: one amount, and its text in
 * exactly three left-aligned columns (name and content left of the amount, target right of it),
 * no text running from one column into the next. A run with no amount that opens a page may hold
 * the rest of the row that closes the page before: it is added where its widths say certainly to
 * which cells (task-continuation.ts). Any other run (a row cut by a page break, cells whose text
 * touches) is left out with a finding, and so are the rows next to a run without an amount, which
 * may hold the rest of their cells.
 */
import type { Finding } from '../../schema/index.ts';
import { joinWrapped } from '../lines.ts';
import type { BodyLine } from './department.ts';
import { AMOUNT_PATTERN, cellKey, escapeCell, leftAlignedColumns, type Piece, piecesOf } from './grid.ts';
import { continueRow } from './task-continuation.ts';

const AMOUNT_ONLY = new RegExp(`^${AMOUNT_PATTERN}$`);
/** The amount, right-aligned in its column, with the target's first line one space after it. */
const AMOUNT_THEN_TEXT = new RegExp(`^(${AMOUNT_PATTERN}) (\\S.*)$`);
const HELP = '请使用 PDF 原件，或用 pdftotext -raw 转换';

export interface TaskRow {
  /** 名称 \t 主要实施内容 \t 金额 \t 目标. */
  text: string;
  from: number;
  to: number;
}

/** The run's pieces, an amount with the target's text after it split in two. */
function piecesOfLine(line: BodyLine): Piece[] {
  return piecesOf(line.text).flatMap((p) => {
    const m = AMOUNT_THEN_TEXT.exec(p.text);
    if (!m?.[1] || !m[2]) return [p];
    const cut = p.from + [...m[1]].length + 1;
    return [
      { from: p.from, to: cut - 1, text: m[1] },
      { from: cut, to: p.to, text: m[2] },
    ];
  });
}

/** A row read from its run: its text cells (名称, 内容, 目标), each its lines as printed, and its amount. */
interface RowCells {
  text: string[][];
  amount: string;
}

/** The row's cells, or null where the run is not one row with certainty. */
function rowOf(run: readonly BodyLine[]): RowCells | null {
  const lines = run.map(piecesOfLine);
  const amounts = lines.flat().filter((p) => AMOUNT_ONLY.test(p.text));
  const [amount] = amounts;
  if (!amount || amounts.length !== 1) return null;
  const text = lines.map((ps) => ps.filter((p) => p !== amount));
  const columns = leftAlignedColumns(text);
  if (columns?.starts.length !== 3) return null;
  // 名称 and 内容 left of the amount, 目标 right of it.
  const [, content = [], target = []] = columns.starts;
  if ((content.at(-1) ?? 0) >= amount.from || (target[0] ?? 0) <= amount.from) return null;
  const cells = columns.text;
  if (cells.some((c) => c.length === 0)) return null;
  return { text: cells, amount: amount.text };
}

/** 名称 \t 内容 \t 金额 \t 目标, each cell's lines joined. */
const rowText = ({ text: [name = [], content = [], target = []], amount }: RowCells): string =>
  [joinWrapped(name), joinWrapped(content), amount, joinWrapped(target)].map(escapeCell).join('\t');

interface Run {
  run: BodyLine[];
  cells: RowCells | null;
}

/** The runs with each page break's continuation added to the row it continues, where that is certain. */
function joinPageBreaks(runs: readonly Run[]): Run[] {
  const whole = runs.flatMap((r) => (r.cells ? [r.cells] : []));
  const out: Run[] = [];
  for (const next of runs) {
    const last = out.at(-1);
    const opensPage = last !== undefined && next.run[0]?.page !== last.run.at(-1)?.page;
    if (last?.cells && opensPage && !next.cells && !hasAmount(next.run)) {
      const cells = last.cells;
      const text = continueRow(
        cells.text,
        next.run,
        whole.filter((r) => r !== cells).map((r) => r.text),
      );
      if (text) {
        out[out.length - 1] = { run: [...last.run, ...next.run], cells: { text, amount: cells.amount } };
        continue;
      }
    }
    out.push(next);
  }
  return out;
}

/** The header's cells, white space removed, brackets full width. */
const HEADER_CELLS = ['名称', '主要实施内容', '拟投入的资金（万元）', '期望达到的目标（概述）'];

/**
 * A line of the column header: every piece part of a header cell ("拟投入的资" / "金（万元）"). A
 * line of a cell that happens to read so only splits its row, which then is left out.
 */
function isHeaderLine(line: BodyLine): boolean {
  const pieces = piecesOf(line.text).map((p) => cellKey(p.text));
  return pieces.length > 0 && pieces.every((k) => HEADER_CELLS.some((c) => c.includes(k)));
}

/** A header line without the main one's 主要实施内容: a wrapped header cell above or below it. */
export const isTaskHeaderFragment = (line: BodyLine | undefined): boolean =>
  line !== undefined && !/主要实施内容/.test(line.text) && isHeaderLine(line);

export function keyTaskRows(block: readonly BodyLine[]): { rows: TaskRow[]; findings: Finding[] } {
  const runs: BodyLine[][] = [[]];
  let page = block[0]?.page;
  for (const line of block) {
    const blank = line.text.trim() === '';
    if (blank && line.label !== '') continue;
    if (blank || line.page !== page || isHeaderLine(line)) runs.push([]);
    page = line.page;
    if (!blank && !isHeaderLine(line)) runs.at(-1)?.push(line);
  }
  const rows = joinPageBreaks(runs.filter((r) => r.length > 0).map((run) => ({ run, cells: rowOf(run) })));
  const out: TaskRow[] = [];
  const findings: Finding[] = [];
  rows.forEach(({ run, cells }, i) => {
    const from = run[0]?.no ?? 0;
    const to = run.at(-1)?.no ?? from;
    const neighbourCut = [rows[i - 1], rows[i + 1]].some((r) => r && !r.cells && !hasAmount(r.run));
    if (cells && !neighbourCut) {
      out.push({ text: rowText(cells), from, to });
      return;
    }
    findings.push({
      code: 'layout-row-uncertain',
      severity: 'warning',
      message: cells
        ? `重点工作任务的行旁边有一段没有金额的文字（可能是被分页截断的本行）：本行不读入。${HELP}`
        : `此段文字无法确定为重点工作任务的一整行（没有或不止一个金额、各列文字相接或被分页截断）：不读入。${HELP}`,
      lines: { from, to },
    });
  });
  return { rows: out, findings };
}

const hasAmount = (run: readonly BodyLine[]): boolean =>
  run.some((l) => piecesOfLine(l).some((p) => AMOUNT_ONLY.test(p.text)));

/**
 * Reads the project form when the export lays cells out as wrapped text: a row starts with its
 * (indented, possibly wrapped) name, then a line with its amounts, then the 绩效目标 column's
 * lines, then the 绩效指标 column's lines. Where an export drops the indentation, a wrapped name
 * is told from goal text by the name column's narrow width and missing end punctuation.
 */
import type { Finding } from '../../schema/index.ts';
import { STRICT_AMOUNT_TOKEN } from '../amounts.ts';
import { isProjectFormFurniture, wrappedProjectHeaderLines } from '../layout.ts';
import { displayWidth, isBlank, joinWrapped, type SourceLine } from '../lines.ts';
import { group } from '../match.ts';
import { paragraphs } from '../paragraphs.ts';
import { rangeOfLines, spanOf } from '../text-span.ts';
import { FULL_SLACK, nameTailAfterBreak, splitAcrossPage, TEXT_END } from './page-break.ts';
import { cellsFromRun, FIRST_ITEM, type RawRow, type RowScan } from './row.ts';

const AMOUNT = STRICT_AMOUNT_TOKEN.source.slice(1, -1);
/** name? amount{1,4} goal-text? — the first run of amounts on the line. */
const AMOUNT_LINE = new RegExp(`^(.*?)(?:^|\\s+)((?:${AMOUNT})(?:\\s+(?:${AMOUNT})){0,3})(?=\\s|$)\\s*(.*)$`);
const INDENTED = /^(?:\t| {2,}|\u3000)\S/;
/** The name column wraps at about 14 Chinese characters; a longer line is goal or indicator text. */
const NAME_COLUMN_WIDTH = 30;

interface AmountLine {
  prefix: string;
  amounts: string[];
  rest: string;
}

function readAmountLine(line: SourceLine): AmountLine | null {
  const m = AMOUNT_LINE.exec(line.text.trim());
  if (!m) return null;
  const amounts = group(m, 2).split(/\s+/);
  const prefix = group(m, 1).trim();
  const rest = group(m, 3);
  // One lone number inside running text is not a row; a row has two amounts, or only the amount.
  if (amounts.length < 2 && (prefix !== '' || rest !== '') && !INDENTED.test(line.text)) return null;
  return { prefix, amounts, rest: rest.trim() };
}

interface OpenRow {
  nameLines: SourceLine[];
  amountLine: SourceLine;
  amount: AmountLine;
  body: SourceLine[];
}

export function scanWrappedRows(lines: readonly SourceLine[]): RowScan {
  const scan: RowScan = { rows: [], layoutLines: [], unrecognized: [], findings: [] };
  const indentedDocument = lines.some((l) => INDENTED.test(l.text) && readAmountLine(l) !== null);
  const nameWidth = nameColumnWidth(lines);
  let open: OpenRow | null = null;
  let pending: SourceLine[] = [];
  /** Where page breaks fell among the pending lines (the furniture of a page's head between them). */
  let breaks: number[] = [];
  const close = (row: OpenRow, body: SourceLine[]) =>
    scan.rows.push(
      toRawRow(
        row,
        body,
        breaks.filter((b) => b < body.length),
        scan.findings,
      ),
    );
  const header = wrappedProjectHeaderLines(lines);
  for (const line of lines) {
    if (isBlank(line.text)) continue;
    if (isProjectFormFurniture(line.text) || header.has(line.no)) {
      scan.layoutLines.push(line.no);
      if (open && breaks.at(-1) !== pending.length) breaks.push(pending.length);
      continue;
    }
    const amount = readAmountLine(line);
    if (!amount) {
      pending.push(line);
      continue;
    }
    const nameStart = findNameStart(pending, amount, line, indentedDocument, nameWidth);
    if (open) close(open, pending.slice(0, nameStart));
    else for (const l of pending.slice(0, nameStart)) scan.unrecognized.push({ line: l.no, text: l.text });
    open = { nameLines: pending.slice(nameStart), amountLine: line, amount, body: [] };
    pending = [];
    breaks = [];
  }
  if (open) close(open, pending);
  else for (const l of pending) scan.unrecognized.push({ line: l.no, text: l.text });
  return scan;
}

/**
 * The name column's width where the text shows it, from the lines that can only be a name: those
 * after the 合计 row (which has neither goal nor indicators), and, where goals begin on their
 * amounts' line (top-aligned cells), those between a row with no text on its amounts' line and the
 * next row's amounts (with its goal beginning beside them). A wider column than the usual one
 * lets wider name lines be names.
 */
function nameColumnWidth(lines: readonly SourceLine[]): number {
  const header = wrappedProjectHeaderLines(lines);
  const rows = lines.filter((l) => !isBlank(l.text) && !isProjectFormFurniture(l.text) && !header.has(l.no));
  const amounts = rows.flatMap((l, i) => {
    const amount = readAmountLine(l);
    return amount ? [{ i, amount }] : [];
  });
  let width = NAME_COLUMN_WIDTH;
  amounts.forEach(({ i, amount }, k) => {
    const next = amounts[k + 1];
    if (!next || amount.rest !== '' || next.amount.prefix !== '') return;
    const afterTotal = k === 0 && /^合\s*计$/.test(amount.prefix);
    if (!afterTotal && next.amount.rest === '') return;
    const name = rows.slice(i + 1, next.i);
    if (name.some((l) => TEXT_END.test(l.text.trim()) || FIRST_ITEM.test(l.text))) return;
    // Digits and Latin letters print narrower or wider than half a Chinese character: a few columns of slack.
    for (const l of name) width = Math.max(width, displayWidth(l.text) + FULL_SLACK);
  });
  return width;
}

/** Index in `pending` where the next row's wrapped name begins (pending.length when the name is all on the amount line). */
function findNameStart(
  pending: SourceLine[],
  amount: AmountLine,
  line: SourceLine,
  indentedDocument: boolean,
  nameWidth: number,
): number {
  if (indentedDocument) {
    if (INDENTED.test(line.text)) return pending.length;
    const indented = pending.findLastIndex((l) => INDENTED.test(l.text));
    return indented === -1 ? pending.length : indented;
  }
  // The name begins after the last line that cannot be part of it.
  const i =
    pending.findLastIndex((l) => {
      const text = l.text.trim();
      return displayWidth(text) > nameWidth || TEXT_END.test(text) || FIRST_ITEM.test(text);
    }) + 1;
  return amount.prefix === '' && i === pending.length ? Math.max(0, i - 1) : i;
}

function toRawRow(row: OpenRow, body: SourceLine[], bodyBreaks: number[], findings: Finding[]): RawRow {
  const offset = row.amount.rest ? 1 : 0;
  const text: SourceLine[] = row.amount.rest ? [{ no: row.amountLine.no, text: row.amount.rest }, ...body] : body;
  const textBreaks = bodyBreaks.map((b) => b + offset);
  // The tail of a wrapped name, first after the first break, is the name's, not the goal's.
  const tail = nameTailAfterBreak(row.nameLines, text, textBreaks);
  const printed = tail ? [...text.slice(0, tail.at), ...text.slice(tail.at + tail.count)] : text;
  const breaks = tail ? textBreaks.map((b) => (b > tail.at ? b - tail.count : b)) : textBreaks;
  const nameTail = tail ? text.slice(tail.at, tail.at + tail.count) : [];
  const name = joinWrapped(
    [...row.nameLines, ...nameTail].map((l) => l.text).toSpliced(row.nameLines.length, 0, row.amount.prefix),
  );
  const { cells, finding } = cellsFromRun(row.amount.amounts, name, row.amountLine.no);
  if (finding) findings.push(finding);
  const acrossPage = splitAcrossPage(name, tail ? undefined : row.nameLines[0]?.no, printed, breaks);
  const textLines = acrossPage && 'reordered' in acrossPage ? acrossPage.reordered : printed;
  if (acrossPage && 'finding' in acrossPage) {
    const lines = rangeOfLines([...row.nameLines, row.amountLine, ...body]);
    // A name is a figure: one that may have lost its tail is not published, nor is its project.
    const nameCut = acrossPage.nameMayGoOn;
    findings.push(
      nameCut
        ? {
            code: 'project-name-cut',
            severity: 'error',
            message: `项目「${name}…」跨页：分页后第 ${acrossPage.firstAfter} 行可能是折行的项目名称的后半，也可能是绩效目标或指标的后半，无法从文本确定完整的名称：该项目（总计 ${cells[0]} 万元）整个未收录，其金额仍计入所属单位总计的核对，请用 PDF 原件（本程序可直接读取 PDF 的表格单元格）核对`,
            lines,
          }
        : acrossPage.finding,
    );
    return {
      name,
      amounts: cells,
      goal: [],
      indicators: acrossPage.indicators,
      unreadItem: acrossPage.unreadItem,
      ...(nameCut ? { nameCut: true } : {}),
      lines,
      amountLine: row.amountLine.no,
    };
  }
  const split = textLines.findIndex((l) => FIRST_ITEM.test(l.text));
  const goalLines = split === -1 ? textLines : textLines.slice(0, split);
  const indicatorLines = split === -1 ? [] : textLines.slice(split);
  // The first item may start mid-line, right after the goal's last words.
  const head = indicatorLines[0];
  const at = head ? head.text.search(FIRST_ITEM) : -1;
  if (head && at > 0) {
    goalLines.push({ no: head.no, text: head.text.slice(0, at) });
    indicatorLines[0] = { no: head.no, text: head.text.slice(at) };
  }
  const columns = deinterleave(goalLines, indicatorLines);
  const all = [...row.nameLines, row.amountLine, ...body];
  return {
    name,
    amounts: cells,
    goal: paragraphs(columns.goal),
    indicators: spanOf(columns.indicators),
    lines: rangeOfLines(all),
    amountLine: row.amountLine.no,
  };
}

/**
 * Some exports read the two text columns across, line by line: a 绩效目标 line, then a 绩效指标
 * line, and so on. Indicator lines wrap wider than goal lines, and in one indicator cell every
 * line but the last is full: a narrow line followed by a wide one belongs to the goal column.
 * Only where the evidence is that of two columns read across: the goal before the indicators
 * stops mid-sentence, and the narrow lines stand at every other line from the second on. A cell
 * merely wrapped at other widths (a line shortened by a number it could not split) keeps its lines.
 */
function deinterleave(goal: SourceLine[], indicators: SourceLine[]): { goal: SourceLine[]; indicators: SourceLine[] } {
  const lastGoal = goal.at(-1);
  if (!lastGoal || TEXT_END.test(lastGoal.text.trim())) return { goal, indicators };
  const goalWidth = Math.max(...goal.map((l) => displayWidth(l.text))) + 2;
  const narrow = indicators.flatMap((line, i) => {
    const next = indicators[i + 1];
    return i > 0 && next !== undefined && displayWidth(line.text) <= goalWidth && displayWidth(next.text) > goalWidth
      ? [i]
      : [];
  });
  if (!narrow.every((at, k) => at === 2 * k + 1)) return { goal, indicators };
  const moved = new Set(narrow);
  return {
    goal: [...goal, ...indicators.filter((_, i) => moved.has(i))],
    indicators: indicators.filter((_, i) => !moved.has(i)),
  };
}

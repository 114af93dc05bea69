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
import { rangeOfLines, spanOf, type TextSpan } from '../text-span.ts';
import { mayGoOnAfterBreak, mayOpenWithNameTail, nameMayGoOn } from './name-break.ts';
import { endsText, FULL_SLACK, ITEM_AT, nameTailAfterBreak, splitAcrossPage, TEXT_END } from './page-break.ts';
import { cellsFromRun, FIRST_ITEM, type RawRow, type RowScan } from './row.ts';

const AMOUNT = STRICT_AMOUNT_TOKEN.source.slice(1, -1);
/** name? amount{1,4} goal-text? — the first run of amounts on the line. */
const AMOUNT_LINE = new RegExp(`^(.*?)(?:^|\\s+)((?:${AMOUNT})(?:\\s+(?:${AMOUNT})){0,3})(?=\\s|$)\\s*(.*)$`);
const INDENTED = /^(?:\t| {2,}|\u3000)\S/;
/** The name column wraps at about 14 Chinese characters; a longer line is goal or indicator text. */
const NAME_COLUMN_WIDTH = 30;

export interface AmountLine {
  prefix: string;
  amounts: string[];
  rest: string;
}

/** The amounts of a row's line, with the text before them (the name's) and after them (the goal's). */
export function readAmountLine(line: SourceLine): AmountLine | null {
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
  /** The line before the name's first, which may be its head (a name column wider than known). */
  nameMayBeginAt?: number;
  /** The row before, where the lines of this row's name after a page break may be its tail. */
  nameAfterBreak?: { row: string; amounts: string[] };
}

export function scanWrappedRows(lines: readonly SourceLine[]): RowScan {
  const scan: RowScan = { rows: [], layoutLines: [], unrecognized: [], findings: [] };
  const indentedDocument = lines.some((l) => INDENTED.test(l.text) && readAmountLine(l) !== null);
  const nameWidth = nameColumnWidth(lines);
  let open: OpenRow | null = null;
  let pending: SourceLine[] = [];
  /** Where page breaks fell among the pending lines (the furniture of a page's head between them). */
  let breaks: number[] = [];
  /** Rows are built once all are seen: the name column's width is that of the widest name line. */
  const closed: Array<{
    row: OpenRow;
    body: SourceLine[];
    breaks: number[];
    /** Whether the lines after the break that ends the row may be its tail, once the name column's width is known. */
    glued?: (widest: number) => boolean;
    endUncertain?: true;
  }> = [];
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
    const found = findNameStart(pending, amount, line, indentedDocument, nameWidth);
    // A row's name is on the page of its amounts: it begins after the last page break.
    const lastBreak = breaks.at(-1);
    const afterBreak = lastBreak !== undefined && lastBreak < pending.length;
    const nameStart = lastBreak !== undefined && (afterBreak || amount.prefix) ? Math.max(found, lastBreak) : found;
    const next: OpenRow = { nameLines: pending.slice(nameStart), amountLine: line, amount, body: [] };
    // A line wider than the name column is known to be, right before a wrapped name, that ends no
    // sentence: the name's head where its column is wider, or the last line of the row before.
    const before = pending[nameStart - 1];
    if (
      open &&
      before &&
      nameStart < pending.length &&
      nameStart !== lastBreak &&
      !indentedDocument &&
      !endsText(before.text) &&
      !FIRST_ITEM.test(before.text)
    )
      next.nameMayBeginAt = before.no;
    if (open) {
      const [row, before, at] = [open, pending, breaks];
      const body = pending.slice(0, nameStart);
      // Whether the lines after the break may be the row's tail is known once the name column's width is.
      const glued =
        afterBreak && nameStart === lastBreak
          ? (widest: number) => {
              if (!mayGoOnAfterBreak(row, before, at, widest)) return false;
              next.nameAfterBreak = {
                row: joinWrapped([...row.nameLines.map((l) => l.text), row.amount.prefix]),
                amounts: row.amount.amounts,
              };
              return true;
            }
          : undefined;
      closed.push({
        row,
        body,
        breaks: breaks.filter((b) => b < body.length),
        ...(glued ? { glued } : {}),
        ...(next.nameMayBeginAt === undefined ? {} : { endUncertain: true as const }),
      });
    } else for (const l of pending.slice(0, nameStart)) scan.unrecognized.push({ line: l.no, text: l.text });
    open = next;
    pending = [];
    breaks = [];
  }
  if (open) closed.push({ row: open, body: pending, breaks: breaks.filter((b) => b < pending.length) });
  else for (const l of pending) scan.unrecognized.push({ line: l.no, text: l.text });
  const widest = Math.max(0, ...closed.flatMap(({ row }) => row.nameLines.map((l) => displayWidth(l.text))));
  const glued = closed.map((c, i) => (c.glued?.(widest) ? closed[i + 1]?.row.nameLines[0]?.no : undefined));
  for (const [i, { row, body, breaks: bodyBreaks, endUncertain }] of closed.entries())
    scan.rows.push(toRawRow(row, body, bodyBreaks, scan.findings, glued[i], widest, endUncertain ?? false));
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

function toRawRow(
  row: OpenRow,
  body: SourceLine[],
  bodyBreaks: number[],
  findings: Finding[],
  /** Where the lines after the page break that ends the row begin, if they may be its tail (the next row's name was read from them). */
  glued: number | undefined,
  /** The widest line of a wrapped name in the document. */
  widest: number,
  /** The row's last line may be the head of the next row's name. */
  endUncertain: boolean,
): RawRow {
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
  const [firstBreak] = breaks;
  const firstAfter = firstBreak === undefined ? undefined : printed[firstBreak];
  // The name's tail, where it goes on after the break, comes first there: on a line of its own, or
  // on one with the other columns' first lines (-raw prints lines on one baseline as one line).
  // Only where the row is laid out as one the break cuts is: top-aligned, the goal (or the
  // indicators) beginning beside the amounts, or nothing below them before the break.
  const topAligned = row.amount.rest !== '' || bodyBreaks[0] === 0;
  const tailAfter =
    !tail &&
    topAligned &&
    firstAfter !== undefined &&
    nameMayGoOn(row, body.slice(0, bodyBreaks[0]), firstAfter.text, widest) &&
    mayOpenWithNameTail(firstAfter.text, widest);
  const acrossPage = splitAcrossPage(name, tail ? undefined : row.nameLines[0]?.no, printed, breaks);
  const textLines = acrossPage && 'reordered' in acrossPage ? acrossPage.reordered : printed;
  const lines = rangeOfLines([...row.nameLines, row.amountLine, ...body]);
  // A name is a figure: one that may have lost its tail (or head) is not published, nor is its row.
  const leaveOut = (finding: Finding): RawRow => {
    findings.push(finding);
    return {
      name,
      amounts: cells,
      goal: [],
      indicators: acrossPage && 'indicators' in acrossPage ? acrossPage.indicators : textOf(printed),
      ...(acrossPage && 'unreadItem' in acrossPage ? { unreadItem: acrossPage.unreadItem } : {}),
      nameCut: true,
      lines,
      amountLine: row.amountLine.no,
    };
  };
  const check = '请用 PDF 原件（本程序可直接读取 PDF 的表格单元格）核对';
  const cutAt = tailAfter
    ? firstAfter?.no
    : acrossPage && 'finding' in acrossPage && acrossPage.nameMayGoOn
      ? acrossPage.firstAfter
      : undefined;
  if (cutAt !== undefined)
    return leaveOut({
      code: 'project-name-cut',
      severity: 'error',
      message: `项目「${name}…」跨页：分页后第 ${cutAt} 行可能是折行的项目名称的后半，也可能是绩效目标或指标的后半，无法从文本确定完整的名称：该项目（总计 ${cells[0]} 万元）整个未收录，其金额仍计入所属单位总计的核对，${check}`,
      lines,
    });
  if (glued !== undefined) {
    const unit = printed.length === 0;
    return leaveOut({
      code: 'project-name-cut',
      severity: 'error',
      message: `${unit ? '资金使用单位' : '项目'}「${name}」之后分页：分页后第 ${glued} 行起到下一行金额之前的文字可能是它的名称（或绩效目标、指标）的后半，也可能是下一行名称的开头，无法从文本确定：这两行都未收录${unit ? '，这个单位的项目也都未收录' : '，其金额仍计入所属单位总计的核对'}，${check}`,
      lines,
    });
  }
  if (row.nameMayBeginAt !== undefined)
    return leaveOut({
      code: 'project-name-cut',
      severity: 'error',
      message: `「${name}」的名称可能从第 ${row.nameMayBeginAt} 行开始：该行比已知的项目名称栏宽，又不在句末，可能是这一行名称的开头，也可能是上一行文字的末尾，无法从文本确定：这一行（总计 ${cells[0]} 万元）未收录，上一行的最后一项指标（或没有指标时它的绩效目标）也未收录，${check}`,
      lines: { from: row.nameMayBeginAt, to: lines.to },
    });
  if (row.nameAfterBreak)
    return leaveOut({
      code: 'project-name-cut',
      severity: 'error',
      message: `第 ${lines.from} 行起的名称「${name}」在分页之后，其开头可能是上一行「${row.nameAfterBreak.row}」（总计 ${row.nameAfterBreak.amounts[0]} 万元）的后半，无法从文本确定这一行的名称：这一行（总计 ${cells[0]} 万元）未收录，${check}`,
      lines,
    });
  // Its text cut by a break, and its last line maybe the next row's name: no part of the text is certain.
  if (endUncertain && acrossPage && 'finding' in acrossPage)
    return leaveOut({
      code: 'project-name-cut',
      severity: 'error',
      message: `「${name}」跨页，分页后的文字无法确定属于哪一栏，最后一行又可能是下一行名称的开头：该项目（总计 ${cells[0]} 万元）整个未收录，其金额仍计入所属单位总计的核对，${check}`,
      lines,
    });
  if (acrossPage && 'finding' in acrossPage) {
    findings.push(acrossPage.finding);
    return {
      name,
      amounts: cells,
      goal: [],
      indicators: acrossPage.indicators,
      unreadItem: acrossPage.unreadItem,
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
  const indicators = spanOf(columns.indicators);
  // Where the row's last line may be the next row's name (its finding says so), the text it ends is not read.
  const items = [...indicators.text.matchAll(ITEM_AT)].length;
  return {
    name,
    amounts: cells,
    goal: endUncertain && items === 0 ? [] : paragraphs(columns.goal),
    indicators,
    ...(endUncertain && items > 0 ? { unreadItem: items - 1 } : {}),
    lines: rangeOfLines(all),
    amountLine: row.amountLine.no,
  };
}

/**
 * The text of a row left out whole, which tells a project's row from a unit's: none where no
 * indicator begins in it (its lines may all be a unit name's tail, so the rows below it may not be
 * its unit's projects, and are left out with it).
 */
const textOf = (lines: SourceLine[]): TextSpan =>
  lines.some((l) => FIRST_ITEM.test(l.text)) ? spanOf(lines) : spanOf([]);

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

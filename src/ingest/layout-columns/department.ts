/**
 * The department form laid out by `pdftotext -layout`: a label column on the left (预算整体情况,
 * 总体绩效目标, …, printed at the top of its section or vertically centred in it, perhaps wrapped),
 * the section's cells to its right. The sections are found by their content, not by their labels
 * (a centred label sits mid-section): the budget block is the lines of label–amount pairs after
 * 部门名称, the goal runs up to the key tasks' column header, the key tasks up to 其他需完成的任务,
 * and the indicator table starts at its column header. Each becomes the lines the department
 * parsers read: the budget rows as printed, the goal as one cell of paragraphs, the key tasks one
 * tab-separated row each, the indicators whose category is certain one line each
 * (department-indicators.ts); what is not certain is left out with a finding.
 */
import type { Finding } from '../../schema/index.ts';
import { InputError } from '../errors.ts';
import { departmentNameOf, formOfTitle } from '../layout.ts';
import { unreadableLayoutMessage } from '../layout-check.ts';
import { isBlank, isPageNumber, joinWrapped, type SourceLine, squash } from '../lines.ts';
import { paragraphs } from '../paragraphs.ts';
import { indicatorRows } from './department-indicators.ts';
import { isTaskHeaderFragment, keyTaskRows } from './department-tasks.ts';
import { AMOUNT_PATTERN, cellKey, escapeCell } from './grid.ts';
import type { ColumnReading } from './reading.ts';

/** The section labels of the label column, white space removed, brackets full width. */
const LABELS = ['预算整体情况', '总体绩效目标', '年度重点工作任务', '其他需完成的任务（可选填）', '绩效指标'];
/** A label piece starts within this many characters of the left margin; cells start further right. */
const LABEL_MARGIN = 4;
/** A budget row: two label–amount pairs ("基本支出 736.81 财政拨款 9,976.70"). */
const BUDGET_ROW = new RegExp(`^[\\u4e00-\\u9fff]+ ${AMOUNT_PATTERN} [\\u4e00-\\u9fff]+ ${AMOUNT_PATTERN}$`);
const TASK_HEADER = /主要实施内容/;
const INDICATOR_HEADER = /一级指标\s+二级指标/;
const OTHER_TASKS = /^其他需完成/;

/** A line with its label-column text blanked out (positions kept), and that label text. */
export interface BodyLine {
  no: number;
  /** The line from the cells on, label text replaced by spaces. */
  text: string;
  label: string;
  /** The page (0 first): a form feed starts the next. */
  page: number;
}

/** The line's leading piece, when it stands at the margin and is part of a section label, split off. */
export function splitLabel(line: SourceLine, page: number): BodyLine {
  const m = /^( *)(\S+)/.exec(line.text);
  const [, indent = '', word = ''] = m ?? [];
  const isLabel = m !== null && indent.length <= LABEL_MARGIN && LABELS.some((l) => l.includes(cellKey(word)));
  if (!isLabel) return { no: line.no, text: line.text, label: '', page };
  const blank = ' '.repeat(indent.length + [...word].length);
  return { no: line.no, text: blank + [...line.text].slice(blank.length).join(''), label: cellKey(word), page };
}

export function readDepartmentColumns(lines: readonly SourceLine[]): ColumnReading {
  const out: SourceLine[] = [];
  const spans = new Map<number, { from: number; to: number }>();
  const findings: Finding[] = [];
  const emit = (text: string, from: number, to = from) => {
    out.push({ no: from, text });
    spans.set(from, { from, to });
  };
  // Title and 部门名称, wherever a page repeats them: the caller claims the repeats.
  const body: BodyLine[] = [];
  let page = 0;
  for (const line of lines) {
    page += line.text.split('\f').length - 1;
    const text = line.text.replace(/\f/g, '');
    if (formOfTitle(squash(text))) emit(squash(text), line.no);
    else if (/^\s*部门名称/.test(text)) {
      const name = squash(text).replace(/^部门名称[:：]?\s*/, '');
      if (!departmentNameOf(`部门名称：${name}`))
        throw new InputError(unreadableLayoutMessage('部门名称无法读出'), line.no);
      emit(`部门名称：${name}`, line.no);
    } else if (!isPageNumber(text)) body.push(splitLabel({ no: line.no, text }, page));
  }
  const budgetEnd = body.findLastIndex((l) => BUDGET_ROW.test(squash(l.text)));
  const headerLine = body.findIndex((l) => TASK_HEADER.test(l.text));
  // The header's wrapped cells ("拟投入的资") may stand on the lines above its main line.
  let taskHeader = headerLine;
  while (taskHeader > 0 && isTaskHeaderFragment(body[taskHeader - 1])) taskHeader--;
  const indicatorHeader = body.findIndex((l) => INDICATOR_HEADER.test(l.text));
  const otherTasks = body.findIndex((l, i) => i > taskHeader && OTHER_TASKS.test(l.label));
  if (budgetEnd < 0 || taskHeader < budgetEnd || otherTasks < taskHeader || indicatorHeader < otherTasks)
    throw new InputError(unreadableLayoutMessage('未能找到部门整体表的各部分'), body[0]?.no ?? 1);
  readBudget(body.slice(0, budgetEnd + 1), emit);
  readGoal(body.slice(budgetEnd + 1, taskHeader), emit);
  emit('年度重点工作任务', body[taskHeader]?.no ?? 0, body[headerLine]?.no);
  const tasks = keyTaskRows(body.slice(headerLine + 1, otherTasks));
  findings.push(...tasks.findings);
  for (const row of tasks.rows) emit(row.text, row.from, row.to);
  readOtherTasks(body.slice(otherTasks, indicatorHeader), emit);
  const header = body[indicatorHeader];
  if (header) emit('绩效指标', header.no);
  const indicators = indicatorRows(body.slice(indicatorHeader));
  findings.push(...indicators.findings);
  for (const row of indicators.rows) emit(row.text, row.from, row.to);
  out.sort((a, b) => a.no - b.no);
  return { lines: out, spans, findings };
}

type Emit = (text: string, from: number, to?: number) => void;

/**
 * The budget block: its rows as printed; the column header lines between them (no figures) as one
 * line; the section label with the first line. A figure outside a row is refused.
 */
function readBudget(block: readonly BodyLine[], emit: Emit): void {
  const filled = block.filter((l) => !isBlank(l.text));
  let header: BodyLine[] = [];
  let labelled = false;
  const put = (text: string, from: number, to: number) => {
    emit(labelled ? text : `预算整体情况\t${text}`, from, to);
    labelled = true;
  };
  const flushHeader = () => {
    const [h] = header;
    if (h) put(header.map((l) => squash(l.text)).join(' '), h.no, header.at(-1)?.no ?? h.no);
    header = [];
  };
  for (const line of filled) {
    const text = squash(line.text);
    if (BUDGET_ROW.test(text)) {
      flushHeader();
      put(text, line.no, line.no);
    } else if (/\d/.test(text))
      throw new InputError(unreadableLayoutMessage(`预算表中有不成对的数字「${text}」`), line.no);
    else if (text !== '') header.push(line);
  }
  flushHeader();
}

/** The goal as one cell: its lines' paragraphs, a blank line or a paragraph's start ending one. */
function readGoal(block: readonly BodyLine[], emit: Emit): void {
  const filled = block.filter((l) => squash(l.text) !== '');
  const [first] = filled;
  if (!first) return;
  const runs: SourceLine[][] = [[]];
  for (const line of block) {
    // The label alone on a line (centred in the section) breaks no paragraph.
    if (squash(line.text) === '' && line.label !== '') continue;
    if (squash(line.text) === '') runs.push([]);
    else runs.at(-1)?.push({ no: line.no, text: squash(line.text) });
  }
  const cell = runs
    .flatMap((run) => paragraphs(run))
    .map((p) => `<p>${escapeCell(p)}</p>`)
    .join('');
  emit(`总体绩效目标\t${cell}`, first.no, filled.at(-1)?.no ?? first.no);
}

/** 其他需完成的任务: the text right of its label, one cell. */
function readOtherTasks(block: readonly BodyLine[], emit: Emit): void {
  const [first] = block;
  if (!first) return;
  const text = joinWrapped(block.map((l) => squash(l.text)).filter(Boolean));
  const last = block.findLast((l) => squash(l.text) !== '' || l.label !== '') ?? first;
  emit(text ? `其他需完成的任务（可选填）\t${text}` : '其他需完成的任务（可选填）', first.no, last.no);
}

/**
 * 年度重点工作任务: four columns (名称 | 主要实施内容 | 拟投入的资金 | 期望达到的目标) that a
 * PDF-to-text export flattens into column after column. The amount line anchors each task;
 * between two anchors stand the previous task's target, then the next task's name and content.
 * The columns are told apart by how wide they wrap: name narrowest, content wider, target widest.
 */
import type { Finding, KeyTask } from '../../schema/index.ts';
import { AMOUNT_TOKEN, knownAmount, parseAmount, STRICT_AMOUNT_TOKEN } from '../amounts.ts';
import { htmlParagraphs } from '../html.ts';
import { displayWidth, isBlank, joinWrapped, SENTENCE_END, type SourceLine, squash } from '../lines.ts';
import { group } from '../match.ts';
import { rangeOfLines } from '../text-span.ts';

/** "480.00", or "160.00 推动我区…" when the target sits on the amount's line. */
const ANCHOR = new RegExp(`^(${AMOUNT_TOKEN.source.slice(1, -1)})(?:\\s+(.+))?$`);
const HEADER = /主要实施内容|期望达到的目标|拟投入的资金/;
/** The grid's column header, white space removed: wrapped in narrow columns, it takes several lines. */
const GRID_HEADER = '名称主要实施内容拟投入的资金（万元）期望达到的目标（概述）';
const headerKey = (text: string): string =>
  text
    .replace(/[\s\u3000\u00a0]+/g, '')
    .replace(/\(/g, '（')
    .replace(/\)/g, '）');
/**
 * "深度打造产业生态 一是继续做好…": a name short enough for one line, then a space, then the first
 * line of the content, where a tool reads the two cells across (top-aligned cells).
 */
const NAME_THEN_CONTENT = /^(\S+) (\S.*)$/;
/** Content lines of a typical form are about 15 Chinese characters wide. */
const DEFAULT_CONTENT_WIDTH = 32;
/** Name lines are narrower than content lines by at least this many columns. */
const NAME_MARGIN = 6;

interface Anchor {
  index: number;
  line: SourceLine;
  amount: number;
  rest: string;
}

export interface ParsedTasks {
  tasks: KeyTask[];
  findings: Finding[];
  layoutLines: number[];
  unrecognized: SourceLine[];
}

export function parseKeyTasks(section: readonly SourceLine[]): ParsedTasks {
  const layoutLines: number[] = [];
  const nonBlank = section.filter((l) => !isBlank(l.text));
  const header = wrappedHeaderLines(nonBlank);
  const lines = nonBlank.filter((l) => {
    const furniture = header.has(l.no) || HEADER.test(l.text);
    if (furniture) layoutLines.push(l.no);
    return !furniture;
  });
  // Exports that keep cells apart give one task per line: 名称 \t 主要实施内容 \t 资金 \t 目标.
  const rows = lines.map(tabbedTask);
  if (rows.length > 0 && rows.every((r) => r !== null)) {
    return { tasks: rows as KeyTask[], findings: [], layoutLines, unrecognized: [] };
  }
  const anchors: Anchor[] = [];
  lines.forEach((l, index) => {
    const m = ANCHOR.exec(squash(l.text));
    if (!m) return;
    const token = group(m, 1);
    // A bare integer next to text could be a wrapped figure; an anchor with text needs a real amount.
    if (m[2] !== undefined && !STRICT_AMOUNT_TOKEN.test(token)) return;
    anchors.push({ index, line: l, amount: knownAmount(token), rest: m[2] ?? '' });
  });
  const [firstAnchor] = anchors;
  if (!firstAnchor) {
    return { tasks: [], findings: [], layoutLines, unrecognized: [...lines] };
  }
  const first = lines.slice(0, firstAnchor.index);
  const contentWidth = first.length >= 3 ? Math.max(...first.map((l) => displayWidth(l.text))) : DEFAULT_CONTENT_WIDTH;
  const tasks: KeyTask[] = [];
  const findings: Finding[] = [];
  let head = first;
  const names: SourceLine[] = [];
  const targets: SourceLine[] = [];
  anchors.forEach((anchor, i) => {
    const next = anchors[i + 1];
    const between = lines.slice(anchor.index + 1, next ? next.index : lines.length);
    const targetLength = next ? targetEnd(anchor.rest, between, contentWidth) : between.length;
    const { name, content } = splitNameContent(head, contentWidth);
    const targetLines = between.slice(0, targetLength);
    const all = [...head, anchor.line, ...targetLines];
    if (name.length === 0 || content.length === 0) {
      findings.push({
        code: 'task-columns-unclear',
        severity: 'warning',
        message: `重点工作任务（${anchor.amount} 万元）的名称与主要实施内容无法按列宽分开，已尽量拆分，请核对原文`,
        lines: rangeOfLines(all),
      });
    }
    const outOfOrder = readOutOfOrder(content, targetLines);
    if (outOfOrder) {
      findings.push({
        code: 'task-text-out-of-order',
        severity: 'warning',
        message: `重点工作任务（${anchor.amount} 万元）的主要实施内容止于半句（“${outOfOrder.contentEnd}”），而期望达到的目标在句末（“${outOfOrder.sentenceEnd}”）之后仍有文字：转换时两列的文字前后错位，无法确定内容在哪里结束、目标在哪里结束，两者均未录入，请核对原文`,
        lines: rangeOfLines(all),
      });
    }
    tasks.push({
      name: joinWrapped(name.map((l) => l.text)),
      content: outOfOrder ? null : joinWrapped(content.map((l) => l.text)),
      amount: anchor.amount,
      target: outOfOrder ? null : joinWrapped([anchor.rest, ...targetLines.map((l) => l.text)]),
      lines: rangeOfLines(all),
    });
    head = between.slice(targetLength);
    names.push(...name);
    targets.push(...targetLines);
  });
  findings.push(...columnGeometry(names, targets, contentWidth, lines, anchors));
  return { tasks, findings, layoutLines, unrecognized: [] };
}

/**
 * A text export that prints a cell's end after the next cell (pdftotext -raw, where a page break or
 * a taller neighbour cuts the content column) shows it in two ways at once: the content ends
 * mid-sentence, and the target, after a line that ends a sentence, goes on with more lines (the
 * content's end, then maybe the target's own end). Where both hold, neither cell can be read.
 */
function readOutOfOrder(
  content: readonly SourceLine[],
  targetLines: readonly SourceLine[],
): { contentEnd: string; sentenceEnd: string } | null {
  const last = content.at(-1)?.text.trim();
  if (last === undefined || SENTENCE_END.test(last)) return null;
  const ended = targetLines.slice(0, -1).findLast((l) => SENTENCE_END.test(l.text.trim()));
  if (!ended) return null;
  const tail = (text: string) => [...text.trim()].slice(-8).join('');
  return { contentEnd: tail(last), sentenceEnd: tail(ended.text) };
}

/**
 * The columns were told apart by width, which only works where the form's columns differ in
 * width: a name line nearly as wide as the content column, or targets no wider than it, mean
 * the split may be wrong, and the reader is told so rather than shown a confident misreading.
 */
function columnGeometry(
  names: SourceLine[],
  targets: SourceLine[],
  contentWidth: number,
  lines: SourceLine[],
  anchors: Anchor[],
): Finding[] {
  const widest = (ls: SourceLine[]) => Math.max(0, ...ls.map((l) => displayWidth(l.text)));
  const nameTooWide = widest(names) >= contentWidth - NAME_MARGIN;
  const targetTooNarrow = targets.length > anchors.length && widest(targets) <= contentWidth + 2;
  if (!nameTooWide && !targetTooNarrow) return [];
  return [
    {
      code: 'task-columns-unclear',
      severity: 'warning',
      message: `年度重点工作任务的各列宽度相近（名称最宽 ${widest(names)}、实施内容 ${contentWidth}、目标最宽 ${widest(targets)} 个半角字符宽），名称、主要实施内容与期望目标可能未能正确分开，请核对原文`,
      lines: rangeOfLines(lines),
    },
  ];
}

function tabbedTask(line: SourceLine): KeyTask | null {
  // A cell's paragraphs (exported as HTML) are one text here, as wrapped lines are.
  const cells = line.text.split('\t').map((c) => joinWrapped(htmlParagraphs(c)));
  if (cells.length !== 4) return null;
  const [name = '', content = '', amountCell = '', target = ''] = cells;
  const amount = parseAmount(amountCell);
  if (amount === null) return null;
  return { name, content, amount, target, lines: { from: line.no, to: line.no } };
}

/** Lines that together spell the grid's column header, and nothing else (`拟投入的资` / `金（万元）`). */
function wrappedHeaderLines(lines: readonly SourceLine[]): Set<number> {
  const found = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    let joined = '';
    for (let j = i; j < lines.length; j++) {
      joined += headerKey(lines[j]?.text ?? '');
      if (!GRID_HEADER.startsWith(joined)) break;
      if (joined === GRID_HEADER) {
        for (const l of lines.slice(i, j + 1)) found.add(l.no);
        i = j;
        break;
      }
    }
  }
  return found;
}

/** The name and the content's first line where they share a line: the name is narrower than a content line. */
function nameThenContent(line: SourceLine | undefined, contentWidth: number): [name: string, content: string] | null {
  if (!line) return null;
  const m = NAME_THEN_CONTENT.exec(squash(line.text));
  if (!m) return null;
  const name = group(m, 1);
  const content = group(m, 2);
  if (displayWidth(name) >= contentWidth - NAME_MARGIN || SENTENCE_END.test(name) || /[，,；;：:]$/.test(name))
    return null;
  return displayWidth(content) <= contentWidth + 2 ? [name, content] : null;
}

/** How many lines after an anchor still belong to its target: up to a sentence end that is not followed by another full-width target line. */
function targetEnd(rest: string, between: SourceLine[], contentWidth: number): number {
  if (rest && SENTENCE_END.test(rest) && !isTargetWide(between[0], contentWidth)) return 0;
  for (const [i, line] of between.entries()) {
    const next = between[i + 1];
    if (
      SENTENCE_END.test(line.text.trim()) &&
      (!isTargetWide(next, contentWidth) || nameThenContent(next, contentWidth) !== null)
    )
      return i + 1;
  }
  // No sentence end: take the lines wider than the content column.
  let i = 0;
  while (i < between.length && isTargetWide(between[i], contentWidth)) i++;
  return i;
}

const isTargetWide = (line: SourceLine | undefined, contentWidth: number): boolean =>
  line !== undefined && displayWidth(line.text) > contentWidth + 2;

/** Name lines are narrower than the content column by a clear margin and end no sentence. */
function splitNameContent(lines: SourceLine[], contentWidth: number): { name: SourceLine[]; content: SourceLine[] } {
  const [first] = lines;
  const shared = nameThenContent(first, contentWidth);
  if (first && shared) {
    return {
      name: [{ no: first.no, text: shared[0] }],
      content: [{ no: first.no, text: shared[1] }, ...lines.slice(1)],
    };
  }
  let n = 0;
  // The last line is never a name line: it is content.
  for (const line of lines.slice(0, -1)) {
    if (displayWidth(line.text) >= contentWidth - NAME_MARGIN || SENTENCE_END.test(line.text.trim())) break;
    n++;
  }
  if (n === 0 && lines.length > 1) n = 1;
  return { name: lines.slice(0, n), content: lines.slice(n) };
}

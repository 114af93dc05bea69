/**
 * A project row of wrapped text cut by a page break, as an export that reads the page column after
 * column (pdftotext -raw) prints it: before the break each column's head, after it each column's
 * rest, in the columns' order (name, 绩效目标, 绩效指标). Told apart only where the text shows where
 * one column's rest ends; otherwise left out with a finding (wrapped.ts builds the row).
 */
import type { Finding } from '../../schema/index.ts';
import { parseIndicatorText } from '../indicator-text.ts';
import { displayWidth, SENTENCE_END, type SourceLine } from '../lines.ts';
import { rangeOf, spanOf, type TextSpan } from '../text-span.ts';
import { FIRST_ITEM } from './row.ts';

/** Punctuation that ends goal text, a sentence or a clause (。；): a project name never ends in it. */
export const TEXT_END = /[。；;！!？?]$/;
/** A full line of a wrapped cell falls short of the widest by less than this (a wide character kept whole). */
export const FULL_SLACK = 4;
/** How much wider than the widest measured goal line a goal line after a break may be. */
const GOAL_OVERRUN = 2;

/** Whether a line ends a sentence or a clause: the end of a goal paragraph, never of a name's line. */
export const endsText = (text: string): boolean => TEXT_END.test(text.trim()) || SENTENCE_END.test(text.trim());

/** An item's start anywhere in a line: its number, then the 一级 code and name. */
export const ITEM_AT = /(?<!\d)\d+\s*[、.．]\s*[1-4]\s*[-－—–]\s*(?:产出|效益|满意度|成本)\s*指标/g;

/**
 * A row taller than the rest of its page goes on after the page break, and an export that reads
 * the page column after column (pdftotext -raw) prints there the rest of the 绩效目标 column, then
 * the rest of the 绩效指标 column. Where the indicators had begun before the break, the text after
 * it is taken apart by width where the columns differ clearly in width (as the goal column and the
 * wider indicator column do on the form): lines no wider than the goal's before a full-width
 * indicator line are the goal's tail (an indicator line that is not full is the cell's last).
 * A break after which an item starts at once is certain (no tail of either column). Otherwise the
 * text up to the next item's start is the goal's tail, or the last item's tail, or both, and
 * which cannot be told: the goal and that item are left out, with a finding; the items that
 * start after the break are read.
 */
export function splitAcrossPage(
  name: string,
  /** First line of the name where it wraps over lines before the amounts. */
  nameFrom: number | undefined,
  textLines: SourceLine[],
  breaks: number[],
):
  | { reordered: SourceLine[] }
  | { indicators: TextSpan; unreadItem: number; finding: Finding; nameMayGoOn: boolean; firstAfter: number }
  | null {
  const firstItem = textLines.findIndex((l) => FIRST_ITEM.test(l.text));
  const head = textLines[firstItem];
  const after = breaks.filter((b) => b > firstItem && b < textLines.length);
  const [at] = after;
  if (firstItem === -1 || at === undefined || !head) return null;
  const goal = textLines.slice(0, firstItem);
  const indicators = textLines.slice(firstItem, at);
  // Each page's part after a break: its goal lines, then its indicator lines.
  const segments = after.map((b, i) => textLines.slice(b, after[i + 1] ?? textLines.length));
  const goalTails: SourceLine[] = [];
  const indicatorTails: SourceLine[] = [];
  const post = textLines.slice(at);
  // A wrapped name goes on after the break too, first: a short line that ends no sentence may be its tail.
  const firstAfter = post[0]?.text.trim() ?? '';
  const goalWidth = Math.max(0, ...goal.map((l) => displayWidth(l.text)));
  const nameMayGoOn =
    nameFrom !== undefined && !endsText(firstAfter) && displayWidth(firstAfter) < goalWidth - FULL_SLACK;
  let certain = head.text.search(FIRST_ITEM) === 0;
  for (const [s, segment] of segments.entries()) {
    if (!certain) break;
    if (mayJoinColumns(segment, goal, indicators)) {
      certain = false;
      break;
    }
    const startsItem = [...spanOf(segment).text.matchAll(ITEM_AT)][0]?.index === 0;
    const allGoal =
      !(s === 0 && nameMayGoOn) &&
      indicatorsEndBeforeBreak(
        [...goal, ...goalTails],
        spanOf([...indicators, ...indicatorTails]),
        segments.slice(s).flat(),
      );
    const k = startsItem
      ? 0
      : (columnsByWidth(goal, indicators.slice(1), segment) ?? (allGoal ? segment.length : null));
    if (k === null) certain = false;
    else {
      goalTails.push(...segment.slice(0, k));
      indicatorTails.push(...segment.slice(k));
    }
  }
  if (certain) {
    if (goalTails.length === 0 && segments.length === 1) return null;
    return { reordered: [...goal, ...goalTails, ...indicators, ...indicatorTails] };
  }
  const pre = [{ no: head.no, text: head.text.slice(head.text.search(FIRST_ITEM)) }, ...indicators.slice(1)];
  const preSpan = spanOf(pre);
  const preItems = [...preSpan.text.matchAll(ITEM_AT)];
  const postSpan = spanOf(post);
  // With one break, the items that start after it are read; over more pages, none is certain.
  const next = segments.length === 1 ? [...postSpan.text.matchAll(ITEM_AT)][0] : undefined;
  const cut = next?.index ?? postSpan.text.length;
  const unread = rangeOf(postSpan, 0, cut);
  const lastPre = preItems.at(-1);
  const from = lastPre?.index === undefined ? unread.from : (preSpan.lineOf[lastPre.index] ?? unread.from);
  return {
    // A line break between the two keeps the digits of the cut item's end off the next item's number
    // ("不大于5" + "3、1-产出指标" is not item 53); the cut item is not read.
    indicators: {
      text: `${preSpan.text}\n${postSpan.text.slice(cut)}`,
      lineOf: [...preSpan.lineOf, preSpan.lineOf.at(-1) ?? head.no, ...postSpan.lineOf.slice(cut)],
    },
    unreadItem: preItems.length - 1,
    nameMayGoOn,
    firstAfter: post[0]?.no ?? unread.from,
    finding: {
      code: 'page-break-split-row',
      severity: 'warning',
      message: `「${name}」跨页：分页后第 ${unread.from}–${unread.to} 行的文字可能是绩效目标的后半，也可能是分页前最后一项指标的后半，无法从文本确定：该项目的绩效目标和分页前最后一项指标${next ? '' : '及其后各项'}未收录，请用 PDF 原件（本程序可直接读取 PDF 的表格单元格）核对`,
      lines: { from, to: unread.to },
    },
  };
}

/**
 * Whether the first line after a break may be the goal's tail and the indicators' first line after
 * it, printed as one (-raw prints lines on one baseline as one line, and every column goes on at
 * the top of the page): it has white space where its head is no wider than a goal line and its rest
 * is a full indicator line (the next line's first word would not have fitted), or all the indicators' tail. Where the goal's width is not shown (one
 * line before the break), any white space may be that join.
 */
function mayJoinColumns(
  segment: readonly SourceLine[],
  goal: readonly SourceLine[],
  indicators: readonly SourceLine[],
): boolean {
  const line = segment[0]?.text.trim() ?? '';
  const goalWidth = goal.length > 1 ? Math.max(...goal.map((l) => displayWidth(l.text))) : Number.POSITIVE_INFINITY;
  const indicatorWidth = Math.max(0, ...indicators.map((l) => displayWidth(l.text)));
  return [...line.matchAll(/\s+/g)].some((m) => {
    const head = line.slice(0, m.index);
    const rest = line.slice(m.index + m[0].length);
    return (
      displayWidth(head) <= goalWidth + GOAL_OVERRUN &&
      (segment.length === 1 ||
        displayWidth(rest) + leadingWordWidth(segment[1]?.text ?? '') > indicatorWidth - FULL_SLACK)
    );
  });
}

/**
 * Whether all the text after a break (`rest`, to the row's end) is the goal's tail, because the
 * indicator cell ended before it: its last item has both values, the 年度 value repeating the
 * 实施周期 value as most items do, and ends a sentence; no item starts after the break; the goal
 * visibly goes on there (it stops mid-sentence, or the text after the break opens with the goal's
 * next numbered point, 4、 then 5、); and the text ends a sentence, as the goal's last paragraph does.
 */
function indicatorsEndBeforeBreak(goal: SourceLine[], indicators: TextSpan, rest: SourceLine[]): boolean {
  const last = parseIndicatorText(indicators).indicators.at(-1);
  const ended =
    last !== undefined &&
    last.periodValue !== null &&
    last.periodValue === last.annualValue &&
    SENTENCE_END.test(indicators.text.trim());
  const restText = spanOf(rest).text;
  if (!ended || [...restText.matchAll(ITEM_AT)].length > 0 || !SENTENCE_END.test(restText.trim())) return false;
  const lastGoal = goal.at(-1)?.text.trim() ?? '';
  const points = goal.flatMap((l) => {
    const m = /^(\d+)\s*[、.．]/.exec(l.text.trim());
    return m ? [Number(m[1])] : [];
  });
  const next = points.at(-1);
  const opensNextPoint = next !== undefined && new RegExp(`^${next + 1}\\s*[、.．]`).test(rest[0]?.text.trim() ?? '');
  return (lastGoal !== '' && !endsText(lastGoal)) || opensNextPoint;
}

/**
 * A wrapped name cut by a page break goes on after it, first (pdftotext -raw reads the name column
 * first): where the three columns are clearly apart in width, the lines after the break no wider
 * than the name column and ending no sentence, up to a full line of the goal column, are the name's
 * tail. Only where the evidence is that of a cut name and a cut goal: the name's last line before
 * the break is full, the goal stops there mid-sentence (so its tail comes first after the name's),
 * and an item had begun before the break (so the indicator column's width is known, and wider). A
 * goal line that is not full ends a paragraph, so a narrow line that ends none cannot be the goal's.
 * Returns where the tail starts in `printed` and how many lines it has.
 */
export function nameTailAfterBreak(
  nameLines: readonly SourceLine[],
  printed: readonly SourceLine[],
  breaks: readonly number[],
): { at: number; count: number } | null {
  const [at] = breaks;
  const lastName = nameLines.at(-1);
  if (at === undefined || !lastName) return null;
  const firstItem = printed.findIndex((l) => FIRST_ITEM.test(l.text));
  if (firstItem <= 0 || firstItem >= at || printed[firstItem]?.text.search(FIRST_ITEM) !== 0) return null;
  const width = (lines: readonly SourceLine[]) => Math.max(...lines.map((l) => displayWidth(l.text.trim())));
  const goal = printed.slice(0, firstItem);
  const [nameWidth, goalWidth, indicatorWidth] = [nameLines, goal, printed.slice(firstItem, at)].map(width);
  const lastGoal = goal.at(-1);
  if (nameWidth === undefined || goalWidth === undefined || indicatorWidth === undefined || !lastGoal) return null;
  const apart = nameWidth + 2 * FULL_SLACK < goalWidth && goalWidth + 2 * FULL_SLACK < indicatorWidth;
  if (!apart || width([lastName]) < nameWidth - FULL_SLACK || endsText(lastGoal.text)) return null;
  const after = printed.slice(at, breaks[1] ?? printed.length);
  const count = after.findIndex((l) => displayWidth(l.text.trim()) > nameWidth + FULL_SLACK || endsText(l.text));
  const next = after[count];
  if (count <= 0 || !next || Math.abs(displayWidth(next.text.trim()) - goalWidth) > FULL_SLACK) return null;
  return { at, count };
}

/**
 * How many of the lines after the break are the goal's tail, told by width; null where the widths
 * do not tell: the two columns are not clearly apart, no line after the break is wider than the
 * goal column, or a line of the indicators' tail other than its last is not full.
 */
function columnsByWidth(goal: SourceLine[], indicators: SourceLine[], post: SourceLine[]): number | null {
  if (goal.length === 0 || indicators.length === 0) return null;
  const goalWidth = Math.max(...goal.map((l) => displayWidth(l.text)));
  const indicatorWidth = Math.max(...indicators.map((l) => displayWidth(l.text)));
  // A goal line may run up to a Chinese character wider than those measured before the break (they
  // wrapped where the next character, or a number stuck to it, did not fit); a full indicator line
  // must still be wider than that.
  if (indicatorWidth - FULL_SLACK <= goalWidth + GOAL_OVERRUN) return null;
  // Only where a wrap before the break shows the column no wider than that: a line the next line's
  // first word (a Chinese character) would have overrun. A line cut short before a long number or
  // Latin word tells nothing of the column's width.
  const shown = goal.slice(0, -1).some((l, i) => {
    const next = goal[i + 1];
    return next && !endsText(l.text) && displayWidth(l.text) + leadingWordWidth(next.text) <= goalWidth + GOAL_OVERRUN;
  });
  if (!shown) return null;
  const wide = (l: SourceLine) => displayWidth(l.text) > goalWidth + GOAL_OVERRUN;
  const k = post.findIndex(wide);
  if (k === -1) return null;
  // The goal's tail is full goal lines but its last, or lines that end a paragraph; anything
  // else narrower (the tail of a wrapped name, which the page break splits too) is not told apart.
  const full = (l: SourceLine) => displayWidth(l.text) >= goalWidth - FULL_SLACK || endsText(l.text);
  // A line just before the first wide one may be an indicator line cut short, where the next line's
  // first word (a number, a Latin word, and what sticks to them) did not fit: unless it ends the goal.
  const lastGoal = post[k - 1];
  const next = post[k];
  if (
    lastGoal &&
    next &&
    !endsText(lastGoal.text) &&
    displayWidth(lastGoal.text) + leadingWordWidth(next.text) > indicatorWidth
  )
    return null;
  return post.slice(k, -1).every(wide) && post.slice(0, Math.max(0, k - 1)).every(full) ? k : null;
}

const HAN = /\p{Script=Han}/u;

/** Width of a line's head up to its first place between two Chinese characters (where a line may break): never less than the first word a line breaker keeps whole. */
function leadingWordWidth(text: string): number {
  const t = text.trim();
  for (let i = 1; i < t.length; i++)
    if (HAN.test(t[i - 1] ?? '') && HAN.test(t[i] ?? '')) return displayWidth(t.slice(0, i));
  return displayWidth(t);
}

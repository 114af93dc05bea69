/**
 * Where a page break may cut a wrapped name, as `pdftotext -raw` prints a row the break cuts: each
 * column's head before the break, then each column's rest, every column going on at the top of
 * the next page. A row the break cuts has its cells top-aligned (Chromium does not centre a cell
 * across a break: the fixtures' split rows print the name and the goal's first line beside the
 * amounts), so the part before the break is as tall as its tallest column there. wrapped.ts asks
 * these questions of a row; where the answer is "may", the row is left out with a finding.
 */
import { displayWidth, type SourceLine } from '../lines.ts';
import { endsText, FULL_SLACK } from './page-break.ts';
import { FIRST_ITEM } from './row.ts';
import type { AmountLine } from './wrapped.ts';

/** What is known of a row before its body: its name's lines before the amounts, and the amounts' line. */
export interface RowHead {
  nameLines: readonly SourceLine[];
  amount: AmountLine;
}

/** A row's three text columns before a page break: the name's lines, the goal's and the indicators' (the amounts' line holds the first of each). */
function columnHeads(
  row: RowHead,
  before: readonly SourceLine[],
): { name: number; goal: string[]; indicators: string[] } {
  const text = [...(row.amount.rest ? [row.amount.rest] : []), ...before.map((l) => l.text)];
  const first = text.findIndex((t) => FIRST_ITEM.test(t));
  const head = text[first] ?? '';
  const at = head.search(FIRST_ITEM);
  const goal = first === -1 ? text : [...text.slice(0, first), ...(at > 0 ? [head.slice(0, at)] : [])];
  const indicators = first === -1 ? [] : [head.slice(Math.max(0, at)), ...text.slice(first + 1)];
  return { name: row.nameLines.length + (row.amount.prefix ? 1 : 0), goal, indicators };
}

/**
 * Whether a column of `lines` lines may fill a row's part before a page break as tall as `tallest`
 * lines: a row the break cuts has its cells top-aligned (a cell is not centred across a break), so
 * a column far shorter than the tallest ended before the break. Lines of one font can still differ
 * in height (a glyph from a fallback font, such as “, makes its line taller): only a column less
 * than half as tall is taken to have ended.
 */
const mayFill = (lines: number, tallest: number): boolean => 2 * lines >= tallest;

/**
 * Whether a line may begin with a name's tail: its first run (up to white space, where other
 * columns' lines on its baseline follow) is no wider than a name line and, if it is all the line,
 * ends no sentence.
 */
export function mayOpenWithNameTail(text: string, widest: number): boolean {
  const [head = '', ...rest] = text.trim().split(/\s+/);
  return (widest === 0 || displayWidth(head) <= widest + FULL_SLACK) && (rest.length > 0 || !endsText(head));
}

/** The least a line can begin with: a Latin word or number, or one character, with the punctuation no line may begin with. */
const LEADING_UNIT = /^(?:[A-Za-z0-9.%+-]+|\S)[。，、；：）》」”’！？,.;:)]*/u;

/**
 * Whether the name of a row may go on after the page break that follows `before` (the row's lines
 * up to it), on the line `after`: where the name column may fill the part before the break, and
 * the first word of `after` would not have fitted on the name's last line (the column is at least
 * as wide as the widest name line, `widest`; 0 where no name wraps).
 */
export function nameMayGoOn(row: RowHead, before: readonly SourceLine[], after: string, widest: number): boolean {
  const heads = columnHeads(row, before);
  const last = row.amount.prefix || row.nameLines.at(-1)?.text || '';
  const fits =
    widest > 0 && displayWidth(last) + displayWidth(LEADING_UNIT.exec(after.trim())?.[0] ?? '') + FULL_SLACK <= widest;
  return !fits && mayFill(heads.name, Math.max(heads.name, heads.goal.length, heads.indicators.length));
}

/**
 * Whether a row may go on after a page break with lines that read like a name (the lines that
 * follow the break up to the next row's amounts): its name may, or its goal or indicators, where
 * that column may fill the part before the break and its last line there ends no sentence. A row
 * over several pages: where its last line before the break ends no sentence.
 */
export function mayGoOnAfterBreak(
  row: RowHead,
  pending: readonly SourceLine[],
  breaks: readonly number[],
  widest: number,
): boolean {
  const [first] = breaks;
  const last = breaks.at(-1);
  if (first === undefined || last === undefined) return false;
  if (breaks.length > 1) return !endsText(pending[last - 1]?.text ?? '');
  const heads = columnHeads(row, pending.slice(0, first));
  const tallest = Math.max(heads.name, heads.goal.length, heads.indicators.length);
  return (
    nameMayGoOn(row, pending.slice(0, first), pending[last]?.text ?? '', widest) ||
    [heads.goal, heads.indicators].some((c) => mayFill(c.length, tallest) && !endsText(c.at(-1) ?? ''))
  );
}

/**
 * The widths of printed text, in widths of a Chinese character, for telling which column a line's
 * text belongs to. `pdftotext -layout` gives every character one place whatever its width, so
 * widths are known only in ranges: a Chinese character is one unit; full-width punctuation may be
 * trimmed to half a unit next to another; each narrow character has a width of its own, unknown
 * but the same wherever it occurs. A cell wraps its text at its column's width, the same in every
 * row: every line is no wider than the column, and a line that wraps between two Chinese
 * characters is narrower than the column by less than the next character (it would have taken it).
 */
import { isWide } from '../lines.ts';
import { charsOf } from './grid.ts';

const IDEOGRAPH = /^[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]$/u;

/**
 * The width of a narrow character, in widths of a Chinese character: the least and most it may be,
 * in the fonts forms are printed in (half-width fixed, as SimSun, or proportional, as YaHei).
 */
export function narrowRange(ch: string): [number, number] {
  if (/\d/.test(ch)) return [0.45, 0.65];
  if (/[.,:;'"!|()[\]{}\- ]/.test(ch)) return [0.2, 0.5];
  if (/[a-z]/.test(ch)) return [0.2, 0.75];
  return [0.3, 1];
}

/** The least and the most that `a` may be wider than `b`, in widths of a Chinese character. */
export function widthGap(a: string, b: string): [least: number, most: number] {
  // Summed in hundredths, so that equal widths compare equal.
  let least = 0;
  let most = 0;
  const narrow = new Map<string, number>();
  const add = (text: string, sign: 1 | -1) => {
    for (const ch of charsOf(text)) {
      if (IDEOGRAPH.test(ch)) {
        least += 100 * sign;
        most += 100 * sign;
      } else if (isWide(ch)) {
        // Each occurrence on its own: whether it is trimmed depends on its neighbours.
        least += sign > 0 ? 50 : -100;
        most += sign > 0 ? 100 : -50;
      } else narrow.set(ch, (narrow.get(ch) ?? 0) + sign);
    }
  };
  add(a, 1);
  add(b, -1);
  for (const [ch, n] of narrow) {
    const [low, high] = narrowRange(ch).map((w) => Math.round(100 * w)) as [number, number];
    least += n * (n > 0 ? low : high);
    most += n * (n > 0 ? high : low);
  }
  return [least / 100, most / 100];
}

/**
 * Whether `line` wraps before `next` for want of room: it ends with a Chinese character and the
 * next one starts with two (or is that one alone), where a line may break anywhere.
 */
export function wrapsForWidth(line: string, next: string): boolean {
  const [a] = charsOf(line).slice(-1);
  const [b, c] = charsOf(next);
  return (
    a !== undefined &&
    b !== undefined &&
    IDEOGRAPH.test(a) &&
    IDEOGRAPH.test(b) &&
    (c === undefined || IDEOGRAPH.test(c))
  );
}

/** Whether cells (each its lines in order) can all have wrapped at one column width. */
export function oneWidth(cells: readonly (readonly string[])[]): boolean {
  const lines = cells.flat();
  for (const cell of cells)
    for (let i = 0; i + 1 < cell.length; i++) {
      const line = cell[i] ?? '';
      const next = cell[i + 1] ?? '';
      if (!wrapsForWidth(line, next)) continue;
      // The column is narrower than the line with the next character: no line is as wide.
      const bound = line + (charsOf(next)[0] ?? '');
      if (lines.some((l) => widthGap(l, bound)[0] >= 0)) return false;
    }
  return true;
}

/** Punctuation that may not start a line (it goes with the character before it). */
const CLOSING = /^[，。、；：？！）】》」』”’%]$/u;
/** Punctuation that may not end a line (it goes with the character after it). */
const OPENING = /^[（【《「『“‘]$/u;

/**
 * The least of `text` that a line before it would have had to take to go on with it: a word of
 * digits and letters whole (it does not break), an opening bracket with what follows it, a
 * character with the punctuation after it that may not start a line.
 */
export function nextUnit(text: string): string {
  const word = /^[0-9A-Za-z.%]+/.exec(text);
  if (word) return word[0];
  const chars = charsOf(text);
  let end = 1;
  while (OPENING.test(chars[end - 1] ?? '') && end < chars.length) end++;
  while (CLOSING.test(chars[end] ?? '')) end++;
  return chars.slice(0, end).join('');
}

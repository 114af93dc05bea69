/**
 * Two wrapped text columns side by side (the project form's 绩效目标 and 绩效指标), cut line by line.
 * `pdftotext -layout` gives every character one place, though digits and Latin letters print at
 * about half the width of a Chinese character: a line with many of them is pushed to the right,
 * up to and past the next column's start, and the two columns' text may touch. A line is cut
 * only where the cut is certain: a gap of two or more spaces at the next column's start, a space
 * after which the next character could not have fitted on the first column's line, or a space
 * before text only the next column holds. Where
 * neither holds, the line's two parts cannot be told apart (null).
 *
 * Widths are compared as counts of characters, never as measured numbers: a Chinese character is
 * one unit wide; each narrow character has a width of its own that is only known to lie in a
 * range, but is the same wherever it occurs. So two lines with the same digits compare exactly.
 */
import { isWide } from '../lines.ts';
import { charsOf, type Piece, piecesOf } from './grid.ts';
import { narrowRange } from './widths.ts';

/** How many of each character a text holds, wide characters counted together under WIDE. */
export type Width = ReadonlyMap<string, number>;
const WIDE = 'wide';

export interface TextColumns {
  /** Character position where the first column starts. */
  firstAt: number;
  /** Character position where the second column starts (Infinity: the page has none). */
  secondAt: number;
  /** Whether `secondAt` is where the second column starts on these very lines (one row), not only about there (the page). */
  exact: boolean;
  /** The first column's widest wrapped line on the page; null where too few lines show it. */
  widest: Width | null;
  /** Text that only the second column holds where a line of it starts (the 绩效指标's "2、2-效益指标"). */
  opensSecond: (text: string) => boolean;
}

/** How far from its usual place a column's text may start (rows place their columns a little apart). */
export const DRIFT = 3;
/** The farthest apart, in font sizes, that poppler joins two pieces of text on one baseline into one line (maxWordSpacing). */
const JOIN_GAP = 1.5;
/** Lines that must come within one character of the widest for it to show the column's room. */
const FULL_LINES = 3;

export function widthOf(text: string): Width {
  const width = new Map<string, number>();
  for (const ch of charsOf(text)) {
    const key = isWide(ch) ? WIDE : ch;
    width.set(key, (width.get(key) ?? 0) + 1);
  }
  return width;
}

/** The least and the most that `a` may be wider than `b`, in widths of a Chinese character. */
export function widthDifference(a: Width, b: Width): [least: number, most: number] {
  let least = 0;
  let most = 0;
  for (const key of new Set([...a.keys(), ...b.keys()])) {
    const n = (a.get(key) ?? 0) - (b.get(key) ?? 0);
    const [low, high] = key === WIDE ? [1, 1] : narrowRange(key);
    least += n * (n > 0 ? low : high);
    most += n * (n > 0 ? high : low);
  }
  return [least, most];
}

/** The pieces of a line from the first column on (apart by one space or more), at their positions. */
function piecesFrom(text: string, at: number): Piece[] {
  const chars = charsOf(text);
  return piecesOf(chars.slice(at).join(''), 1).map((p) => ({ ...p, from: p.from + at, to: p.to + at }));
}

/**
 * The first column's widest line among the lines that stand clear of the second column, when at
 * least FULL_LINES lines come within one character of it: then it is as wide as a wrapped line gets.
 */
export function widestLine(lines: readonly string[], firstAt: number, secondAt: number): Width | null {
  const clear: Width[] = [];
  for (const text of lines) {
    const [first, next] = piecesFrom(text, firstAt);
    if (!first || first.from > firstAt + DRIFT || first.to > secondAt - DRIFT) continue;
    if (next && next.from - first.to < 2) continue;
    clear.push(widthOf(first.text));
  }
  const widest = clear.reduce<Width | null>((best, w) => (!best || widthDifference(w, best)[0] > 0 ? w : best), null);
  if (!widest) return null;
  const full = clear.filter((w) => widthDifference(w, widest)[0] >= -1).length;
  return full >= FULL_LINES ? widest : null;
}

/** The line's text in each column, or null where the cut between them cannot be told. */
export function splitTextColumns(text: string, columns: TextColumns): [first: string, second: string] | null {
  const pieces = piecesFrom(text, columns.firstAt);
  const chars = charsOf(text);
  const between = (from: number, to?: number): string => chars.slice(from, to).join('').trim();
  const [first] = pieces;
  const last = pieces.at(-1);
  if (!first || !last) return ['', ''];
  const near = columns.secondAt - DRIFT;
  if (first.from >= near) return ['', between(first.from)];
  if (first.from > columns.firstAt + DRIFT) return null;
  const { widest } = columns;
  for (let i = 1; i < pieces.length; i++) {
    const before = pieces[i - 1];
    const piece = pieces[i];
    if (!before || !piece || piece.from < near) continue;
    const head = between(first.from, before.to);
    // A wrapped line ends where its next character does not fit: the widest line plus one character is more than the column holds.
    const full = widest !== null && widthDifference(widthOf(head + (charsOf(piece.text)[0] ?? '')), widest)[0] >= 1;
    if (piece.from - before.to >= 2 || full || columns.opensSecond(piece.text)) return [head, between(piece.from)];
  }
  const all = between(first.from);
  // Text no wider than the widest line holds none of the second column's, which starts past the first column's edge.
  const fits = widest !== null && widthDifference(widthOf(all), widest)[1] <= 0;
  // Nothing at or past the second column's start (on this row's lines, where it is known exactly) is none of its text,
  // but for text one space after the first column's line, which poppler may have joined to it.
  const joinable = pieces.some(
    (p, i) => i > 0 && p.from - (pieces[i - 1]?.to ?? 0) === 1 && mayJoin(between(first.from, p.from), widest),
  );
  return !joinable && (last.to <= (columns.exact ? columns.secondAt : near) || fits) ? [all, ''] : null;
}

/**
 * Whether the second column's text may stand one space after `head`, the first column's line:
 * poppler joins two cells' text into one line only where they stand less than 1.5 font sizes
 * apart, so the first column's line then comes within 1.5 characters of its column's width, which
 * is at least the widest line's (null: not known).
 */
function mayJoin(head: string, widest: Width | null): boolean {
  return widest === null || widthDifference(widthOf(head), widest)[1] > -JOIN_GAP;
}

/**
 * Column-aligned text (`pdftotext -layout`) as a grid of characters: the tool places every
 * character at the column its x position maps to, one character per column whatever its width,
 * so a table column starts at the same character position on every line of a page (the grid is
 * the page's own: the next page may place the columns elsewhere). A form feed starts a page.
 */
import type { SourceLine } from '../lines.ts';

/** A run of text on one line: from character `from` up to (not including) `to`. */
export interface Piece {
  from: number;
  to: number;
  text: string;
}

/** A page's lines, form feeds dropped, so that character positions count from the left margin. */
export function pagesOf(lines: readonly SourceLine[]): SourceLine[][] {
  const pages: SourceLine[][] = [[]];
  for (const line of lines) {
    const parts = line.text.split('\f');
    parts.forEach((text, i) => {
      if (i > 0) pages.push([]);
      // The form feed is the first character of a page's first line: only what follows it is kept.
      if (text !== '' || parts.length === 1) pages.at(-1)?.push({ no: line.no, text });
    });
  }
  return pages.filter((p) => p.length > 0);
}

/** Characters (code points), so that positions are columns even for characters outside the BMP. */
export const charsOf = (text: string): string[] => [...text];

/** The runs of text apart by `gap` or more spaces, with their character positions. */
export function piecesOf(text: string, gap = 2): Piece[] {
  const chars = charsOf(text);
  const pieces: Piece[] = [];
  let start = -1;
  let spaces = 0;
  chars.forEach((ch, i) => {
    if (ch === ' ') {
      spaces++;
      return;
    }
    if (start >= 0 && spaces >= gap) {
      pieces.push(piece(chars, start, i - spaces));
      start = -1;
    }
    if (start < 0) start = i;
    spaces = 0;
  });
  if (start >= 0) pieces.push(piece(chars, start, chars.length - spaces));
  return pieces;
}

const piece = (chars: readonly string[], from: number, to: number): Piece => ({
  from,
  to,
  text: chars.slice(from, to).join(''),
});

/** The text of a line between two character positions, trimmed. */
export const sliceText = (text: string, from: number, to = Number.POSITIVE_INFINITY): string =>
  charsOf(text)
    .slice(from, Number.isFinite(to) ? to : undefined)
    .join('')
    .trim();

/** Whether a column may start at `at`: nothing printed just before it (no text runs across the edge). */
export const isColumnEdge = (text: string, at: number): boolean => {
  const before = charsOf(text)[at - 1];
  return before === undefined || before === ' ';
};

/** The position most pieces start at, among those starting in [from, to); null when fewer than `least` do. */
export function commonStart(pieces: readonly Piece[], from: number, to: number, least = 1): number | null {
  const counts = new Map<number, number>();
  for (const p of pieces) if (p.from >= from && p.from < to) counts.set(p.from, (counts.get(p.from) ?? 0) + 1);
  let best: [number, number] | null = null;
  for (const [at, n] of [...counts].sort((a, b) => a[0] - b[0]))
    if (n >= least && (!best || n > best[1])) best = [at, n];
  return best?.[0] ?? null;
}

/** `&`, `<` and `>` escaped: the form parsers decode entities and read `<p>`/`<br>` as paragraph breaks. */
export const escapeCell = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** An amount as the forms print it (1,234.56 or 1234.56), as a pattern to build on. */
export const AMOUNT_PATTERN = String.raw`-?(?:\d{1,3}(?:,\d{3})+|\d+)\.\d\d`;

/** A label or header text compared as printed: white space removed, brackets full width. */
export const cellKey = (text: string): string => text.replace(/\s+/g, '').replace(/\(/g, '（').replace(/\)/g, '）');

/** How far apart (characters) the lines of one left-aligned column may start. */
const ALIGN = 1;

/**
 * Lines of pieces read as left-aligned columns: the pieces' starts fall in groups, one per column
 * (each group's starts within ALIGN of the one before). Each column's starts and its text line by
 * line; null where a piece reaches the next column's start or two pieces share one
 * column's line (where one cell ends and the next begins is then not known).
 */
export function leftAlignedColumns(
  lines: readonly (readonly Piece[])[],
): { starts: number[][]; text: string[][] } | null {
  const groups: number[][] = [];
  for (const s of [...new Set(lines.flat().map((p) => p.from))].sort((a, b) => a - b)) {
    const last = groups.at(-1);
    if (last && s - (last.at(-1) ?? s) <= ALIGN) last.push(s);
    else groups.push([s]);
  }
  const starts = groups.map((g) => g[0] ?? 0);
  const text: string[][] = groups.map(() => []);
  for (const pieces of lines) {
    const taken = new Set<number>();
    for (const p of pieces) {
      const column = starts.findLastIndex((at) => at <= p.from);
      if (p.to >= (starts[column + 1] ?? Number.POSITIVE_INFINITY) || taken.has(column)) return null;
      taken.add(column);
      text[column]?.push(p.text);
    }
  }
  return { starts: groups, text };
}

/**
 * Text joined from several source lines that still knows, for every character, which line it
 * came from: a value cut out of the joined text keeps its exact line range.
 */
import type { LineRange } from '../schema/index.ts';
import { type SourceLine, wrapSeparator } from './lines.ts';

export interface TextSpan {
  text: string;
  /** Source line number of each character of `text`. */
  lineOf: number[];
}

export function spanOf(lines: ReadonlyArray<Pick<SourceLine, 'no' | 'text'>>): TextSpan {
  let text = '';
  const lineOf: number[] = [];
  for (const line of lines) {
    const part = line.text.trim();
    if (!part) continue;
    const piece = wrapSeparator(text, part) + part;
    text += piece;
    for (let i = 0; i < piece.length; i++) lineOf.push(line.no);
  }
  return { text, lineOf };
}

/** Lines covered by `text.slice(start, end)`; an empty slice falls back to the line at `start`. */
export function rangeOf(span: TextSpan, start: number, end: number): LineRange {
  const last = span.lineOf.length - 1;
  const from = span.lineOf[Math.min(start, last)] ?? 1;
  const to = span.lineOf[Math.min(Math.max(end - 1, start), last)] ?? from;
  return { from, to };
}

/** From the first line to the last; the lines of anything read are never none. */
export function rangeOfLines(lines: ReadonlyArray<Pick<SourceLine, 'no'>>): LineRange {
  const first = lines[0];
  const last = lines.at(-1);
  if (first === undefined || last === undefined) throw new Error('rangeOfLines: no lines');
  return { from: first.no, to: last.no };
}

/** Wrapped lines of running text → paragraphs, breaking where a line opens a numbered point. */
import { joinWrapped, type SourceLine } from './lines.ts';

/** A line that opens a numbered point: "1.", "2、", "一是", "（三）". */
export const PARAGRAPH_START = /^\s*(?:\d+\s*[.、．](?!\d)|[一二三四五六七八九十]+是|[（(][一二三四五六七八九十\d]+[）)])/;

export function paragraphs(lines: ReadonlyArray<Pick<SourceLine, 'text'>>): string[] {
  const out: string[][] = [];
  for (const line of lines) {
    if (!line.text.trim()) continue;
    if (out.length === 0 || PARAGRAPH_START.test(line.text)) out.push([]);
    out[out.length - 1]!.push(line.text);
  }
  return out.map((p) => joinWrapped(p)).filter(Boolean);
}

/** Wrapped lines of running text → paragraphs, breaking where the author began a numbered point on a new line. */
import { htmlParagraphs } from './html.ts';
import { displayWidth, joinWrapped, type SourceLine } from './lines.ts';

const HTML_PARAGRAPH = /<\/?p[\s>]/i;

/** A line that opens a numbered point: "1.", "2、", "一是", "（三）". */
export const PARAGRAPH_START =
  /^\s*(?:\d+\s*[.、．](?!\d)|[一二三四五六七八九十]+是|[（(][一二三四五六七八九十\d]+[）)])/;

/** A line one column short of the cell's width is still full: a half-width character did not fit. */
const FULL_LINE_SLACK = 1;

/**
 * A numbered point opens a paragraph where the line before it ended short: the author broke the
 * line there. After a full line the point only happens to begin a wrapped line, and another
 * export, wrapping elsewhere, would not break there, so neither do we.
 */
export function paragraphs(lines: ReadonlyArray<Pick<SourceLine, 'text'>>): string[] {
  const texts = lines.map((l) => l.text).filter((t) => t.trim() !== '');
  // A cell exported with its HTML (`<p>…</p><p>…</p>`) says where its paragraphs are.
  if (texts.some((t) => HTML_PARAGRAPH.test(t))) return texts.flatMap(htmlParagraphs);
  const full = Math.max(0, ...texts.map((t) => displayWidth(t))) - FULL_LINE_SLACK;
  const out: string[][] = [];
  let paragraph: string[] | null = null;
  texts.forEach((text, i) => {
    const before = texts[i - 1];
    const brokeBefore = before !== undefined && displayWidth(before) < full;
    if (!paragraph || (PARAGRAPH_START.test(text) && brokeBefore)) {
      paragraph = [];
      out.push(paragraph);
    }
    paragraph.push(text);
  });
  return out.map((p) => joinWrapped(p)).filter(Boolean);
}

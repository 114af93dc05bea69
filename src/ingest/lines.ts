/** Source text → numbered lines, with the noise every PDF-to-text tool adds recognised. */

export interface SourceLine {
  /** 1-based line number in the source file. */
  no: number;
  /** The line without its line ending and without a byte-order mark. */
  text: string;
}

/** Splits on LF, CRLF or CR; drops a leading BOM. Line numbers match what an editor shows. */
export function splitLines(text: string): SourceLine[] {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const parts = body.split(/\r\n|\r|\n/);
  if (parts.length > 1 && parts[parts.length - 1] === '') parts.pop();
  return parts.map((t, i) => ({ no: i + 1, text: t.replace(/\uFEFF/g, '') }));
}

/** Page numbers printed between rows: "第 3 页", "第3页 共12页", "- 3 -", "3/12", "Page 3". */
const PAGE_NUMBER =
  /^\s*(?:第\s*\d+\s*页(?:\s*[,，/]?\s*共\s*\d+\s*页)?|[-—–]\s*\d+\s*[-—–]|\d+\s*\/\s*\d+|page\s*\d+(?:\s*of\s*\d+)?)\s*$/i;

export const isPageNumber = (text: string): boolean => PAGE_NUMBER.test(text);

/** A line that ends a sentence: 。 . ！ ! ？ ?. */
export const SENTENCE_END = /[。.！!？?]$/;

export const isBlank = (text: string): boolean => text.trim() === '';

/** Collapses every run of white space (incl. ideographic space and tabs) to one ASCII space. */
export const squash = (text: string): string => text.replace(/[\s\u3000\u00a0]+/g, ' ').trim();

/** CJK and full-width characters: as wide as the font is high. */
export const isWide = (ch: string): boolean =>
  /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch);

/** Display width: CJK and full-width characters count 2, as a PDF column wraps them. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text.trim()) width += isWide(ch) ? 2 : 1;
  return width;
}

/**
 * Joins wrapped lines of one cell. Chinese wraps anywhere, so lines join without a space,
 * except where both sides of the wrap are Latin letters or digits (a space was there).
 */
export function joinWrapped(parts: readonly string[]): string {
  let out = '';
  for (const raw of parts) {
    const part = raw.trim();
    if (part) out += wrapSeparator(out, part) + part;
  }
  return out;
}

export const wrapSeparator = (left: string, right: string): string =>
  /[A-Za-z]$/.test(left) && /^[A-Za-z]/.test(right) ? ' ' : '';

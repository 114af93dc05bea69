/**
 * Some exports keep the HTML of the original spreadsheet inside cells (`<p>…</p>`). Paragraphs
 * become line breaks; every other tag is dropped; entities are decoded. The result is plain text.
 */
const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** A cell's paragraphs: its `<p>` (and `<br>`) breaks, tags dropped, empty ones left out. */
export const htmlParagraphs = (cell: string): string[] => stripHtml(cell).split('\n').filter(Boolean);

export function stripHtml(cell: string): string {
  return cell
    .replace(/<\/p\s*>\s*<p(?:\s[^>]*)?>/gi, '\n')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/?[a-z][^>]*>/gi, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
      if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
      if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
      return ENTITIES[name.toLowerCase()] ?? whole;
    })
    .split('\n')
    .map((p) => p.trim())
    .filter(Boolean)
    .join('\n');
}

/**
 * Stage 1 for a PDF, last step: the cells of every page as tab-separated text, one line per table
 * row, the layout the form parsers already read for exports that keep cells apart. The text is
 * also what the site shows as the PDF's source text, so the line numbers a record cites are the
 * lines of this rendering; `places` says on which page, and where, each line was printed.
 */

import type { PrintedPlace } from '../../schema/index.ts';
import { joinWrapped } from '../lines.ts';
import { type Box, boxUnion, type PageCell, type PageLayout, type TextLine } from './cells.ts';

export interface PdfRendering {
  text: string;
  /** Number of pages read. */
  pages: number;
  /** One entry per line of `text`: `places[n - 1]` is where line n was printed (two pages for a cut row). */
  places: PrintedPlace[][];
}

/** Where a union of boxes starts: nothing yet (page coordinates are never negative). */
const EMPTY_BOX: Box = { x0: Number.POSITIVE_INFINITY, y0: Number.POSITIVE_INFINITY, x1: 0, y1: 0 };

/** Rows whose top edges are this close are one row (borders snap to the same grid line). */
const SAME_ROW = 1.5;

interface RenderedRow {
  fields: PageCell[][];
  box: Box;
  cut: boolean;
}

interface OutputLine {
  text: string;
  places: PrintedPlace[];
  /** The table row behind the line, while its continuation on the next page may still come. */
  row?: RenderedRow;
}

export function renderPages(pages: readonly PageLayout[]): PdfRendering {
  const out: OutputLine[] = [];
  const seenRows = new Set<string>();
  /** The last table row written, which the next page may continue. */
  let lastRow: OutputLine | null = null;
  for (const page of pages) {
    const rows = rowsOf(page.cells);
    const items = [
      ...page.freeLines.map((line) => ({ y: line.y0, line: { text: line.text, places: [place(page, line)] } })),
      ...rows.map((row) => ({ y: row.box.y0, line: { text: rowText(row), places: [place(page, row.box)], row } })),
    ].sort((a, b) => a.y - b.y);
    let cut = lastRow?.row?.cut ? lastRow : null;
    for (const { line } of items) {
      const { row } = line as OutputLine;
      if (!row) {
        out.push(line);
        continue;
      }
      if (cut && seenRows.has(line.text)) {
        // The table header, repeated at the top of the page: furniture, kept as printed.
        out.push(line);
        continue;
      }
      if (cut?.row && cut.row.fields.length === row.fields.length) {
        // The rest of the row the page break cut: its cells continue the cells above, field by field.
        cut.row = joinRows(cut.row, row);
        cut.text = rowText(cut.row);
        cut.places.push(...line.places);
      } else {
        seenRows.add(line.text);
        out.push(line);
        lastRow = line;
      }
      cut = null;
    }
  }
  return { text: out.map((l) => `${l.text}\n`).join(''), pages: pages.length, places: out.map((l) => l.places) };
}

const place = (page: PageLayout, b: Box): PrintedPlace => ({
  page: page.page,
  box: [round(b.x0), round(b.y0), round(b.x1), round(b.y1)],
});

/**
 * Cells grouped into rows by their top edge. A cell that spans rows (a merged label) gives its
 * text to the first of them and an empty field to the others, so every field stays in its column.
 */
function rowsOf(cells: readonly PageCell[]): RenderedRow[] {
  const rows: PageCell[][] = [];
  for (const cell of cells) {
    const row = rows.find((r) => Math.abs((r[0]?.y0 ?? Number.NaN) - cell.y0) <= SAME_ROW);
    if (row) row.push(cell);
    else rows.push([cell]);
  }
  rows.sort((a, b) => (a[0]?.y0 ?? 0) - (b[0]?.y0 ?? 0));
  return rows.map((row, index) => {
    const top = row[0]?.y0 ?? 0;
    // Cells of earlier rows that reach down into this one hold an empty place in it.
    const spanning = cells.filter((c) => c.y0 < top - SAME_ROW && c.y1 > top + SAME_ROW);
    const placed = [...row.map((c) => ({ cell: c, own: true })), ...spanning.map((c) => ({ cell: c, own: false }))];
    placed.sort((a, b) => a.cell.x0 - b.cell.x0);
    const box = row.reduce<Box>(boxUnion, EMPTY_BOX);
    return {
      fields: placed.map((p) => (p.own ? [p.cell] : [])),
      box,
      // Only a row cut through all its cells goes on; a merged label reaching past the page does not make one.
      cut: index === rows.length - 1 && row.every((c) => c.cut),
    };
  });
}

const rowText = (row: RenderedRow): string => row.fields.map(fieldText).join('\t');

const joinRows = (above: RenderedRow, below: RenderedRow): RenderedRow => ({
  fields: above.fields.map((cells, i) => [...cells, ...(below.fields[i] ?? [])]),
  box: above.box,
  cut: below.cut,
});

/** The text of one field: its cell, or a cell and its continuation on the next page, as one. */
const fieldText = (cells: readonly PageCell[]): string => {
  const [first] = cells;
  if (!first) return '';
  return cellText({
    ...first,
    lines: cells.flatMap((c) => c.lines.map((l) => ({ ...l, x0: l.x0 - c.x0 + first.x0, x1: l.x1 - c.x0 + first.x0 }))),
  });
};

/**
 * A cell's lines joined as a PDF wraps them. Where a line stops well short of the cell's right edge
 * and more follows, a paragraph ended there; paragraphs are written as `<p>` elements, as exports
 * that keep a spreadsheet's HTML write them, with `&`, `<` and `>` of the text escaped.
 */
export function cellText(cell: PageCell): string {
  const paragraphs: TextLine[][] = [[]];
  cell.lines.forEach((line, i) => {
    paragraphs.at(-1)?.push(line);
    const next = cell.lines[i + 1];
    if (next && endsParagraph(line, next, cell)) paragraphs.push([]);
  });
  const texts = paragraphs.map((p) => joinWrapped(p.map((l) => l.text)));
  if (texts.length === 1) return texts[0] ?? '';
  return texts.map((t) => `<p>${t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}</p>`).join('');
}

/**
 * A wrapped line stops only where the next line's first unbreakable piece (one character, with a
 * closing mark that may not open a line; or a whole number or Latin word) did not fit. A line that
 * left room for that piece ended its paragraph. The cell's right padding is taken to equal its left.
 */
function endsParagraph(line: TextLine, next: TextLine, cell: Box): boolean {
  const contentRight = cell.x1 - Math.max(0, line.x0 - cell.x0);
  return contentRight - line.x1 > firstPieceWidth(next) + line.size;
}

/** Opening brackets, one character or a Latin run, then the marks that may not start a line. */
const FIRST_PIECE = /^[（(《“‘「『【[〔]*(?:[\x21-\x7e]+|.)[）)》”’」』】\]〕、，。；：！？%％]*/u;

/** How wide the piece of `line` that a line break cannot split is, in points (Latin at 0.6 em). */
function firstPieceWidth(line: TextLine): number {
  const piece = FIRST_PIECE.exec(line.text)?.[0] ?? '';
  return [...piece].reduce((w, ch) => w + (ch <= '\x7e' ? 0.6 : 1) * line.size, 0);
}

const round = (n: number): number => Math.round(n * 10) / 10;

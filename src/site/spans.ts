/** Where each part of a record was read from, as its pages cite it: the source lines and, for a PDF, the pages. */
import type { BudgetRecord, LineRange } from '../schema/index.ts';

/** An inclusive range of 1-based page numbers of a PDF. */
export interface PageRange {
  from: number;
  to: number;
}

/** A part's place in its source, as a page cites it (原文行号). */
export interface SourceSpan {
  /** The record whose source text page holds the lines; null when that text is not published: the lines are then plain text. */
  recordId: string | null;
  /** The lines of the source text (for a PDF: of its text rendering). */
  lines: LineRange;
  /** For a record read from a PDF: the first and last page those lines were printed on, from `source.pdf`; null for a text. */
  pages: PageRange | null;
}

/**
 * The pages the lines `from`–`to` of a PDF's rendering were printed on: from the first page of the
 * first line to the last page of the last line (a row a page break cut was printed on two).
 */
function pagesOf(pdf: NonNullable<BudgetRecord['source']['pdf']>, lines: LineRange): PageRange | null {
  const pages = pdf.printed.slice(lines.from - 1, lines.to).flatMap((places) => places.map((p) => p.page));
  return pages.length === 0 ? null : { from: Math.min(...pages), to: Math.max(...pages) };
}

/** The span of each line range of `record`, linking to its source text page when `published`. */
export function spansOf(
  record: Pick<BudgetRecord, 'id' | 'source'>,
  published: boolean,
): (lines: LineRange) => SourceSpan {
  const recordId = published ? record.id : null;
  const { pdf } = record.source;
  return (lines) => ({ recordId, lines, pages: pdf ? pagesOf(pdf, lines) : null });
}

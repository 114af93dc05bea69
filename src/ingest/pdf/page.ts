/**
 * What the reader takes from each PDF page: glyphs and ruling lines, in points, from the page's
 * top-left corner (y grows downwards, as a reader scans the page).
 */

/** One character as placed on the page. */
export interface PdfGlyph {
  /** The character (Kangxi radicals already mapped to the ideographs they stand for; any white space as ' '). */
  text: string;
  /** Left and right edge of its advance box. */
  x0: number;
  x1: number;
  /** Top and bottom of its em box (ascent to descent). */
  top: number;
  bottom: number;
  /** Font size on the page, in points. */
  size: number;
}

/** A drawn horizontal (y0 = y1) or vertical (x0 = x1) line: a table border. */
export interface PdfRule {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface PdfPage {
  /** 1-based page number. */
  number: number;
  width: number;
  height: number;
  glyphs: PdfGlyph[];
  rules: PdfRule[];
  /** Images painted on the page: a page of images and no glyphs is a scan. */
  images: number;
}

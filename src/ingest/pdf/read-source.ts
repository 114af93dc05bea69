/**
 * A published PDF → the text rendering the form parsers read (one line per table row, cells
 * apart by tabs) and where each line was printed. A PDF that cannot give that text ends here in a
 * one-line error that names the page.
 */
import { InputError } from '../errors.ts';
import { layoutPage } from './cells.ts';
import { readPdfPages } from './read-pdf.ts';
import { type PdfRendering, renderPages } from './render.ts';

export const isPdf = (bytes: Uint8Array): boolean =>
  bytes.length >= 5 && String.fromCharCode(...bytes.subarray(0, 5)) === '%PDF-';

export async function readPdfSource(bytes: Uint8Array): Promise<PdfRendering> {
  const pages = await readPdfPages(bytes);
  // A blank page is harmless; a page of images without text would silently lose its rows.
  const scanned = pages.find((p) => p.glyphs.length === 0 && p.images > 0);
  if (scanned || pages.every((p) => p.glyphs.length === 0)) {
    throw new InputError(
      `PDF 第 ${scanned?.number ?? 1} 页没有文字层（可能是扫描件或图片）：请使用可复制文字的 PDF，或先做文字识别（OCR）再转成文本`,
    );
  }
  const layouts = pages.map(layoutPage);
  if (layouts.every((l) => l.cells.length === 0)) {
    throw new InputError('PDF 中没有画出表格线：无法按单元格读取，请改用 pdftotext -raw 转成的文本');
  }
  return renderPages(layouts);
}

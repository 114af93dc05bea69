/**
 * Stage 1 (read), whole: a source file's bytes → its text, encoding, numbered lines and SHA-256.
 * The ingest reads documents with it, and the site reads the same files with it for the source
 * text pages: line n and the hash mean the same thing on both sides.
 *
 * A PDF's text is the rendering of its table cells (src/ingest/pdf/): one line per table row,
 * with the page and position each line was printed at.
 */
import { createHash } from 'node:crypto';
import type { PrintedPlace } from '../schema/index.ts';
import { decodeSource } from './decode.ts';
import { type SourceLine, splitLines } from './lines.ts';
import { isPdf, readPdfSource } from './pdf/read-source.ts';

export interface SourceContent {
  text: string;
  /** How the bytes became text: decoded as UTF-8 or GBK/GB18030, or read from a PDF's cells. */
  encoding: 'utf-8' | 'gb18030' | 'pdf';
  /** The text's lines, numbered from 1 as an editor shows them. */
  lines: SourceLine[];
  /** SHA-256 of the bytes (lower-case hex): a record's `source.sha256`. */
  sha256: string;
  /** A PDF's pages, and where each line was printed: `printed[n - 1]` for line n. */
  pdf?: { pages: number; printed: PrintedPlace[][] };
}

/** The page each line of a PDF's text rendering starts on: `linePages(pdf)[n - 1]` for line n. */
export const linePages = (pdf: NonNullable<SourceContent['pdf']>): number[] =>
  pdf.printed.map((places) => places[0]?.page ?? 1);

const sha256Of = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** A text file. Throws InputError (with a line where there is one) for an empty, binary or undecodable file. */
export function readTextSource(bytes: Uint8Array): SourceContent {
  const sha256 = sha256Of(bytes);
  const { text, encoding } = decodeSource(bytes);
  return { text, encoding, lines: splitLines(text), sha256 };
}

/** A PDF or a text file; a PDF that cannot be read by its cells throws InputError naming the page. */
export async function readSource(bytes: Uint8Array): Promise<SourceContent> {
  if (!isPdf(bytes)) return readTextSource(bytes);
  const sha256 = sha256Of(bytes);
  const rendering = await readPdfSource(bytes);
  return {
    text: rendering.text,
    encoding: 'pdf',
    lines: splitLines(rendering.text),
    sha256,
    pdf: { pages: rendering.pages, printed: rendering.places },
  };
}

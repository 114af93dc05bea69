/**
 * Stage 1 (read), whole: a source file's bytes → its text, encoding, numbered lines and SHA-256.
 * The ingest reads documents with it, and the site reads the same files with it for the source
 * text pages: line n and the hash mean the same thing on both sides.
 */
import { createHash } from 'node:crypto';
import { type DecodedText, decodeSource } from './decode.ts';
import { type SourceLine, splitLines } from './lines.ts';

export interface SourceContent extends DecodedText {
  /** The text's lines, numbered from 1 as an editor shows them. */
  lines: SourceLine[];
  /** SHA-256 of the bytes (lower-case hex): a record's `source.sha256`. */
  sha256: string;
}

/** Throws InputError (with a line where there is one) for an empty, binary or undecodable file. */
export function readSource(bytes: Uint8Array): SourceContent {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const { text, encoding } = decodeSource(bytes);
  return { text, encoding, lines: splitLines(text), sha256 };
}

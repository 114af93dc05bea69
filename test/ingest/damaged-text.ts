/**
 * A property shared by the column-aligned readers' tests: a fixture text with lines lost, repeated
 * or shifted (as a careless copy or another extractor version makes them) is read into a valid
 * record of its form or refused with an InputError that names a line, never anything else.
 */
import fc from 'fast-check';
import { expect } from 'vitest';
import { parseDocument } from '../../src/ingest/document.ts';
import { InputError } from '../../src/ingest/errors.ts';
import type { ManifestEntry } from '../../src/ingest/manifest.ts';
import { readTextSource } from '../../src/ingest/source-text.ts';

/** One damage to a text: a line dropped, a line repeated, or a line shifted right by 1–4 spaces. */
export const lineEdit = fc.oneof(
  fc.record({ kind: fc.constant('drop' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('repeat' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('shift' as const), at: fc.nat(), by: fc.integer({ min: 1, max: 4 }) }),
);

type LineEdit = typeof lineEdit extends fc.Arbitrary<infer E> ? E : never;

/** `text` with `edits` applied, read as `entry`: a record of the entry's form, or a refusal naming a line. */
export function expectRecordOrLineError(
  entry: ManifestEntry & { form: string },
  text: string,
  edits: readonly LineEdit[],
): void {
  const lines = text.split('\n');
  for (const e of edits) {
    const at = e.at % lines.length;
    if (e.kind === 'drop') lines.splice(at, 1);
    else if (e.kind === 'repeat') lines.splice(at, 0, lines[at] ?? '');
    else lines[at] = ' '.repeat(e.by) + (lines[at] ?? '');
  }
  try {
    const { record } = parseDocument(entry, readTextSource(Buffer.from(lines.join('\n'), 'utf8')));
    expect(record.form).toBe(entry.form);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).line).toEqual(expect.any(Number));
  }
}

/**
 * Property: whatever is done to a sample (cut, lines shuffled, garbage bytes injected,
 * separators changed), parseDocument returns a schema-valid record or throws an InputError
 * that names a line; it never throws anything else.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/ingest/document.ts';
import { InputError } from '../../src/ingest/errors.ts';
import { budgetRecord } from '../../src/schema/index.ts';
import { MANIFEST, sampleBytes } from './helpers.ts';

const SEPARATORS: Array<[RegExp, string]> = [
  [/；/g, ';'],
  [/：/g, ':'],
  [/\t/g, '  '],
  [/、/g, '.'],
  [/,/g, '，'],
];

type Mangle = (bytes: Uint8Array) => Uint8Array;
const utf8 = (s: string) => new TextEncoder().encode(s);
const text = (b: Uint8Array) => new TextDecoder().decode(b);

const mangle: fc.Arbitrary<Mangle> = fc.oneof(
  fc.tuple(fc.nat(), fc.nat()).map(
    ([a, b]): Mangle =>
      (bytes) =>
        bytes.slice(Math.min(a, b) % (bytes.length + 1), Math.max(a, b) % (bytes.length + 1)),
  ),
  fc.integer({ min: 1, max: 2 ** 31 - 1 }).map(
    (seed): Mangle =>
      (bytes) => {
        const lines = text(bytes).split('\n');
        let s = seed;
        for (let i = lines.length - 1; i > 0; i--) {
          s = (s * 1103515245 + 12345) % 2 ** 31;
          const j = s % (i + 1);
          [lines[i], lines[j]] = [lines[j]!, lines[i]!];
        }
        return utf8(lines.join('\n'));
      },
  ),
  fc.tuple(fc.nat(), fc.uint8Array({ minLength: 1, maxLength: 16 })).map(
    ([at, junk]): Mangle =>
      (bytes) => {
        const i = at % (bytes.length + 1);
        return new Uint8Array([...bytes.slice(0, i), ...junk, ...bytes.slice(i)]);
      },
  ),
  fc.subarray(SEPARATORS, { minLength: 1 }).map(
    (pairs): Mangle =>
      (bytes) =>
        utf8(pairs.reduce((t, [re, to]) => t.replace(re, to), text(bytes))),
  ),
  fc.tuple(fc.nat(), fc.string({ maxLength: 40 })).map(
    ([at, line]): Mangle =>
      (bytes) => {
        const lines = text(bytes).split('\n');
        lines.splice(at % (lines.length + 1), 0, line);
        return utf8(lines.join('\n'));
      },
  ),
);

describe('parseDocument on mangled samples', () => {
  for (const entry of MANIFEST.documents) {
    it(`${entry.file}: returns a valid record or a clear InputError`, () => {
      const original = sampleBytes(entry.file);
      fc.assert(
        fc.property(fc.array(mangle, { minLength: 1, maxLength: 3 }), (steps) => {
          const bytes = steps.reduce<Uint8Array>((b, step) => step(b), new Uint8Array(original));
          try {
            const { record } = parseDocument(entry, bytes);
            expect(budgetRecord.safeParse(record).success).toBe(true);
          } catch (error) {
            expect(error).toBeInstanceOf(InputError);
            expect((error as InputError).message.length).toBeGreaterThan(0);
          }
        }),
        { numRuns: 150, seed: 20261123 },
      );
    });
  }
});

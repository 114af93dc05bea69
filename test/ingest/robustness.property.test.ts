/**
 * Property: whatever is done to a sample (cut, lines shuffled, garbage bytes injected,
 * separators changed), the ingest run either writes a schema-valid record or reports one error
 * that names the file and a line of it (the console shows `✗ <file>:<line>: …`); it never fails
 * with anything else. Only an empty file has no line to name.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runIngest } from '../../src/ingest/run.ts';
import { summaryLines } from '../../src/ingest/summary.ts';
import { budgetRecord } from '../../src/schema/index.ts';
import { MANIFEST, sampleBytes } from './helpers.ts';
import { memoryEffects } from './memory-effects.ts';

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

/** Lines as an editor counts them, in any encoding (line ends are the same bytes in UTF-8 and GBK). */
const lineCount = (bytes: Uint8Array): number =>
  Buffer.from(bytes)
    .toString('latin1')
    .split(/\r\n|\r|\n/).length;

describe('the ingest run on mangled samples', () => {
  for (const entry of MANIFEST.documents) {
    it(`${entry.file}: writes a valid record or reports an error naming the file and a line`, async () => {
      const original = sampleBytes(entry.file);
      await fc.assert(
        fc.asyncProperty(fc.array(mangle, { minLength: 1, maxLength: 3 }), async (steps) => {
          const bytes = steps.reduce<Uint8Array>((b, step) => step(b), new Uint8Array(original));
          const { fx, text } = memoryEffects({
            'src/manifest.json': JSON.stringify({ documents: [entry] }),
            [`src/${entry.file}`]: bytes,
          });
          // Anything but an input problem is thrown, and fails the property.
          const result = await runIngest({ sourcesDir: 'src', outDir: 'out' }, fx);
          const [error, ...more] = result.errors;
          if (!error) {
            expect(result.written).toHaveLength(1);
            expect(budgetRecord.safeParse(JSON.parse(text(`out/${result.written[0]}`))).success).toBe(true);
            return;
          }
          expect(more).toEqual([]);
          expect(error.file).toBe(entry.file);
          expect(error.message.length).toBeGreaterThan(0);
          if (bytes.length === 0) {
            expect(error.line).toBeNull();
          } else {
            const lines = lineCount(bytes);
            expect(error.line, `${error.message} (${lines} lines)`).toBeTypeOf('number');
            expect(error.line).toBeGreaterThanOrEqual(1);
            expect(error.line).toBeLessThanOrEqual(lines);
            expect(summaryLines(result, 'out')).toContain(`✗ ${entry.file}:${error.line}: ${error.message}`);
          }
        }),
        { numRuns: 150, seed: 20261123 },
      );
      // 150 runs on 004 take about 2 s alone, 5–7 s on a busy machine.
    }, 60_000);
  }
});

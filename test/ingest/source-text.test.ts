/** One reader of source files for the ingest and the site: text, encoding, numbered lines, SHA-256. */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toSourceText } from '../../src/collections/sources.ts';
import { InputError } from '../../src/ingest/errors.ts';
import { readTextSource } from '../../src/ingest/source-text.ts';
import { MANIFEST, parseSample, sampleBytes } from './helpers.ts';

describe('readSource', () => {
  it.each(MANIFEST.documents.map((d) => [d.file.slice(0, 3)]))(
    'sample %s: what its record says of its source, and what its source text page shows',
    async (prefix) => {
      const { record } = parseSample(prefix);
      const bytes = sampleBytes(record.source.file);
      const source = readTextSource(bytes);
      expect(source.sha256).toBe(record.source.sha256);
      expect(source.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
      expect(source.lines).toHaveLength(record.source.lineCount);
      expect(source.lines[record.lines.from - 1]!.text).toContain(record.department);
      expect(source.encoding).toBe('utf-8');
      expect(source.text).toBe(bytes.toString('utf8'));
      const page = await toSourceText(record, bytes);
      expect([page.encoding, page.lines]).toEqual([source.encoding, source.lines.map((l) => l.text)]);
    },
  );

  it('reads a GBK file, and refuses what is not text with the ingest’s own error', () => {
    const gbk = readTextSource(readFileSync('test/fixtures/sources/gbk-department.txt'));
    expect(gbk.encoding).toBe('gb18030');
    expect(gbk.lines.some((l) => l.text.startsWith('部门名称'))).toBe(true);
    expect(() => readTextSource(new Uint8Array())).toThrow(InputError);
  });
});

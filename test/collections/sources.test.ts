import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSourceText, sourceFiles, toSourceText } from '../../src/collections/sources.ts';
import { parseDocument } from '../../src/ingest/document.ts';
import { readSource, readTextSource } from '../../src/ingest/source-text.ts';
import { allProjects, MANIFEST, parseSample, SOURCES_DIR, sampleBytes } from '../ingest/helpers.ts';

const samples = MANIFEST.documents.map((entry) => ({ entry, bytes: sampleBytes(entry.file) }));

describe('toSourceText', () => {
  it.each(samples.map((s) => [s.entry.file, s] as const))(
    'numbers the lines of %s as its record does',
    async (_, { entry, bytes }) => {
      const { record } = parseDocument(entry, readTextSource(bytes));
      const data = await toSourceText(record, bytes);
      expect(data.recordId).toBe(record.id);
      expect(data.lines).toHaveLength(record.source.lineCount);
      expect(data.lines[record.lines.from - 1]).toContain(record.department);
    },
  );

  it('puts every project of the samples on a line that starts its name', async () => {
    for (const prefix of ['001', '003', '004']) {
      const { record } = parseSample(prefix);
      const data = await toSourceText(record, sampleBytes(record.source.file));
      for (const p of allProjects(record))
        expect(data.lines[p.lines.from - 1], `${prefix} ${p.name}`).toContain(p.name.slice(0, 2));
    }
    const { record } = parseSample('004');
    const { lines } = await toSourceText(record, sampleBytes(record.source.file));
    expect(lines[1476]).toBe('    002604 2.88 2.88 通过采购一批软件，保障单位办公需求。');
  });

  it('decodes a GBK file as the ingest did', async () => {
    const bytes = readFileSync('test/fixtures/sources/gbk-department.txt');
    const { record } = parseDocument(
      { file: 'gbk-department.txt', year: 2025, jurisdiction: '海珠区' },
      readTextSource(bytes),
    );
    const data = await toSourceText(record, bytes);
    expect(data.encoding).toBe('gb18030');
    expect(data.lines[record.lines.from - 1]).toContain(record.department);
  });

  it('refuses bytes other than those the record was read from, naming the file and the fix', async () => {
    const { entry, bytes } = samples[0]!;
    const { record } = parseDocument(entry, readTextSource(bytes));
    const edited = Buffer.concat([bytes, Buffer.from('\n')]);
    await expect(toSourceText(record, edited)).rejects.toThrow(
      `${entry.file} has changed since record ${record.id} was read from it; re-run npm run ingest`,
    );
    // Bytes that no longer decode are changed bytes too, not a reason to blame the text.
    await expect(toSourceText(record, new Uint8Array())).rejects.toThrow(`${entry.file} has changed since record`);
    await expect(toSourceText(record, Buffer.from([0x61, 0x00]))).rejects.toThrow(
      `${entry.file} has changed since record`,
    );
  });
});

describe('sourceFiles', () => {
  it('gives the path of each record whose file is present and warns about a record whose file is missing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sources-'));
    const [a, b] = samples.slice(0, 2).map(({ entry, bytes }) => parseDocument(entry, readTextSource(bytes)).record);
    writeFileSync(join(dir, b!.source.file), sampleBytes(b!.source.file));
    const warnings: string[] = [];
    expect([...sourceFiles([b!, a!], dir, (m) => warnings.push(m))]).toEqual([[b!.id, join(dir, b!.source.file)]]);
    expect(warnings).toEqual([
      `1 of 2 source texts are not in ${dir} (${a!.source.file}): their line numbers are shown without links`,
    ]);
    expect([...sourceFiles([a!, b!], SOURCES_DIR, () => {}).keys()]).toEqual([a!.id, b!.id]);
  });

  it('names at most five missing files in its one warning', () => {
    const { record } = parseSample('000');
    const records = Array.from({ length: 7 }, (_, i) => ({
      ...record,
      id: `r${i}`,
      source: { ...record.source, file: `f${i}.txt` },
    }));
    const warnings: string[] = [];
    expect(sourceFiles(records, SOURCES_DIR, (m) => warnings.push(m)).size).toBe(0);
    expect(warnings).toEqual([
      `7 of 7 source texts are not in ${SOURCES_DIR} (f0.txt, f1.txt, f2.txt, f3.txt, f4.txt, …): their line numbers are shown without links`,
    ]);
  });
});

describe('readSourceText', () => {
  it('reads the file at the path when the page renders, and refuses a file that changed', async () => {
    const { entry, bytes } = samples[0]!;
    const { record } = parseDocument(entry, readTextSource(bytes));
    const text = await readSourceText(record, join(SOURCES_DIR, entry.file));
    expect(text.lines).toHaveLength(record.source.lineCount);
    const dir = mkdtempSync(join(tmpdir(), 'sources-'));
    writeFileSync(join(dir, entry.file), Buffer.concat([bytes, Buffer.from('\n')]));
    await expect(readSourceText(record, join(dir, entry.file))).rejects.toThrow(
      `${entry.file} has changed since record ${record.id} was read from it; re-run npm run ingest`,
    );
  });
});

// Reading a PDF loads pdf.js (about a second) and reads 31 pages: more than 5 s on a busy machine.
describe('toSourceText of a PDF', { timeout: 60_000 }, () => {
  it('gives the text rendering the record cites, with the page each line starts on', async () => {
    const bytes = readFileSync('test/fixtures/forms/pdf/centred/004.pdf');
    const entry = { file: '004.pdf', year: 2025, jurisdiction: '广州市' };
    const { record } = parseDocument(entry, await readSource(bytes));
    const data = await toSourceText(record, bytes);
    expect(data.encoding).toBe('pdf');
    expect(data.lines).toHaveLength(record.source.lineCount);
    expect(data.pages).toHaveLength(record.source.lineCount);
    expect([data.pages?.[0], data.pages?.at(-1)]).toEqual([1, 31]);
    for (const p of allProjects(record)) expect(data.lines[p.lines.from - 1]?.startsWith(`${p.name}\t`)).toBe(true);
  });
});

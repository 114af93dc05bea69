import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runIngest } from '../../src/ingest/run.ts';
import { summaryLines } from '../../src/ingest/summary.ts';
import { MANIFEST, RECORDS_DIR, sampleBytes } from './helpers.ts';
import { memoryEffects } from './memory-effects.ts';

const OPTIONS = { sourcesDir: 'src', outDir: 'out' };

function samples(documents = MANIFEST.documents, extra: Record<string, Uint8Array | string> = {}) {
  const files: Record<string, Uint8Array | string> = { 'src/manifest.json': JSON.stringify({ documents }) };
  for (const d of documents) if (MANIFEST.documents.includes(d)) files[`src/${d.file}`] = sampleBytes(d.file);
  return memoryEffects({ ...files, ...extra });
}

describe('runIngest', () => {
  it('writes one record per sample; a second run writes byte-identical files', async () => {
    const first = samples();
    const result = await runIngest(OPTIONS, first.fx);
    expect(result.errors).toEqual([]);
    expect(result.written).toEqual(readdirSync(RECORDS_DIR).sort());
    const again = samples();
    await runIngest(OPTIONS, again.fx);
    for (const name of result.written) expect(again.text(`out/${name}`)).toBe(first.text(`out/${name}`));
  });

  it('the committed records under content/records are current (re-ingesting changes nothing)', async () => {
    const { fx, text } = samples();
    const result = await runIngest(OPTIONS, fx);
    for (const name of result.written)
      expect(text(`out/${name}`), `${name} is stale: run npm run ingest`).toBe(
        readFileSync(`${RECORDS_DIR}${name}`, 'utf8'),
      );
  });

  it('accounts for every non-blank source line: in a record or recognised as form furniture', async () => {
    const result = await runIngest(OPTIONS, samples().fx);
    expect(
      result.documents.map((d) => [d.file, d.lines.nonBlank, d.lines.inRecord + d.lines.layout, d.lines.unrecognized]),
    ).toEqual(
      MANIFEST.documents.map((d) => {
        const nonBlank = sampleBytes(d.file)
          .toString('utf8')
          .split('\n')
          .filter((l) => l.trim() !== '').length;
        return [d.file, nonBlank, nonBlank, 0];
      }),
    );
  });

  it('bad input: one clear line per problem, the other documents still written, last good records kept', async () => {
    const bad = [
      { file: 'empty.txt', year: 2025, jurisdiction: '海珠区' },
      { file: 'binary.txt', year: 2025, jurisdiction: '海珠区' },
      { file: 'untitled.txt', year: 2025, jurisdiction: '海珠区' },
      { file: 'bad-amount.txt', year: 2025, jurisdiction: '海珠区' },
      { file: 'missing.txt', year: 2025, jurisdiction: '海珠区' },
    ];
    const good = MANIFEST.documents.slice(0, 2);
    const badAmount = sampleBytes(good[1]!.file).toString('utf8').replace('425.00\t425.00', '42x.00\t425.00');
    const { fx, files, text } = samples([...good, ...bad], {
      'src/empty.txt': '',
      'src/binary.txt': new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x01]),
      'src/untitled.txt': '一些文字\n没有标题\n',
      'src/bad-amount.txt': badAmount.replace('琶洲人工智能', '琶洲人工'),
      'src/stray.txt': 'not listed',
      'out/2025-d-old-overall.json': JSON.stringify({ source: { file: 'bad-amount.txt' } }),
      'out/2025-d-gone-overall.json': JSON.stringify({ source: { file: 'removed.txt' } }),
    });
    const result = await runIngest(OPTIONS, fx);
    expect(result.errors.map((e) => [e.file, e.line])).toEqual([
      ['stray.txt', null],
      ['empty.txt', null],
      ['binary.txt', 1],
      ['untitled.txt', 1],
      ['bad-amount.txt', 12],
      ['missing.txt', null],
    ]);
    expect(result.errors[4]!.message).toContain('「42x.00」不是数字');
    expect(result.written).toHaveLength(2);
    expect(result.kept).toEqual(['2025-d-old-overall.json']);
    expect(files.has('out/2025-d-gone-overall.json')).toBe(false);
    expect(text('out/2025-d-old-overall.json')).toContain('bad-amount.txt');
    const summary = summaryLines(result, 'out');
    expect(summary).toContain('✗ bad-amount.txt:12: 金额「42x.00」不是数字：应为如 1,234.56 的万元金额');
    expect(summary[summary.length - 1]).toBe('8 份文件：写入 2 条记录到 out，失败 6');
  });

  it('decodes a GBK file and says so in a finding', async () => {
    const entry = MANIFEST.documents[0]!;
    // Sample 000 converted with `iconv -t GBK`, as a Windows export tool would write it.
    const fixture = readFileSync(new URL('../fixtures/sources/gbk-department.txt', import.meta.url));
    const { fx, text } = samples([{ ...entry, file: 'gbk.txt' }], { 'src/gbk.txt': fixture });
    const result = await runIngest(OPTIONS, fx);
    expect(result.errors).toEqual([]);
    const record = JSON.parse(text(`out/${result.written[0]}`));
    expect(record.department).toBe('广州琶洲人工智能与数字经济试验区管理委员会');
    expect(record.findings[0]).toMatchObject({ code: 'encoding-gbk', severity: 'info' });
  });

  it('a missing or malformed manifest is one clear error', async () => {
    expect((await runIngest(OPTIONS, memoryEffects().fx)).errors[0]!.message).toMatch(/找不到清单/);
    const bad = memoryEffects({ 'src/manifest.json': '{"documents":[{"file":"a.txt"}]}' });
    expect((await runIngest(OPTIONS, bad.fx)).errors[0]!.message).toMatch(/清单格式不符（documents\.0\.year/);
  });
});

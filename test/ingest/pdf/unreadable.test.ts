/**
 * A PDF the ingest cannot read by its cells ends in one line naming the file and page, and the
 * other documents of the run are still ingested.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runIngest } from '../../../src/ingest/run.ts';
import { summaryLines } from '../../../src/ingest/summary.ts';
import { FORMS_DIR } from '../../fixtures/forms/samples.ts';
import { UNREADABLE_DIR } from '../../fixtures/forms/unreadable.ts';
import { memoryEffects } from '../memory-effects.ts';

const good = readFileSync(join(FORMS_DIR, 'pdf', 'centred', '001.pdf'));
const bad = (name: string) => readFileSync(join(UNREADABLE_DIR, name));
const entry = (file: string) => ({ file, year: 2025, jurisdiction: '海珠区' });

// Five PDFs through the real run, pdf.js loaded first: more than 5 s on a busy machine.
describe('PDFs that cannot be read by their cells', { timeout: 60_000 }, () => {
  it('each ends in one line naming the file and page; the good PDF beside them is ingested', async () => {
    const files = {
      'good.pdf': good,
      'scan.pdf': bad('scan.pdf'),
      'encrypted.pdf': bad('encrypted.pdf'),
      'foreign-table.pdf': bad('foreign-table.pdf'),
      // A download cut off half-way.
      'truncated.pdf': good.subarray(0, Math.floor(good.length / 2)),
    };
    const { fx } = memoryEffects({
      'src/manifest.json': JSON.stringify({ documents: Object.keys(files).map(entry) }),
      ...Object.fromEntries(Object.entries(files).map(([name, bytes]) => [`src/${name}`, bytes])),
    });
    const result = await runIngest({ sourcesDir: 'src', outDir: 'out' }, fx);
    expect(result.written).toEqual(['2025-d-5b978d82ff-projects.json']);
    const errors = summaryLines(result, 'out').filter((l) => l.startsWith('✗'));
    expect(errors).toEqual([
      '✗ scan.pdf: PDF 第 1 页没有文字层（可能是扫描件或图片）：请使用可复制文字的 PDF，或先做文字识别（OCR）再转成文本',
      '✗ encrypted.pdf: PDF 已加密，需要密码才能打开：请使用未加密的公开版本',
      '✗ foreign-table.pdf:1（第 1 页）: 未知的表格类型：应有标题「部门整体预算绩效目标申报表」或「项目支出绩效目标表」，或在清单中注明 form',
      '✗ truncated.pdf: PDF 文件不完整（结尾缺少 %%EOF，可能下载中断）：请重新下载原文件',
    ]);
  });
});

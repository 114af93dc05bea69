/** corrections.csv from a sample ingested with the fixture corrections (test/fixtures/corrections/). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readRecords } from '../../src/collections/records.ts';
import { runIngest } from '../../src/ingest/run.ts';
import { correctionsCsv } from '../../src/opendata/corrections.ts';
import { dataPackage } from '../../src/opendata/datapackage.ts';
import type { BudgetRecord } from '../../src/schema/index.ts';
import { entryFor, RECORDS_DIR, sampleBytes } from '../ingest/helpers.ts';
import { memoryEffects } from '../ingest/memory-effects.ts';

const S003 = entryFor('003');

async function corrected003(): Promise<BudgetRecord> {
  const { fx, text } = memoryEffects({
    'src/manifest.json': JSON.stringify({ documents: [S003] }),
    [`src/${S003.file}`]: sampleBytes(S003.file),
    [`src/${S003.file}.corrections.json`]: readFileSync(
      new URL(`../fixtures/corrections/${S003.file}.corrections.json`, import.meta.url),
      'utf8',
    ),
  });
  const result = await runIngest({ sourcesDir: 'src', outDir: 'out' }, fx);
  expect(result.errors).toEqual([]);
  return JSON.parse(text(`out/${result.written[0]}`));
}

describe('corrections.csv', () => {
  it('has one row per applied correction, in source-line order, with the printed and the corrected value', async () => {
    const record = await corrected003();
    const rows = correctionsCsv([record]).split('\r\n');
    const context = '2024,黄埔区,广州开发区经济和信息化局、广州市黄埔区工业和信息化局,2024-d-d7481fd086-projects';
    const projectId = (name: string) =>
      (record.form === 'project-expenditure' ? record.units : [])
        .flatMap((u) => u.projects)
        .find((p) => p.name === name)?.id;
    expect(rows).toEqual([
      '\uFEFFyear,jurisdiction,department,record_id,part,target,project_id,field,printed,corrected,reason,line,source_file',
      `${context},project,课题研究费,${projectId('课题研究费')},fiscal,323.71,332.71,测试用：假设原件此格为 332.71，文本转换时读错,16,003_1248fddac0f7b900.txt`,
      `${context},project,课题研究费,${projectId('课题研究费')},total,323.71,332.71,测试用：假设原件此格为 332.71，文本转换时读错,16,003_1248fddac0f7b900.txt`,
      `${context},indicator,保障数量,${projectId('国际数字枢纽体验中心')},annualValue,当年接待次数≥35次,当年接待次数≥40次,测试用：假设原件的年度指标值为 40 次,19,003_1248fddac0f7b900.txt`,
      `${context},project,应急通信保障服务费,${projectId('应急通信保障服务费')},name,应急通信保障服务经费,应急通信保障服务费,测试用：假设原件的项目名称为“服务费”,20,003_1248fddac0f7b900.txt`,
      `${context},project,测试用遗漏项目,${projectId('测试用遗漏项目')},added,,测试用遗漏项目,测试用：假设文本转换时丢失了这一行,21,003_1248fddac0f7b900.txt`,
      '',
    ]);
  });

  it("is not part of the samples' data package, which have no corrections", async () => {
    const records = await readRecords(RECORDS_DIR);
    expect(correctionsCsv(records).split('\r\n')).toHaveLength(2);
    expect(dataPackage(records.map((r) => r.id)).resources.map((r) => r.name)).not.toContain('corrections');
    expect(dataPackage([], true).resources.map((r) => r.name)).toEqual([
      'projects',
      'indicators',
      'corrections',
      'records',
    ]);
  });
});

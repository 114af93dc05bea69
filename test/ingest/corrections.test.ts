/** Staff corrections through the real run: applied before reconciliation, kept on the record, never stale silently. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/ingest/document.ts';
import { projectId } from '../../src/ingest/ids.ts';
import { manifest } from '../../src/ingest/manifest.ts';
import { type IngestError, runIngest } from '../../src/ingest/run.ts';
import { readTextSource } from '../../src/ingest/source-text.ts';
import { summaryLines } from '../../src/ingest/summary.ts';
import type { BudgetRecord } from '../../src/schema/index.ts';
import { allProjects, entryFor, overall, projectForm, sampleBytes } from './helpers.ts';
import { memoryEffects } from './memory-effects.ts';

const FIXTURES = new URL('../fixtures/corrections/', import.meta.url);
const S003 = entryFor('003');
const S004 = entryFor('004');
const OPTIONS = { sourcesDir: 'src', outDir: 'out' };

const fixture = (file: string): string => readFileSync(new URL(`${file}.corrections.json`, FIXTURES), 'utf8');
const corrections = (...list: object[]): string => JSON.stringify({ corrections: list });

/** A sources folder with the given samples and, beside them, the given corrections files. */
async function ingest(documents: (typeof S003)[], files: Record<string, string>, old: Record<string, string> = {}) {
  const initial: Record<string, Uint8Array | string> = { 'src/manifest.json': JSON.stringify({ documents }), ...old };
  for (const d of documents) initial[`src/${d.file}`] = sampleBytes(d.file);
  for (const [name, text] of Object.entries(files)) initial[`src/${name}`] = text;
  const memory = memoryEffects(initial);
  const result = await runIngest(OPTIONS, memory.fx);
  const record = (name: string): BudgetRecord => JSON.parse(memory.text(`out/${name}`));
  return { result, record, memory };
}

const REC_003 = '2024-d-d7481fd086-projects.json';
const REC_004 = '2025-d-b9057aaaa8-projects.json';
const UNIT_003 = '广州开发区经济和信息化局、广州市黄埔区工业和信息化局';

describe('corrections applied', () => {
  it('overrides an amount, a name and an indicator value, adds a missing row; the unit total then reconciles', async () => {
    const { result, record } = await ingest([S003], { [`${S003.file}.corrections.json`]: fixture(S003.file) });
    expect(result.errors).toEqual([]);
    const r = projectForm(record(REC_003));
    const byName = new Map(allProjects(r).map((p) => [p.name, p]));
    const research = byName.get('课题研究费')!;
    expect(research.amounts).toEqual({
      total: 332.71,
      fiscal: 332.71,
      specialAccount: 0,
      other: 0,
      blank: ['specialAccount', 'other'],
    });
    expect(research.corrections).toEqual([
      {
        field: 'total',
        printed: 323.71,
        value: 332.71,
        reason: '测试用：假设原件此格为 332.71，文本转换时读错',
        line: 16,
      },
      {
        field: 'fiscal',
        printed: 323.71,
        value: 332.71,
        reason: '测试用：假设原件此格为 332.71，文本转换时读错',
        line: 16,
      },
    ]);
    // A typo fix keeps the id of the printed name, so the page stays where it was; the printed name is
    // listed, and the id the corrected name gives (its address before ids were kept) redirects to it.
    const renamed = byName.get('应急通信保障服务费')!;
    expect(byName.has('应急通信保障服务经费')).toBe(false);
    expect(renamed.id).toBe('p-272e9e596bda');
    expect(renamed.id).toBe(projectId(r.departmentId, UNIT_003, '应急通信保障服务经费'));
    expect(renamed.otherNames).toEqual(['应急通信保障服务经费']);
    expect(renamed.formerIds).toEqual([projectId(r.departmentId, UNIT_003, '应急通信保障服务费')]);
    expect(renamed.formerIds).toEqual(['p-da7e0436daaa']);
    expect(renamed.corrections).toEqual([
      {
        field: 'name',
        printed: '应急通信保障服务经费',
        value: '应急通信保障服务费',
        reason: '测试用：假设原件的项目名称为“服务费”',
        line: 20,
      },
    ]);
    const indicator = byName.get('国际数字枢纽体验中心')!.indicators[0]!;
    expect([indicator.annualValue, indicator.annualTarget, indicator.periodValue]).toEqual([
      '当年接待次数≥40次',
      { kind: 'measurable', comparator: '>=', value: 40, unit: '次' },
      '当年接待次数≥35次',
    ]);
    expect(indicator.corrections).toEqual([
      {
        field: 'annualValue',
        printed: '当年接待次数≥35次',
        value: '当年接待次数≥40次',
        reason: '测试用：假设原件的年度指标值为 40 次',
        line: 19,
      },
    ]);
    // Added at its line, between 应急通信保障服务费 (line 20) and 鱼珠片区… (line 22).
    const names = r.units[0]!.projects.map((p) => p.name);
    expect(names.slice(7, 10)).toEqual([
      '应急通信保障服务费',
      '测试用遗漏项目',
      '鱼珠片区数字技术应用产业平台展示中心项目',
    ]);
    expect(byName.get('测试用遗漏项目')).toEqual({
      id: projectId(r.departmentId, UNIT_003, '测试用遗漏项目'),
      name: '测试用遗漏项目',
      amounts: { total: 715, fiscal: 715, specialAccount: 0, other: 0, blank: [] },
      goal: ['测试用：假设原件第 21 行有此项目，文本转换时丢失'],
      indicators: [],
      lines: { from: 21, to: 21 },
      corrections: [
        {
          field: 'added',
          printed: null,
          value: '测试用遗漏项目',
          reason: '测试用：假设文本转换时丢失了这一行',
          line: 21,
        },
      ],
    });
    // Without corrections the unit's projects sum to 724.00 less than its total; +9.00 and +715.00 close the gap.
    expect(r.findings).toEqual([]);
  });

  it('drops a spurious row: its amount leaves the unit sum, and the drop is kept on the record', async () => {
    const drop = { kind: 'drop', line: 17, project: '中国集成电路制造年会', reason: '测试用：假设此行是重复' };
    const { result, record } = await ingest([S003], { [`${S003.file}.corrections.json`]: corrections(drop) });
    expect(result.errors).toEqual([]);
    const r = projectForm(record(REC_003));
    expect(allProjects(r).map((p) => p.name)).not.toContain('中国集成电路制造年会');
    expect(r.corrections).toEqual([
      { field: 'dropped', printed: '中国集成电路制造年会', value: null, reason: '测试用：假设此行是重复', line: 17 },
    ]);
    expect(r.findings.map((f) => [f.code, f.difference, f.message])).toEqual([
      [
        'unit-total-mismatch',
        923,
        `资金使用单位「${UNIT_003}」的总计与其所列 10 个项目之和不符（原文可能不完整）：表中为 190,857.18 万元，计算得 189,934.18 万元，相差 923.00 万元`,
      ],
    ]);
  });

  it('moves a project to another unit, and renames one of two same-named projects by its line', async () => {
    const { result, record } = await ingest([S004], { [`${S004.file}.corrections.json`]: fixture(S004.file) });
    expect(result.errors).toEqual([]);
    const r = projectForm(record(REC_004));
    expect(r.units.map((u) => [u.name, u.projects.length])).toEqual([
      ['广州市科学技术局', 26],
      ['广州市科技项目评审中心', 5],
      ['广州市科学技术发展战略研究院', 8],
    ]);
    const moved = r.units[2]!.projects[0]!;
    // Its id stays that of the unit it was printed under; the id of its new unit redirects to it.
    expect([moved.id, moved.formerIds, moved.otherNames]).toEqual([
      projectId(r.departmentId, '广州市科技项目评审中心', '购置经费'),
      [projectId(r.departmentId, '广州市科学技术发展战略研究院', '购置经费')],
      undefined,
    ]);
    expect([moved.name, moved.lines, moved.corrections]).toEqual([
      '购置经费',
      { from: 1086, to: 1105 },
      [
        {
          field: 'unit',
          printed: '广州市科技项目评审中心',
          value: '广州市科学技术发展战略研究院',
          reason: '测试用：假设此项目属于战略研究院',
          line: 1086,
        },
      ],
    ]);
    expect(r.units[1]!.projects.map((p) => p.name)).toContain('机构运行辅助经费');
    expect(r.units[2]!.projects.map((p) => p.name)).toContain('机构运行辅助经费（战略研究院）');
    expect(r.findings.map((f) => [f.code, f.lines, f.difference])).toEqual([
      ['unit-total-mismatch', { from: 1084, to: 1250 }, 3],
      ['unit-total-mismatch', { from: 1254, to: 1521 }, -3],
    ]);
  });
});

describe('corrections of the department form (sample 000)', () => {
  const S000 = entryFor('000');
  const REC_000 = '2025-d-5b978d82ff-overall.json';

  it('overrides a budget field (the budget identity is checked on it), a key task name and an indicator value', async () => {
    const list = corrections(
      { kind: 'budget', line: 12, field: 'basic', printed: 736.81, value: 746.81, reason: '测试用：基本支出' },
      {
        kind: 'name',
        line: 31,
        printed: '高质量举办第四届算法大赛',
        value: '举办第四届算法大赛',
        reason: '测试用：任务名称',
      },
      {
        kind: 'indicator',
        line: 142,
        indicator: '吸引大模型人才',
        field: 'periodValue',
        printed: '二是强化人才、生态等要素支撑，举办琶洲生态交流活动不少于5场，推动构建创新活跃产业生态。',
        value: '举办琶洲生态交流活动不少于6场',
        reason: '测试用：指标值',
      },
    );
    const { result, record } = await ingest([S000], { [`${S000.file}.corrections.json`]: list });
    expect(result.errors).toEqual([]);
    const r = overall(record(REC_000));
    expect([r.budget.basic, r.budget.corrections]).toEqual([
      746.81,
      [{ field: 'basic', printed: 736.81, value: 746.81, reason: '测试用：基本支出', line: 12 }],
    ]);
    expect(r.findings.map((f) => [f.code, f.difference])).toEqual([['budget-identity-mismatch', 10]]);
    expect([r.keyTasks[0]!.name, r.keyTasks[0]!.corrections?.[0]?.printed]).toEqual([
      '举办第四届算法大赛',
      '高质量举办第四届算法大赛',
    ]);
    const indicator = r.indicators[1]!;
    expect([indicator.periodValue, indicator.periodTarget, indicator.corrections?.[0]?.field]).toEqual([
      '举办琶洲生态交流活动不少于6场',
      { kind: 'measurable', comparator: '>=', value: 6, unit: '场' },
      'periodValue',
    ]);
  });

  it('a row correction of the project form says it does not apply here', async () => {
    const drop = { kind: 'drop', line: 31, project: '高质量举办第四届算法大赛', reason: '错表' };
    const { result } = await ingest([S000], { [`${S000.file}.corrections.json`]: corrections(drop) });
    expect(result.errors.map((e) => e.message)).toEqual([
      '第 1 条更正（drop，第 31 行「高质量举办第四届算法大赛」）只适用于项目支出表，此文件是部门整体表',
    ]);
  });
});

describe('a row the parser left out (project-name-cut), added by staff', () => {
  // The PDF form fixture 004 printed wide, read by pdftotext -raw, with its goal made to end a sentence before the
  // page break: the name 广州市科学技术局2023年“穗智管”广州科技大脑升级改造项目(一期) wraps across the break and the
  // text cannot say where the name ends, so the project is left out, its 90.66 万元 kept in the unit check.
  const goalEndsBeforeBreak = (text: string) =>
    text.replace('造，全面提升科技企业服务能力、提高科技项\n', '造，全面提升科技企业服务能力、提高科技项。\n');
  const dir = fileURLToPath(new URL('../fixtures/forms/text/pdftotext-raw/wide-zero/', import.meta.url));
  const entry = manifest
    .parse(JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')))
    .documents.find((d) => d.file.startsWith('004'))!;
  const add = {
    kind: 'add' as const,
    line: 614,
    unit: '广州市科学技术局',
    name: '广州市科学技术局2023年“穗智管”广州科技大脑升级改造项目(一期)',
    amounts: { total: 90.66, fiscal: 90.66, specialAccount: 0, other: 0 },
    goal: [],
    reason: '名称跨页折行，按 PDF 原件补录',
  };

  it('is added once: its amounts are not counted twice in the unit total check', () => {
    const read = (list: (typeof add)[]) =>
      projectForm(
        parseDocument(
          entry,
          readTextSource(Buffer.from(goalEndsBeforeBreak(readFileSync(join(dir, entry.file), 'utf8')))),
          list,
        ).record,
      );
    const before = read([]);
    const after = read([add]);
    expect(allProjects(after).length).toBe(allProjects(before).length + 1);
    expect(allProjects(after).find((p) => p.lines.from === 614)?.name).toBe(add.name);
    expect(after.findings.map((f) => f.code)).toEqual(before.findings.map((f) => f.code));
    expect(after.findings.map((f) => f.code)).not.toContain('unit-total-mismatch');
  });
});

describe('corrections that do not apply', () => {
  const problems = (errors: IngestError[]) => errors.map((e) => [e.file, e.line, e.message]);

  it('a correction gone stale is an error naming the file and the correction; the last good record is kept', async () => {
    const stale = corrections(
      { kind: 'amount', line: 12, row: '综合业务经费', field: 'total', printed: 65, value: 56, reason: '已过时' },
      { kind: 'name', line: 13, printed: '应急通信保障服务经费', value: '应急通信保障服务费', reason: '行号不对' },
    );
    const old = { [`out/${REC_003}`]: '{"source":{"file":"003_1248fddac0f7b900.txt"}}' };
    const { result, memory } = await ingest([S003], { [`${S003.file}.corrections.json`]: stale }, old);
    const file = '003_1248fddac0f7b900.txt.corrections.json';
    expect(problems(result.errors)).toEqual([
      [
        file,
        null,
        '第 1 条更正（amount，第 12 行「综合业务经费」）读到的是「56」，不是更正所写的「65」（原文或程序已变化，请核对后修改或删除这条更正）',
      ],
      [
        file,
        null,
        '第 2 条更正（name，第 13 行「应急通信保障服务经费」）原文已无此内容：第 13 行没有读到名称「应急通信保障服务经费」（原文或程序已变化，请核对后修改或删除这条更正）',
      ],
    ]);
    expect(result.kept).toEqual([REC_003]);
    expect(memory.text(`out/${REC_003}`)).toBe(old[`out/${REC_003}`]);
    expect(summaryLines(result, 'out').slice(-4)).toEqual([
      `✗ ${file}: ${result.errors[0]!.message}`,
      `✗ ${file}: ${result.errors[1]!.message}`,
      `  保留上次成功的记录 ${REC_003}`,
      '1 份文件：写入 0 条记录到 out，失败 2',
    ]);
  });

  it('an added row the parser now reads is stale too', async () => {
    const add = {
      kind: 'add',
      line: 20,
      unit: UNIT_003,
      name: '应急通信保障服务经费',
      amounts: { total: 130, fiscal: 130, specialAccount: 0, other: 0 },
      reason: '曾经漏读',
    };
    const { result } = await ingest([S003], { [`${S003.file}.corrections.json`]: corrections(add) });
    expect(result.errors.map((e) => e.message)).toEqual([
      '第 1 条更正（add，第 20 行「应急通信保障服务经费」）第 20 行已读到项目「应急通信保障服务经费」（程序已能读出这一行，请删除这条更正）',
    ]);
  });

  it('a malformed corrections file is one line naming file and field; the other documents are written', async () => {
    const noReason = corrections({ kind: 'drop', line: 17, project: '中国集成电路制造年会' });
    const { result } = await ingest([S003, S004], {
      [`${S003.file}.corrections.json`]: noReason,
      [`${S004.file}.corrections.json`]: '{"corrections": [',
      'gone.txt.corrections.json': noReason,
    });
    expect(problems(result.errors)).toEqual([
      [
        'gone.txt.corrections.json',
        null,
        '更正文件对应的 gone.txt 不在清单 manifest.json 中：请改正文件名，或删除这份更正文件',
      ],
      [
        '003_1248fddac0f7b900.txt.corrections.json',
        null,
        '更正文件格式不符（corrections.0.reason：Invalid input: expected string, received undefined）：格式见 README「更新步骤」',
      ],
      ['004_bb9c12b27b9c899c.txt.corrections.json', null, expect.stringMatching(/^更正文件不是有效的 JSON：/)],
    ]);
    expect(result.written).toEqual([]);
  });

  it('a correction of the other form says so', async () => {
    const budget = { kind: 'budget', line: 10, field: 'basic', printed: 1, value: 2, reason: '错表' };
    const { result } = await ingest([S003], { [`${S003.file}.corrections.json`]: corrections(budget) });
    expect(result.errors.map((e) => e.message)).toEqual([
      '第 1 条更正（budget，第 10 行「basic」）只适用于部门整体表，此文件是项目支出表',
    ]);
  });
});

describe('--check', () => {
  it('reads and validates everything, writes nothing, and lists what it would write', async () => {
    const memory = memoryEffects({
      'src/manifest.json': JSON.stringify({ documents: [S003] }),
      [`src/${S003.file}`]: sampleBytes(S003.file),
    });
    const result = await runIngest({ ...OPTIONS, check: true }, memory.fx);
    expect(result.written).toEqual([REC_003]);
    expect([...memory.files.keys()].filter((p) => p.startsWith('out'))).toEqual([]);
    expect(summaryLines(result, 'out', true).at(-1)).toBe('1 份文件：检查通过 1 条记录，失败 0（--check：未写入 out）');
  });
});

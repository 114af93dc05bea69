/**
 * What the parser reads from `pdftotext -raw` texts of the printed forms
 * (test/fixtures/forms/text/pdftotext-raw/<style>/<sample>.txt): exact values where the text is
 * certain, and a finding where it is not.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/ingest/document.ts';
import { parseIndicatorText } from '../../src/ingest/indicator-text.ts';
import { manifest } from '../../src/ingest/manifest.ts';
import { scanWrappedRows } from '../../src/ingest/project-form/wrapped.ts';
import { readTextSource } from '../../src/ingest/source-text.ts';
import type { BudgetRecord } from '../../src/schema/index.ts';
import { FORMS_DIR } from '../fixtures/forms/samples.ts';
import { BUDGET_000, overall, parseSample, projectForm, RECORDS_DIR, wrapCell } from './helpers.ts';

const folder = (style: string) => join(FORMS_DIR, 'text', 'pdftotext-raw', style);

const fixtureText = (style: string, key: string) => readFileSync(join(folder(style), `${key}.txt`), 'utf8');

/** A fixture's text, or `text` (the fixture rewritten) read as that fixture. */
function parseText(style: string, key: string, text: string) {
  const entries = manifest.parse(JSON.parse(readFileSync(join(folder(style), 'manifest.json'), 'utf8')));
  const entry = entries.documents.find((d) => d.file === `${key}.txt`);
  if (!entry) throw new Error(`no fixture ${style}/${key}`);
  return parseDocument(entry, readTextSource(Buffer.from(text, 'utf8')));
}

const parseFixture = (style: string, key: string) => parseText(style, key, fixtureText(style, key));

describe('pdftotext -raw, project form', () => {
  it('a column header wrapped in narrow columns is the header, on the first page and inside a row split by a page break', () => {
    const record = projectForm(parseFixture('wide-zero', '001').record);
    expect(record.total).toMatchObject({ total: 9235.17, fiscal: 9235.17, specialAccount: 0, other: 0 });
    expect(record.units.map((u) => u.name)).toEqual([
      '广州琶洲人工智能与数字经济试验区管理委员会',
      '广州市海珠区琶洲数字经济创新发展服务中心',
    ]);
    const names = record.units.flatMap((u) => u.projects.map((p) => p.name));
    expect(names).toContain('按实名制管理人员');
    expect(names.filter((n) => n.includes('项目名称'))).toEqual([]);
    const lg = projectForm(parseFixture('wide-zero', '004').record)
      .units.flatMap((u) => u.projects)
      .find((p) => p.name === '企业创新计划-LG8.5代OLED项目补助（黄埔区）');
    expect(lg?.indicators.find((i) => i.name === '项目累计带动投资（亿元）')?.level2).toEqual({
      code: '11',
      name: '数量指标',
      label: '数量指标',
    });
  });
});

describe('pdftotext -raw, the width of the name column', () => {
  it('learnt from the name after 合计: a wrapped unit or project name wider than the usual column keeps its head', () => {
    const record = projectForm(parseFixture('top-narrow', '001').record);
    expect(record.units.map((u) => u.name)).toEqual([
      '广州琶洲人工智能与数字经济试验区管理委员会',
      '广州市海珠区琶洲数字经济创新发展服务中心',
    ]);
    const projects = record.units.flatMap((u) => u.projects);
    expect(projects.map((p) => p.name)).toContain('海珠区建设人工智能大模型应用示范区经费');
    const before = projects.find((p) => p.name === '海珠区产业扶持资金');
    expect(before?.indicators.find((i) => i.name === '持续建设人才集聚高地')?.annualValue).toBe('吸引更多人才落户琶洲');
  });
});

describe('pdftotext -raw, the width of the name column, where goals begin beside their amounts', () => {
  it('learnt from the names between a row without text and the next row: names wider than the usual column keep their head', () => {
    const record = projectForm(parseFixture('top-narrow', '004').record);
    const names = record.units.flatMap((u) => u.projects.map((p) => p.name));
    expect(names).toEqual(
      expect.arrayContaining([
        '企业创新计划-超视堺第10.5代TFT-LCD显示器生产线项目补贴（增城区）',
        '企业创新计划-LG8.5代OLED项目补助（黄埔区）',
        '广州市科学技术局2024—2025年信息化运维项目',
        '广州市科学技术局2025—2026年信息化运维项目',
        '广州市科学技术发展战略研究院事业单位改革经费项目',
      ]),
    );
    const tcl = record.units
      .flatMap((u) => u.projects)
      .find((p) => p.name === '企业创新计划-TCL华星光电T9项目（黄埔区）');
    expect(tcl?.indicators.find((i) => i.name === '落户以来累计创造就业岗位（含劳务外包）')?.annualValue).toBe(
      '3000个',
    );
  });
});

describe('pdftotext -raw, a project row split by a page break', () => {
  /** The project of that name in the samples' committed records. */
  const committed = (name: string) =>
    readdirSync(RECORDS_DIR)
      .filter((f) => f.includes('-projects'))
      .flatMap((f) => projectForm(JSON.parse(readFileSync(join(RECORDS_DIR, f), 'utf8'))).units)
      .flatMap((u) => u.projects)
      .find((p) => p.name === name);
  const project = (style: string, key: string, name: string) =>
    projectForm(parseFixture(style, key).record)
      .units.flatMap((u) => u.projects)
      .find((p) => p.name === name);

  it('the tail of the goal and of the indicators after the break, told apart by the widths of the columns', () => {
    const read = project('wide-zero', '004', '科技管理辅助支撑经费');
    const expected = committed('科技管理辅助支撑经费');
    expect(read?.goal).toEqual(expected?.goal);
    expect(read?.indicators.map((i) => [i.name, i.periodValue, i.annualValue])).toEqual(
      expected?.indicators.map((i) => [i.name, i.periodValue, i.annualValue]),
    );
  });

  const squashed = (goal: readonly string[] | undefined) => goal?.join('').replace(/\s+/g, '');

  it("where the last item before the break ends with both its values printed alike, all the text after it is the goal's tail", () => {
    // 促进企业发展扶持专项资金 runs over three pages; its goal's points 5、 to 16、 come after the breaks.
    for (const style of ['centred', 'top-narrow', 'title-every-page']) {
      const parsed = parseFixture(style, '003');
      const read = project(style, '003', '促进企业发展扶持专项资金');
      const expected = committed('促进企业发展扶持专项资金');
      // White space at a wrap (黄埔区 / 广州开发区) is not kept by the text, and a point that opens a line
      // after a full one may be a wrap or a new paragraph (README): the words are compared.
      expect(squashed(read?.goal)).toBe(squashed(expected?.goal));
      expect(read?.indicators.map((i) => [i.name, i.periodValue, i.annualValue])).toEqual(
        expected?.indicators.map((i) => [i.name, i.periodValue, i.annualValue]),
      );
      expect(parsed.record.findings.map((f) => f.code)).not.toContain('page-break-split-row');
    }
  });

  it("where the last item's two values differ, it may go on after the break: the goal and that item left out, with a finding", () => {
    // centred 003 with the 年度 value of 促进企业发展扶持专项资金's last item (line 94) printed otherwise.
    const text = fixtureText('centred', '003').replace(
      '标值：有效促进互联网、软件和信息服务产业发',
      '标值：全面促进互联网、软件和信息服务产业发',
    );
    const parsed = parseText('centred', '003', text);
    const read = projectForm(parsed.record)
      .units.flatMap((u) => u.projects)
      .find((p) => p.name === '促进企业发展扶持专项资金');
    expect(read?.goal).toEqual([]);
    expect(read?.indicators.map((i) => i.name)).toEqual([
      '保障数量',
      '扶持企业数量',
      '服务企业数量',
      '补助资金发放准确率',
      '营造良好营商环境',
      '促进我区经济的发展',
    ]);
    expect(parsed.record.findings.filter((f) => f.code === 'page-break-split-row')[0]).toEqual({
      code: 'page-break-split-row',
      severity: 'warning',
      message:
        '「促进企业发展扶持专项资金」跨页：分页后第 97–163 行的文字可能是绩效目标的后半，也可能是分页前最后一项指标的后半，无法从文本确定：该项目的绩效目标和分页前最后一项指标及其后各项未收录，请用 PDF 原件（本程序可直接读取 PDF 的表格单元格）核对',
      lines: { from: 91, to: 163 },
    });
  });

  it("a wrapped name cut by the break (脑升级改造项目 / (一期)), told from the goal by the columns' widths: the project read whole", () => {
    const parsed = parseFixture('wide-zero', '004');
    const name = '广州市科学技术局2023年“穗智管”广州科技大脑升级改造项目(一期)';
    const read = project('wide-zero', '004', name);
    const expected = committed(name);
    // This style prints 0.00 where the sample's cells are blank: the figures are the same.
    expect(read?.amounts).toEqual({ ...expected?.amounts, blank: [] });
    expect(read?.goal).toEqual(expected?.goal);
    expect(read?.indicators.map((i) => [i.name, i.periodValue, i.annualValue])).toEqual(
      expected?.indicators.map((i) => [i.name, i.periodValue, i.annualValue]),
    );
    expect(read?.lines).toEqual({ from: 614, to: 644 });
    expect(parsed.record.findings.filter((f) => f.message.includes('穗智管'))).toEqual([]);
  });

  // wide-zero 004 with the goal's last line before the break (line 620) ending a sentence: the goal
  // may have ended there, and the short lines after the break may be its tail or the name's.
  const nameMayGoOn = () =>
    fixtureText('wide-zero', '004').replace(
      '造，全面提升科技企业服务能力、提高科技项\n',
      '造，全面提升科技企业服务能力、提高科技项。\n',
    );

  it('the cut item is left out without its last digits joining the number of the next item (不大于5 + 3、 is not item 53)', () => {
    // The row is left out of the record (its name may be cut, below): its indicator cell as scanned.
    const row = scanWrappedRows(readTextSource(Buffer.from(nameMayGoOn())).lines).rows.find((r) =>
      r.name.includes('穗智管'),
    );
    expect(row?.nameCut).toBe(true);
    const read = parseIndicatorText(row?.indicators ?? { text: '', lineOf: [] }, row?.unreadItem);
    expect(read.indicators.map((i) => i.name)).toEqual([
      '系统并发数',
      '数据报表查询速度',
      '等级保护（分级保护）级别',
      '系统吞吐量',
      '系统平均无故障时间',
    ]);
    expect(read.findings.filter((f) => f.code === 'indicator-numbering')).toEqual([]);
  });

  it('a wrapped name that may go on after the break, where the goal may have ended before it: the project is left out, its amounts kept in the unit total check', () => {
    const parsed = parseText('wide-zero', '004', nameMayGoOn());
    const record = projectForm(parsed.record);
    const names = record.units.flatMap((u) => u.projects.map((p) => p.name));
    expect(names.filter((n) => n.includes('穗智管'))).toEqual([]);
    expect(parsed.record.findings.filter((f) => f.code === 'project-name-cut')).toEqual([
      {
        code: 'project-name-cut',
        severity: 'error',
        message:
          '项目「广州市科学技术局2023年“穗智管”广州科技大…」跨页：分页后第 631 行可能是折行的项目名称的后半，也可能是绩效目标或指标的后半，无法从文本确定完整的名称：该项目（总计 90.66 万元）整个未收录，其金额仍计入所属单位总计的核对，请用 PDF 原件（本程序可直接读取 PDF 的表格单元格）核对',
        lines: { from: 614, to: 644 },
      },
    ]);
    // Not also reported as a split row whose goal alone is left out.
    expect(parsed.record.findings.filter((f) => f.message.includes('穗智管'))).toHaveLength(1);
    // Its 90.66 万元 still counts in its unit's sum: the unit total check finds no difference.
    expect(parsed.record.findings.map((f) => f.code)).not.toContain('unit-total-mismatch');
  });
});

describe('pdftotext -raw, a wrapped name, goal and indicator cell cut anywhere by a page break (property)', () => {
  // wide-zero 004's row of 穗智管 (lines 614–644) written anew: each column wrapped at a width near
  // the fixture's, then cut after some of its lines; the columns' heads, the header, their rests.
  const lines = fixtureText('wide-zero', '004').split('\n');
  const at = (from: number, to: number) => lines.slice(from - 1, to);
  const joined = (...parts: string[][]) => parts.flat().join('');
  const name = joined(at(614, 616), at(631, 632));
  const goal = joined([at(617, 617)[0]?.replace('90.66 90.66 0.00 0.00 ', '') ?? ''], at(618, 620), at(633, 634));
  const indicators = joined(at(621, 624), at(635, 644));
  const header = at(625, 630);
  const names = new Set(
    readdirSync(RECORDS_DIR)
      .filter((f) => f.includes('-projects'))
      .flatMap((f) => projectForm(JSON.parse(readFileSync(join(RECORDS_DIR, f), 'utf8'))).units)
      .flatMap((u) => u.projects.map((p) => p.name)),
  );

  it('reads the project whole, or leaves out what it cannot tell with a finding; never another name', () => {
    expect(name).toBe('广州市科学技术局2023年“穗智管”广州科技大脑升级改造项目(一期)');
    fc.assert(
      fc.property(
        fc.integer({ min: 12, max: 16 }),
        fc.integer({ min: 34, max: 44 }),
        fc.integer({ min: 52, max: 60 }),
        fc.tuple(fc.nat(), fc.nat(), fc.nat()),
        (nameWidth, goalWidth, indicatorWidth, [n, g, i]) => {
          const [nameLines, goalLines, indicatorLines] = [
            wrapCell(name, nameWidth),
            wrapCell(goal, goalWidth),
            wrapCell(indicators, indicatorWidth),
          ];
          // The break cuts the goal: its tail after the name's is what tells the two apart. A break
          // anywhere else in a row (the name's tail alone after it, too) is in raw-page-break.test.ts.
          const [nameCut, goalCut, indicatorCut] = [
            1 + (n % nameLines.length),
            1 + (g % (goalLines.length - 1)),
            1 + (i % indicatorLines.length),
          ];
          const row = [
            ...nameLines.slice(0, nameCut),
            `90.66 90.66 0.00 0.00 ${goalLines[0]}`,
            ...goalLines.slice(1, goalCut),
            ...indicatorLines.slice(0, indicatorCut),
            ...header,
            ...nameLines.slice(nameCut),
            ...goalLines.slice(goalCut),
            ...indicatorLines.slice(indicatorCut),
          ];
          const text = [...lines.slice(0, 613), ...row, ...lines.slice(644)].join('\n');
          const parsed = parseText('wide-zero', '004', text);
          const projects = projectForm(parsed.record).units.flatMap((u) => u.projects);
          expect(projects.map((p) => p.name).filter((n) => !names.has(n))).toEqual([]);
          const read = projects.find((p) => p.name === name);
          const codes = parsed.record.findings.map((f) => f.code);
          if (!read) expect(codes).toContain('project-name-cut');
          else if (codes.includes('page-break-split-row')) expect(read.goal).toEqual([]);
          else {
            expect(read.goal.join('')).toBe(goal);
            expect(read.indicators).toHaveLength(6);
          }
        },
      ),
      { numRuns: 30 },
    );
  });
});

describe('pdftotext -raw, department form', () => {
  it('a section label on the line of its first row: the budget grid header, the goal, the indicator grid header', () => {
    const record = overall(parseFixture('top-narrow', '000').record);
    expect(record.budget).toEqual({
      ...BUDGET_000,
      lines: { from: 4, to: 8 },
    });
    expect(record.overallGoalLines).toEqual({ from: 9, to: 13 });
    expect(record.overallGoal[0]?.startsWith('贯彻落实国家、省、市相关法律法规和政策')).toBe(true);
    expect(record.overallGoal[0]?.endsWith('承办区委、区政府和上级相关部门交办的其他任务。')).toBe(true);
    expect(record.findings.map((f) => f.code)).not.toContain('section-missing');
    expect(record.findings.map((f) => f.code)).not.toContain('budget-field-missing');
  });

  it('wrapped section labels (年度重点工作 / 任务) and a wrapped task grid header; a short name on the line of its content', () => {
    const record = overall(parseFixture('top-narrow', '000').record);
    expect(record.keyTasks.map((t) => [t.name, t.amount])).toEqual([
      ['高质量举办第四届算法大赛', 480],
      ['高水平建设人工智能大模型应用示范区', 7000],
      ['深度打造产业生态', 30],
    ]);
    expect(record.keyTasks[2]?.content?.startsWith('一是继续做好琶洲高新区建设工作，落实')).toBe(true);
    expect(record.keyTasks[1]?.target?.endsWith('推动构建创新活跃产业生态。')).toBe(true);
    const centred = overall(parseFixture('centred', '000').record);
    // "拟投入的资" / "金（万元）" is the header, not the head of the first name.
    expect(centred.keyTasks[0]).toMatchObject({
      name: '高质量举办第四届算法大赛',
      amount: 480,
      lines: { from: 32, to: 47 },
    });
  });

  it('the content of the last task printed after its target (content ends mid-sentence, target goes on after a sentence end): both left out, with a finding', () => {
    const cases = [
      { style: 'wide-zero', lines: { from: 41, to: 62 }, contentEnd: '平台，凝聚高层次' },
      { style: 'title-every-page', lines: { from: 54, to: 92 }, contentEnd: '洲算法大赛平台，' },
    ];
    for (const { style, lines, contentEnd } of cases) {
      const record = overall(parseFixture(style, '000').record);
      expect(record.keyTasks.map((t) => [t.name, t.amount, t.content === null, t.target === null])).toEqual([
        ['高质量举办第四届算法大赛', 480, false, false],
        ['高水平建设人工智能大模型应用示范区', 7000, false, false],
        ['深度打造产业生态', 30, true, true],
      ]);
      expect(record.keyTasks[2]).toEqual({ name: '深度打造产业生态', content: null, amount: 30, target: null, lines });
      expect(record.findings.filter((f) => f.code === 'task-text-out-of-order')).toEqual([
        {
          code: 'task-text-out-of-order',
          severity: 'warning',
          message: `重点工作任务（30 万元）的主要实施内容止于半句（“${contentEnd}”），而期望达到的目标在句末（“台专项人才政策。”）之后仍有文字：转换时两列的文字前后错位，无法确定内容在哪里结束、目标在哪里结束，两者均未录入，请核对原文`,
          lines,
        },
      ]);
      // The tasks before it end their content with a sentence end: read as printed.
      expect(record.keyTasks[1]?.target?.endsWith('推动构建创新活跃产业生态。')).toBe(true);
    }
    // Where the columns come in order, the same task is read whole.
    const top = overall(parseFixture('top-narrow', '000').record);
    expect(top.keyTasks[2]?.content?.endsWith('同时探索出台专项人才政策。')).toBe(true);
    expect(top.findings.map((f) => f.code)).not.toContain('task-text-out-of-order');
  });

  it('"其他需完成的任务" with "（可选填）" on the next line: the label, not the text', () => {
    const record = overall(parseFixture('centred', '002').record);
    expect(record.otherTasks).toEqual({
      text: '推进我区电动汽车充电基础设施建设推动充换电基础设施科学布局、加快建设，充电基础设施数量稳步增长，为电动汽车推广做好基础保障拟投入资金：2,428（万元）',
      amount: 2428,
      lines: { from: 155, to: 156 },
    });
  });

  it('indicator rows with no blank line between cells: told apart by their two values printed alike', () => {
    const sample = overall(parseSample('000').record);
    const values = (r: BudgetRecord) =>
      overall(r).indicators.map((i) => [i.level2.code, i.name, i.periodValue, i.annualValue]);
    for (const style of ['centred', 'top-narrow', 'wide-zero', 'title-every-page']) {
      const record = overall(parseFixture(style, '000').record);
      expect(values(record)).toEqual(values(sample));
      expect(record.findings.map((f) => f.code)).not.toContain('indicator-values-missing');
    }
    // The name on a line of its own (cells centred), or beside the value's first line (top-aligned).
    expect(overall(parseFixture('centred', '000').record).indicators.map((i) => i.lines)).toEqual([
      { from: 122, to: 146 },
      { from: 147, to: 161 },
      { from: 164, to: 170 },
    ]);
    expect(overall(parseFixture('top-narrow', '000').record).indicators[0]?.lines).toEqual({ from: 90, to: 109 });
  });

  it('a wrapped name and a wrapped value, and a category label wrapped after the first label of its row', () => {
    const record = overall(parseFixture('top-narrow', '002').record);
    expect(record.indicators.find((i) => i.name === '企业技术改造项目备案审批办理时限')).toMatchObject({
      level2: { code: '13' },
      periodValue: '控制在3个工作日以内',
      annualValue: '控制在3个工作日以内',
      lines: { from: 140, to: 145 },
    });
    // 满意度指标 服务对象满意 / 度指标: the 二级 label 服务对象满意度指标, not the head of a name.
    expect(record.indicators.find((i) => i.name === '服务对象满意度')).toMatchObject({
      level1: { code: '3' },
      level2: { code: '31', label: '服务对象满意度指标' },
      periodValue: '90%以上',
      lines: { from: 170, to: 170 },
    });
    expect(record.findings.map((f) => f.code)).toEqual(['budget-identity-mismatch-rounding']);
  });

  it('a category label wrapped in its cell (生态环境成本 / 指标) is the label, not the head of the next name', () => {
    const record = overall(parseFixture('top-narrow', '002').record);
    const indicator = record.indicators.find((i) => i.name === '对环境污染持续减少（是/否）');
    expect(indicator).toMatchObject({
      level1: { code: '4' },
      level2: { code: '43', label: '生态环境成本指标' },
      periodValue: '是',
      annualValue: '是',
      lines: { from: 175, to: 175 },
    });
  });
});

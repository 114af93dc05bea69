/**
 * Text layouts no reader can take apart with certainty are refused with one line naming the
 * line that shows it (src/ingest/layout-check.ts), instead of being read into figures attached
 * to the wrong row. The layouts the readers handle are never refused.
 */
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/ingest/errors.ts';
import { parseSample, sampleText } from './helpers.ts';

const fileOf = (prefix: string) => parseSample(prefix).report.file;

function refusal(prefix: string, text: string): { line: number | null; message: string } {
  try {
    parseSample(prefix, text);
  } catch (e) {
    if (e instanceof InputError) return { line: e.line, message: e.message };
    throw e;
  }
  throw new Error('the text was read, not refused');
}

const why = (reason: string) => `此文本的版式无法可靠读取（${reason}）：请使用 PDF 原件，或用 pdftotext -raw 转换`;

const AMOUNTS_APART = '金额接连成行而不在各自的项目名称之后：单元格被逐个或逐列读出';

const PROJECT_HEAD = [
  '项目支出绩效目标表（含转移支付项目）',
  '部门名称：广州琶洲人工智能与数字经济试验区管理委员会',
  '单位：万元',
];

describe('layouts that are refused', () => {
  it('columns side by side (pdftotext -layout) with no blank line between two rows: the text between their amounts has no certain row', () => {
    const text = [
      ...PROJECT_HEAD,
      '项目名称（资金使用单位）   总计          财政拨款        财政专户拨款   其他资金       绩效目标                  绩效指标',
      '     合计         9,235.17    9,235.17',
      '                                                       贯彻落实国家、省、市相关法   1、1-产出指标；12-质量指标；项目完成情况；实',
      ' 机构运行保障经费        425.00      425.00                    业进驻、建设、发展过程中的   洲试验区对高端大模型人才的吸引',
    ].join('\n');
    // The 合计 row is indented to its column, and its amounts stand where their columns are.
    expect(refusal('001', text)).toEqual({ line: 5, message: why('两行金额之间的文字无法分到各自的行') });
  });

  it('the column headers each on a line of their own (cells read one by one: pdftotext, mutool, pdf2txt)', () => {
    const text = [
      ...PROJECT_HEAD,
      '',
      '项目名称（资金使用单位）',
      '',
      '总计',
      '',
      '财政拨款',
      '',
      '合计',
      '9,235.17',
    ].join('\n');
    expect(refusal('001', text)).toEqual({ line: 5, message: why('表头各格分行排列：单元格被逐个或逐列读出') });
  });

  it('a row’s amounts each on a line of their own, even where the header survived', () => {
    const text = [
      ...PROJECT_HEAD,
      '项目名称（资金使用单位） 总计 财政拨款 财政专户拨款 其他资金 绩效目标 绩效指标',
      '合计',
      '9,235.17',
      '9,235.17',
    ].join('\n');
    expect(refusal('001', text)).toEqual({ line: 6, message: why(AMOUNTS_APART) });
  });

  it('a column of names, then a column of amounts (read column by column)', () => {
    const text = [
      ...PROJECT_HEAD,
      '项目名称（资金使用单位） 总计 财政拨款 财政专户拨款 其他资金 绩效目标 绩效指标',
      '机构运行保障经费',
      '支持琶洲实验室建设经费',
      '425.00 425.00',
      '400.00 400.00',
    ].join('\n');
    expect(refusal('001', text)).toEqual({ line: 7, message: why(AMOUNTS_APART) });
  });

  it('the department form with 部门名称 on a line of its own', () => {
    const text = sampleText(fileOf('000')).replace(/^部门名称 /m, '部门名称\n');
    const line = text.split('\n').indexOf('部门名称') + 1;
    expect(refusal('000', text)).toEqual({ line, message: why('表头各格分行排列：单元格被逐个或逐列读出') });
  });
});

describe('layouts that are read', () => {
  it.each(['000', '001', '002', '003', '004'])('sample %s as written', (prefix) => {
    expect(() => parseSample(prefix)).not.toThrow();
  });

  it('001 with runs of spaces for tabs (one row per line)', () => {
    expect(() => parseSample('001', sampleText(fileOf('001')).replace(/\t+/g, '   '))).not.toThrow();
  });

  it('004 with indented project names and page numbers between rows', () => {
    let page = 0;
    const text = sampleText(fileOf('004')).replace(/\n\n/g, () => `\n\n- ${++page} -\n\n`);
    expect(() => parseSample('004', text)).not.toThrow();
  });
});

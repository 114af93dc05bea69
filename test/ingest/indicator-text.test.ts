import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseIndicatorText } from '../../src/ingest/indicator-text.ts';
import { spanOf } from '../../src/ingest/text-span.ts';

const one = (text: string) => parseIndicatorText(spanOf([{ no: 7, text }]));

describe('parseIndicatorText', () => {
  it('reads items whatever the separators (；;：: full and half width)', () => {
    const { indicators, findings } = one(
      '1、1-产出指标：11-数量指标：培训覆盖率;实施周期指标值: 2场；年度指标值：2场。2、3-满意度指标；31-服务对象满意度；单位满意度；实施周期指标值：满意/达优；年度指标值：满意/达优。',
    );
    expect(
      indicators.map((i) => [
        i.level1.code,
        i.level1.name,
        i.level2.code,
        i.level2.name,
        i.level2.label,
        i.name,
        i.periodValue,
        i.annualValue,
      ]),
    ).toEqual([
      ['1', '产出指标', '11', '数量指标', '数量指标', '培训覆盖率', '2场', '2场'],
      ['3', '满意度指标', '31', '服务对象满意度指标', '服务对象满意度', '单位满意度', '满意/达优', '满意/达优'],
    ]);
    expect(findings).toEqual([]);
  });

  it('keeps a name that contains a separator, and the line range of each item', () => {
    const span = spanOf([
      { no: 1, text: '1、1-产出指标；11-数量指标；外出调研次数；考察调研国内外先进城市' },
      { no: 2, text: '经验次数；实施周期指标值:1.≥24次；2.16次；年度指标值:1.≥24次；' },
      { no: 3, text: '2.16次。2、1-产出指标；12-质量指标；干部培训效果；实施周期指标' },
      { no: 4, text: '值:达到效果；年度指标值:达到效果。' },
    ]);
    const { indicators } = parseIndicatorText(span);
    expect(indicators.map((i) => [i.name, i.periodValue, i.annualValue, i.lines])).toEqual([
      ['外出调研次数；考察调研国内外先进城市经验次数', '1.≥24次；2.16次', '1.≥24次；2.16次', { from: 1, to: 3 }],
      ['干部培训效果', '达到效果', '达到效果', { from: 3, to: 4 }],
    ]);
  });

  it('reports broken numbering, a missing 年度指标值 and an unknown category instead of dropping text', () => {
    const { indicators, findings } = one(
      '说明文字1、1-产出指标；11-数量指标；甲；实施周期指标值:1个。3、2-效益指标；99-其他；乙；实施周期指标值:1；年度指标值:1',
    );
    expect(indicators.map((i) => [i.name, i.periodValue, i.annualValue])).toEqual([['甲', '1个', null]]);
    expect(findings.map((f) => f.code)).toEqual([
      'indicator-text-unrecognized',
      'indicator-value-missing',
      'indicator-numbering',
      'indicator-category-unrecognized',
    ]);
  });

  it('reports a gap in the numbering (an indicator lost) as an error naming both items', () => {
    const span = spanOf([
      { no: 3, text: '1、1-产出指标；11-数量指标；甲；实施周期指标值:1个；年度指标值:1个。' },
      { no: 4, text: '2、1-产出指标；11-数量指标；乙；实施周期指标值:2个；年度指标值:2个。' },
      { no: 5, text: '5、1-产出指标；11-数量指标；丙；实施周期指标值:3个；年度指标值:3个。' },
    ]);
    const { indicators, findings } = parseIndicatorText(span);
    expect(indicators.map((i) => i.name)).toEqual(['甲', '乙', '丙']);
    expect(findings).toEqual([
      {
        code: 'indicator-numbering',
        severity: 'error',
        message: '指标编号从 2 跳到 5，缺少第 3–4 项：指标可能在转换中丢失，请核对原文或使用 PDF 原件',
        lines: { from: 4, to: 5 },
      },
    ]);
  });

  it('reports a repeat of the numbering (items of another cell taken in) as an error', () => {
    const span = spanOf([
      { no: 8, text: '1、1-产出指标；11-数量指标；甲；实施周期指标值:1个；年度指标值:1个。' },
      { no: 9, text: '2、2-效益指标；22-社会效益；乙；实施周期指标值:好；年度指标值:好。' },
      { no: 10, text: '1、1-产出指标；11-数量指标；丙；实施周期指标值:3个；年度指标值:3个。' },
    ]);
    expect(parseIndicatorText(span).findings).toEqual([
      {
        code: 'indicator-numbering',
        severity: 'error',
        message: '指标编号 1 出现在第 2 项之后（重复或倒退）：可能混入了其他单元格的指标，请核对原文或使用 PDF 原件',
        lines: { from: 9, to: 10 },
      },
    ]);
  });

  it('reports a cell whose first item is not 1 (the items before it lost)', () => {
    const { findings } = one('3、1-产出指标；11-数量指标；甲；实施周期指标值:1个；年度指标值:1个。');
    expect(findings.map((f) => [f.code, f.severity, f.lines])).toEqual([
      ['indicator-numbering', 'error', { from: 7, to: 7 }],
    ]);
  });

  it('never throws, whatever the text (property)', () => {
    const pieces = fc.constantFrom(
      '1、',
      '2、',
      '1-产出指标',
      '2-效益指标',
      '11-数量指标',
      '；',
      ':',
      '实施周期指标值:',
      '年度指标值：',
      '。',
      '≥5项',
      '文字',
      '',
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string({ maxLength: 6 })), { maxLength: 30 }), (parts) => {
        const { indicators } = one(parts.join(''));
        for (const i of indicators) expect(i.lines).toEqual({ from: 7, to: 7 });
      }),
      { numRuns: 500, seed: 7 },
    );
  });
});

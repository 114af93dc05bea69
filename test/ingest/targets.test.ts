import { describe, expect, it } from 'vitest';
import { deriveTarget } from '../../src/ingest/targets.ts';

describe('deriveTarget', () => {
  it.each([
    ['≥27项', '>=', 27, '项'],
    ['不低于95%', '>=', 95, '%'],
    ['7个工作日内', '<=', 7, '个工作日'],
    ['控制在3个工作日以内', '<=', 3, '个工作日'],
    ['200亿元', '=', 200, '亿元'],
    ['1000年', '=', 1000, '年'],
    ['2025年', '=', 2025, '年'],
    ['90%以上', '>=', 90, '%'],
    ['＞35项', '>', 35, '项'],
    ['约1.9万平方米', '~', 1.9, '万平方米'],
    ['不超过7万/年/人', '<=', 7, '万/年/人'],
    ['≥90％', '>=', 90, '%'],
    ['超过2300亿元', '>', 2300, '亿元'],
  ])('%s is measurable', (printed, comparator, value, unit) => {
    expect(deriveTarget(printed)).toEqual({ kind: 'measurable', comparator, value, unit });
  });

  it.each([
    '进一步提高',
    '效果明显',
    '正常运转',
    '587；3',
    '1.≥7项 2.农业和社会发展科技方向15项',
    '经费到位后，7个工作日内拨出。',
    '完成度100%',
  ])('%s is qualitative', (printed) => {
    expect(deriveTarget(printed)).toEqual({ kind: 'qualitative' });
  });

  it('a missing value is qualitative', () => {
    expect(deriveTarget(null)).toEqual({ kind: 'qualitative' });
  });
});

describe('deriveTarget with a subject before the comparator', () => {
  it.each([
    ['当年接待次数≥35次', '>=', 35, '次'],
    ['用户满意度达到95%', '>=', 95, '%'],
    ['参加人数不少于500人。', '>=', 500, '人'],
    ['外派干部补助发放时间不晚于12个月。', '<=', 12, '个月'],
  ])('%s is measurable', (printed, comparator, value, unit) => {
    expect(deriveTarget(printed)).toEqual({ kind: 'measurable', comparator, value, unit });
  });

  it.each(['促进我区集成电路产业发展优于2023年水平', '全区通信网络应急保障优于2023年发展水平', '2024年年底前完成'])(
    '%s compares with a year, not a figure: qualitative',
    (printed) => {
      expect(deriveTarget(printed)).toEqual({ kind: 'qualitative' });
    },
  );

  it.each(['区级认缴基金金额支付准确率100%', '支持98个农村科技特派员专家团队入乡服务次数≥300次'])(
    '%s stays qualitative (no comparator, or several figures)',
    (printed) => {
      expect(deriveTarget(printed)).toEqual({ kind: 'qualitative' });
    },
  );
});

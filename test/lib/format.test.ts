import { describe, expect, it } from 'vitest';
import { formatAmount, formatShare, formatWanYuan, formatYiYuan, searchableAmount } from '../../src/lib/format.ts';

describe('amount formatting', () => {
  it('formats 万元 with zh-CN grouping and two decimals', () => {
    expect(formatWanYuan(12537)).toBe('12,537.00 万元');
    expect(formatWanYuan(4.5)).toBe('4.50 万元');
  });

  it('adds 亿元 from 10,000 万元 on', () => {
    expect(formatYiYuan(12537)).toBe('1.25 亿元');
    expect(formatAmount(12537)).toBe('12,537.00 万元（1.25 亿元）');
    expect(formatAmount(9999.99)).toBe('9,999.99 万元');
  });

  it('formats shares as percentages with one decimal', () => {
    expect(formatShare(7000, 9235.17)).toBe('75.8%');
    expect(formatShare(1, 0)).toBe('—');
    expect(formatShare(2.47, 190857.18)).toBe('<0.1%');
    expect(formatShare(0, 100)).toBe('0.0%');
  });

  it('spells an amount the ways a reader may search for it', () => {
    expect(searchableAmount(12537)).toBe('12537 12,537 12537.00');
    expect(searchableAmount(179.1)).toBe('179.1 179.10');
  });
});

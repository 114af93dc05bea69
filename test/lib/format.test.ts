import { describe, expect, it } from 'vitest';
import {
  formatAmount,
  formatChange,
  formatChangeRatio,
  formatShare,
  formatWanYuan,
  formatYiYuan,
  searchableAmount,
} from '../../src/lib/format.ts';

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

describe('year-over-year changes', () => {
  it('signs a change in 万元 and shows a dash where there is nothing to compare with, never 0', () => {
    expect(formatChange(250)).toBe('+250.00 万元');
    expect(formatChange(-200)).toBe('-200.00 万元');
    expect(formatChange(0)).toBe('0.00 万元');
    expect(formatChange(null)).toBe('—');
  });

  it('rounds the percentage for display only, and never shows a small real change as 0.0%', () => {
    expect(formatChangeRatio(25000 / 997670)).toBe('+2.5%');
    expect(formatChangeRatio(1 / 17)).toBe('+5.9%');
    expect(formatChangeRatio(-0.25)).toBe('-25.0%');
    expect(formatChangeRatio(0)).toBe('0.0%');
    expect(formatChangeRatio(0.0001)).toBe('<+0.1%');
    expect(formatChangeRatio(-0.0001)).toBe('<-0.1%');
    expect(formatChangeRatio(null)).toBe('—');
  });
});

/** The width model of printed text (src/ingest/layout-columns/widths.ts). */
import { describe, expect, it } from 'vitest';
import { nextUnit, oneWidth, widthGap } from '../../src/ingest/layout-columns/widths.ts';

describe('widths of printed text', () => {
  it('counts a Chinese character as one, full-width punctuation as a half to one, narrow characters by their own range', () => {
    expect(widthGap('一二三', '一二')).toEqual([1, 1]);
    expect(widthGap('一，', '一')).toEqual([0.5, 1]);
    expect(widthGap('一', '一，')).toEqual([-1, -0.5]);
    // The same digit is as wide wherever it stands: it cancels out.
    expect(widthGap('一8', '二8')).toEqual([0, 0]);
    expect(widthGap('一88', '二三')).toEqual([-0.1, 0.3]);
  });

  it('finds lines that cannot share one column width: a line as wide as another line plus the character it wrapped before', () => {
    // 一二三 wrapped before 四: the column holds fewer than four characters.
    expect(oneWidth([['一二三', '四五']])).toBe(true);
    expect(oneWidth([['一二三', '四五'], ['六七八九']])).toBe(false);
    // A line ending in punctuation may end a paragraph, not a wrap: it bounds nothing.
    expect(oneWidth([['一二。', '四五'], ['六七八九']])).toBe(true);
  });

  it('takes of the next line what a line would have had to hold to go on with it', () => {
    expect(nextUnit('授权数')).toBe('授');
    // Punctuation that may not start a line goes with the character before it.
    expect(nextUnit('展；年度')).toBe('展；');
    expect(nextUnit('态。”后')).toBe('态。”');
    // An opening bracket may not end a line: it goes with what follows it.
    expect(nextUnit('（%）')).toBe('（%）');
    expect(nextUnit('“名片”')).toBe('“名');
    // A word of digits and letters does not break.
    expect(nextUnit('2023年')).toBe('2023');
    expect(nextUnit('3D实地')).toBe('3D');
  });
});

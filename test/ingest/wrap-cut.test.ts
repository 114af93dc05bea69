/**
 * Two wrapped text columns side by side, cut by how each column wraps
 * (src/ingest/layout-columns/wrap-cut.ts): columns printed as a table prints them, each line filled
 * as far as its width allows, the two touching or one space apart.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cutByWrapping, type TwoColumnLine } from '../../src/ingest/layout-columns/wrap-cut.ts';

const IDEOGRAPHS = [...'项目资金绩效指标产出质量建设服务发展管理经费保障人才数字'];
const CLOSING = [...'，。、；”'];
const OPENING = [...'“'];
const DIGITS = [...'0123456789'];

/** A font: each character's width, in widths of a Chinese character, within the ranges the reader allows. */
const font = fc.record({ digit: fc.constantFrom(0.5, 0.55, 0.6), quote: fc.constantFrom(0.35, 0.5, 1) }).map(
  ({ digit, quote }) =>
    (ch: string) =>
      DIGITS.includes(ch) ? digit : OPENING.includes(ch) || ch === '”' ? quote : 1,
);

const text = fc
  .array(
    fc.oneof(
      { weight: 30, arbitrary: fc.constantFrom(...IDEOGRAPHS) },
      { weight: 3, arbitrary: fc.constantFrom(...CLOSING) },
      { weight: 1, arbitrary: fc.constantFrom(...OPENING) },
      { weight: 2, arbitrary: fc.integer({ min: 1, max: 9999 }).map(String) },
    ),
    { minLength: 30, maxLength: 160 },
  )
  .map((parts) => parts.join(''));

/**
 * Lines of `text` filled to `room`: a line breaks only where the next unit does not fit (digits do
 * not break; closing punctuation goes with the character before it, an opening one with the next).
 */
function wrap(text: string, room: number, width: (ch: string) => number): string[] {
  const chars = [...text];
  const units: string[] = [];
  for (let i = 0; i < chars.length; ) {
    let j = i + 1;
    if (DIGITS.includes(chars[i] ?? '')) while (DIGITS.includes(chars[j] ?? '')) j++;
    while (OPENING.includes(chars[j - 1] ?? '') && j < chars.length) j++;
    while (CLOSING.includes(chars[j] ?? '')) j++;
    units.push(chars.slice(i, j).join(''));
    i = j;
  }
  const lines: string[] = [''];
  const widthOf = (s: string) => [...s].reduce((w, ch) => w + width(ch), 0);
  for (const u of units) {
    const last = lines.at(-1) ?? '';
    if (last !== '' && widthOf(last + u) > room) lines.push(u);
    else lines[lines.length - 1] = last + u;
  }
  return lines;
}

describe('two wrapped columns side by side', () => {
  it('are cut where the way each wraps leaves one place, and only there: never a wrong cut', () => {
    fc.assert(
      fc.property(
        font,
        text,
        text,
        fc.integer({ min: 8, max: 16 }),
        fc.integer({ min: 10, max: 22 }),
        // Which lines their spaces cut (most), and which print the two columns one space apart.
        fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }),
        fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }),
        fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }),
        (width, goal, indicators, goalRoom, indicatorRoom, unknown, unknownToo, spaced) => {
          const first = wrap(goal, goalRoom, width);
          const second = wrap(indicators, indicatorRoom, width);
          const truth = Array.from({ length: Math.max(first.length, second.length) }, (_, i) => [
            first[i] ?? '',
            second[i] ?? '',
          ]);
          const lines: TwoColumnLine[] = truth.map(([a = '', b = ''], i) => {
            // A line whose first column is empty, or one of the lines cut by their spaces, is known.
            const certain = a === '' || !(unknown[i % unknown.length] && unknownToo[i % unknownToo.length]);
            const gap = b === '' ? '' : spaced[i % spaced.length] ? ' ' : '';
            return { text: `${a}${gap}${b}`, parts: certain ? [a, b] : null };
          });
          const cut = cutByWrapping(lines);
          cut.forEach((parts, i) => {
            if (parts) expect(parts).toEqual(truth[i]);
          });
        },
      ),
      { numRuns: 400 },
    );
  });

  it('cut a line of two touching columns where only one place leaves both lines possible', () => {
    // The first column holds 4 characters (建设服务 filled a line before 发 of the next): in
    // 建设服务管理经费, its line goes on with 发展 below, so it took as much as it could, 建设服务
    // (建设服 would have had room for 发, 建设服务管 is wider than the column).
    const lines: TwoColumnLine[] = [
      { text: '建设服务 项目资金绩效', parts: ['建设服务', '项目资金绩效'] },
      { text: '发展人才 指标产出质量', parts: ['发展人才', '指标产出质量'] },
      { text: null, parts: null },
      { text: '建设服务管理经费', parts: null },
      { text: '发展', parts: ['发展', ''] },
    ];
    expect(cutByWrapping(lines)).toEqual([
      ['建设服务', '项目资金绩效'],
      ['发展人才', '指标产出质量'],
      null,
      ['建设服务', '管理经费'],
      ['发展', ''],
    ]);
  });
});

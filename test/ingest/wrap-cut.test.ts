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

/** Two texts wrapped side by side, each to its column's room in one font: the lines of both, in pairs. */
const columns = fc
  .record({
    width: font,
    goal: text,
    indicators: text,
    goalRoom: fc.integer({ min: 8, max: 16 }),
    indicatorRoom: fc.integer({ min: 10, max: 22 }),
  })
  .map(({ width, goal, indicators, goalRoom, indicatorRoom }) => {
    const first = wrap(goal, goalRoom, width);
    const second = wrap(indicators, indicatorRoom, width);
    return Array.from({ length: Math.max(first.length, second.length) }, (_, i): [string, string] => [
      first[i] ?? '',
      second[i] ?? '',
    ]);
  });

/** Every line the cut cuts is cut as printed. */
function expectNoWrongCut(lines: readonly TwoColumnLine[], truth: ReadonlyArray<readonly [string, string]>): void {
  cutByWrapping(lines).forEach((parts, i) => {
    if (parts) expect(parts).toEqual(truth[i]);
  });
}

describe('two wrapped columns side by side', () => {
  it('are cut where the way each wraps leaves one place, and only there: never a wrong cut', () => {
    fc.assert(
      fc.property(
        columns,
        // Which lines their spaces cut (most), and which print the two columns one space apart.
        fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }),
        fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }),
        fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }),
        (truth, unknown, unknownToo, spaced) => {
          const lines: TwoColumnLine[] = truth.map(([a, b], i) => {
            // A line whose first column is empty, or one of the lines cut by their spaces, is known.
            const certain = a === '' || !(unknown[i % unknown.length] && unknownToo[i % unknownToo.length]);
            const gap = b === '' ? '' : spaced[i % spaced.length] ? ' ' : '';
            return { text: `${a}${gap}${b}`, parts: certain ? [a, b] : null };
          });
          expectNoWrongCut(lines, truth);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('printed as poppler prints them, where the second column starts: never a wrong cut', () => {
    fc.assert(
      fc.property(
        columns,
        // The second column's place in the run's upper and lower block (the first column's
        // paragraphs may part it in two), at or past the end of the block's longest first-column line.
        fc.integer({ min: 0, max: 2 }),
        fc.integer({ min: 0, max: 2 }),
        fc.nat(),
        // Which lines print the two columns as one line of text (one space apart, as near as the first ends).
        fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }),
        // Whether the run opens a page: its first line then prints the second column where the line below does.
        fc.boolean(),
        (truth, upper, lower, parting, joined, opensPage) => {
          // Each block starts the column at or past the end of its longest line of the first column.
          const split = parting % (truth.length + 1);
          const longest = (lines: ReadonlyArray<readonly [string, string]>) =>
            Math.max(0, ...lines.map(([a]) => [...a].length));
          const blockOf = (i: number) =>
            i < split ? longest(truth.slice(0, split)) + upper : longest(truth.slice(split)) + lower;
          // A page's first line is printed so only where its first column ends by that place (else
          // poppler prints its second column on a line of its own).
          const opens = opensPage && [...(truth[0]?.[0] ?? '')].length <= blockOf(1);
          const placeOf = (i: number) => (opens && i === 0 ? blockOf(1) : blockOf(i));
          // How many spaces part the columns on each line: one where printed as one line of text.
          const gaps = truth.map(([a], i) => {
            const length = [...a].length;
            return joined[i % joined.length] && length < placeOf(i) ? 1 : placeOf(i) - length;
          });
          const printed = truth.map(([a, b], i) => (b === '' ? a : `${a}${' '.repeat(gaps[i] ?? 0)}${b}`));
          const lines: TwoColumnLine[] = truth.map(([a, b], i) => ({
            text: printed[i] ?? '',
            // Only lines with no text in the first column are known: every other is left to the cut.
            parts: a === '' ? [a, b] : null,
            // Where the second column is printed apart from the first (two spaces or more, or alone).
            ...(b !== '' && (a === '' || (gaps[i] ?? 0) >= 2) ? { apart: placeOf(i) } : {}),
            ...(opens && i === 0 ? { opensPage: true } : {}),
          }));
          expectNoWrongCut(lines, truth);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('cut a line where text touches only where the lines around it start the second column', () => {
    // wide-zero/003, 课题研究费: the 绩效目标 line 块，为黄埔区 广州开发区双链链长/链主工作 fills its
    // column; 企 could end it as far as widths tell, but the lines above and below print the 绩效指标
    // apart at character 22, where this line's 企 stands: 企业数量 is the 绩效指标's line.
    const known = (goal: string, indicators: string): TwoColumnLine => ({
      text: `${goal}${' '.repeat(22 - [...goal].length)}${indicators}`,
      parts: [goal, indicators],
      apart: 22,
    });
    const lines: TwoColumnLine[] = [
      known('测预警平台，以服务和支撑“双链”工作开展', '标值：“双链”监测预警平台建设完成率100%；年度指标值：'),
      known('为主要核心目标，聚焦产业链集群化、供应链', '“双链”监测预警平台建设完成率100%。2、1-产出指标；11-数'),
      known('本土化、创新链自主化、保障产业链和供应链', '量指标；政策宣贯场次；实施周期指标值：提出黄埔区中小企业'),
      known('安全稳定，重点建设产业大脑，构建重点产业', '数字化转型的政策建议一套；年度指标值：提出黄埔区中小企业'),
      known('链全景图、“双链”监测、公共服务等应用模', '数字化转型的政策建议一套。3、1-产出指标；11-数量指标；服务'),
      {
        text: '块，为黄埔区 广州开发区双链链长/链主工作 企业数量；实施周期指标值：开展全区约300余家软件企业的分',
        parts: null,
      },
      known('开展提供平台及数据支撑。', '类、统计和跟踪，为软件产业发展提供数据支撑；年度指标值：'),
    ];
    expect(cutByWrapping(lines)[5]).toEqual([
      '块，为黄埔区 广州开发区双链链长/链主工作',
      '企业数量；实施周期指标值：开展全区约300余家软件企业的分',
    ]);
  });

  it("cut a page's first line where text touches where the nearest line below starts the second column", () => {
    // wide-zero/003.txt line 55, the first of page 2: 额超5亿元…优于2023 and 区经济的发展… touch at
    // character 22, where line 56 prints the 绩效指标 apart. No line above it on the page prints the
    // column: its text there starts the page's block of it, placed where the lines below it are.
    const lines: TwoColumnLine[] = [
      {
        text: '额超5亿元，全年集成电路企业营收优于2023区经济的发展；实施周期指标值：通过实施清洁生产称号认定奖',
        parts: null,
        opensPage: true,
      },
      {
        text: '年。                    励扶持项目，促进我区企业绿色低碳清洁生产的长期可持续发',
        parts: ['年。', '励扶持项目，促进我区企业绿色低碳清洁生产的长期可持续发'],
        apart: 22,
      },
      // A 绩效目标 line that wrapped before 起 (lines 58 and 60): the column holds less than the line above.
      { text: '4、推动我区互联网、软件和信息服务等产业崛', parts: ['4、推动我区互联网、软件和信息服务等产业崛', ''] },
      { text: '起带动创新力和竞争力整体提升，通过政策兑', parts: ['起带动创新力和竞争力整体提升，通过政策兑', ''] },
    ];
    expect(cutByWrapping(lines)[0]).toEqual([
      '额超5亿元，全年集成电路企业营收优于2023',
      '区经济的发展；实施周期指标值：通过实施清洁生产称号认定奖',
    ]);
    // The same line with a line above it printing the column elsewhere: the place is not known.
    const above: TwoColumnLine = { text: '一二                     三四', parts: ['一二', '三四'], apart: 23 };
    const [first, ...rest] = lines;
    expect(cutByWrapping([above, { ...first, opensPage: false } as TwoColumnLine, ...rest])[1]).toBeNull();
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

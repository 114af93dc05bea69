/**
 * Department indicator rows with no blank line between cells, told apart only by their two values
 * repeating each other (src/ingest/department-form/repeated-values.ts).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readRepeatedValueRows, splitRowsFromName } from '../../src/ingest/department-form/repeated-values.ts';
import type { SourceLine } from '../../src/ingest/lines.ts';

const numbered = (texts: readonly string[]): SourceLine[] => texts.map((text, k) => ({ no: k + 1, text }));
const texts = (lines: readonly SourceLine[]) => lines.map((l) => l.text);
const shape = (rows: ReturnType<typeof readRepeatedValueRows>) =>
  rows?.map((r) => ({ name: texts(r.name), value: texts(r.value), lines: [r.lines[0]?.no, r.lines.at(-1)?.no] }));

describe('rows whose two values repeat each other', () => {
  it('the name alone, or sharing its line with the value (cells top-aligned)', () => {
    const rows = readRepeatedValueRows(
      numbered([
        '高质量举办第四届算法大赛',
        '一是持续优化赛',
        '事内容。',
        '一是持续优化赛',
        '事内容。',
        '吸引大模型人才 二是强化人才、',
        '生态等要素支撑。',
        '二是强化人才、',
        '生态等要素支撑。',
      ]),
    );
    expect(shape(rows)).toEqual([
      { name: ['高质量举办第四届算法大赛'], value: ['一是持续优化赛', '事内容。'], lines: [1, 5] },
      { name: ['吸引大模型人才'], value: ['二是强化人才、', '生态等要素支撑。'], lines: [6, 9] },
    ]);
  });

  it('a name wrapped over lines, a value of one line', () => {
    const rows = readRepeatedValueRows(numbered(['项目安排', '资金', '按规定控制和支付', '按规定控制和支付']));
    expect(shape(rows)).toEqual([{ name: ['项目安排', '资金'], value: ['按规定控制和支付'], lines: [1, 4] }]);
  });

  it('two values that differ, or text that is no row: not read', () => {
    expect(readRepeatedValueRows(numbered(['研发投入强度', '≥3%', '≥4%']))).toBeNull();
    expect(readRepeatedValueRows(numbered(['名称', '甲', '乙', '甲']))).toBeNull();
    expect(readRepeatedValueRows([])).toBeNull();
  });

  it('a value whose lines repeat among themselves (乙 乙 | 乙 乙): its one reading', () => {
    expect(shape(readRepeatedValueRows(numbered(['甲', '乙', '乙', '乙', '乙'])))).toEqual([
      { name: ['甲'], value: ['乙', '乙'], lines: [1, 5] },
    ]);
  });

  it('two readings: not read', () => {
    // One row (名 甲 | 名 甲, 甲 | 名 甲, 甲), or two (名 甲 名 | 甲 | 甲, then 名 | 甲 | 甲).
    expect(readRepeatedValueRows(numbered(['名 甲', '名 甲', '甲', '名 甲', '甲']))).toBeNull();
  });

  it('the head of a name before a row whose values are on its own line', () => {
    const lines = numbered(['名称一', '值', '值', '名称二的', '前半']);
    expect(splitRowsFromName(lines)).toEqual({
      rows: [{ name: lines.slice(0, 1), value: lines.slice(1, 2), lines: lines.slice(0, 3) }],
      name: lines.slice(3),
    });
    expect(splitRowsFromName(lines.slice(3))).toEqual({ rows: [], name: lines.slice(3) });
  });

  it('rows written from any names and values are read as written, or not at all (property)', () => {
    // Few distinct words, so that lines repeat by chance and readings compete.
    const word = fc.constantFrom('甲', '乙', '丙', '甲乙', '乙丙');
    const cell = fc.array(word, { minLength: 1, maxLength: 3 });
    const row = fc.record({ name: cell, value: cell, top: fc.boolean() });
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 4 }), (rows) => {
        // A name holding a run of lines printed twice is what the values look like: not a name of this form.
        fc.pre(rows.every((r) => r.name.every((w, k) => k === 0 || w !== r.name[k - 1])));
        const written = rows.flatMap(({ name, value, top }) =>
          top && name.length === 1
            ? [`${name[0]} ${value[0]}`, ...value.slice(1), ...value]
            : [...name, ...value, ...value],
        );
        const read = readRepeatedValueRows(numbered(written));
        if (read === null) return;
        expect(read.map((r) => [texts(r.name), texts(r.value)])).toEqual(rows.map((r) => [r.name, r.value]));
      }),
      { numRuns: 300 },
    );
  });
});

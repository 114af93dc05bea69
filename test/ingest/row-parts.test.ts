/**
 * Indicator rows printed with no blank line between them (src/ingest/layout-columns/row-parts.ts):
 * parted where they part into whole rows one way only, and only next to label text.
 */
import { describe, expect, it } from 'vitest';
import type { Cells } from '../../src/ingest/layout-columns/indicator-cells.ts';
import { uniqueRows } from '../../src/ingest/layout-columns/row-parts.ts';

/** A line's cells: [name, value] and the label text it holds, if any. */
const line = (no: number, name: string, value: string, level1 = ''): Cells => ({
  no,
  level1,
  level2: '',
  name,
  period: value,
  annual: value,
  sectionLabel: false,
});

const numbers = (rows: Cells[][] | null) => rows?.map((r) => r.map((c) => c.no));

describe('rows with no blank line between them', () => {
  // wide-zero/000.txt lines 62–73, cut short: a row of five lines, its name on the middle one, then
  // a row of four value lines with its name on a line of its own midway, the 一级 label 效益指标 on
  // the first line of the second row (it stood in the gap).
  const run = [
    line(62, '', '一是持续优化'),
    line(63, '', '更多前沿科技'),
    line(64, '高质量举办', '人数超8000人'),
    line(65, '', '升赛事成果'),
    line(66, '', '威赛事。'),
    line(67, '', '二是强化人才', '效益指标'),
    line(68, '', '撑，举办琶洲'),
    line(69, '吸引大模型人才', ''),
    line(70, '', '少于5场，推动'),
    line(71, '', '业生态。'),
  ];

  it('are parted next to the label, where the cell on a line of its own is centred to the line', () => {
    // Parted above 66 or below 67 instead, 吸引大模型人才 (69), half a line off its row's other cells,
    // would be half a line off that row's middle.
    expect(numbers(uniqueRows(run, run))).toEqual([
      [62, 63, 64, 65, 66],
      [67, 68, 69, 70, 71],
    ]);
  });

  it('are not parted where no label text stands next to the place (no text took the gap)', () => {
    const unlabelled = run.map((c) => ({ ...c, level1: '' }));
    expect(uniqueRows(unlabelled, unlabelled)).toBeNull();
  });

  it('are left whole where a name ends short of its column and the next goes on: two rows that cannot be told apart', () => {
    // 建设 ends two characters short of 建设产业 (a name the table holds), so 62–63 are not one row;
    // nor can they be parted (no label between them).
    const two = [line(62, '建设', '80%'), line(63, '推动', '是')];
    expect(uniqueRows(two, [...two, line(70, '建设产业', '')])).toBeNull();
  });

  it('are not parted beyond 120 lines of text (none is a row that tall)', () => {
    const tall = Array.from({ length: 121 }, (_, i) => line(i + 1, i === 59 ? '建设' : '', '80%'));
    expect(uniqueRows(tall, tall)).toBeNull();
    expect(numbers(uniqueRows(tall.slice(0, 119), tall))?.[0]?.length).toBe(119);
  });
});

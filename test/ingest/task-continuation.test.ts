/**
 * Key tasks in column-aligned text (`pdftotext -layout`) whose last row on a page goes on at the
 * top of the next: the continuation joins its row where the widths of the table's columns say
 * which cells it continues (src/ingest/layout-columns/task-continuation.ts), else both are left out.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BodyLine } from '../../src/ingest/layout-columns/department.ts';
import { keyTaskRows } from '../../src/ingest/layout-columns/department-tasks.ts';
import { continuedColumns } from '../../src/ingest/layout-columns/task-continuation.ts';
import { printedLine } from './helpers.ts';
import { expectTasksReadOrNamed, type KeyTaskCells, keyTask } from './key-task-arbitrary.ts';

const body = (page: number, first: number, texts: readonly string[]): BodyLine[] =>
  texts.map((text, i) => ({ no: first + i, text, label: '', page }));

describe('a continuation at the top of a page', () => {
  it('reads a continuation as left-aligned columns, refusing text that runs into the next column', () => {
    expect(continuedColumns(body(1, 1, ['   一二三四    五六七', '   八九      十']))).toEqual([
      ['一二三四', '八九'],
      ['五六七', '十'],
    ]);
    expect(continuedColumns(body(1, 1, ['   一二三四五六七', '   八九  十']))).toBeNull();
  });
});

/** Two rows (名称 at 2, 内容 at 8, six characters a line, amount, 目标 nine a line); the second's 内容 goes on at the top of the next page, where pdftotext places it elsewhere. */
const CUT_CONTENT = [
  ...body(0, 1, [
    printedLine([
      [2, '甲任务'],
      [8, '一二三四五六'],
      [20, '1.00'],
      [25, '子丑寅卯辰巳午未申'],
    ]),
    printedLine([
      [8, '七八九十一二'],
      [25, '酉戌亥子丑寅卯辰巳'],
    ]),
    printedLine([
      [8, '三四五六七八'],
      [25, '午未申。'],
    ]),
    '',
    printedLine([
      [2, '乙任务'],
      [8, '天地玄黄宇宙'],
      [20, '2.00'],
      [25, '日月盈昃辰宿列张寒'],
    ]),
    printedLine([
      [8, '洪荒日月盈昃'],
      [25, '来暑往秋收冬藏闰余'],
    ]),
    printedLine([
      [8, '辰宿列张寒来'],
      [25, '成岁律吕调阳。'],
    ]),
  ]),
  ...body(1, 8, [printedLine([[4, '暑往秋收冬藏']]), printedLine([[4, '闰余成岁。']])]),
];

describe('a key task cut by a page break', () => {
  it('adds the rest to the cell whose width it has, and cites the lines on both pages', () => {
    const { rows, findings } = keyTaskRows(CUT_CONTENT);
    expect(findings).toEqual([]);
    expect(rows).toEqual([
      {
        text: '甲任务\t一二三四五六七八九十一二三四五六七八\t1.00\t子丑寅卯辰巳午未申酉戌亥子丑寅卯辰巳午未申。',
        from: 1,
        to: 3,
      },
      {
        text: '乙任务\t天地玄黄宇宙洪荒日月盈昃辰宿列张寒来暑往秋收冬藏闰余成岁。\t2.00\t日月盈昃辰宿列张寒来暑往秋收冬藏闰余成岁律吕调阳。',
        from: 5,
        to: 9,
      },
    ]);
  });

  it('adds two columns to 内容 and 目标, the only cells in order whose widths they fit', () => {
    const lines = [
      ...CUT_CONTENT.slice(0, 7),
      ...body(1, 8, [
        printedLine([
          [2, '暑往秋收冬藏'],
          [12, '张寒来暑往秋收冬'],
        ]),
        printedLine([
          [2, '闰余成岁。'],
          [12, '藏。'],
        ]),
      ]),
    ];
    expect(keyTaskRows(lines).rows[1]).toEqual({
      text: '乙任务\t天地玄黄宇宙洪荒日月盈昃辰宿列张寒来暑往秋收冬藏闰余成岁。\t2.00\t日月盈昃辰宿列张寒来暑往秋收冬藏闰余成岁律吕调阳。张寒来暑往秋收冬藏。',
      from: 5,
      to: 9,
    });
  });

  it('leaves both parts out, naming their lines, where the continuation fits more than one cell', () => {
    // One short line: as narrow as a last line of 内容 or of 目标.
    const lines = [...CUT_CONTENT.slice(0, 7), ...body(1, 8, [printedLine([[4, '闰余成岁。']])])];
    const { rows, findings } = keyTaskRows(lines);
    expect(rows.map((r) => r.from)).toEqual([1]);
    expect(findings.map((f) => [f.code, f.lines])).toEqual([
      ['layout-row-uncertain', { from: 5, to: 7 }],
      ['layout-row-uncertain', { from: 8, to: 8 }],
    ]);
  });

  it('leaves a continuation in the name column out: it may be a row of its own with no amount', () => {
    const lines = [
      ...CUT_CONTENT.slice(0, 7),
      ...body(1, 8, [
        printedLine([
          [2, '丙任务'],
          [8, '暑往秋收冬藏'],
          [18, '张寒来暑往秋收冬'],
        ]),
      ]),
    ];
    expect(keyTaskRows(lines).rows.map((r) => r.from)).toEqual([1]);
  });
});

/** Greedy wrapping at a column width: a Chinese character or full-width mark 1, a digit 0.5. */
function wrap(text: string, room: number): string[] {
  const lines: string[] = [];
  let line = '';
  let used = 0;
  for (const ch of text) {
    const w = /\d/.test(ch) ? 0.5 : 1;
    if (used + w > room && line) {
      lines.push(line);
      line = '';
      used = 0;
    }
    line += ch;
    used += w;
  }
  if (line) lines.push(line);
  return lines;
}

const task = keyTask(60, 99_999);
type Task = KeyTaskCells;

/**
 * The table printed top-aligned as pdftotext -layout does, one character a place; the rows from
 * `cutRow` on are on the next page from one of its lines after the first (picked by `cutSeed`), where
 * the columns start `shift` places apart.
 */
function printCut(
  tasks: readonly Task[],
  rooms: readonly [number, number, number],
  cutRow: number,
  cutSeed: number,
  shift: number,
): { lines: BodyLine[]; rowLines: number[][] } {
  const chars = rooms.map((r) => 2 * Math.ceil(r) + 2);
  const [nameC = 0, contentC = 0] = chars;
  const at = (page: number) => {
    const name = 2 + (page === 0 ? 0 : shift);
    const content = name + nameC + 2;
    const amountEnd = content + contentC + 10;
    return [name, content, amountEnd, amountEnd + 1];
  };
  const lines: BodyLine[] = [];
  const rowLines: number[][] = [];
  let no = 1;
  tasks.forEach((t, r) => {
    const cells = [wrap(t.name, rooms[0]), wrap(t.content, rooms[1]), wrap(t.target, rooms[2])];
    const height = Math.max(...cells.map((c) => c.length));
    const cutLine = height > 1 ? 1 + (cutSeed % (height - 1)) : 1;
    const own: number[] = [];
    for (let i = 0; i < height; i++) {
      const page = r > cutRow || (r === cutRow && i >= cutLine) ? 1 : 0;
      const [nameAt = 0, contentAt = 0, amountEnd = 0, targetAt = 0] = at(page);
      const amount = i === 0 ? t.amount : '';
      const text = printedLine([
        [nameAt, cells[0]?.[i]],
        [contentAt, cells[1]?.[i]],
        [amountEnd - amount.length, amount],
        [targetAt, cells[2]?.[i]],
      ]);
      own.push(no);
      lines.push({ no: no++, text, label: '', page });
    }
    rowLines.push(own);
    lines.push({ no: no++, text: '', label: '', page: r >= cutRow ? 1 : 0 });
  });
  return { lines, rowLines };
}

describe('property: key tasks cut by a page break', () => {
  it('are read back cell for cell, or left out with their lines: never a wrong value', () => {
    fc.assert(
      fc.property(
        fc.array(task, { minLength: 1, maxLength: 4 }),
        fc.tuple(
          fc.integer({ min: 4, max: 10 }),
          fc.integer({ min: 4, max: 20 }),
          fc.integer({ min: 4, max: 20 }),
          fc.constantFrom(0, 0.25, 0.5, 0.75),
        ),
        fc.nat(),
        fc.nat(),
        fc.integer({ min: -2, max: 12 }),
        (tasks, [nameW, contentW, targetW, slack], cutAt, cutSeed, shift) => {
          const cutRow = cutAt % tasks.length;
          const rooms = [nameW + slack, contentW + slack, targetW + slack] as const;
          const { lines, rowLines } = printCut(tasks, rooms, cutRow, cutSeed, shift);
          expectTasksReadOrNamed(tasks, rowLines, keyTaskRows(lines));
        },
      ),
      { numRuns: 300 },
    );
  });
});

/**
 * The department form in column-aligned text (`pdftotext -layout`): its budget block, goal and key
 * tasks rebuilt from the columns (src/ingest/layout-columns/department.ts), the rest left out with
 * a finding that names the lines.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/ingest/document.ts';
import { type BodyLine, splitLabel } from '../../src/ingest/layout-columns/department.ts';
import { indicatorRows } from '../../src/ingest/layout-columns/department-indicators.ts';
import { keyTaskRows } from '../../src/ingest/layout-columns/department-tasks.ts';
import { manifest } from '../../src/ingest/manifest.ts';
import { readTextSource } from '../../src/ingest/source-text.ts';
import type { DepartmentOverallRecord } from '../../src/schema/index.ts';
import { FORMS_DIR } from '../fixtures/forms/samples.ts';
import { expectRecordOrLineError, lineEdit } from './damaged-text.ts';
import { BUDGET_000, overall, parseSample, printedLine, RECORDS_DIR } from './helpers.ts';
import { expectTasksReadOrNamed, keyTask } from './key-task-arbitrary.ts';
import { printPopplerTable } from './poppler-table.ts';

const LAYOUT_DIR = join(FORMS_DIR, 'text', 'pdftotext-layout');

/** A fixture's record, its lines changed by `edit` first where given. */
function parseFixture(style: string, key: string, edit = (lines: string[]) => lines): DepartmentOverallRecord {
  const entries = manifest.parse(JSON.parse(readFileSync(join(LAYOUT_DIR, style, 'manifest.json'), 'utf8')));
  const entry = entries.documents.find((d) => d.file === `${key}.txt`);
  if (!entry) throw new Error(`no fixture ${style}/${key}`);
  const lines = edit(readFileSync(join(LAYOUT_DIR, style, `${key}.txt`), 'utf8').split('\n'));
  const { record } = parseDocument(entry, readTextSource(new TextEncoder().encode(lines.join('\n'))));
  if (record.form !== 'department-overall') throw new Error(`${style}/${key} is not a department form`);
  return record;
}

type IndicatorOf = DepartmentOverallRecord['indicators'][number];
const indicatorFields = (i: IndicatorOf) => [i.level1.name, i.level2.name, i.name, i.periodValue, i.annualValue];

/** A sample's indicators as its committed record has them. */
function sampleIndicators(file: string): unknown[] {
  const sample = JSON.parse(readFileSync(join(RECORDS_DIR, file), 'utf8')) as DepartmentOverallRecord;
  return sample.indicators.map(indicatorFields);
}

describe('the department form from pdftotext -layout', () => {
  it('reads the budget block, with its section label centred among the rows, and cites the rows', () => {
    const record = parseFixture('centred', '000');
    expect(record.department).toBe('广州琶洲人工智能与数字经济试验区管理委员会');
    expect(record.budget).toEqual({
      ...BUDGET_000,
      lines: { from: 8, to: 18 },
    });
  });

  it('reads the goal as one text, its label alone on a line in the middle of it', () => {
    const record = parseFixture('centred', '000');
    expect(record.overallGoalLines).toEqual({ from: 20, to: 26 });
    expect(record.overallGoal).toHaveLength(1);
    expect(record.overallGoal[0]).toMatch(
      /^贯彻落实国家、省、市相关法律法规和政策，.*发展过程中的有关问题；.*交办的其他任务。$/,
    );
  });

  it('reads each key task from its columns, name and cells wrapped and centred', () => {
    const record = parseFixture('centred', '000');
    expect(record.keyTasks.map((t) => [t.name, t.amount, t.lines])).toEqual([
      ['高质量举办第四届算法大赛', 480, { from: 31, to: 43 }],
      ['高水平建设人工智能大模型应用示范区', 7000, { from: 45, to: 61 }],
      ['深度打造产业生态', 30, { from: 63, to: 101 }],
    ]);
    const [first] = record.keyTasks;
    expect(first?.content).toBe(
      '一是持续优化赛事内容，扩展更多前沿科技赛道，力争参赛人数超8000人。二是进一步提升赛事成果成效，深入参赛企业形成招商项目库和人才库，推动打造全球算法领域顶尖权威赛事。',
    );
    expect(first?.target).toBe(first?.content);
  });

  it('joins a key task cut by a page break to its rest on the next page, citing the lines of both', () => {
    const record = parseFixture('wide-zero', '000');
    const text = ({ name, content, amount, target }: DepartmentOverallRecord['keyTasks'][number]) => ({
      name,
      content,
      amount,
      target,
    });
    expect(record.keyTasks.map(text)).toEqual(overall(parseSample('000').record).keyTasks.map(text));
    expect(record.keyTasks.at(-1)?.lines).toEqual({ from: 38, to: 49 });
    expect(record.keyTasks.at(-1)?.content).toMatch(/^一是继续做好琶洲高新区.*同时探索出台专项人才政策。$/);
    expect(record.findings.filter((f) => f.code === 'layout-row-uncertain')).toEqual([]);
    // 62–73: two rows with no blank line between (the labels 效益指标 and 绩效指标 on line 69 took
    // the gap), parted at 68|69, the one place next to a label's line where both are whole rows:
    // 吸引大模型人才 stands on a line of its own (71) midway between its values' lines, as a cell
    // half a line off does. 支持琶洲实验室建设 and its label on line 76, between its values' two
    // lines (75, 77): one row.
    expect(record.indicators.map((i) => [i.level2.name, i.name, i.lines])).toEqual([
      ['经济效益指标', '高质量举办第四届算法大赛', { from: 62, to: 68 }],
      ['经济效益指标', '吸引大模型人才', { from: 69, to: 73 }],
      ['社会效益指标', '支持琶洲实验室建设', { from: 75, to: 77 }],
    ]);
  });

  it('reads the other tasks beside their wrapped label, amount included', () => {
    const record = parseFixture('top-narrow', '002');
    expect(record.otherTasks?.amount).toBe(2428);
    expect(record.otherTasks?.text).toMatch(/^推进我区电动汽车充电基础设施建设.*拟投入资金：2,428（万元）$/);
    expect(record.keyTasks).toHaveLength(7);
  });

  it('reads every indicator of a table whose labels stand at the top of their cells, the page without a column header included', () => {
    const record = parseFixture('top-narrow', '002');
    // 产出指标 stands on line 101, the first of its cell, which reaches at least down to 时效指标's
    // row (124–125): far above the middle, so labels are at the top and each covers the rows under
    // it. The third page (145–170) prints no column header: its columns are where its text starts.
    expect(record.indicators.map(indicatorFields)).toEqual(sampleIndicators('2025-d-9eaddf6e10-overall.json'));
    expect(
      record.indicators.filter((i) => [104, 145, 147].includes(i.lines.from)).map((i) => [i.name, i.lines]),
    ).toEqual([
      ['建设产业园', { from: 104, to: 104 }],
      ['新认定高新技术企业', { from: 145, to: 145 }],
      ['项目对满足群众充电需求、推动经济社会发展有积极作用（是/否）', { from: 147, to: 149 }],
    ]);
    expect(record.findings.filter((f) => f.code === 'layout-row-uncertain' && f.lines.from > 99)).toEqual([]);
  });

  it('reads every indicator of a table whose rows place their columns a few characters apart, cells touching', () => {
    const record = parseFixture('title-every-page', '002');
    // "企业技术改造项目备案审批办 控制在3个工作日" (143): the name fills its column and the value
    // follows one space after, where the row's next line starts it (38, the page's column at 39);
    // "生态效益指标 项目对…有积 有积极作用" (175): label, name and value each one space apart, the
    // row's second line "极作用 （是/否）" starting where the label puts the name (22, not 24).
    expect(record.indicators.map(indicatorFields)).toEqual(sampleIndicators('2025-d-9eaddf6e10-overall.json'));
    expect(record.indicators.filter((i) => [143, 175].includes(i.lines.from)).map((i) => [i.name, i.lines])).toEqual([
      ['企业技术改造项目备案审批办理时限', { from: 143, to: 144 }],
      ['项目对减少汽车尾气排放有积极作用 （是/否）', { from: 175, to: 176 }],
    ]);
    expect(record.findings.filter((f) => f.code === 'layout-row-uncertain' && f.lines.from > 110)).toEqual([]);
  });

  it('reads an indicator whose 二级 label touches its name, the row placing the name column two characters left', () => {
    const record = parseFixture('title-every-page', '000');
    // "经济效益指标 高质量举办第四届算法大赛": one space between the label and the name, which starts
    // at character 24 where the page's other names start at 26. Each reads as sample 000 prints it.
    expect(record.indicators.map(indicatorFields)).toEqual(sampleIndicators('2025-d-5b978d82ff-overall.json'));
    expect(record.indicators.map((i) => i.level2.name)).toEqual(['经济效益指标', '经济效益指标', '社会效益指标']);
    expect(record.indicators.map((i) => i.lines)).toEqual([
      { from: 82, to: 92 },
      { from: 94, to: 99 },
      { from: 101, to: 103 },
    ]);
  });

  it('reads the indicators whose centred 二级 label every placing over the rows agrees on, and leaves out the rest naming their lines', () => {
    const record = parseFixture('centred', '002');
    // Judged at the heights pdftotext's lines stand at (label-heights.ts: a line height within a
    // row, a gap between rows, neither known): 数量指标 (140, sharing 建设广州市…'s line) stands at
    // the middle of 134–146 for every line height and gap, and of 134–144 for none, so 营收上亿元
    // 企业数量 (146) is its; likewise 营收总额 (182), 新认定高新技术企业 (184) and 时尚产业规模
    // (196). The runs 152–158, 174–176 and 186–190 are each two rows around their label's line, each
    // row whole by itself, the upper name ending short of the column's width: read as two rows.
    // 164–166 is one run around 时效指标 whose name 企业技术改造项目备案审批 fills its line: one row
    // cut by the label's line, or two rows? Left out; and since the steps between its lines are not
    // known, 时效指标 may reach up over 互联网、软件和信息服务业营收增速 (160–162), left out too.
    // 202–204 ends page 3 and 205–207 opens page 4
    // with values above its name: they could be one row the break cuts, but each shares lines with
    // its own 二级 label, 服务对象满意度指标 and 经济成本指标, and a row lies in one cell: two rows.
    const sample = sampleIndicators('2025-d-9eaddf6e10-overall.json');
    const read = sample.map((_, i) => i).filter((i) => i !== 8 && i !== 9);
    expect(record.indicators.map(indicatorFields)).toEqual(read.map((i) => sample[i]));
    expect(record.indicators.map((i) => i.lines.from)).toEqual([
      134, 138, 140, 144, 146, 148, 152, 156, 168, 170, 172, 174, 176, 178, 182, 184, 186, 190, 192, 194, 196, 198, 202,
      205, 213,
    ]);
    const left = record.findings.filter((f) => f.code === 'layout-row-uncertain').map((f) => f.lines);
    expect(left.map((l) => `${l.from}-${l.to}`)).toEqual(['160-162', '164-166']);
  });

  it('does not read two rows printed with no blank line between as one, where a cell ends short of its column', () => {
    // Lines 192 and 194 of centred/002 with the blank line between them taken out: 高新技术企业从业人数
    // ends a character short of the names that fill the column, so it did not wrap onto 未来产业园….
    const record = parseFixture('centred', '002', (lines) => lines.filter((_, i) => i !== 192));
    expect(record.indicators.map((i) => i.name)).not.toContain('高新技术企业从业人数未来产业园累计孵化项目数');
    expect(record.indicators.filter((i) => i.lines.from >= 190 && i.lines.from <= 194).map((i) => i.name)).toEqual([
      '研发经费投入',
    ]);
    const left = record.findings.filter((f) => f.code === 'layout-row-uncertain').map((f) => f.lines);
    expect(left).toContainEqual({ from: 192, to: 193 });
  });

  it('reads the indicators under centred labels of the landscape table, its name wrapped at a space printed without it', () => {
    const record = parseFixture('wide-zero', '002');
    const sample = sampleIndicators('2025-d-9eaddf6e10-overall.json');
    // 90–92: the name wraps where the sample has a space ("数量 （个）"), which the text does not keep.
    const first = ['产出指标', '数量指标', '建成投运并接入粤易充平台的充电基础设施数量（个）', '587；3', '587；3'];
    // 94–96: two rows around 数量指标's line 95, the upper name short of the column's width. 103
    // opens a page whose first label, 时效指标 (109), cannot be centred over it: it goes on in the
    // cell of the last row before the break, 质量指标 (102, on its label's line). 数量指标 stands on
    // a line of its own (95): only between the lines around it, which leaves 98 and 100 to either
    // it or 质量指标 (whose cell the page break cuts); 107 and 111 may be 时效指标's or not, and
    // 营收总额 and 新认定高新技术企业 (123–124, rows meeting where 效益指标 took the gap) either side
    // of it: all left out.
    const read = [1, 2, 5, 6, 7, 9, 11, 12, 13, 14, 15, 18, 19, 20, 21, 22, 23, 24, 25, 26];
    expect(record.indicators.map(indicatorFields)).toEqual([first, ...read.map((i) => sample[i])]);
    expect(record.indicators.map((i) => i.lines.from)).toEqual([
      90, 94, 96, 102, 103, 105, 109, 113, 115, 117, 119, 121, 126, 130, 132, 134, 136, 138, 140, 142, 146,
    ]);
  });

  it('takes a section label off the margin, keeping the cells at their positions', () => {
    expect(splitLabel({ no: 3, text: '年度重点工作任务     一是' }, 0)).toEqual({
      no: 3,
      text: '             一是',
      label: '年度重点工作任务',
      page: 0,
    });
    expect(splitLabel({ no: 4, text: '         基本支出' }, 1).label).toBe('');
  });
});

const task = keyTask(40, 9_999_999);

const wrap = (text: string, width: number): string[] =>
  Array.from({ length: Math.ceil([...text].length / width) }, (_, i) =>
    [...text].slice(i * width, (i + 1) * width).join(''),
  );

/**
 * The table as pdftotext -layout prints it: each cell wrapped to its column's width, at the top
 * of its row or centred in it, the columns `gap` characters apart (a gap of one lets text touch).
 */
function printTable(
  tasks: ReadonlyArray<{ name: string; content: string; amount: string; target: string }>,
  widths: [number, number, number],
  gap: number,
  centred: boolean,
): { lines: BodyLine[]; rowLines: number[][] } {
  const [nameW, contentW, targetW] = widths;
  const nameAt = 9;
  const contentAt = nameAt + nameW + gap;
  const amountEnd = contentAt + contentW + gap + 10;
  const targetAt = amountEnd + gap;
  const lines: BodyLine[] = [];
  const rowLines: number[][] = [];
  let no = 1;
  for (const t of tasks) {
    const cells = [wrap(t.name, nameW), wrap(t.content, contentW), [t.amount], wrap(t.target, targetW)];
    const height = Math.max(...cells.map((c) => c.length));
    const placed = cells.map((c) => {
      const top = centred ? Math.floor((height - c.length) / 2) : 0;
      return Array.from({ length: height }, (_, i) => c[i - top] ?? '');
    });
    const own: number[] = [];
    for (let i = 0; i < height; i++) {
      const amount = placed[2]?.[i] ?? '';
      const text = printedLine([
        [nameAt, placed[0]?.[i]],
        [contentAt, placed[1]?.[i]],
        [amountEnd - amount.length, amount],
        [targetAt, placed[3]?.[i]],
      ]);
      own.push(no);
      lines.push({ no: no++, text, label: '', page: 0 });
    }
    rowLines.push(own);
    lines.push({ no: no++, text: '', label: '', page: 0 });
  }
  return { lines, rowLines };
}

describe('key tasks printed in columns', () => {
  it('read back cell for cell at any widths, or are left out with their lines: never a wrong value', () => {
    fc.assert(
      fc.property(
        fc.array(task, { minLength: 1, maxLength: 5 }),
        fc.tuple(fc.integer({ min: 2, max: 12 }), fc.integer({ min: 4, max: 20 }), fc.integer({ min: 4, max: 24 })),
        fc.integer({ min: 1, max: 4 }),
        fc.boolean(),
        (tasks, widths, gap, centred) => {
          const { lines, rowLines } = printTable(tasks, widths, gap, centred);
          const read = keyTaskRows(lines);
          expectTasksReadOrNamed(tasks, rowLines, read);
          if (gap >= 2) expect(read.rows).toHaveLength(tasks.length);
        },
      ),
    );
  });
});

describe('property: a column-aligned department form with lines lost, repeated or shifted', () => {
  const entry = { file: '002.txt', year: 2025, jurisdiction: '番禺区', form: 'department-overall' as const };
  it('is read into a valid record or refused with the line that shows why, never anything else', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('centred', 'top-narrow', 'wide-zero', 'title-every-page'),
        fc.array(lineEdit, { minLength: 1, maxLength: 4 }),
        (style, edits) =>
          expectRecordOrLineError(entry, readFileSync(join(LAYOUT_DIR, style, '002.txt'), 'utf8'), edits),
      ),
      { numRuns: 60 },
    );
  });
});

/**
 * An indicator table printed in columns: labels centred in their columns, cells at the top of their
 * rows or centred, labels at the top of their merged cells or centred in them (to the nearest line
 * above), every other row's 实施周期 column `valueShift` characters left of the page's. With
 * `touch`, the line of each 二级 label places its name that many characters left of the column, the
 * label one space before it (as pdftotext does where the two cells touch). `labelGaps`: a group (by
 * index) whose 二级 label stands on a row's line next to the blank line between two of its rows is
 * printed without that blank line (pdftotext prints none where text stands in the gap and takes a
 * line next to it). Tables with labels merged over several 二级 cells, at their true heights, are
 * printed by poppler-table.ts.
 */
function printIndicators(
  groups: ReadonlyArray<{ level1: string; level2: string; rows: ReadonlyArray<{ name: string; value: string }> }>,
  nameWidth: number,
  valueWidth: number,
  centred: boolean,
  touch = 0,
  labelsCentred = centred,
  valueShift = 0,
  labelGaps: readonly boolean[] = [],
): { lines: BodyLine[]; expected: Map<string, Array<[number, number]>> } {
  const at = [2, 10, 20, 21 + nameWidth + 2, 21 + nameWidth + valueWidth + 4];
  const widths = [6, 8, nameWidth, valueWidth, valueWidth];
  const grid: string[][] = [];
  const put = (line: number, column: number, text: string, centre: boolean, shift = 0) => {
    grid[line] ??= [];
    const row = grid[line];
    const from = (at[column] ?? 0) - shift + (centre ? Math.floor(((widths[column] ?? 0) - [...text].length) / 2) : 0);
    for (const [k, ch] of [...text].entries()) row[from + k] = ch;
  };
  for (const [c, h] of ['一级指标', '二级指标', '三级指标', '实施周期指标值', '年度指标值'].entries())
    put(0, c, h, true);
  const expected = new Map<string, Array<[number, number]>>();
  let line = 2;
  for (const [gi, g] of groups.entries()) {
    const groupTop = line;
    const groupSpans: Array<[number, number]> = [];
    for (const [index, r] of g.rows.entries()) {
      const cells = [wrap(r.name, nameWidth), wrap(r.value, valueWidth), wrap(r.value, valueWidth)];
      const height = Math.max(...cells.map((c) => c.length));
      for (const [k, c] of cells.entries()) {
        const top = line + (centred ? Math.floor((height - c.length) / 2) : 0);
        // Every other row places its 实施周期 column `valueShift` characters left (touching a full name at 1).
        const shift = k === 1 && index % 2 === 1 ? valueShift : 0;
        for (const [j, text] of c.entries()) put(top + j, k + 2, text, false, shift);
      }
      const key = `${g.level1} ${g.level2} ${r.name} ${r.value} ${r.value}`;
      const span: [number, number] = [line, line + height - 1];
      groupSpans.push(span);
      expected.set(key, [...(expected.get(key) ?? []), span]);
      line += height + 1;
    }
    const labelAt = labelsCentred ? Math.floor((groupTop + line - 2) / 2) : groupTop;
    if (touch > 0) {
      grid[labelAt] ??= [];
      const row: string[] = grid[labelAt] ?? [];
      const nameAt = at[2] ?? 0;
      const name = row.slice(nameAt, nameAt + nameWidth);
      row.splice(nameAt - touch, touch + name.length, ...name, ...Array<string>(touch).fill(' '));
      const labelFrom = nameAt - touch - 1 - [...g.level2].length;
      for (const [k, ch] of [...g.level2].entries()) row[labelFrom + k] = ch;
    } else put(labelAt, 1, g.level2, true);
    put(labelAt, 0, g.level1, true);
    const gap = groupSpans.findIndex(
      ([, bottom], i) => groupSpans[i + 1]?.[0] === bottom + 2 && [bottom, bottom + 2].includes(labelAt),
    );
    const above = groupSpans[gap];
    if (labelGaps[gi] && above) {
      grid.splice(above[1] + 1, 1);
      for (const spans of expected.values())
        for (const span of spans) for (const k of [0, 1]) if ((span[k] ?? 0) > above[1]) span[k] = (span[k] ?? 0) - 1;
      line -= 1;
    }
  }
  const lines = Array.from({ length: line }, (_, i) => ({
    no: i + 1,
    text: Array.from(grid[i] ?? [], (ch) => ch ?? ' ').join(''),
    label: '',
    page: 0,
  }));
  return { lines, expected };
}

/**
 * The printed table on two pages, the column header repeated at the top of the second: the break
 * falls before a body line picked by `seed`, between rows or inside one. Labels stay where they
 * were printed, centred over their whole cells, on whichever page that is.
 */
function withPageBreak(
  printed: { lines: BodyLine[]; expected: Map<string, Array<[number, number]>> },
  seed: number,
): { lines: BodyLine[]; expected: Map<string, Array<[number, number]>> } {
  const [header] = printed.lines;
  const at = 3 + (seed % Math.max(1, printed.lines.length - 3));
  if (!header || at >= printed.lines.length) return printed;
  const lines = [...printed.lines.slice(0, at), header, ...printed.lines.slice(at)].map((l, i) => ({
    ...l,
    no: i + 1,
    page: i >= at ? 1 : 0,
  }));
  const moved = (n: number) => (n >= at ? n + 1 : n);
  const expected = new Map(
    [...printed.expected].map(([key, spans]) => [
      key,
      spans.map(([top, bottom]): [number, number] => [moved(top), moved(bottom)]),
    ]),
  );
  return { lines, expected };
}

/** Each row read is a row printed with this very text: its lines (numbered from 1) lie within the row read. */
function expectRowsPrinted(
  rows: ReadonlyArray<{ text: string; from: number; to: number }>,
  expected: ReadonlyMap<string, Array<[number, number]>>,
): void {
  for (const r of rows) {
    const spans = expected.get(r.text) ?? [];
    expect(
      spans.some(([top, bottom]) => r.from <= top + 1 && r.to >= bottom + 1),
      r.text,
    ).toBe(true);
  }
}

describe('indicators printed in columns', () => {
  const group = fc.constantFrom(
    ['产出指标', '数量指标'],
    ['产出指标', '质量指标'],
    ['效益指标', '社会效益指标'],
    ['成本指标', '经济成本指标'],
  );
  const row = fc.record({
    name: fc
      .array(fc.constantFrom('建', '设', '产', '业', '园', '数', '量'), { minLength: 1, maxLength: 20 })
      .map((c) => c.join('')),
    value: fc.constantFrom('80%', '≥30家', '约1.9万平方米', '是', '按规定控制和支付到位'),
  });
  it("are left out where one line of a row shows its column a little left and another at the page's place", () => {
    // A name of one line: lines 3 and 4 cannot be two rows (the second would have none).
    const groups = [
      { level1: '产出指标', level2: '数量指标', rows: [{ name: '建设产业园数', value: '按规定控制和支付到位' }] },
    ];
    const { lines } = printIndicators(groups, 6, 8, false);
    expect(indicatorRows(lines).rows.map((r) => r.text)).toEqual([
      '产出指标 数量指标 建设产业园数 按规定控制和支付到位 按规定控制和支付到位',
    ]);
    // The 实施周期 text of the row's first line (3) moved two characters left, its second line's kept.
    const moved = lines.map((l) =>
      l.no === 3 ? { ...l, text: l.text.replace('   按规定控制和支付', ' 按规定控制和支付  ') } : l,
    );
    const { rows, findings } = indicatorRows(moved);
    expect(rows).toEqual([]);
    expect(findings.map((f) => f.lines)).toEqual([{ from: 3, to: 4 }]);
  });

  it('read back with their own categories, or are left out: never under another label', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(group, fc.array(row, { minLength: 1, maxLength: 4 })), { minLength: 1, maxLength: 4 }),
        fc.integer({ min: 3, max: 12 }),
        fc.integer({ min: 3, max: 8 }),
        fc.boolean(),
        // 0: the label centred in its column; else the name that many characters left, the label touching it.
        fc.integer({ min: 0, max: 5 }),
        // Labels centred in their merged cells while the rows' cells stand at the top, or as the cells.
        fc.boolean(),
        fc.integer({ min: 0, max: 3 }),
        fc.option(fc.nat(), { nil: undefined }),
        fc.array(fc.boolean(), { maxLength: 4 }),
        (spec, nameWidth, valueWidth, centred, touch, labelsCentred, valueShift, breakSeed, labelGaps) => {
          const groups = spec.map(([[level1 = '', level2 = ''], rows]) => ({ level1, level2, rows }));
          const printed = printIndicators(
            groups,
            nameWidth,
            valueWidth,
            centred,
            touch,
            centred || labelsCentred,
            valueShift,
            labelGaps,
          );
          const { lines, expected } = breakSeed === undefined ? printed : withPageBreak(printed, breakSeed);
          expectRowsPrinted(indicatorRows(lines).rows, expected);
        },
      ),
    );
  });

  // Two cases the property above once found, kept as examples.
  const r = (name: string, value: string) => ({ name, value });
  it('are left out where labels could stand at the top or centred and the two readings differ', () => {
    const groups = [
      { level1: '产出指标', level2: '数量指标', rows: [r('建', '80%'), r('建', '按规定控制和支付到位')] },
      { level1: '效益指标', level2: '社会效益指标', rows: [r('建建建建建', '80%')] },
    ];
    const { rows, findings } = indicatorRows(printIndicators(groups, 4, 6, false, 0, false, 1).lines);
    // At the top, 数量指标 covers lines 3-6; centred, 社会效益指标 (line 8) could cover 5-9.
    expect(rows).toEqual([
      { text: '产出指标 数量指标 建 80% 80%', from: 3, to: 3 },
      { text: '效益指标 社会效益指标 建建建建建 80% 80%', from: 8, to: 9 },
    ]);
    expect(findings.map((f) => f.lines)).toEqual([{ from: 5, to: 6 }]);
  });

  it('are left out where a 二级 label is cut into the 一级 column, so that not every label is seen', () => {
    const groups = [
      {
        level1: '成本指标',
        level2: '经济成本指标',
        rows: [r('建', '按规定控制和支付到位'), r('建', '按规定控制和支付到位')],
      },
      { level1: '产出指标', level2: '数量指标', rows: [r('建', '80%'), r('建', '80%')] },
      {
        level1: '成本指标',
        level2: '经济成本指标',
        rows: [r('建', '80%'), r('建', '80%'), r('建', '80%'), r('建', '80%')],
      },
    ];
    // Lines 5 and 16 print "成本指标 经济成本指标" one space apart: both read as the 一级 column.
    const { rows, findings } = indicatorRows(printIndicators(groups, 4, 6, false, 5, true, 1).lines);
    expect(rows).toEqual([]);
    expect(findings.map((f) => f.lines)).toEqual([
      { from: 3, to: 7 },
      { from: 9, to: 11 },
      { from: 13, to: 13 },
      { from: 15, to: 17 },
      { from: 19, to: 19 },
    ]);
  });
});

describe('indicators under labels centred in merged cells', () => {
  // The taxonomy's categories in the form's order, each with its 一级.
  const categories = [
    ['产出指标', '数量指标'],
    ['产出指标', '质量指标'],
    ['产出指标', '时效指标'],
    ['产出指标', '成本指标'],
    ['效益指标', '经济效益指标'],
    ['效益指标', '社会效益指标'],
    ['满意度指标', '服务对象满意度指标'],
    ['成本指标', '经济成本指标'],
  ];
  const nameWidth = 6;
  const row = fc.record({
    // Wrapped to one to four lines.
    name: fc
      .array(fc.constantFrom('建', '设', '产', '业', '园', '数', '量'), { minLength: 1, maxLength: 4 * nameWidth })
      .map((c) => c.join('')),
    value: fc.constantFrom('80%', '≥30家', '约1.9万平方米', '是', '按规定控制和支付到位'),
  });
  const table = fc
    .subarray(categories, { minLength: 1 })
    .chain((cats) =>
      fc.tuple(...cats.map((c) => fc.tuple(fc.constant(c), fc.array(row, { minLength: 1, maxLength: 4 })))),
    );

  it('read back with their own categories, or left out with a finding naming their lines: never a wrong one', () => {
    // Printed at their heights (poppler-table.ts): lines a line height (1.2 to 1.8 font sizes) apart
    // within a row, rows a gap apart that prints one or two blank lines (kept clear of a whole number
    // of font sizes, where pdftotext may print a blank line between some rows and not others). On one
    // page: a page break inside a row of centred cells can leave a half-line-off name with the rest
    // of the row on the next page, which the reader does not yet always tell from a whole row.
    fc.assert(
      fc.property(
        table,
        fc.integer({ min: 4, max: 8 }),
        fc.constantFrom(1.2, 1.35, 1.5, 1.8),
        fc.double({ min: 2.1, max: 3.9, noNaN: true }),
        (spec, valueWidth, lineHeight, rowGap) => {
          const groups = spec.map(([[level1 = '', level2 = ''], rows]) => ({ level1, level2, rows }));
          const { lines, expected } = printPopplerTable(groups, { nameWidth, valueWidth, lineHeight, rowGap });
          const { rows, findings } = indicatorRows(lines);
          expectRowsPrinted(rows, expected);
          for (const [text, spans] of expected)
            for (const [top, bottom] of spans) {
              const isRead = rows.some((r) => r.text === text && r.from <= top + 1 && r.to >= bottom + 1);
              const named = findings.some((f) => f.lines && f.lines.from <= bottom + 1 && f.lines.to >= top + 1);
              expect(isRead || named, `${text} at ${top + 1}`).toBe(true);
            }
        },
      ),
      // A few thousand runs locally (INDICATOR_RUNS=3000); CI keeps to a few seconds.
      { numRuns: Number(process.env.INDICATOR_RUNS ?? 300) },
    );
  });
});

/**
 * Column-aligned text (`pdftotext -layout`): columns cut by character position, rows found
 * around their amounts' line, and text of uncertain place left out (src/ingest/layout-columns/).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/ingest/document.ts';
import { InputError } from '../../src/ingest/errors.ts';
import { pagesOf, piecesOf } from '../../src/ingest/layout-columns/grid.ts';
import { readProjectColumns } from '../../src/ingest/layout-columns/project.ts';
import { knownItems, startsItem } from '../../src/ingest/layout-columns/project-rows.ts';
import {
  splitTextColumns,
  type TextColumns,
  widestLine,
  widthDifference,
  widthOf,
} from '../../src/ingest/layout-columns/text-columns.ts';
import { splitLines } from '../../src/ingest/lines.ts';
import { readTextSource } from '../../src/ingest/source-text.ts';
import { expectRecordOrLineError, lineEdit } from './damaged-text.ts';
import {
  allProjects,
  fixtureLines,
  fixtureText,
  parseFixture,
  parseSample,
  printedLine,
  projectCells,
} from './helpers.ts';

describe('the character grid', () => {
  it('cuts a line into runs of text apart by two spaces (or one), at their character positions', () => {
    const line = ' 机构运行保障经费        425.00      425.00                    业进驻 建设';
    expect(piecesOf(line)).toEqual([
      { from: 1, to: 9, text: '机构运行保障经费' },
      { from: 17, to: 23, text: '425.00' },
      { from: 29, to: 35, text: '425.00' },
      { from: 55, to: 61, text: '业进驻 建设' },
    ]);
    expect(piecesOf(line, 1).map((p) => p.text)).toEqual(['机构运行保障经费', '425.00', '425.00', '业进驻', '建设']);
  });

  it('starts a page at each form feed, which is no character of the line it opens', () => {
    const pages = pagesOf(splitLines('a\n\n  b\n\fc\n  d\n\f'));
    expect(pages).toEqual([
      [
        { no: 1, text: 'a' },
        { no: 2, text: '' },
        { no: 3, text: '  b' },
      ],
      [
        { no: 4, text: 'c' },
        { no: 5, text: '  d' },
      ],
    ]);
  });
});

describe('two text columns side by side', () => {
  // wide-zero/004.txt, page 7: the 绩效目标 column starts at 45, the 绩效指标 column at 69.
  const page = fixtureLines('wide-zero', '004').slice(196, 258);
  const columns: TextColumns = {
    firstAt: 45,
    secondAt: 69,
    exact: false,
    opensSecond: () => false,
    widest: widestLine(
      page.map((l) => l.text),
      45,
      69,
    ),
  };

  it('compare widths as character counts: only the narrow characters are uncertain', () => {
    expect(widthDifference(widthOf('一二三4'), widthOf('一二三'))).toEqual([0.45, 0.65]);
    expect(widthDifference(widthOf('一二3'), widthOf('一二3'))).toEqual([0, 0]);
    const [least, most] = widthDifference(widthOf('一二三四'), widthOf('1.一二三'));
    expect(least).toBeCloseTo(-0.15, 10);
    expect(most).toBeCloseTo(0.35, 10);
  });

  it('know the widest 绩效目标 line of the page (19 Chinese characters and "1.")', () => {
    expect([...(columns.widest ?? [])]).toEqual([
      ['1', 1],
      ['.', 1],
      ['wide', 19],
    ]);
  });

  it('cut a line at a gap of two spaces or more', () => {
    expect(splitTextColumns(page.find((l) => l.no === 257)?.text ?? '', columns)).toEqual([
      '务及行政支撑服务工作正常开展。',
      '满意度指标；31-服务对象满意度；驾驶员驻场服务；实施周期指',
    ]);
  });

  it('cut a line at one space where the next character could not have fitted on the 绩效目标 line', () => {
    // Line 253: "…聘用2人用以保障 值：…" – the 绩效目标 text, pushed right by its digit, touches the next column.
    expect(splitTextColumns(page.find((l) => l.no === 253)?.text ?? '', columns)).toEqual([
      '通过完成采购外包服务事项，聘用2人用以保障',
      '值：局机关后勤保障工作及行政支撑服务工作正常开展；年度指',
    ]);
  });

  it('leave a line uncut where the two columns touch without a space', () => {
    // wide-zero/003.txt line 55: "…营收优于2023区经济的发展…": where the 绩效目标 ends cannot be told.
    const lines = fixtureLines('wide-zero', '003');
    const text = lines[54]?.text ?? '';
    expect(text).toContain('优于2023区经济');
    expect(
      splitTextColumns(text, { firstAt: 36, secondAt: 58, exact: false, widest: null, opensSecond: () => false }),
    ).toBeNull();
  });

  it("cut a line at one space before text only the 绩效指标 column holds (an item's start)", () => {
    // title-every-page/004.txt line 397: the 绩效目标 has a space of its own ("1. 全年").
    const line = fixtureLines('title-every-page', '004')[396]?.text ?? '';
    const row = { firstAt: 52, secondAt: 69, exact: true, widest: null };
    expect(splitTextColumns(line, { ...row, opensSecond: startsItem })).toEqual([
      '1. 全年完成不少于30篇信息稿',
      '1、1-产出指标；11-数量指标；信息稿件；实施周期指标',
    ]);
    expect(splitTextColumns(line, { ...row, opensSecond: () => false })).toBeNull();
  });

  it("keep a line whole that ends before where its row's 绩效指标 column starts", () => {
    // title-every-page/004.txt line 300: digits push "2.通过增进与海外人才科研机构、" close to the next column.
    const line = fixtureLines('title-every-page', '004')[299]?.text ?? '';
    const row = { firstAt: 52, secondAt: 69, widest: null, opensSecond: startsItem };
    expect(splitTextColumns(line, { ...row, exact: true })).toEqual(['2.通过增进与海外人才科研机构、', '']);
    expect(splitTextColumns(line, { ...row, exact: false })).toBeNull();
  });

  it('leave a line that ends before the next column uncut where text one space after a nearly full line may be the next column joined to it', () => {
    // poppler prints two cells' text one space apart, as one line, where they stand less than 1.5
    // font sizes apart: then the first column's line comes within 1.5 characters of its width.
    const row = { firstAt: 4, secondAt: 20, exact: true, opensSecond: () => false };
    const widest = widthOf('一二三四五六七八九十');
    expect(splitTextColumns('    一二三四五六七八九 甲', { ...row, widest })).toBeNull();
    expect(splitTextColumns('    一二三四五 甲', { ...row, widest })).toEqual(['一二三四五 甲', '']);
    expect(splitTextColumns('    一二三四五 甲', { ...row, widest: null })).toBeNull();
    // top-narrow/003.txt line 139, on a page whose 绩效目标 width is not known: 广 may be a 绩效指标
    // line's, as far as the line tells (the row's 绩效指标 cell ended a page before: cell-end.ts).
    const [text = '', columns] = ['15、用于兑现《广州市黄埔区 广', { ...row, firstAt: 0, widest: null }] as const;
    expect(fixtureLines('top-narrow', '003')[138]?.text.trim()).toBe(text);
    expect(splitTextColumns(text, columns)).toBeNull();
  });

  it('keep a line that ends before the next column whole', () => {
    expect(
      splitTextColumns('    一二三  四', {
        firstAt: 4,
        secondAt: 20,
        exact: false,
        widest: null,
        opensSecond: () => false,
      }),
    ).toEqual(['一二三  四', '']);
    expect(
      splitTextColumns('                    甲乙', {
        firstAt: 4,
        secondAt: 20,
        exact: false,
        widest: null,
        opensSecond: () => false,
      }),
    ).toEqual(['', '甲乙']);
  });
});

describe('the 绩效指标 items whose text is known', () => {
  const cell = [
    '1、1-产出指标；11-数量指标；甲；乙；丙。2、2-效益指标；',
    '22-社会效益；丁；戊；己。3、3-满意度指标；31-服务对象满意度；庚；辛；壬。',
  ];

  it('all of them when nothing is unknown', () => {
    expect(knownItems(cell)).toBe(cell.join(''));
  });

  it('not the items that run into unknown text, nor the ones that may start in it', () => {
    expect(knownItems([cell[0] ?? '', null, cell[1] ?? ''])).toBe(
      '1、1-产出指标；11-数量指标；甲；乙；丙。3、3-满意度指标；31-服务对象满意度；庚；辛；壬。',
    );
    expect(knownItems([null, ...cell])).toBe(cell.join(''));
    expect(knownItems([null, '；乙；丙。2、2-效益指标；', cell[1] ?? ''])).toBe(
      '2、2-效益指标；22-社会效益；丁；戊；己。3、3-满意度指标；31-服务对象满意度；庚；辛；壬。',
    );
    expect(knownItems([...cell, null])).toBe(
      '1、1-产出指标；11-数量指标；甲；乙；丙。2、2-效益指标；22-社会效益；丁；戊；己。',
    );
    expect(knownItems([null, '1、1-产出指标；11-数量指标；甲；乙；丙。', null])).toBe('');
  });
});

describe('the project form in columns (pdftotext -layout)', () => {
  it('rebuilds each row as one tab-separated line numbered by its first line, and knows the lines it spans', () => {
    // wide-zero/001.txt: a three-line header; names wrapped around their amounts' line.
    const reading = readProjectColumns(fixtureLines('wide-zero', '001').slice(0, 49));
    expect(reading.findings).toEqual([]);
    expect(reading.lines.map((l) => [l.no, reading.spans.get(l.no)?.to, l.text.split('\t').slice(0, 5)])).toEqual([
      [1, 1, ['项目支出绩效目标表（含转移支付项目）']],
      [2, 2, ['部门名称：广州琶洲人工智能与数字经济试验区管理委员会 单位：万元']],
      [4, 6, ['项目名称（资金使用单位）', '总计', '财政拨款', '财政专户拨款', '其他资金']],
      [8, 8, ['合计', '9,235.17', '9,235.17', '0.00', '0.00']],
      [10, 12, ['广州琶洲人工智能与数字经济试验区管理委员会', '9,203.17', '9,203.17', '0.00', '0.00']],
      [14, 40, ['机构运行保障经费', '425.00', '425.00', '0.00', '0.00']],
      [42, 48, ['支持琶洲实验室建设经费', '400.00', '400.00', '0.00', '0.00']],
    ]);
    expect(reading.lines.at(-1)?.text.split('\t').slice(5)).toEqual([
      '支持琶洲实验室建设，为其提供场地保障和高水平服务，加快推进实验室入驻，为区域产业发展提供技术支持。',
      '1、1-产出指标；13-时效指标；经费拨付时间；实施周期指标值：经费到位后，7个工作日内拨出；年度指标值：经费到位后，7个工作日内拨出。2、2-效益指标；22-社会效益；支持琶洲实验室建设；实施周期指标值：按时申请经费，支持琶洲实验室建设；年度指标值：按时申请经费，支持琶洲实验室建设。',
    ]);
  });

  it('places empty amount cells by the column header over them', () => {
    // centred/001.txt prints blank cells for 0.00: two amounts, 总计 and 财政拨款.
    const reading = readProjectColumns(fixtureLines('centred', '001').slice(0, 10));
    expect(reading.lines.at(-1)?.text).toBe('广州琶洲人工智能与数字经济试验区管理委员会\t9,203.17\t9,203.17\t\t\t\t');
  });

  it('gives the record the lines of the text itself: a project cites all the lines of its row', () => {
    const { record, report } = parseFixture('centred', '001');
    const project = allProjects(record).find((p) => p.name === '机构运行保障经费');
    expect(project?.lines).toEqual({ from: 12, to: 30 });
    expect(project?.indicators.map((i) => i.lines)).toEqual([
      { from: 12, to: 30 },
      { from: 12, to: 30 },
      { from: 12, to: 30 },
      { from: 12, to: 30 },
    ]);
    expect(record.source.lineCount).toBe(166);
    expect(report.counts).toEqual({ units: 2, projects: 11, keyTasks: 0, indicators: 33 });
    expect(report.findings).toEqual([]);
  });

  it('leaves out text between two rows of vertically centred cells, and the cells it could belong to', () => {
    // centred/001.txt with a paragraph of 绩效目标 text, apart by blank lines, between two rows on one page.
    const lines = fixtureText('centred', '001').split('\n');
    const text = [...lines.slice(0, 31), `${' '.repeat(55)}另起一段的文字。`, '', ...lines.slice(31)].join('\n');
    const entry = { file: '001.txt', year: 2025, jurisdiction: '海珠区', form: 'project-expenditure' as const };
    const { record } = parseDocument(entry, readTextSource(Buffer.from(text, 'utf8')));
    expect(record.findings.filter((f) => f.code === 'layout-row-uncertain')).toEqual([
      {
        code: 'layout-row-uncertain',
        severity: 'warning',
        message:
          '此段文字位于两行之间，无法确定属于上一行还是下一行：不读入，两行的「绩效目标」中可能与之相连的部分也不读入。请使用 PDF 原件，或用 pdftotext -raw 转换',
        lines: { from: 32, to: 32 },
      },
    ]);
    const [above, below] = allProjects(record).slice(0, 2);
    expect([above?.name, above?.goal, above?.indicators.length]).toEqual(['机构运行保障经费', [], 4]);
    expect([below?.name, below?.goal, below?.indicators.length, below?.lines]).toEqual([
      '支持琶洲实验室建设经费',
      [],
      2,
      { from: 34, to: 44 },
    ]);
  });

  it('cuts lines where the two columns touch, or stand one space apart, where the lines around them start the 绩效指标', () => {
    // centred/003.txt lines 359–375 ("术应用产业平台展示中心（下 标；验收成果达标…"): the 绩效目标, pushed right
    // by its digits, runs up to the next column with one space between, where widths alone leave the
    // cut a character either way. pdftotext prints a block's 绩效指标 lines at one place, and the lines
    // above and below each of these print it apart there: the text touching across any other place
    // is one cell's.
    const { record } = parseFixture('centred', '003');
    expect(record.findings.filter((f) => f.code === 'layout-row-uncertain')).toEqual([]);
    const read = allProjects(record).find((p) => p.lines.from === 354);
    const sample = allProjects(parseSample('003').record).find((p) => p.name === read?.name);
    expect(read && projectCells(read)).toEqual(sample && projectCells(sample));
    // The page break cut 课题研究费's row: its 绩效目标 goes on over the next page, whole.
    const cut = allProjects(record).find((p) => p.name === '课题研究费');
    expect([cut?.lines, cut?.goal.length, cut?.indicators.length]).toEqual([{ from: 185, to: 254 }, 5, 6]);
  });

  it('leaves out the 绩效目标 and the 绩效指标 items through paragraphs of one column that may hold the other', () => {
    // wide-zero/003.txt lines 175–188: paragraphs of 课题研究费's 绩效目标 below its 绩效指标, each line
    // reaching the character before where the row's 绩效指标 starts, on runs of their own that show
    // no 绩效指标 start; widths leave room for 绩效指标 text touching them.
    const { record } = parseFixture('wide-zero', '003');
    expect(record.findings.filter((f) => f.code === 'layout-row-uncertain').map((f) => f.lines)).toContainEqual({
      from: 175,
      to: 188,
    });
    const project = allProjects(record).find((p) => p.name === '课题研究费');
    // Items 1–5 end above those lines: read; item 6 may go on through them: left out.
    expect([project?.goal, project?.indicators.map((i) => i.name)]).toEqual([
      [],
      ['平台建设任务完成率', '政策宣贯场次', '服务企业数量', '调研报告完成份数', '研究成果的应用价值情况'],
    ]);
  });

  it("reads a 绩效目标 paragraph alone at a page's top by where the cut row's 绩效指标 column starts above it", () => {
    // title-every-page/004.txt: the page break cut 科技管理辅助支撑经费's row; the next page holds the
    // rest of both its cells (lines 450–456, the 绩效指标 column at 73), then a paragraph of 绩效目标 alone
    // (458–462) whose first line ends at 67, past where the page's other rows start that column (69).
    const { record } = parseFixture('title-every-page', '004');
    expect(record.findings.filter((f) => f.code === 'layout-row-uncertain')).toEqual([]);
    const project = allProjects(record).find((p) => p.name === '科技管理辅助支撑经费');
    expect([project?.lines, project?.goal.at(-1), project?.indicators.map((i) => i.name)]).toEqual([
      { from: 416, to: 462 },
      '3.多措并举，提高科技项目（专题）绩效管理水平，减少科研人员的重复劳动，充分发挥科技专家在科技创新中的决策咨询作用，提升科技管理服务能力。',
      ['开展审计、监督数量', '管理维护专家资源', '涉法事务', '科技项目绩效、科技经费审计评价效益'],
    ]);
    // wide-zero/003.txt, page 2 (lines 55–97): line 55, the page's first, where the two columns
    // touch with no space ("…优于2023区经济的发展…"), is cut where the line right below prints the
    // 绩效指标 apart. Lines 71 and 88 ("6、按照《广州市黄埔区 广州开发区…"), whose text after a
    // space may be 绩效指标 text joined to a nearly full line, stay uncertain, with the lines between.
    const wide = parseFixture('wide-zero', '003').record;
    expect(wide.findings.filter((f) => f.code === 'layout-row-uncertain').map((f) => f.lines)).toEqual([
      { from: 71, to: 88 },
      { from: 175, to: 188 },
    ]);
    const cut = allProjects(wide).find((p) => p.name === '促进企业发展扶持专项资金');
    const sample = allProjects(parseSample('003').record).find((p) => p.name === cut?.name);
    // Item 7 runs through lines 56–70 and may go on through 71–88: left out; items 1–6 are read, as the sample has them.
    expect(cut && projectCells(cut)).toEqual(
      sample && { goal: '', indicators: projectCells(sample).indicators.slice(0, 6) },
    );
  });

  it('refuses a table whose two rows of amounts share text with no blank line between', () => {
    const lines = fixtureLines('centred', '001').slice(0, 22);
    const joined = lines.filter((l) => l.no !== 11);
    expect(() => readProjectColumns(joined)).toThrow(InputError);
  });
});

/** A table of project rows printed in columns as pdftotext -layout does, each character in one place. */
interface Table {
  rows: Array<{ name: string; amounts: string[]; goal: string; indicators: string }>;
  widths: { name: number; amount: number; goal: number; gutter: number };
  centred: boolean;
}

const HEADER = ['项目名称（资金使用单位）', '总计', '财政拨款', '财政专户拨款', '其他资金', '绩效目标', '绩效指标'];

/** A printed line as pdftotext writes it: no spaces at its end. */
const lineOf = (cells: ReadonlyArray<readonly [number, string | undefined]>): string => printedLine(cells).trimEnd();

const chunks = (text: string, width: number): string[] =>
  Array.from({ length: Math.ceil([...text].length / width) }, (_, i) =>
    [...text].slice(i * width, (i + 1) * width).join(''),
  );

function printTable({ rows, widths, centred }: Table): string {
  const { name, amount, goal, gutter } = widths;
  const starts = [0, ...[0, 1, 2, 3].map((i) => name + gutter + i * amount)];
  const goalAt = name + gutter + 4 * amount + gutter;
  const indicatorAt = goalAt + goal + gutter;
  const columnStarts = [...starts, goalAt, indicatorAt];
  const columnWidths = [name, amount, amount, amount, amount, goal, goal];
  const header = lineOf(
    HEADER.map((h, i) => [
      (columnStarts[i] ?? 0) + Math.max(0, Math.floor(((columnWidths[i] ?? 0) - h.length) / 2)),
      h,
    ]),
  );
  const out = [header, ''];
  for (const row of rows) {
    const blocks: Array<[number, string[]]> = [
      [0, chunks(row.name, name)],
      [goalAt, chunks(row.goal, goal)],
      [indicatorAt, chunks(row.indicators, goal)],
    ];
    const height = Math.max(1, ...blocks.map(([, b]) => b.length));
    const offset = (n: number) => (centred ? Math.floor((height - n) / 2) : 0);
    const anchor = offset(1);
    for (let y = 0; y < height; y++) {
      const cells: Array<[number, string]> = blocks.flatMap(([at, b]) => {
        const text = b[y - offset(b.length)];
        return text ? [[at, text] as [number, string]] : [];
      });
      if (y === anchor)
        row.amounts.forEach((a, i) => {
          if (a) cells.push([(starts[i + 1] ?? 0) + amount - a.length, a]);
        });
      out.push(lineOf(cells));
    }
    out.push('');
  }
  return out.join('\n');
}

const CHARS = [...'项目资金绩效指标产出质量时效社会满意度建设服务发展管理工作经费保障人才数字经济，。、；：0123456789'];
const textOf = (min: number, max: number) =>
  fc.array(fc.constantFrom(...CHARS), { minLength: min, maxLength: max }).map((a) => a.join(''));
const amountOf = fc
  .tuple(fc.nat({ max: 99999 }), fc.nat({ max: 99 }))
  .map(([a, b]) => `${a.toLocaleString('en-US')}.${String(b).padStart(2, '0')}`);

const table: fc.Arbitrary<Table> = fc.record({
  rows: fc.array(
    fc.record({
      name: textOf(1, 30),
      amounts: fc
        .tuple(
          amountOf,
          fc.oneof(amountOf, fc.constant('')),
          fc.oneof(amountOf, fc.constant('')),
          fc.oneof(amountOf, fc.constant('')),
        )
        .map((a) => [...a]),
      goal: textOf(0, 120),
      indicators: textOf(0, 160),
    }),
    { minLength: 1, maxLength: 6 },
  ),
  widths: fc.record({
    name: fc.integer({ min: 12, max: 20 }),
    amount: fc.integer({ min: 12, max: 14 }),
    goal: fc.integer({ min: 6, max: 30 }),
    gutter: fc.integer({ min: 3, max: 5 }),
  }),
  centred: fc.boolean(),
});

describe('property: a table printed in columns', () => {
  it("reads back cell for cell, whatever the column widths and the cells' vertical place", () => {
    fc.assert(
      fc.property(table, (t) => {
        const reading = readProjectColumns(splitLines(printTable(t)));
        const rows = reading.lines.slice(1).map((l) => l.text);
        expect(rows).toEqual(t.rows.map((r) => [r.name, ...r.amounts, r.goal, r.indicators].join('\t')));
        expect(reading.findings).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });
});

describe('property: a table printed in columns and cut by a page break', () => {
  it('reads each row exactly, or leaves its text cells out, or refuses the text: never a wrong figure', () => {
    fc.assert(
      fc.property(table, fc.nat(), (t, seed) => {
        // The break falls before any body line, between rows or inside one; the next page opens with the header.
        const lines = printTable(t).split('\n');
        const at = 3 + (seed % Math.max(1, lines.length - 3));
        fc.pre(at < lines.length);
        const printed = [...lines.slice(0, at), `\f${lines[0]}`, ...lines.slice(at)].join('\n');
        let reading: ReturnType<typeof readProjectColumns>;
        try {
          reading = readProjectColumns(splitLines(printed));
        } catch (error) {
          if (error instanceof InputError) return;
          throw error;
        }
        const read = reading.lines.map((l) => l.text.split('\t')).filter((c) => c.length > 1 && c[0] !== HEADER[0]);
        expect(read).toHaveLength(t.rows.length);
        for (const [k, [name, ...cells]] of read.entries()) {
          const truth = t.rows[k];
          expect(name).toBe(truth?.name);
          expect(cells.slice(0, 4)).toEqual(truth?.amounts);
          const [goal = '', indicators = ''] = cells.slice(4);
          expect(['', truth?.goal]).toContain(goal.replace(/<br>/g, ''));
          expect(truth?.indicators).toContain(indicators);
        }
      }),
      { numRuns: 150 },
    );
  });
});

/**
 * A row cut by a page break, printed top-aligned as pdftotext -layout does: the first `cut` lines of
 * its two text cells on page 1, the rest on page 2, then a paragraph of 绩效目标 alone (`paragraph`,
 * after a blank line, wrapped at the column's width as the rest of its cell), then a row below it.
 * Page 2 places the 绩效指标 column `shift` characters right of page 1's (rows place it a little
 * apart: the paragraph's lines may end a character short of it), and its lower row `lowerShift` further.
 */
interface CutRow {
  goal: string;
  paragraph: string;
  indicators: string;
  cut: number;
  goalWidth: number;
  gutter: number;
  shift: number;
  lowerShift: number;
}

function printCutRow({ goal, paragraph, indicators, cut, goalWidth, gutter, shift, lowerShift }: CutRow): string {
  const goalAt = 60;
  const at = goalAt + goalWidth + gutter;
  const header = (indicatorAt: number) =>
    lineOf([
      [0, HEADER[0]],
      [16, HEADER[1]],
      [28, HEADER[2]],
      [38, HEADER[3]],
      [50, HEADER[4]],
      [goalAt, HEADER[5]],
      [indicatorAt + 2, HEADER[6]],
    ]);
  const goalLines = chunks(goal, goalWidth);
  const indicatorLines = chunks(indicators, goalWidth);
  const height = Math.max(goalLines.length, indicatorLines.length);
  const rowLines = (from: number, to: number, indicatorAt: number) =>
    Array.from({ length: to - from }, (_, i) =>
      lineOf([
        [0, i + from === 0 ? '项目甲' : ''],
        [18, i + from === 0 ? '1.00' : ''],
        [goalAt, goalLines[i + from]],
        [indicatorAt, indicatorLines[i + from]],
      ]),
    );
  const page2 = at + shift;
  const lower = page2 + lowerShift;
  return [
    header(at),
    '',
    ...rowLines(0, Math.min(cut, height), at),
    `\f${header(page2)}`,
    '',
    ...rowLines(Math.min(cut, height), height, page2),
    '',
    ...chunks(paragraph, goalWidth).map((l) => lineOf([[goalAt, l]])),
    '',
    lineOf([
      [0, '项目乙'],
      [18, '2.00'],
      [goalAt, '乙的目标'],
      [lower, '乙的指标'],
    ]),
  ].join('\n');
}

const cutRow: fc.Arbitrary<CutRow> = fc.record({
  goal: textOf(1, 60),
  paragraph: textOf(1, 40),
  indicators: textOf(0, 80),
  cut: fc.integer({ min: 1, max: 8 }),
  goalWidth: fc.integer({ min: 8, max: 20 }),
  gutter: fc.integer({ min: 3, max: 4 }),
  shift: fc.integer({ min: -2, max: 2 }),
  lowerShift: fc.integer({ min: -3, max: 3 }),
});

describe('property: a row cut by a page break, a paragraph of 绩效目标 alone below its rest', () => {
  it('is read exactly where the rest of its 绩效指标 shows the column, else left out or refused: never a wrong figure', () => {
    fc.assert(
      fc.property(cutRow, (row) => {
        // The page-2 lines of the cut row's 绩效指标 show exactly where its column starts.
        const shown = chunks(row.indicators, row.goalWidth).length > row.cut;
        let reading: ReturnType<typeof readProjectColumns>;
        try {
          reading = readProjectColumns(splitLines(printCutRow(row)));
        } catch (error) {
          if (!shown && error instanceof InputError) return;
          throw error;
        }
        const [cutText, lower] = reading.lines
          .map((l) => l.text.split('\t'))
          .filter((cells) => cells.length > 1 && cells[0] !== HEADER[0]);
        const [name, , , , , goal = '', indicators = ''] = cutText ?? [];
        expect(name).toBe('项目甲');
        if (shown) expect([goal.replace(/<br>/g, ''), indicators]).toEqual([row.goal + row.paragraph, row.indicators]);
        else expect(goal === '' || goal.replace(/<br>/g, '') === row.goal + row.paragraph).toBe(true);
        expect(row.indicators.includes(indicators)).toBe(true);
        expect(lower?.slice(5)).toEqual(['乙的目标', '乙的指标']);
      }),
      { numRuns: 300 },
    );
  });
});

describe('property: a column-aligned text with lines lost, repeated or shifted', () => {
  const entry = { file: '001.txt', year: 2025, jurisdiction: '海珠区', form: 'project-expenditure' as const };
  it('is read into a valid record or refused with the line that shows why, never anything else', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('centred', 'wide-zero', 'title-every-page'),
        fc.array(lineEdit, { minLength: 1, maxLength: 4 }),
        (style, edits) => expectRecordOrLineError(entry, fixtureText(style, '001'), edits),
      ),
      { numRuns: 60 },
    );
  });
});

/**
 * The same disclosures as other PDF-to-text tools write them: CRLF, a byte-order mark, page
 * numbers between rows, runs of spaces for tabs, amounts without thousands separators, lost
 * indentation. Each variant must give the same units, projects, tasks and indicators.
 */

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BudgetRecord, Project } from '../../src/schema/index.ts';
import { allProjects, overall, parseSample, sampleText, withoutLines, wrapCell } from './helpers.ts';

/** What a reader sees: everything but line numbers, hashes and findings' positions. */
function content(record: BudgetRecord): unknown {
  return JSON.parse(
    JSON.stringify(record, (key, value) =>
      key === 'lines' || key === 'source' || key === 'findings' || key === 'overallGoalLines' ? undefined : value,
    ),
  );
}

const SAMPLES = ['000', '001', '002', '003', '004'] as const;
const fileOf = (prefix: string) => parseSample(prefix).report.file;

describe.each(SAMPLES)('sample %s read through other export tools', (prefix) => {
  const original = parseSample(prefix).record;
  const text = sampleText(fileOf(prefix));

  it('CRLF line ends and a byte-order mark change nothing but the hash', () => {
    const variant = parseSample(prefix, `\uFEFF${text.replace(/\n/g, '\r\n')}`).record;
    expect({ ...variant, source: { ...variant.source, sha256: '' } }).toEqual({
      ...original,
      source: { ...original.source, sha256: '' },
    });
  });

  it('page numbers between rows are dropped', () => {
    let page = 0;
    const variant = parseSample(
      prefix,
      text.replace(/\n\n/g, () => `\n\n第 ${++page} 页\n\n`),
    ).record;
    expect(page).toBeGreaterThan(5);
    expect(content(variant)).toEqual(content(original));
    expect(variant.findings.map((f) => f.code)).toEqual(original.findings.map((f) => f.code));
  });

  it('amounts without thousands separators', () => {
    const variant = parseSample(prefix, text.replace(/(\d),(\d{3}\.\d\d)(?!\d)/g, '$1$2')).record;
    expect(content(variant)).toEqual(content(original));
  });
});

describe('layout variants of particular samples', () => {
  it('001 with runs of spaces where the sample has tabs (empty cells vanish)', () => {
    const original = parseSample('001').record;
    const variant = parseSample('001', sampleText(fileOf('001')).replace(/\t+/g, '   ')).record;
    expect(content(variant)).toEqual(content(original));
  });

  it.each([
    ['one run of spaces per tab', / *\t/g, '   '],
    ['two spaces per tab (empty cells become longer runs)', /\t/g, '  '],
  ])('001 with %s: the truncated repeat after the page break is a fragment, not a project', (_, tab, spaces) => {
    const original = parseSample('001').record;
    const variant = parseSample('001', sampleText(fileOf('001')).replace(tab, spaces)).record;
    expect(allProjects(variant).map((p) => p.name)).toEqual(allProjects(original).map((p) => p.name));
    expect(variant.findings).toEqual(original.findings);
    expect(variant.findings.map((f) => [f.code, f.lines])).toContainEqual([
      'page-break-fragment',
      { from: 28, to: 28 },
    ]);
  });

  it('004 without the indentation of project names', () => {
    const original = parseSample('004').record;
    const variant = parseSample('004', sampleText(fileOf('004')).replace(/^ +/gm, '')).record;
    expect(content(variant)).toEqual(content(original));
  });
});

describe('department form without blank lines between cells', () => {
  it('002 with every blank line removed reads the same tasks and indicators', () => {
    const original = parseSample('002').record;
    const variant = parseSample('002', sampleText(fileOf('002')).replace(/\n\s*\n/g, '\n')).record;
    expect(content(variant)).toEqual(content(original));
  });
});

describe('department form with cells kept apart by tabs', () => {
  it('reads one key task per tab-separated row', () => {
    const text = sampleText(fileOf('000'));
    const tasks = overallTasks(parseSample('000').record);
    const rows = tasks.map((t) => `${t.name}\t${t.content}\t${t.amount.toFixed(2)}\t${t.target}`).join('\n');
    const start = text.indexOf('名称 主要实施内容');
    const end = text.indexOf('其他需完成的任务');
    const variant = parseSample(
      '000',
      `${text.slice(0, start)}名称\t主要实施内容\t拟投入的资金（万元）\t期望达到的目标（概述）\n${rows}\n\n${text.slice(end)}`,
    ).record;
    expect(overallTasks(variant).map(({ lines, ...t }) => t)).toEqual(tasks.map(({ lines, ...t }) => t));
  });
});

function overallTasks(record: BudgetRecord) {
  if (record.form !== 'department-overall') throw new Error('expected a department-overall record');
  return record.keyTasks;
}

describe('page breaks that repeat the table header inside a wrapped row', () => {
  it('004 with the title, department and column header repeated in the middle of an indicator cell', () => {
    const text = sampleText(fileOf('004'));
    const header = text.split('\n').slice(1, 6).join('\n');
    const lines = text.split('\n');
    // Line 110 is inside the indicators of 基础研究计划.
    const variant = parseSample('004', [...lines.slice(0, 109), header, ...lines.slice(109)].join('\n')).record;
    expect(content(variant)).toEqual(content(parseSample('004').record));
  });
});

describe('goal and indicator columns interleaved line by line', () => {
  it('004 read across the two text columns gives the same goals and indicators', () => {
    const original = parseSample('004').record;
    const lines = sampleText(fileOf('004')).split('\n');
    const projects = original.form === 'project-expenditure' ? original.units.flatMap((u) => u.projects) : [];
    let interleaved = 0;
    // Rewrite each project's goal and indicator lines as G1 I1 G2 I2 …, from the last project up so line numbers hold.
    for (const p of [...projects].reverse()) {
      const amountLine = lines.findIndex((l, i) => i >= p.lines.from - 1 && /\d\.\d\d(\s|$)/.test(l));
      const first = p.indicators[0]!.lines.from - 1;
      const nonBlank = (from: number, to: number) => lines.slice(from, to).filter((l) => l.trim() !== '');
      const goal = nonBlank(amountLine + 1, first);
      const indicators = nonBlank(first, p.lines.to);
      if (goal.length === 0 || goal.length >= indicators.length) continue;
      const across = indicators.flatMap((line, i) => (i < goal.length ? [goal[i]!, line] : [line]));
      lines.splice(amountLine + 1, p.lines.to - amountLine - 1, ...across);
      interleaved++;
    }
    expect(interleaved).toBe(35);
    expect(content(parseSample('004', lines.join('\n')).record)).toEqual(content(original));
  });
});

/** The 绩效指标 cell of a project as the form prints it: `1、1-产出指标；11-数量指标；…；实施周期指标值:…；年度指标值:…。2、…`. */
const indicatorCell = (p: Project): string =>
  p.indicators
    .map(
      (i, k) =>
        `${k + 1}、${i.level1.code}-${i.level1.label}；${i.level2.code}-${i.level2.label}；${i.name}；实施周期指标值:${i.periodValue ?? ''}；年度指标值:${i.annualValue ?? ''}。`,
    )
    .join('');

describe('other wrap points', () => {
  const original = parseSample('004').record;
  const lines = sampleText(fileOf('004')).split('\n');
  const projects = original.form === 'project-expenditure' ? original.units.flatMap((u) => u.projects) : [];

  /** 004 with every project row written anew: name and amounts on one line, each goal paragraph and the indicator cell wrapped at the given widths (display columns). */
  function rewrapped(goalWidth: number, indicatorWidth: number): string {
    const out = [...lines];
    for (const p of [...projects].reverse()) {
      const amountLine = out.findIndex((l, i) => i >= p.lines.from - 1 && /\d\.\d\d(\s|$)/.test(l));
      const amounts = /((?:\d{1,3}(?:,\d{3})+|\d+)\.\d\d(?:\s+(?:\d{1,3}(?:,\d{3})+|\d+)\.\d\d){0,3})(?=\s|$)/.exec(
        out[amountLine]!,
      )![1];
      out.splice(
        p.lines.from - 1,
        p.lines.to - p.lines.from + 1,
        `    ${p.name} ${amounts}`,
        ...p.goal.flatMap((para) => wrapCell(para, goalWidth)),
        ...(p.indicators.length > 0 ? wrapCell(indicatorCell(p), indicatorWidth) : []),
      );
    }
    return out.join('\n');
  }

  // Where a paragraph's last line happens to be full, the break before the next numbered point
  // looks exactly like a wrap, so paragraphs may merge: the goal's text is compared, not its breaks.
  const text = (record: BudgetRecord) =>
    content(
      record.form === 'project-expenditure'
        ? {
            ...record,
            units: record.units.map((u) => ({
              ...u,
              projects: u.projects.map((p) => ({ ...p, goal: [p.goal.join('')] })),
            })),
          }
        : record,
    );

  it.each([
    [24, 40],
    [34, 34],
    [40, 24],
    [80, 120],
  ])('004 with goals wrapped at %i and indicators at %i columns reads the same', (goalWidth, indicatorWidth) => {
    expect(text(parseSample('004', rewrapped(goalWidth, indicatorWidth)).record)).toEqual(text(original));
  });

  it('reads the same for any pair of wrap widths (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 16, max: 140 }), fc.integer({ min: 16, max: 140 }), (goalWidth, indicatorWidth) => {
        expect(text(parseSample('004', rewrapped(goalWidth, indicatorWidth)).record)).toEqual(text(original));
      }),
      { numRuns: 25 },
    );
  });
});

describe('other wrap points in the department form', () => {
  it.each([
    ['000', 30],
    ['000', 90],
    ['002', 40],
    ['002', 120],
  ] as const)('%s with its 总体绩效目标 re-wrapped at %i columns reads the same', (prefix, width) => {
    const original = parseSample(prefix).record;
    if (original.form !== 'department-overall' || !original.overallGoalLines)
      throw new Error('expected a department form with a goal');
    const lines = sampleText(fileOf(prefix)).split('\n');
    const { from, to } = original.overallGoalLines;
    lines.splice(from - 1, to - from + 1, ...original.overallGoal.flatMap((para) => wrapCell(para, width)));
    const reread = parseSample(prefix, lines.join('\n')).record;
    const joined = (r: BudgetRecord) =>
      r.form === 'department-overall' ? { ...(content(r) as object), overallGoal: r.overallGoal.join('') } : r;
    expect(joined(reread)).toEqual(joined(original));
  });
});

describe('key tasks wrapped at other column widths', () => {
  /** 000 or 002 with its key tasks written anew, each column wrapped at its own width (display columns). */
  function withTasksWrapped(prefix: '000' | '002', nameWidth: number, contentWidth: number, targetWidth: number) {
    const original = parseSample(prefix).record;
    if (original.form !== 'department-overall') throw new Error('expected a department form');
    const lines = sampleText(fileOf(prefix)).split('\n');
    const { keyTasks } = original;
    const from = keyTasks[0]!.lines.from;
    const to = keyTasks[keyTasks.length - 1]!.lines.to;
    const rows = keyTasks.flatMap((task) => [
      ...wrapCell(task.name, nameWidth),
      ...wrapCell(task.content ?? '', contentWidth),
      task.amount.toFixed(2),
      ...wrapCell(task.target ?? '', targetWidth),
    ]);
    lines.splice(from - 1, to - from + 1, ...rows);
    return { original, reread: parseSample(prefix, lines.join('\n')).record };
  }
  const tasks = (r: BudgetRecord) =>
    r.form === 'department-overall' ? r.keyTasks.map(({ lines: _, ...task }) => task) : [];
  const unclear = (r: BudgetRecord) => r.findings.filter((f) => f.code === 'task-columns-unclear').length;

  // The form's proportions (名称 narrowest, 期望达到的目标 widest) are what tell the columns apart.
  it.each([
    ['000', 16, 26, 44],
    ['000', 24, 36, 60],
    ['002', 16, 26, 44],
    ['002', 24, 36, 60],
    ['002', 12, 40, 50],
  ] as const)(
    '%s with 名称 at %i, 主要实施内容 at %i and 期望达到的目标 at %i columns reads the same tasks',
    (prefix, nameWidth, contentWidth, targetWidth) => {
      const { original, reread } = withTasksWrapped(prefix, nameWidth, contentWidth, targetWidth);
      expect(tasks(reread)).toEqual(tasks(original));
      expect(unclear(reread)).toBe(0);
    },
  );

  // Columns of nearly one width cannot be told apart: the reader must be told, never shown a confident misreading.
  it.each([
    ['000', 20, 24, 28],
    ['002', 20, 24, 28],
    ['000', 30, 30, 30],
    ['002', 30, 30, 30],
  ] as const)(
    '%s with 名称 at %i, 主要实施内容 at %i and 期望达到的目标 at %i columns is read the same or says the columns are unclear',
    (prefix, nameWidth, contentWidth, targetWidth) => {
      const { original, reread } = withTasksWrapped(prefix, nameWidth, contentWidth, targetWidth);
      const same = JSON.stringify(tasks(reread)) === JSON.stringify(tasks(original));
      expect(same || unclear(reread) > 0, 'tasks misread without a task-columns-unclear finding').toBe(true);
    },
  );
});

describe('department indicators one cell after the other, with no blank lines (as pdftotext -raw writes them)', () => {
  /**
   * 000 or 002 with its indicator table written anew: each category label where it changes, the
   * name wrapped at `nameWidth`, each value at `valueWidth` (the two value columns have one width).
   * `top`: cells top-aligned, so a one-line name shares its line with the first line of its value
   * and the category cells share it too; else each cell starts on a line of its own. One-line
   * values share a line, as the two cells stand side by side.
   */
  function withIndicatorsRewritten(prefix: '000' | '002', nameWidth: number, valueWidth: number, top: boolean) {
    const original = parseSample(prefix).record;
    if (original.form !== 'department-overall') throw new Error('expected a department form');
    const lines = sampleText(fileOf(prefix)).split('\n');
    const header = lines.findIndex((l) => l.startsWith('一级指标'));
    const rows: string[] = [];
    let [level1, level2] = ['', ''];
    for (const i of original.indicators) {
      const labels = [i.level1.label === level1 ? '' : i.level1.label, i.level2.label === level2 ? '' : i.level2.label];
      [level1, level2] = [i.level1.label, i.level2.label];
      const name = wrapCell(i.name, nameWidth);
      const period = wrapCell(i.periodValue ?? '', valueWidth);
      const annual = wrapCell(i.annualValue ?? '', valueWidth);
      const cells =
        period.length === 1 && annual.length === 1
          ? [...name.slice(0, -1), `${name.at(-1)} ${period[0]} ${annual[0]}`]
          : top && name.length === 1
            ? [`${name[0]} ${period[0]}`, ...period.slice(1), ...annual]
            : [...name, ...period, ...annual];
      const lead = labels.filter(Boolean);
      if (top) rows.push([...lead, cells[0]].join(' '), ...cells.slice(1));
      else rows.push(...lead, ...cells);
    }
    lines.splice(header + 1, lines.length, ...rows);
    return { original, reread: overall(parseSample(prefix, lines.join('\n')).record) };
  }
  const indicators = (r: BudgetRecord) =>
    r.form === 'department-overall' ? r.indicators.map(({ lines: _, ...indicator }) => indicator) : [];

  it.each([
    ['000', 24, 18, false],
    ['000', 26, 20, true],
    ['002', 26, 16, false],
    ['002', 30, 20, true],
  ] as const)(
    '%s with names at %i and values at %i columns (top-aligned: %s) reads the same indicators',
    (prefix, nameWidth, valueWidth, top) => {
      const { original, reread } = withIndicatorsRewritten(prefix, nameWidth, valueWidth, top);
      expect(indicators(reread)).toEqual(indicators(original));
      expect(reread.findings.map((f) => f.code)).toEqual(original.findings.map((f) => f.code));
    },
  );

  it('reads the same, or leaves a row out with a finding, for any widths (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('000' as const, '002' as const),
        fc.integer({ min: 6, max: 40 }),
        fc.integer({ min: 6, max: 40 }),
        fc.boolean(),
        (prefix, nameWidth, valueWidth, top) => {
          const { original, reread } = withIndicatorsRewritten(prefix, nameWidth, valueWidth, top);
          const expected = indicators(original).map((i) => JSON.stringify(i));
          const read = indicators(reread).map((i) => JSON.stringify(i));
          expect(read.filter((i) => !expected.includes(i))).toEqual([]);
          const unread = reread.findings.filter((f) => f.code === 'indicator-values-missing').length;
          expect(read.length === expected.length || unread > 0).toBe(true);
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('a project row split by a page break and read column after column (as pdftotext -raw writes it)', () => {
  const original = parseSample('004').record;
  const lines = sampleText(fileOf('004')).split('\n');
  const projects = allProjects(original).filter((p) => p.goal.length > 0 && p.indicators.length > 0);
  const HEADER = '项目名称（资金使用单位） 总计 财政拨款 财政专户拨款 其他资金 绩效目标 绩效指标';

  /**
   * 004 with one project's row written anew, its goal and indicator cell wrapped at the given
   * widths and cut by a page break after `goalCut` goal lines and `indicatorCut` indicator lines (at
   * most all): on the page before, each column's head; the header repeated; then each column's rest.
   */
  function splitRow(p: Project, goalWidth: number, indicatorWidth: number, goalCut: number, indicatorCut: number) {
    const goal = p.goal.flatMap((para) => wrapCell(para, goalWidth));
    const indicators = wrapCell(indicatorCell(p), indicatorWidth);
    const goalBefore = Math.min(goalCut, goal.length);
    const indicatorsBefore = Math.min(indicatorCut, indicators.length);
    const amountLine = lines.findIndex((l, i) => i >= p.lines.from - 1 && /\d\.\d\d(\s|$)/.test(l));
    const amounts = /((?:\d{1,3}(?:,\d{3})+|\d+)\.\d\d(?:\s+(?:\d{1,3}(?:,\d{3})+|\d+)\.\d\d){0,3})(?=\s|$)/.exec(
      lines[amountLine]!,
    )![1];
    const out = [...lines];
    out.splice(
      p.lines.from - 1,
      p.lines.to - p.lines.from + 1,
      `    ${p.name} ${amounts}`,
      ...goal.slice(0, goalBefore),
      ...indicators.slice(0, indicatorsBefore),
      HEADER,
      ...goal.slice(goalBefore),
      ...indicators.slice(indicatorsBefore),
    );
    return parseSample('004', out.join('\n')).record;
  }

  it('reads the row as the sample has it, or leaves its goal and the cut item out with a finding (property)', () => {
    fc.assert(
      fc.property(
        fc.nat(),
        fc.integer({ min: 16, max: 80 }),
        fc.integer({ min: 16, max: 140 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 30 }),
        (k, goalWidth, indicatorWidth, goalCut, indicatorCut) => {
          const p = projects[k % projects.length]!;
          const reread = splitRow(p, goalWidth, indicatorWidth, goalCut, indicatorCut);
          // By place, not name: two projects of 004 are both 购置经费.
          const read = allProjects(reread)[allProjects(original).indexOf(p)]!;
          expect(read.name).toBe(p.name);
          const expected = p.indicators.map((i) => JSON.stringify(withoutLines(i)));
          const got = read.indicators.map((i) => JSON.stringify(withoutLines(i)));
          const split = reread.findings.some(
            (f) => f.code === 'page-break-split-row' && f.lines.from >= read.lines.from && f.lines.to <= read.lines.to,
          );
          if (split) {
            expect(read.goal).toEqual([]);
            expect(got.filter((i) => !expected.includes(i))).toEqual([]);
          } else {
            expect(read.goal.join('')).toBe(p.goal.join(''));
            expect(got).toEqual(expected);
          }
        },
      ),
      { numRuns: 40 },
    );
  });

  it("the goal's tail after the break, where the indicator cell ended before it with both values alike: read whole", () => {
    const p = projects.find((q) => q.name === '科普服务经费')!;
    // Goal at 40 columns, cut after 3 lines; indicators at 56, all before the break.
    const reread = splitRow(p, 40, 56, 3, 100);
    const read = allProjects(reread).find((q) => q.name === p.name)!;
    expect(p.indicators.at(-1)?.annualValue).toBe(p.indicators.at(-1)?.periodValue);
    expect(read.goal.join('')).toBe(p.goal.join(''));
    expect(read.indicators.map(withoutLines)).toEqual(p.indicators.map(withoutLines));
    expect(reread.findings.map((f) => f.code)).not.toContain('page-break-split-row');
  });
});

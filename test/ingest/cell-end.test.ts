/**
 * Where a project row's 绩效指标 cell has ended (src/ingest/layout-columns/cell-end.ts): a line whose
 * cut is open is read as 绩效目标 whole only where the cell's next paragraph could not stand.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { below, PARAGRAPH_REACH, withIndicatorCellEnded } from '../../src/ingest/layout-columns/cell-end.ts';
import type { LineCells } from '../../src/ingest/layout-columns/project-rows.ts';
import { allProjects, fixtureLines, parseFixture, parseSample, projectCells } from './helpers.ts';

/** A line of the row at text line `no`: its 绩效目标 and 绩效指标 text, or null for both where its cut is open. */
function line(no: number, goal: string | null, indicators: string | null, page = 0): LineCells {
  const text = [goal ?? 'x', indicators ?? ''].filter(Boolean).join(' ');
  return { no, page, name: '', amounts: ['', '', '', ''], goal, indicators, text };
}

describe('how far apart two lines of a row stand at least', () => {
  it('counts the blank lines pdftotext wrote (n of them: n + 1 font sizes) and a font size from one 绩效目标 line to the next', () => {
    const lines = [
      line(1, '一', '甲'),
      line(2, '二', ''),
      line(3, '', '乙'),
      line(4, '三', ''),
      line(6, '四', ''),
      line(7, '', ''),
      line(12, '', '丙'),
    ];
    expect(below(lines, 0, 1)).toBe(1);
    // 二 to 三: a 绩效指标 line between, no blank line: still a font size.
    expect(below(lines, 0, 3)).toBe(2);
    // One blank line: two font sizes.
    expect(below(lines, 0, 4)).toBe(4);
    // Four blank lines and more: five.
    expect(below(lines, 5, 6)).toBe(5);
    expect(below(lines, 2, 2)).toBe(0);
  });
});

describe('a row whose 绩效指标 cell has ended', () => {
  const reach = PARAGRAPH_REACH;
  // The cell's last line, then 绩效目标 lines one after another.
  const rowOf = (open: number, count: number) =>
    Array.from({ length: count }, (_, i) =>
      i === 0 ? line(1, '一', '甲。') : line(1 + i, i === open ? null : '二', i === open ? null : ''),
    );

  it('reads a line whose cut is open as 绩效目标 where the lines above reach further than a paragraph could stand', () => {
    // The line stands reach + 1 font sizes below the cell's last line (a font size from each 绩效目标 line to the next).
    const read = withIndicatorCellEnded([rowOf(reach + 2, reach + 3)]).flat();
    expect(read[reach + 2]).toMatchObject({ goal: 'x', indicators: '' });
  });

  it('leaves it open where the cell could go on there, or a line open above could hold its text', () => {
    expect(withIndicatorCellEnded([rowOf(reach + 1, reach + 3)]).flat()[reach + 1]?.goal).toBeNull();
    const twoOpen = rowOf(2, reach + 4).map((l, i) => (i === reach + 2 ? line(l.no, null, null) : l));
    expect(withIndicatorCellEnded([twoOpen]).flat()[reach + 2]?.goal).toBeNull();
  });

  it("starts again at the top of the row's part on the next page, where the cell's next paragraph may stand", () => {
    const row = [line(1, '一', '甲。'), line(2, '二', ''), line(40, null, null, 1), line(41, '三', '', 1)];
    expect(withIndicatorCellEnded([row]).flat()[2]?.goal).toBeNull();
    // There, reach + 2 font sizes below the row's first line on the page, and not quite.
    const nextPage = (goalLines: number) => [
      ...row.slice(0, 2),
      ...Array.from({ length: goalLines }, (_, i) => line(40 + i, '三', '', 1)),
      line(40 + goalLines, null, null, 1),
    ];
    expect(
      withIndicatorCellEnded([nextPage(reach + 3)])
        .flat()
        .at(-1),
    ).toMatchObject({ goal: 'x', indicators: '' });
    expect(
      withIndicatorCellEnded([nextPage(reach + 2)])
        .flat()
        .at(-1)?.goal,
    ).toBeNull();
  });

  it('reads the 绩效目标 line that runs up to the 绩效指标 column far below the cell (top-narrow/003 line 139)', () => {
    // "15、用于兑现《广州市黄埔区 广": 广 one space after a nearly full 绩效目标 line could be a short
    // 绩效指标 line joined to it, but 促进企业发展扶持专项资金's 绩效指标 ended on line 70, a page before.
    expect(fixtureLines('top-narrow', '003')[138]?.text.trim()).toBe('15、用于兑现《广州市黄埔区 广');
    const sample = allProjects(parseSample('003').record).find((p) => p.name === '促进企业发展扶持专项资金');
    for (const style of ['top-narrow', 'title-every-page']) {
      const { record } = parseFixture(style, '003');
      expect(record.findings.filter((f) => f.code === 'layout-row-uncertain')).toEqual([]);
      const read = allProjects(record).find((p) => p.name === sample?.name);
      expect(read && projectCells(read)).toEqual(sample && projectCells(sample));
    }
  });
});

/** A column's lines down a row that crosses pages: the page and height of each, paragraph by paragraph. */
interface Flow {
  page: number;
  y: number;
  paragraph: number;
}

/**
 * Lays out a cell's paragraphs (their line counts) from the row's top: a line height apart, a
 * paragraph `gap` further; a line past the page's room goes to the next page's top, keeping its
 * paragraph's gap there or not.
 */
function flow(counts: readonly number[], height: number, gap: number, room: number, keepGap: boolean): Flow[] {
  const out: Flow[] = [];
  let page = 0;
  let y = 1;
  counts.forEach((count, paragraph) => {
    for (let k = 0; k < count; k++) {
      if (out.length > 0) {
        const step = height + (k === 0 ? gap : 0);
        y += step;
        if (y > room) {
          page++;
          y = 1 + (k === 0 && keepGap ? gap : 0);
        }
      }
      out.push({ page, y, paragraph });
    }
  });
  return out;
}

/** The row as pdftotext -layout prints it: lines within half a font size of a line's first share it; blank lines for steps of two font sizes and more. */
function printed(goal: readonly Flow[], indicators: readonly Flow[]): Array<LineCells & { truth: string }> {
  const frags = [
    ...goal.map((f, i) => ({ ...f, column: 'goal' as const, text: `g${i}` })),
    ...indicators.map((f, i) => ({ ...f, column: 'indicators' as const, text: `i${i}` })),
  ].sort((a, b) => a.page - b.page || a.y - b.y);
  const lines: Array<LineCells & { truth: string }> = [];
  let no = 0;
  let first: (typeof frags)[number] | undefined;
  let last: (typeof frags)[number] | undefined;
  for (const f of frags) {
    if (first && last && f.page === first.page && f.y - first.y < 0.5) {
      const cur = lines.at(-1);
      if (cur) cur[f.column] = f.text;
      last = f;
      continue;
    }
    no += !last ? 1 : f.page !== last.page ? 10 : Math.min(5, Math.max(1, Math.floor(f.y - last.y)));
    lines.push({ ...line(no, '', '', f.page), [f.column]: f.text, truth: '' });
    first = f;
    last = f;
  }
  return lines.map((l) => ({
    ...l,
    text: [l.goal, l.indicators].filter(Boolean).join(' '),
    truth: l.indicators ?? '',
  }));
}

describe('the cell-end rule on rows laid out as the forms lay them out', () => {
  it('never reads a line that holds 绩效指标 text as 绩效目标 alone', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 8 }), { minLength: 1, maxLength: 8 }),
        fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 1, maxLength: 4 }),
        fc.constantFrom(1, 1.2, 1.5, 1.8),
        fc.constantFrom(1, 1.2, 1.5, 1.8),
        fc.double({ min: 0, max: 6, noNaN: true }),
        // Where the 绩效指标's next paragraph stands, as a share of what the reach leaves: often right at it.
        fc.oneof(fc.constant(1), fc.double({ min: 0, max: 1, noNaN: true })),
        fc.integer({ min: 8, max: 40 }),
        fc.boolean(),
        fc.array(fc.integer({ min: 0, max: 7 }), { minLength: 60, maxLength: 60 }),
        (goalCounts, indicatorCounts, goalHeight, indicatorHeight, goalGap, share, room, keepGap, open) => {
          // The 绩效指标's paragraphs stand at most PARAGRAPH_REACH apart, baseline to baseline.
          const indicatorGap = share * (PARAGRAPH_REACH - indicatorHeight);
          const lines = printed(
            flow(goalCounts, goalHeight, goalGap, room, keepGap),
            flow(indicatorCounts, indicatorHeight, indicatorGap, room, keepGap),
          );
          // Lines holding 绩效目标 text whose cut the reader left open: all that hold both columns' text, a few others.
          const row = lines.map((l, i) =>
            l.goal && (l.indicators || open[i % open.length] === 0) ? { ...l, goal: null, indicators: null } : l,
          );
          withIndicatorCellEnded([row])
            .flat()
            .forEach((l, i) => {
              if (row[i]?.goal === null && l.goal !== null) expect(lines[i]?.truth).toBe('');
            });
        },
      ),
      { numRuns: 2000 },
    );
  });
});

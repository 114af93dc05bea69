/**
 * Rows placed under labels centred in their merged cells (src/ingest/layout-columns/label-groups.ts):
 * a block's label is read where every placing that holds agrees on it.
 */
import { describe, expect, it } from 'vitest';
import { type Centred, certainLabels } from '../../src/ingest/layout-columns/label-groups.ts';

/** A label's middle within a line of its rows' (the lines standing evenly apart). */
const withinALine: Centred = (label, top, bottom) => Math.abs(label.from + label.to - top - bottom) <= 2;

// Four one-line rows on lines 1, 3, 5 and 7 and one label on line 4, under one 一级 not shown.
const blocks = [1, 3, 5, 7].map((line) => ({ from: line, to: line, pinned: null }));
const labels = [{ from: 4, to: 4, alone: false }];
const level1 = [{ first: 0, end: 1, label: null }];

describe('rows under a centred label', () => {
  it('are all its own where the page holds the whole table: its middle is theirs', () => {
    expect(certainLabels(blocks, labels, level1, { openTop: false, openBottom: false }, withinALine)).toEqual([
      0, 0, 0, 0,
    ]);
  });

  it("are left out at the top of a page the table goes on from: the first may be a label's above", () => {
    // 3–7 (middle 5) also holds, the row on line 1 then being another page's label's; 5–7 does not.
    expect(certainLabels(blocks, labels, level1, { openTop: true, openBottom: false }, withinALine)).toEqual([
      null,
      0,
      0,
      0,
    ]);
  });

  it('are left out where placings that hold differ on them', () => {
    // Rows on lines 1–9, labels on 3 and 8: the first covers 1–3, 1–5 or 1–7 (middles 2, 3, 4), the
    // second the rest (7, 8, 9): the rows on 5 and 7 may be either's.
    const rows = [1, 3, 5, 7, 9].map((line) => ({ from: line, to: line, pinned: null }));
    const two = [3, 8].map((line) => ({ from: line, to: line, alone: false }));
    const cells = [{ first: 0, end: 2, label: null }];
    expect(certainLabels(rows, two, cells, { openTop: false, openBottom: false }, withinALine)).toEqual([
      0,
      0,
      null,
      null,
      1,
    ]);
    // Each under a 一级 of its own, the first's label on lines 1–2 (middle 1.5): its cell is 1–3.
    const nested = [
      { first: 0, end: 1, label: { from: 1, to: 2, alone: false } },
      { first: 1, end: 2, label: null },
    ];
    expect(certainLabels(rows, two, nested, { openTop: false, openBottom: false }, withinALine)).toEqual([
      0, 0, 1, 1, 1,
    ]);
  });

  it("give the rows at the top of a page to the cell the break cut, where no label of the page may be that cell's", () => {
    // Rows on lines 1–11, one label on 8: centred over 5–11, 3–11 or 7–11, never over 1–11 (middle 6).
    const rows = [1, 3, 5, 7, 9, 11].map((line) => ({ from: line, to: line, pinned: null }));
    const label = [{ from: 8, to: 8, alone: false }];
    const cut = { openTop: true, openBottom: false };
    // The page before ends in a row of another label: the row on line 1 is that cell's.
    expect(certainLabels(rows, label, level1, { ...cut, cutCellLabelAbove: true }, withinALine)).toEqual([
      'above',
      null,
      null,
      0,
      0,
      0,
    ]);
    // Not known which cell the break cut: this label's cell may have begun on the page before.
    expect(certainLabels(rows, label, level1, cut, withinALine)).toEqual([null, null, null, 0, 0, 0]);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cellBoxes, layoutPage, textLines } from '../../../src/ingest/pdf/cells.ts';
import type { PdfGlyph, PdfRule } from '../../../src/ingest/pdf/page.ts';

/** Borders of a grid: every column line from top to bottom, every row line across. */
function grid(xs: number[], ys: number[]): PdfRule[] {
  const [left, right] = [xs[0] ?? 0, xs.at(-1) ?? 0];
  const [top, bottom] = [ys[0] ?? 0, ys.at(-1) ?? 0];
  return [
    ...xs.map((x) => ({ x0: x, x1: x, y0: top, y1: bottom })),
    ...ys.map((y) => ({ x0: left, x1: right, y0: y, y1: y })),
  ];
}

/** Glyphs of a string set left to right from (x, top), each `size` wide (CJK) or 0.6 size (Latin). */
function glyphs(text: string, x: number, top: number, size = 10): PdfGlyph[] {
  const out: PdfGlyph[] = [];
  for (const ch of text) {
    const w = ch <= '\x7e' ? size * 0.6 : size;
    out.push({ text: ch, x0: x, x1: x + w, top, bottom: top + size, size });
    x += w;
  }
  return out;
}

describe('cellBoxes (lattice)', () => {
  it('a plain grid gives one cell per square, in reading order', () => {
    const cells = cellBoxes(grid([0, 50, 100], [0, 20, 40]));
    expect(cells).toEqual([
      { x0: 0, y0: 0, x1: 50, y1: 20 },
      { x0: 50, y0: 0, x1: 100, y1: 20 },
      { x0: 0, y0: 20, x1: 50, y1: 40 },
      { x0: 50, y0: 20, x1: 100, y1: 40 },
    ]);
  });

  it('a missing border merges squares: a label cell spanning two rows', () => {
    // The row line at y=20 stops at x=50: under the first column there is no border.
    const rules = grid([0, 50, 100], [0, 40]).concat({ x0: 50, x1: 100, y0: 20, y1: 20 });
    expect(cellBoxes(rules)).toEqual([
      { x0: 0, y0: 0, x1: 50, y1: 40 },
      { x0: 50, y0: 0, x1: 100, y1: 20 },
      { x0: 50, y0: 20, x1: 100, y1: 40 },
    ]);
  });

  it('borders drawn twice a hair apart (one rectangle per cell) are one border', () => {
    const rules = [...grid([0, 50, 100], [0, 20]), ...grid([0.4, 50.6, 100.3], [0.5, 20.4])];
    expect(cellBoxes(rules)).toHaveLength(2);
  });

  it('a table cut by the page bottom (no border drawn under it) is closed where its columns end', () => {
    const rules = grid([0, 50, 100], [0, 20]).concat(
      { x0: 0, x1: 0, y0: 20, y1: 80 },
      { x0: 50, x1: 50, y0: 20, y1: 80 },
      { x0: 100, x1: 100, y0: 20, y1: 80 },
    );
    expect(cellBoxes(rules).filter((c) => c.y0 === 20)).toEqual([
      { x0: 0, y0: 20, x1: 50, y1: 80 },
      { x0: 50, y0: 20, x1: 100, y1: 80 },
    ]);
  });

  it('any grid of n × m squares gives n × m cells that tile it (property)', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 500 }), { minLength: 2, maxLength: 8 }),
        fc.uniqueArray(fc.integer({ min: 0, max: 700 }), { minLength: 2, maxLength: 8 }),
        (rawXs, rawYs) => {
          // Lines at least 5 points apart, as a table's are.
          const xs = [...rawXs].sort((a, b) => a - b).map((v, i) => v + i * 5);
          const ys = [...rawYs].sort((a, b) => a - b).map((v, i) => v + i * 5);
          const cells = cellBoxes(grid(xs, ys));
          expect(cells).toHaveLength((xs.length - 1) * (ys.length - 1));
          const area = cells.reduce((a, c) => a + (c.x1 - c.x0) * (c.y1 - c.y0), 0);
          expect(area).toBeCloseTo(((xs.at(-1) ?? 0) - (xs[0] ?? 0)) * ((ys.at(-1) ?? 0) - (ys[0] ?? 0)));
        },
      ),
    );
  });
});

describe('layoutPage', () => {
  it('gives each glyph to the cell that holds its centre, and text outside the table to free lines', () => {
    const page = {
      number: 2,
      width: 200,
      height: 200,
      images: 0,
      rules: grid([10, 60, 110], [30, 50]),
      glyphs: [...glyphs('项目支出', 10, 5), ...glyphs('合计', 12, 35), ...glyphs('9,235.17', 62, 35)],
    };
    const layout = layoutPage(page);
    expect(layout.page).toBe(2);
    expect(layout.freeLines.map((l) => l.text)).toEqual(['项目支出']);
    expect(layout.cells.map((c) => c.lines.map((l) => l.text))).toEqual([['合计'], ['9,235.17']]);
    // A border under every cell: nothing was cut by a page break.
    expect(layout.cells.map((c) => c.cut)).toEqual([false, false]);
  });
});

describe('textLines', () => {
  it('groups glyphs by baseline and reads each line left to right', () => {
    const shuffled = [...glyphs('第二行', 0, 20), ...glyphs('第一行', 0, 0)].reverse();
    expect(textLines(shuffled).map((l) => l.text)).toEqual(['第一行', '第二行']);
  });

  it('a gap of a fifth of an em is a space; touching glyphs are one word; space glyphs are kept', () => {
    const spaced = [...glyphs('人民政府', 0, 0), ...glyphs('广州', 43, 0)];
    expect(textLines(spaced).map((l) => l.text)).toEqual(['人民政府 广州']);
    expect(textLines(glyphs('1,425.00', 0, 0)).map((l) => l.text)).toEqual(['1,425.00']);
    expect(textLines(glyphs('≥29个  行业', 0, 0)).map((l) => l.text)).toEqual(['≥29个  行业']);
  });
});

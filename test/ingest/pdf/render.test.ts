import { describe, expect, it } from 'vitest';
import type { PageCell, PageLayout, TextLine } from '../../../src/ingest/pdf/cells.ts';
import { cellText, renderPages } from '../../../src/ingest/pdf/render.ts';

const SIZE = 10;

/** Text lines of a cell, each starting at the cell's left padding (2 pt), one line every 12 pt. */
function lines(x0: number, y0: number, ...texts: string[]): TextLine[] {
  return texts.map((text, i) => ({
    text,
    size: SIZE,
    x0: x0 + 2,
    x1: x0 + 2 + [...text].length * SIZE,
    y0: y0 + 2 + i * 12,
    y1: y0 + 12 + i * 12,
  }));
}

function cell(x0: number, y0: number, x1: number, y1: number, texts: string[] = [], cut = false): PageCell {
  return { x0, y0, x1, y1, cut, lines: lines(x0, y0, ...texts) };
}

const page = (n: number, cells: PageCell[], free: string[] = []): PageLayout => ({
  page: n,
  cells,
  freeLines: free.map((text, i) => ({
    text,
    size: SIZE,
    x0: 0,
    x1: 100,
    y0: i === 0 ? 5 : 790,
    y1: i === 0 ? 15 : 800,
  })),
});

const HEADER = [cell(0, 20, 100, 40, ['名称']), cell(100, 20, 200, 40, ['金额']), cell(200, 20, 400, 40, ['目标'])];

describe('renderPages', () => {
  it('writes one tab-separated line per row, free text in its place by height, and says where each line was', () => {
    const rendering = renderPages([
      page(
        1,
        [...HEADER, cell(0, 40, 100, 60, ['机构运行']), cell(100, 40, 200, 60, ['425.00']), cell(200, 40, 400, 60)],
        ['项目支出绩效目标表', '- 1 -'],
      ),
    ]);
    expect(rendering.text).toBe('项目支出绩效目标表\n名称\t金额\t目标\n机构运行\t425.00\t\n- 1 -\n');
    expect(rendering.places.map((p) => p.map((q) => q.page))).toEqual([[1], [1], [1], [1]]);
    expect(rendering.places[2]).toEqual([{ page: 1, box: [0, 40, 400, 60] }]);
    expect(rendering.pages).toBe(1);
  });

  it('a cell spanning rows gives its text to the first row and an empty field to the others', () => {
    const rendering = renderPages([
      page(1, [
        cell(0, 0, 80, 60, ['产出指标']),
        cell(80, 0, 200, 30, ['数量指标']),
        cell(200, 0, 300, 30, ['≥27项']),
        cell(80, 30, 200, 60, ['质量指标']),
        cell(200, 30, 300, 60, ['100%']),
      ]),
    ]);
    expect(rendering.text).toBe('产出指标\t数量指标\t≥27项\n\t质量指标\t100%\n');
  });

  it('joins the rest of a row cut by a page break to it, field by field, after the repeated header', () => {
    const rendering = renderPages([
      page(1, [
        ...HEADER,
        cell(0, 40, 100, 800, ['机构运行保障经费'], true),
        cell(100, 40, 200, 800, ['425.00'], true),
        cell(200, 40, 400, 800, ['贯彻落实国家、省、市相关法律法规和政'], true),
      ]),
      page(2, [
        ...HEADER,
        cell(0, 40, 100, 70),
        cell(100, 40, 200, 70),
        cell(200, 40, 400, 70, ['策，推动实施。']),
        cell(0, 70, 100, 90, ['下一个项目']),
        cell(100, 70, 200, 90, ['1.00']),
        cell(200, 70, 400, 90),
      ]),
    ]);
    expect(rendering.text.split('\n')).toEqual([
      '名称\t金额\t目标',
      '机构运行保障经费\t425.00\t贯彻落实国家、省、市相关法律法规和政策，推动实施。',
      '名称\t金额\t目标',
      '下一个项目\t1.00\t',
      '',
    ]);
    expect(rendering.places[1]?.map((p) => p.page)).toEqual([1, 2]);
  });

  it('a row whose merged label alone reaches past the page is not cut: the next page starts a new row', () => {
    const rendering = renderPages([
      page(1, [
        cell(0, 0, 80, 800, ['绩效指标'], true),
        cell(80, 0, 200, 20, ['一级指标']),
        cell(200, 0, 300, 20, ['二级指标']),
      ]),
      page(2, [cell(0, 0, 80, 40, [], false), cell(80, 0, 200, 20, ['产出指标']), cell(200, 0, 300, 20, ['数量指标'])]),
    ]);
    expect(rendering.text).toBe('绩效指标\t一级指标\t二级指标\n\t产出指标\t数量指标\n');
  });
});

describe('cellText', () => {
  it('joins wrapped lines without a separator (Chinese) and with a space between Latin words', () => {
    expect(cellText(cell(0, 0, 104, 40, ['企业创新计划-TCL华星光电', 'T9项目']))).toBe(
      '企业创新计划-TCL华星光电T9项目',
    );
  });

  it('a line that stopped well short of the cell edge ended a paragraph; paragraphs are written as <p>', () => {
    // 10 characters fit on a line (cell 104 wide, 2 pt padding each side).
    const text = cellText(cell(0, 0, 104, 60, ['一二三四五六七八九十', '一二三。', '2.新的段落<甲>&乙']));
    expect(text).toBe('<p>一二三四五六七八九十一二三。</p><p>2.新的段落&lt;甲&gt;&amp;乙</p>');
  });

  it('a line short only by the piece that could not follow it is a wrap, not a paragraph end', () => {
    // "（%）" cannot be broken: it went to the next line though the line had room for 3 characters.
    expect(cellText(cell(0, 0, 114, 40, ['高新技术企业认定', '（%）']))).toBe('高新技术企业认定（%）');
    expect(cellText(cell(0, 0, 114, 40, ['高新技术企业认定', '说明']))).toBe('<p>高新技术企业认定</p><p>说明</p>');
  });
});

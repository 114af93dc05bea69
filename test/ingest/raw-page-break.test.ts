/**
 * A page break at every height inside every row of the project form's `pdftotext -raw` fixtures
 * (raw-page-break.ts lays the rows out and cuts them): every figure read is exact, or absent with a
 * finding that names the cut row's lines. RAW_BREAKS=all checks every position (about a minute),
 * instead of 100 drawn at random.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/ingest/document.ts';
import { manifest } from '../../src/ingest/manifest.ts';
import { readTextSource } from '../../src/ingest/source-text.ts';
import { projectForm } from './helpers.ts';
import { cutRow, cutsOf, fixtureText, printedRow, problemsOf, rawFolder, rowsOf } from './raw-page-break.ts';

const STYLES = ['centred', 'top-narrow', 'wide-zero', 'title-every-page'];
/** The samples printed as the project form. */
const KEYS = ['001', '003', '004'];

const texts = STYLES.flatMap((style) => KEYS.map((key) => ({ style, key, text: fixtureText(style, key) })));
const positions = texts.flatMap(({ style, key, text }) =>
  rowsOf(text).flatMap((row) => cutsOf(row).map((height) => ({ style, key, text, row, height }))),
);

/** The record read from a fixture with one of its rows (the row of line `from`) cut at `height`. */
function readCut(style: string, key: string, from: number, height: number) {
  const text = fixtureText(style, key);
  const row = rowsOf(text).find((r) => r.from === from);
  if (!row) throw new Error(`no row at line ${from} of ${style}/${key}`);
  const entries = manifest.parse(JSON.parse(readFileSync(join(rawFolder(style), 'manifest.json'), 'utf8')));
  const entry = entries.documents.find((d) => d.file === `${key}.txt`);
  if (!entry) throw new Error(`no fixture ${style}/${key}`);
  const cut = cutRow(text, row, height);
  return { cut, record: projectForm(parseDocument(entry, readTextSource(Buffer.from(cut.text, 'utf8'))).record) };
}

describe('pdftotext -raw: a page break anywhere in a row of the project form', () => {
  it('the layout model prints every row of the fixtures that no break cuts line for line as the fixture does', () => {
    let rows = 0;
    for (const { style, text } of texts) {
      const lines = text.split('\n');
      for (const row of rowsOf(text)) {
        expect(printedRow(row, style)).toEqual(lines.slice(row.from - 1, row.to));
        rows++;
      }
    }
    expect(rows).toBe(194);
    expect(positions).toHaveLength(2215);
  });

  it('reads every figure exactly, or leaves it out with a finding naming the cut row: never a wrong or spurious one', async () => {
    // 100 positions drawn afresh on every run (a failure names its position); RAW_BREAKS=all checks every one.
    const checked = process.env.RAW_BREAKS === 'all' ? positions : fc.sample(fc.constantFrom(...positions), 100);
    const failed: string[] = [];
    for (const { style, key, text, row, height } of checked)
      for (const p of await problemsOf(style, key, cutRow(text, row, height)))
        failed.push(`${style}/${key} line ${row.from} at ${height}: ${p}`);
    expect(failed).toEqual([]);
  }, 600_000);

  it("a unit's wrapped name going on after the break, alone before the next row's amounts: neither row's name is guessed", () => {
    // centred/003: 广州开发区经济和信息化 / 局、广州市黄埔区工业和信 | break | 息化局 / 综合业务经费 56.00 …
    const { cut, record } = readCut('centred', '003', 5, 4);
    expect(cut).toMatchObject({ from: 5, to: 9 });
    // The unit is left out, and its projects with it: none is put under another unit or published with a glued name.
    expect(record.units).toEqual([]);
    expect(record.findings.filter((f) => f.lines.from <= 9 && f.lines.to >= 5)).toEqual([
      {
        code: 'project-name-cut',
        severity: 'error',
        message:
          '资金使用单位「广州开发区经济和信息化局、广州市黄埔区工业和信」之后分页：分页后第 9 行起到下一行金额之前的文字可能是它的名称（或绩效目标、指标）的后半，也可能是下一行名称的开头，无法从文本确定：这两行都未收录，这个单位的项目也都未收录，请用 PDF 原件（本程序可直接读取 PDF 的表格单元格）核对',
        lines: { from: 5, to: 7 },
      },
      {
        code: 'project-name-cut',
        severity: 'error',
        message:
          '第 9 行起的名称「息化局综合业务经费」在分页之后，其开头可能是上一行「广州开发区经济和信息化局、广州市黄埔区工业和信」（总计 190,857.18 万元）的后半，无法从文本确定这一行的名称：这一行（总计 56.00 万元）未收录，请用 PDF 原件（本程序可直接读取 PDF 的表格单元格）核对',
        lines: { from: 9, to: 25 },
      },
    ]);
  });

  it("a name's tail after the break on one line with the indicators' (one baseline): the project is left out", () => {
    // centred/004 line 37: 产线项目补贴（增城区） 年度指标值：1。2、1-产出指标；11-数量指标；
    const { record } = readCut('centred', '004', 30, 4);
    const names = record.units.flatMap((u) => u.projects.map((p) => p.name));
    expect(names.filter((n) => n.includes('超视堺'))).toEqual([]);
    expect(names).toHaveLength(38);
    expect(record.findings.filter((f) => f.code === 'project-name-cut')).toEqual([
      {
        code: 'project-name-cut',
        severity: 'error',
        message:
          '项目「企业创新计划-超视堺第10.5代TFT-LCD显示器生…」跨页：分页后第 37 行可能是折行的项目名称的后半，也可能是绩效目标或指标的后半，无法从文本确定完整的名称：该项目（总计 4,423.00 万元）整个未收录，其金额仍计入所属单位总计的核对，请用 PDF 原件（本程序可直接读取 PDF 的表格单元格）核对',
        lines: { from: 30, to: 50 },
      },
    ]);
    expect(record.findings.map((f) => f.code)).not.toContain('unit-total-mismatch');
  });

  it("the worst position: a break after the first line of the first project hides the name column's width, and every name it leaves unsure is left out", () => {
    // top-narrow/004: 企业创新计划-TCL华星光电T9项目 12,537.00 … on one line, （黄埔区） after the break. The
    // wrapped names that showed the column 34 wide are gone; lines as wide before a wrapped name may
    // be its head or the row before's last line.
    const { record } = readCut('top-narrow', '004', 6, 2);
    const names = record.units.flatMap((u) => u.projects.map((p) => p.name));
    expect(names).toHaveLength(31);
    for (const name of [
      '企业创新计划-TCL华星光电T9项目（黄埔区）',
      '企业创新计划-超视堺第10.5代TFT-LCD显示器生产线项目补贴（增城区）',
      '科普服务经费',
      '广州市科学技术局2024—2025年信息化运维项目',
      '002604',
    ])
      expect(names).not.toContain(name);
    expect(
      record.findings
        .filter((f) => f.code === 'project-name-cut' || f.code === 'page-break-split-row')
        .map((f) => [f.code, f.lines.from, f.lines.to]),
    ).toEqual([
      ['project-name-cut', 6, 26],
      ['project-name-cut', 26, 45],
      ['project-name-cut', 45, 66],
      ['project-name-cut', 703, 742],
      ['project-name-cut', 742, 780],
      ['project-name-cut', 826, 866],
      ['project-name-cut', 1170, 1186],
      ['project-name-cut', 1186, 1207],
    ]);
  });

  it("the goal's last line and the indicators' first after the break on one line: the goal and the cut item are left out", () => {
    // centred/001 line 54: 业发展提供技术支持。 2、2-效益指标；22-社会效益；支持琶洲实验室建
    const { record } = readCut('centred', '001', 47, 6);
    const read = record.units.flatMap((u) => u.projects).find((p) => p.name === '支持琶洲实验室建设经费');
    expect(read?.goal).toEqual([]);
    expect(read?.indicators.map((i) => [i.name, i.periodValue, i.annualValue])).toEqual([
      ['支持琶洲实验室建设', '按时申请经费，支持琶洲实验室建设', '按时申请经费，支持琶洲实验室建设'],
    ]);
    expect(record.findings.filter((f) => f.code === 'page-break-split-row')).toEqual([
      {
        code: 'page-break-split-row',
        severity: 'warning',
        message:
          '「支持琶洲实验室建设经费」跨页：分页后第 54–54 行的文字可能是绩效目标的后半，也可能是分页前最后一项指标的后半，无法从文本确定：该项目的绩效目标和分页前最后一项指标未收录，请用 PDF 原件（本程序可直接读取 PDF 的表格单元格）核对',
        lines: { from: 50, to: 54 },
      },
    ]);
  });
});

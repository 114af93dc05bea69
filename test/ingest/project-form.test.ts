import { describe, expect, it } from 'vitest';
import { EXPECTED_PROJECTS } from './expected-projects.ts';
import { allProjects, parseSample, projectForm, sampleText } from './helpers.ts';

const fileOf = (prefix: string) => parseSample(prefix).report.file;

const row = (p: ReturnType<typeof allProjects>[number]) => [
  p.name,
  p.amounts.total,
  p.amounts.fiscal,
  p.amounts.specialAccount,
  p.amounts.other,
  p.indicators.map((i) => `${i.level2.code} ${i.name}`),
];

describe('project-expenditure samples', () => {
  for (const [file, expected] of Object.entries(EXPECTED_PROJECTS)) {
    it(`${file}: every project's amounts and its indicators (category and name)`, () => {
      const { record } = parseSample(file.slice(0, 3));
      expect(allProjects(record).map(row)).toEqual(expected);
    });
  }

  it('001 (tabs): units, totals, and the page-break fragment that is not a project', () => {
    const record = projectForm(parseSample('001').record);
    expect(record.department).toBe('广州琶洲人工智能与数字经济试验区管理委员会');
    expect(record.total).toMatchObject({
      total: 9235.17,
      fiscal: 9235.17,
      specialAccount: 0,
      other: 0,
      blank: ['specialAccount', 'other'],
      lines: { from: 10, to: 10 },
    });
    expect(record.units.map((u) => [u.name, u.amounts.total, u.projects.length, u.lines])).toEqual([
      ['广州琶洲人工智能与数字经济试验区管理委员会', 9203.17, 10, { from: 11, to: 30 }],
      ['广州市海珠区琶洲数字经济创新发展服务中心', 32, 1, { from: 31, to: 32 }],
    ]);
    expect(allProjects(record).filter((p) => p.name.startsWith('海珠区建设人工智能大模型'))).toHaveLength(1);
    expect(record.findings).toEqual([
      expect.objectContaining({ code: 'page-break-fragment', severity: 'info', lines: { from: 28, to: 28 } }),
    ]);
  });

  it('001: indicator text with full-width separators and typos kept as printed', () => {
    const p = allProjects(parseSample('001').record).find((x) => x.name === '两新组织党员活动经费')!;
    expect(p.indicators.map((i) => [i.level1.code, i.level2.code, i.name, i.periodValue, i.annualValue])).toEqual([
      ['1', '11', '经费下达保障的效率', '100%', '100%'],
      ['1', '11', '经费足额下达率', '100%', '100%'],
      ['2', '22', '基层组织运转情况', '正产运转', '正产运转'],
      ['3', '31', '群众满意率', '90%以上', '90%以上'],
    ]);
    expect(p.indicators[3]!.annualTarget).toEqual({ kind: 'measurable', comparator: '>=', value: 90, unit: '%' });
    expect(p.indicators[2]!.annualTarget).toEqual({ kind: 'qualitative' });
  });

  it('003 (HTML in cells): paragraphs without markup, and the truncated listing as a finding', () => {
    const record = projectForm(parseSample('003').record);
    // The template's "（部门）" marker is not part of the name.
    expect(record.department).toBe('广州开发区经济和信息化局、广州市黄埔区工业和信息化局');
    const p = allProjects(record).find((x) => x.name === '鱼珠片区数字技术应用产业平台展示中心项目')!;
    expect(p.amounts.total).toBe(2585);
    expect(p.goal).toHaveLength(2);
    expect(p.goal[0]).toMatch(/^1、重点打造鱼珠片区/);
    expect(JSON.stringify(record)).not.toMatch(/<\/?p>/);
    const hub = allProjects(record).find((x) => x.name === '国际数字枢纽体验中心')!;
    expect(hub.indicators[3]!.name).toBe('1.提升区内数字枢纽的聚集效应2.保障国际数字枢纽体验中心正常运营');
    expect(record.findings).toEqual([
      expect.objectContaining({
        code: 'unit-total-mismatch',
        severity: 'error',
        difference: 724,
        lines: { from: 11, to: 24 },
      }),
    ]);
  });

  it('findings are in source order in the written record, not only in the report', () => {
    // A second 合计 row at the end: its finding is found while reading rows, before the
    // reconciliation finds the mismatch at line 11.
    const text = `${sampleText(fileOf('003'))}\n合计\t190,857.18\t190,857.18\t\t\t\t\n`;
    const { record, report } = parseSample('003', text);
    const expected = [
      ['unit-total-mismatch', 11],
      ['duplicate-total-row', 25],
    ];
    expect(record.findings.map((f) => [f.code, f.lines.from])).toEqual(expected);
    expect(report.findings.map((f) => [f.code, f.lines.from])).toEqual(expected);
  });

  it('004 (wrapped layout): names over two lines, units, a lost character at a wrap, 合计 inside text, a numeric name', () => {
    const record = projectForm(parseSample('004').record);
    expect(record.total).toMatchObject({ total: 235659.44, fiscal: 235659.44, lines: { from: 8, to: 8 } });
    expect(record.units.map((u) => [u.name, u.amounts.total, u.projects.length])).toEqual([
      ['广州市科学技术局', 234094.8, 26],
      ['广州市科技项目评审中心', 588, 6],
      ['广州市科学技术发展战略研究院', 976.64, 7],
    ]);
    const projects = allProjects(record);
    const t9 = projects[0]!;
    expect(t9.name).toBe('企业创新计划-TCL华星光电T9项目（黄埔区）');
    expect(t9.lines).toEqual({ from: 12, to: 37 });
    expect(t9.goal).toEqual(['支持发展广州华星光电T9项目：超高清视频和新型显示产业链进一步完善，发展质量进一步提高。']);
    expect(t9.indicators[1]).toMatchObject({
      name: '项目累计产值贡献',
      periodValue: '200亿元',
      annualValue: '200亿元',
      periodTarget: { kind: 'measurable', comparator: '=', value: 200, unit: '亿元' },
      lines: { from: 23, to: 26 },
    });
    // "实施周期指" + "值:101": the 标 was lost at the wrap; the value is still read.
    const lcd = projects[1]!.indicators[3]!;
    expect([lcd.level2.code, lcd.name, lcd.periodValue, lcd.annualValue]).toEqual([
      '21',
      '超视堺项目年产值（亿元）',
      '101',
      '101',
    ]);
    const property = projects.find((p) => p.name === '业务用房物业管理费' && p.amounts.total === 720.99)!;
    expect(property.indicators[1]!.periodValue).toBe('园区一期37328平方米和二期34500平方米；合计71828平方米');
    expect(projects.find((p) => p.name === '002604')).toMatchObject({
      amounts: { total: 2.88 },
      goal: ['通过采购一批软件，保障单位办公需求。'],
    });
    expect(new Set(projects.map((p) => p.id)).size).toBe(projects.length);
    expect(record.findings).toEqual([]);
  });
});

describe('amounts without cell boundaries', () => {
  it('three amounts in a space-separated row: the third is read as 其他资金 and a finding says so', () => {
    const text = sampleText(fileOf('001'))
      .replace(/\t+/g, '   ')
      .replace('机构运行保障经费   425.00   425.00', '机构运行保障经费   425.00   400.00   25.00');
    const record = projectForm(parseSample('001', text).record);
    const p = allProjects(record)[0]!;
    expect(p.amounts).toEqual({ total: 425, fiscal: 400, specialAccount: 0, other: 25, blank: ['specialAccount'] });
    // 425.00 = 400.00 + 25.00 still reconciles, whichever column the 25.00 belongs to.
    expect(record.findings.map((f) => [f.code, f.lines.from])).toEqual([
      ['amount-columns-ambiguous', 12],
      ['page-break-fragment', 28],
    ]);
  });
});

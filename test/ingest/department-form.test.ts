import { describe, expect, it } from 'vitest';
import { BUDGET_000, overall, parseSample } from './helpers.ts';

describe('department-overall samples', () => {
  it('000: budget, goal, key tasks and block-layout indicators', () => {
    const record = overall(parseSample('000').record);
    expect(record.department).toBe('广州琶洲人工智能与数字经济试验区管理委员会');
    expect(record.budget).toEqual({
      ...BUDGET_000,
      lines: { from: 10, to: 18 },
    });
    expect(record.overallGoal).toHaveLength(1);
    expect(record.overallGoal[0]).toMatch(
      /^贯彻落实国家、省、市相关法律法规和政策.*承办区委、区政府和上级相关部门交办的其他任务。$/,
    );
    expect(record.keyTasks.map((t) => [t.name, t.amount, t.lines])).toEqual([
      ['高质量举办第四届算法大赛', 480, { from: 31, to: 46 }],
      ['高水平建设人工智能大模型应用示范区', 7000, { from: 48, to: 65 }],
      ['深度打造产业生态', 30, { from: 67, to: 99 }],
    ]);
    expect(record.keyTasks[0]!.content).toBe(
      '一是持续优化赛事内容，扩展更多前沿科技赛道，力争参赛人数超8000人。二是进一步提升赛事成果成效，深入参赛企业形成招商项目库和人才库，推动打造全球算法领域顶尖权威赛事。',
    );
    expect(record.keyTasks[2]!.target).toMatch(/同时探索出台专项人才政策。$/);
    expect(record.otherTasks).toBeNull();
    expect(record.indicators.map((i) => [i.level1.code, i.level2.code, i.name, i.lines])).toEqual([
      ['2', '21', '高质量举办第四届算法大赛', { from: 122, to: 140 }],
      ['2', '21', '吸引大模型人才', { from: 142, to: 153 }],
      ['2', '22', '支持琶洲实验室建设', { from: 155, to: 160 }],
    ]);
    expect(record.indicators[2]!.periodValue).toBe('拨付实验室建设经费，支持实验室发展。');
    expect(record.findings).toEqual([]);
  });

  it('002: seven tasks told apart by column width, other tasks with an amount, inline indicator values', () => {
    const record = overall(parseSample('002').record);
    expect(record.budget).toMatchObject({
      basic: 5326.15,
      project: 62234.34,
      fiscal: 77909.65,
      specialFunds: 8246.79,
      otherDevelopment: 2102.36,
      ownLevel: 77909.65,
    });
    expect(record.overallGoal.map((p) => p.slice(0, 2))).toEqual(['1.', '2.', '3.', '4.', '5.']);
    expect(record.keyTasks.map((t) => [t.name, t.amount])).toEqual([
      ['促进工业产值和工业投资稳增长，打造制造业强区', 33706],
      ['企业创新能力建设', 15000],
      ['促进产业人才发展', 5650.41],
      ['推动消费市场稳进提质', 1600],
      ['高质量推进国家未来产业科技园核心区建设', 2631.83],
      ['促进小微工业企业上规模发展', 1760],
      ['推动我区珠宝产业的转型升级，促进外资外贸稳步增长', 160],
    ]);
    expect(record.keyTasks[1]!.content).toBe('安排往年部分未兑现高新技术企业认定区级奖补资金。');
    expect(record.keyTasks[6]!.target).toBe('推动我区珠宝产业的转型升级，推动外资外贸稳步增长。');
    expect(record.otherTasks).toMatchObject({ amount: 2428, lines: { from: 167, to: 168 } });
    expect(record.indicators).toHaveLength(27);
    expect(record.indicators.map((i) => i.level2.code).join(',')).toBe(
      '11,11,11,11,11,12,12,12,12,13,21,21,21,21,21,21,21,22,22,22,22,22,22,23,31,41,43',
    );
    const patents = record.indicators.find((i) => i.name === '高新技术企业国内发明专利授权数')!;
    // The source's typo ("1000年" for "1000件") is kept as printed.
    expect([patents.periodValue, patents.annualValue]).toEqual(['1000件', '1000年']);
    expect(record.indicators.find((i) => i.name === '企业技术改造项目备案审批办理时限')!.periodTarget).toEqual({
      kind: 'measurable',
      comparator: '<=',
      value: 3,
      unit: '个工作日',
    });
    expect(record.findings).toEqual([
      expect.objectContaining({ code: 'budget-identity-mismatch-rounding', severity: 'info', difference: -0.01 }),
    ]);
  });
});

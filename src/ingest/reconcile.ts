/**
 * Stage 3 (reconcile): checks the sums a form promises and publishes every difference as a
 * finding with its exact amount. Nothing is corrected.
 */
import type {
  DepartmentOverallRecord,
  Finding,
  FindingCode,
  FundingUnit,
  LineRange,
  RowAmounts,
} from '../schema/index.ts';
import { fromCents, toCents } from './amounts.ts';
import type { LeftOutRow } from './project-form/build.ts';

const fmt = (wan: number): string =>
  wan.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** The two sides compared, as the message names them. */
const PRINTED_VS_SUM: [string, string] = ['表中为', '计算得'];

/** A difference of at most `toleranceCents` is rounding, and is published under its own code. */
interface Rounding {
  code: FindingCode;
  toleranceCents: number;
}

function mismatch(
  code: FindingCode,
  label: string,
  printed: number,
  computedCents: number,
  lines: LineRange,
  rounding: Rounding | null = null,
  sides = PRINTED_VS_SUM,
): Finding | null {
  const diffCents = toCents(printed) - computedCents;
  if (diffCents === 0) return null;
  const within = rounding !== null && Math.abs(diffCents) <= rounding.toleranceCents;
  return {
    code: within ? rounding.code : code,
    severity: within ? 'info' : 'error',
    message: `${label}：${sides[0]} ${fmt(printed)} 万元，${sides[1]} ${fmt(fromCents(computedCents))} 万元，相差 ${fmt(fromCents(diffCents))} 万元${within ? '（在四舍五入允许范围内）' : ''}`,
    lines,
    difference: fromCents(diffCents),
  };
}

const sumCents = (values: number[]): number => values.reduce((s, v) => s + toCents(v), 0);

/** 总计 = 财政拨款 + 财政专户拨款 + 其他资金, for one row. */
export function reconcileRowAmounts(name: string, amounts: RowAmounts, lines: LineRange): Finding[] {
  const f = mismatch(
    'row-total-mismatch',
    `「${name}」的总计与财政拨款、财政专户拨款、其他资金之和不符`,
    amounts.total,
    sumCents([amounts.fiscal, amounts.specialAccount, amounts.other]),
    lines,
  );
  return f ? [f] : [];
}

/**
 * Each unit's total against the sum of its projects, and the 合计 against the sum of the units.
 * Project rows left out of the record (`leftOut`, each with its own finding) still count in their
 * unit's sum: their amounts were printed, only their name or text could not be read.
 */
export function reconcileUnitTotals(
  total: RowAmounts & { lines: LineRange },
  units: FundingUnit[],
  leftOut: readonly LeftOutRow[] = [],
): Finding[] {
  const findings: Finding[] = [];
  findings.push(...reconcileRowAmounts('合计', total, total.lines));
  for (const unit of units) {
    findings.push(...reconcileRowAmounts(unit.name, unit.amounts, unit.lines));
    for (const p of unit.projects) findings.push(...reconcileRowAmounts(p.name, p.amounts, p.lines));
    const left = leftOut.filter((r) => r.unit === unit);
    for (const r of left) findings.push(...reconcileRowAmounts(`${r.name}…`, r.amounts, r.lines));
    const f = mismatch(
      'unit-total-mismatch',
      `资金使用单位「${unit.name}」的总计与其所列 ${unit.projects.length} 个项目${left.length > 0 ? `及未收录的 ${left.length} 个项目` : ''}之和不符（原文可能不完整）`,
      unit.amounts.total,
      sumCents([...unit.projects, ...left].map((p) => p.amounts.total)),
      unit.lines,
    );
    if (f) findings.push(f);
  }
  const f = mismatch(
    'grand-total-mismatch',
    `「合计」与 ${units.length} 个资金使用单位之和不符`,
    total.total,
    sumCents(units.map((u) => u.amounts.total)),
    total.lines,
  );
  if (f) findings.push(f);
  return findings;
}

/** 基本支出 + 项目支出 + 财政专项资金 + 其他事业发展性支出 = 财政拨款 + 其他资金, 0.01 万元 per term allowed for rounding. */
export function reconcileBudgetIdentity(budget: DepartmentOverallRecord['budget']): Finding[] {
  const spending = [budget.basic, budget.project, budget.specialFunds, budget.otherDevelopment];
  const income = [budget.fiscal, budget.otherFunds];
  const toleranceCents = spending.length + income.length;
  const f = mismatch(
    'budget-identity-mismatch',
    '支出合计（基本支出 + 项目支出 + 财政专项资金 + 其他事业发展性支出）与收入合计（财政拨款 + 其他资金）不符',
    fromCents(sumCents(spending)),
    sumCents(income),
    budget.lines,
    { code: 'budget-identity-mismatch-rounding', toleranceCents },
    ['支出合计', '收入合计'],
  );
  const levels = mismatch(
    'budget-level-mismatch',
    '按预算级次划分（本级使用资金 + 对下转移支付资金）与收入合计（财政拨款 + 其他资金）不符',
    fromCents(sumCents([budget.ownLevel, budget.transfer])),
    sumCents(income),
    budget.lines,
    { code: 'budget-level-mismatch-rounding', toleranceCents },
    ['按级次合计', '收入合计'],
  );
  return [f, levels].filter((x): x is Finding => x !== null);
}

/**
 * Every indicator is read from its project's 绩效指标 cell, so its source lines lie within the
 * project's lines. An indicator whose lines reach outside them was taken from another row: an
 * error, never repaired.
 */
export function reconcileIndicatorLines(units: FundingUnit[]): Finding[] {
  const findings: Finding[] = [];
  for (const unit of units)
    for (const project of unit.projects)
      for (const indicator of project.indicators) {
        const { from, to } = indicator.lines;
        if (from >= project.lines.from && to <= project.lines.to) continue;
        findings.push({
          code: 'indicator-outside-project',
          severity: 'error',
          message: `项目「${project.name}」（第 ${project.lines.from}–${project.lines.to} 行）的指标「${indicator.name}」读自第 ${from}–${to} 行，超出该项目的行：可能取自相邻的项目，请核对原文或使用 PDF 原件`,
          lines: { from: Math.min(from, project.lines.from), to: Math.max(to, project.lines.to) },
        });
      }
  return findings;
}

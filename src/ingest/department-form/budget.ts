/** 预算整体情况: label–amount pairs laid out two per line ("基本支出 736.81 财政拨款 9,976.70"). */
import type { DepartmentOverallRecord, Finding } from '../../schema/index.ts';
import { AMOUNT_TOKEN, parseAmount } from '../amounts.ts';
import { InputError } from '../errors.ts';
import { isBlank, type SourceLine, squash } from '../lines.ts';

type Budget = DepartmentOverallRecord['budget'];
type BudgetField = Exclude<keyof Budget, 'lines'>;

const LABELS: ReadonlyArray<[BudgetField, string]> = [
  ['otherDevelopment', '其他事业发展性支出'],
  ['transfer', '拟用于对下转移支付资金'],
  ['ownLevel', '[区市县省镇乡]?本级使用资金'],
  ['specialFunds', '财政专项资金'],
  ['basic', '基本支出'],
  ['project', '项目支出'],
  ['fiscal', '财政拨款'],
  ['otherFunds', '其他资金'],
];
const AMOUNT = AMOUNT_TOKEN.source.slice(1, -1);
const PAIR = new RegExp(
  `(${LABELS.map(([, l]) => l).join('|')})\\s*[:：]?\\s*(?:(${AMOUNT})(?=\\s|$)|(\\S*\\d\\S*))?`,
  'g',
);
/** Column headers such as "部门预算支出 预算金额（万元） 收入来源 预算金额（万元）". */
const HEADER = /预算金额/;

export interface ParsedBudget {
  budget: Budget;
  findings: Finding[];
  layoutLines: number[];
  unrecognized: SourceLine[];
}

export function parseBudget(lines: readonly SourceLine[], fallbackLine: number): ParsedBudget {
  const values: Partial<Record<BudgetField, number>> = {};
  const findings: Finding[] = [];
  const layoutLines: number[] = [];
  const unrecognized: SourceLine[] = [];
  const used: SourceLine[] = [];
  for (const line of lines) {
    if (isBlank(line.text)) continue;
    const text = squash(line.text);
    if (HEADER.test(text)) {
      layoutLines.push(line.no);
      continue;
    }
    const pairs = [...text.matchAll(PAIR)];
    if (pairs.length === 0) {
      unrecognized.push(line);
      continue;
    }
    used.push(line);
    for (const [, label, amount, malformed] of pairs) {
      if (malformed !== undefined)
        throw new InputError(`「${label}」的金额「${malformed}」不是数字：应为如 1,234.56 的万元金额`, line.no);
      const field = LABELS.find(([, l]) => new RegExp(`^${l}$`).test(label!))![0];
      values[field] = amount === undefined ? 0 : parseAmount(amount)!;
      if (amount === undefined) {
        findings.push({
          code: 'budget-amount-blank',
          severity: 'warning',
          message: `「${label}」没有金额，记为 0`,
          lines: { from: line.no, to: line.no },
        });
      }
    }
  }
  const range = used.length
    ? { from: used[0]!.no, to: used[used.length - 1]!.no }
    : { from: fallbackLine, to: fallbackLine };
  for (const [field, label] of LABELS) {
    if (values[field] === undefined) {
      findings.push({
        code: 'budget-field-missing',
        severity: 'error',
        message: `预算整体情况中没有「${label.replace(/\[.*?\]\?/, '')}」，记为 0`,
        lines: range,
      });
    }
  }
  const get = (f: BudgetField): number => values[f] ?? 0;
  const budget: Budget = {
    basic: get('basic'),
    project: get('project'),
    fiscal: get('fiscal'),
    otherFunds: get('otherFunds'),
    specialFunds: get('specialFunds'),
    otherDevelopment: get('otherDevelopment'),
    ownLevel: get('ownLevel'),
    transfer: get('transfer'),
    lines: range,
  };
  return { budget, findings, layoutLines, unrecognized };
}

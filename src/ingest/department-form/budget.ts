/** 预算整体情况: label–amount pairs laid out two per line ("基本支出 736.81 财政拨款 9,976.70"). */
import type { DepartmentOverallRecord, Finding } from '../../schema/index.ts';
import { AMOUNT_TOKEN, knownAmount } from '../amounts.ts';
import { InputError } from '../errors.ts';
import { isBlank, type SourceLine, squash } from '../lines.ts';
import { group } from '../match.ts';
import { rangeOfLines } from '../text-span.ts';

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
/** The field of a label PAIR matched: PAIR is built from LABELS, so there is one. */
function fieldOf(label: string): BudgetField {
  const entry = LABELS.find(([, l]) => new RegExp(`^${l}$`).test(label));
  if (!entry) throw new Error(`「${label}」matched as a budget label but is not one`);
  return entry[0];
}

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
    for (const pair of pairs) {
      const label = group(pair, 1);
      const [, , amount, malformed] = pair;
      if (malformed !== undefined)
        throw new InputError(`「${label}」的金额「${malformed}」不是数字：应为如 1,234.56 的万元金额`, line.no);
      const field = fieldOf(label);
      values[field] = amount === undefined ? 0 : knownAmount(amount);
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
  const range = used.length ? rangeOfLines(used) : { from: fallbackLine, to: fallbackLine };
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

/** Stage 2 (parse), department-overall form: sections → budget, goal, key tasks, other tasks, indicators. */
import type { DepartmentOverallRecord, Finding, LineRange } from '../schema/index.ts';
import { parseAmount } from './amounts.ts';
import { parseBudget } from './department-form/budget.ts';
import { parseDepartmentIndicators } from './department-form/indicators.ts';
import { type SectionName, splitSections } from './department-form/sections.ts';
import { parseKeyTasks } from './department-form/tasks.ts';
import { isBlank, joinWrapped, type SourceLine } from './lines.ts';
import { group } from './match.ts';
import { paragraphs } from './paragraphs.ts';
import { rangeOfLines } from './text-span.ts';

export type DepartmentFormBody = Pick<
  DepartmentOverallRecord,
  'budget' | 'overallGoal' | 'overallGoalLines' | 'keyTasks' | 'otherTasks' | 'indicators'
>;

export interface ParsedDepartmentForm extends DepartmentFormBody {
  findings: Finding[];
  layoutLines: number[];
  unrecognized: Array<{ line: number; text: string }>;
}

const SECTION_TITLES: Record<SectionName, string> = {
  budget: '预算整体情况',
  goal: '总体绩效目标',
  tasks: '年度重点工作任务',
  otherTasks: '其他需完成的任务',
  indicators: '绩效指标',
};
const OTHER_TASK_AMOUNT = /拟投入(?:的)?资金\s*[:：]?\s*([\d,，]+(?:\.\d+)?)/;

/** `preamble` lines (title, 部门名称) are claimed by the caller. */
export function parseDepartmentForm(lines: readonly SourceLine[], departmentLine: LineRange): ParsedDepartmentForm {
  const sections = splitSections(lines);
  const findings: Finding[] = [];
  const nonBlank = (name: SectionName): SourceLine[] => (sections.body[name] ?? []).filter((l) => !isBlank(l.text));
  for (const name of ['budget', 'goal', 'tasks', 'indicators'] as const) {
    if (!sections.body[name]) {
      findings.push({
        code: 'section-missing',
        severity: 'error',
        message: `未找到「${SECTION_TITLES[name]}」部分`,
        lines: departmentLine,
      });
    }
  }
  const budget = parseBudget(nonBlank('budget'), departmentLine.to);
  const goalLines = nonBlank('goal');
  const tasks = parseKeyTasks(sections.body.tasks ?? []);
  const otherLines = nonBlank('otherTasks');
  const otherText = joinWrapped(otherLines.map((l) => l.text));
  const otherAmount = OTHER_TASK_AMOUNT.exec(otherText);
  const indicators = parseDepartmentIndicators(sections.body.indicators ?? []);
  return {
    budget: budget.budget,
    overallGoal: paragraphs(goalLines),
    overallGoalLines: goalLines.length ? rangeOfLines(goalLines) : null,
    keyTasks: tasks.tasks,
    otherTasks: otherLines.length
      ? {
          text: otherText,
          amount: otherAmount ? parseAmount(group(otherAmount, 1)) : null,
          lines: rangeOfLines(otherLines),
        }
      : null,
    indicators: indicators.indicators,
    findings: [...findings, ...budget.findings, ...tasks.findings, ...indicators.findings],
    layoutLines: [...sections.headingLines, ...budget.layoutLines, ...tasks.layoutLines, ...indicators.layoutLines],
    unrecognized: [
      ...budget.unrecognized,
      ...tasks.unrecognized,
      ...indicators.unrecognized,
      ...sections.preamble.filter((l) => !isBlank(l.text)),
    ].map((l) => ({ line: l.no, text: l.text })),
  };
}

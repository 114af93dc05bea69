/** One normalized record per source document: the project's published open-data format. */
import { z } from 'zod';
import { amount, lineRange, printedPlace, slug } from './common.ts';
import { corrections } from './correction.ts';
import { finding } from './finding.ts';
import { indicator } from './indicator.ts';
import { fundingUnit, rowAmounts } from './project.ts';

export const formKind = z.enum(['department-overall', 'project-expenditure']);
export type FormKind = z.infer<typeof formKind>;

const recordBase = z.object({
  /** Record id: `<year>-<departmentId>-overall` for the department-overall form, `-projects` for the project form. */
  id: z.string(),
  /** Fiscal year, from the manifest. */
  year: z.number().int().min(1990).max(2100),
  /** Jurisdiction (e.g. 海珠区, 广州市), from the manifest. */
  jurisdiction: z.string(),
  /** Stable ASCII id of the jurisdiction, for URLs. */
  jurisdictionId: slug,
  /** 部门名称 as printed. */
  department: z.string(),
  /** Stable ASCII id of the department, shared by both its forms and across years: of its earliest name when the manifest's `sameAs` gives one. */
  departmentId: slug,
  /** The department's other names, from the manifest's `sameAs` (an earlier name, or the name before a typo fix); absent when none. */
  otherDepartmentNames: z.array(z.string()).min(1).optional(),
  /** Ids its pages had under the name as printed before `sameAs` kept the earlier id: each redirects to `departmentId`; absent when none. */
  formerDepartmentIds: z.array(slug).min(1).optional(),
  /** Unit of every amount in the record. */
  unit: z.literal('万元'),
  source: z.object({
    /** File name inside the sources folder. */
    file: z.string(),
    /** SHA-256 of the file's bytes. */
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    /** Address of the original published document, from the manifest. */
    url: z.url().optional(),
    /** Number of lines in the source text (for a PDF: in the text rendering of its table cells). */
    lineCount: z.number().int().nonnegative(),
    /** For a PDF source: its page count, and for each line n of its text rendering, `printed[n - 1]`, where that line was printed (two places for a row a page break cut). */
    pdf: z.object({ pages: z.number().int().positive(), printed: z.array(z.array(printedPlace)) }).optional(),
  }),
  /** Data-quality findings, in source order. */
  findings: z.array(finding),
  /** Lines of the department name (部门名称) in the source. */
  lines: lineRange,
  /** Staff corrections that removed a part of the record (a spurious row dropped); absent when none. */
  corrections,
});

/** A key task (年度重点工作任务) of the department-overall form. */
export const keyTask = z.object({
  /** 名称. */
  name: z.string(),
  /** 主要实施内容; null when the source does not let it be read with certainty, with a finding naming the lines. */
  content: z.string().nullable(),
  /** 拟投入的资金 in 万元. */
  amount: amount,
  /** 期望达到的目标; null when the source does not let it be read with certainty, with a finding naming the lines. */
  target: z.string().nullable(),
  /** Source lines of the task. */
  lines: lineRange,
  /** Staff corrections of its name (the printed one kept); absent when none. */
  corrections,
});
export type KeyTask = z.infer<typeof keyTask>;

export const departmentOverallRecord = recordBase.extend({
  form: z.literal('department-overall'),
  /** 预算整体情况 in 万元. */
  budget: z.object({
    /** 基本支出. */
    basic: amount,
    /** 项目支出. */
    project: amount,
    /** 财政拨款 (income). */
    fiscal: amount,
    /** 其他资金 (income). */
    otherFunds: amount,
    /** 财政专项资金. */
    specialFunds: amount,
    /** 其他事业发展性支出. */
    otherDevelopment: amount,
    /** 区本级/市本级使用资金. */
    ownLevel: amount,
    /** 拟用于对下转移支付资金. */
    transfer: amount,
    /** Source lines of the budget table. */
    lines: lineRange,
    /** Staff corrections of budget fields (the printed amounts kept); absent when none. */
    corrections,
  }),
  /** 总体绩效目标 as paragraphs. */
  overallGoal: z.array(z.string()),
  /** Source lines of 总体绩效目标; null when the form has none. */
  overallGoalLines: lineRange.nullable(),
  /** 年度重点工作任务. */
  keyTasks: z.array(keyTask),
  /** 其他需完成的任务 (optional in the form). */
  otherTasks: z
    .object({
      /** The text as printed. */
      text: z.string(),
      /** Amount in 万元 stated in the text (拟投入资金), if any. */
      amount: amount.nullable(),
      lines: lineRange,
    })
    .nullable(),
  /** Department-level 绩效指标. */
  indicators: z.array(indicator),
});
export type DepartmentOverallRecord = z.infer<typeof departmentOverallRecord>;

export const projectExpenditureRecord = recordBase.extend({
  form: z.literal('project-expenditure'),
  /** The 合计 row in 万元, with staff corrections of its amounts (absent when none). */
  total: rowAmounts.extend({ lines: lineRange, corrections }),
  /** Funding units (资金使用单位) with their projects. */
  units: z.array(fundingUnit),
});
export type ProjectExpenditureRecord = z.infer<typeof projectExpenditureRecord>;

export const budgetRecord = z.discriminatedUnion('form', [departmentOverallRecord, projectExpenditureRecord]);
export type BudgetRecord = z.infer<typeof budgetRecord>;

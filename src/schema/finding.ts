/** A data-quality finding: something in a source document that does not reconcile or had to be interpreted. */
import { z } from 'zod';
import { lineRange } from './common.ts';

/**
 * `error`: figures do not reconcile or part of the form is missing; `warning`: text had to be
 * interpreted; `info`: noted, nothing changed. Most severe first: pages list them in this order.
 */
export const findingSeverity = z.enum(['error', 'warning', 'info']);
export type FindingSeverity = z.infer<typeof findingSeverity>;

/** Every kind of finding the ingest emits; README.md ("Findings") documents each one. */
export const findingCode = z.enum([
  // Sums that do not reconcile (src/ingest/reconcile.ts); `difference` carries the amount.
  /** A row's 总计 is not 财政拨款 + 财政专户拨款 + 其他资金. */
  'row-total-mismatch',
  /** A funding unit's 总计 is not the sum of its projects (e.g. a truncated listing). */
  'unit-total-mismatch',
  /** The 合计 row is not the sum of the funding units. */
  'grand-total-mismatch',
  /** 基本支出 + 项目支出 + 财政专项资金 + 其他事业发展性支出 is not 财政拨款 + 其他资金. */
  'budget-identity-mismatch',
  /** The same as `budget-identity-mismatch`, within 0.01 万元 per term: rounding. */
  'budget-identity-mismatch-rounding',
  /** 本级使用资金 + 对下转移支付资金 is not 财政拨款 + 其他资金. */
  'budget-level-mismatch',
  /** The same as `budget-level-mismatch`, within 0.01 万元 per term: rounding. */
  'budget-level-mismatch-rounding',
  // The project form.
  /** No 合计 row: the total is taken as the sum of the units. */
  'total-row-missing',
  /** A second 合计 row: the first one is used. */
  'duplicate-total-row',
  /** A project row before any funding-unit row: it is put under the department. */
  'project-without-unit',
  /** Three amounts with no cell separators: which column is empty is a guess. */
  'amount-columns-ambiguous',
  /** A truncated copy of a row repeated after a page break, not read as a new project. */
  'page-break-fragment',
  /** A row split by a page break whose goal and last indicator before the break cannot be told apart from the text after it: both left out. */
  'page-break-split-row',
  /** A name a page break may have cut (its tail after the break, or the lines there the tail of the row before or the head of the next): the name cannot be read whole, so the row is left out (a unit with its projects; a project's amounts still count in its unit's total check). */
  'project-name-cut',
  /** Column-aligned text (pdftotext -layout) between two rows that could belong to either: the columns it fills are left out of both rows. */
  'layout-row-uncertain',
  // The department form.
  /** A section of the form (预算整体情况, 总体绩效目标, 重点工作任务, 绩效指标) was not found. */
  'section-missing',
  /** A budget field printed without an amount, read as 0. */
  'budget-amount-blank',
  /** A budget field absent from the budget table, read as 0. */
  'budget-field-missing',
  /** Key-task name, content and target could not be told apart by column width. */
  'task-columns-unclear',
  /** A key task's content ends mid-sentence while its target goes on after a sentence end: the columns were printed out of order, so both are left out (null). */
  'task-text-out-of-order',
  // Indicators.
  /** Text in an indicator cell before its first numbered indicator, read as none. */
  'indicator-text-unrecognized',
  /** Indicator numbers with a gap, a repeat or a step back, or not starting at 1: indicators lost or taken from elsewhere. */
  'indicator-numbering',
  /** A project indicator read from lines outside its project's row: taken from another row. */
  'indicator-outside-project',
  /** A project indicator without a readable 二级指标: not included; its text is in the message. */
  'indicator-category-unrecognized',
  /** A department indicator with no 一级/二级指标 before it: not included. */
  'indicator-category-missing',
  /** A 二级指标 whose code is outside its 一级指标. */
  'indicator-category-mismatch',
  /** An indicator without its 实施周期指标值 or 年度指标值 (read as null). */
  'indicator-value-missing',
  /** Text in the department's indicator table that never met its values: not included. */
  'indicator-values-missing',
  // The file.
  /** The file was GBK/GB18030-encoded and decoded as such. */
  'encoding-gbk',
]);
export type FindingCode = z.infer<typeof findingCode>;

export const finding = z.object({
  /** Machine-readable kind, one of `findingCode`. */
  code: findingCode,
  /** How serious: see `findingSeverity`. */
  severity: findingSeverity,
  /** Plain-language explanation in Chinese, naming the figures involved. */
  message: z.string(),
  /** Source lines the finding is about. */
  lines: lineRange,
  /** Signed difference in 万元 where the finding compares amounts (printed total minus computed sum). */
  difference: z.number().optional(),
});
export type Finding = z.infer<typeof finding>;

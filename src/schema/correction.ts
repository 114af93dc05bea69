/**
 * Staff corrections: what finance staff write in `<source file>.corrections.json` beside a source
 * document to override a value the parser read wrongly, and how each applied correction is kept
 * on the record (the printed value stays next to the corrected one).
 */
import { z } from 'zod';
import { amount } from './common.ts';

/** A source line (1-based) of the document: the correction's target must span it. */
const sourceLine = z.number().int().positive();
/** Why the value is corrected, shown on the site as 由工作人员更正：<reason>; required. */
const reason = z.string().trim().min(1);

/** The amount columns of a project-form row. */
export const rowAmountField = z.enum(['total', 'fiscal', 'specialAccount', 'other']);
/** The fields of the department form's 预算整体情况. */
export const budgetField = z.enum([
  'basic',
  'project',
  'fiscal',
  'otherFunds',
  'specialFunds',
  'otherDevelopment',
  'ownLevel',
  'transfer',
]);

/** One correction in a corrections file; every kind names its target by printed name and a line of it. */
export const correction = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('amount'),
    /** A line of the row (project form): its 项目名称, 资金使用单位 or 合计 row. */
    line: sourceLine,
    /** The row's name as read: a project, a funding unit, or 合计. */
    row: z.string().min(1),
    /** Which amount column. */
    field: rowAmountField,
    /** The amount as read now, in 万元: when the ingest reads anything else, the correction is stale. */
    printed: amount,
    /** The right amount in 万元. */
    value: amount,
    reason,
  }),
  z.strictObject({
    kind: z.literal('budget'),
    /** A line of the department form's budget table. */
    line: sourceLine,
    /** Which budget field. */
    field: budgetField,
    /** The amount as read now, in 万元. */
    printed: amount,
    /** The right amount in 万元. */
    value: amount,
    reason,
  }),
  z.strictObject({
    kind: z.literal('name'),
    /** A line of the named thing (project, funding unit, key task or indicator). */
    line: sourceLine,
    /** The name as read now. */
    printed: z.string().min(1),
    /** The right name. */
    value: z.string().trim().min(1),
    reason,
  }),
  z.strictObject({
    kind: z.literal('indicator'),
    /** A line of the indicator. */
    line: sourceLine,
    /** The indicator's name (三级指标) as read. */
    indicator: z.string().min(1),
    /** 实施周期指标值 or 年度指标值. */
    field: z.enum(['periodValue', 'annualValue']),
    /** The value as read now; null when none was read. */
    printed: z.string().nullable(),
    /** The right value. */
    value: z.string().trim().min(1),
    reason,
  }),
  z.strictObject({
    kind: z.literal('unit'),
    /** A line of the project row. */
    line: sourceLine,
    /** The project's name as read. */
    project: z.string().min(1),
    /** The funding unit it was read under. */
    printed: z.string().min(1),
    /** The funding unit it belongs to (one of the document's units). */
    value: z.string().min(1),
    reason,
  }),
  z.strictObject({
    kind: z.literal('drop'),
    /** A line of the spurious project row. */
    line: sourceLine,
    /** The project's name as read. */
    project: z.string().min(1),
    reason,
  }),
  z.strictObject({
    kind: z.literal('add'),
    /** The line where the missing project row is printed. */
    line: sourceLine,
    /** The funding unit it belongs to (one of the document's units). */
    unit: z.string().min(1),
    /** 项目名称 as printed. */
    name: z.string().trim().min(1),
    /** Its four amounts in 万元. */
    amounts: z.strictObject({ total: amount, fiscal: amount, specialAccount: amount, other: amount }),
    /** 绩效目标 as paragraphs; may be empty. */
    goal: z.array(z.string()).default([]),
    reason,
  }),
]);
export type Correction = z.infer<typeof correction>;

/** A corrections file, `<source file>.corrections.json` in the sources folder. */
export const correctionsFile = z.strictObject({
  /** Applied in order; each must match exactly one value of the document as read. */
  corrections: z.array(correction).min(1),
});
export type CorrectionsFile = z.infer<typeof correctionsFile>;

/** Which value an applied correction changed. */
export const correctedField = z.enum([
  'name',
  ...rowAmountField.options,
  ...budgetField.options.filter((f) => f !== 'fiscal'),
  'periodValue',
  'annualValue',
  'unit',
  'added',
  'dropped',
]);
export type CorrectedField = z.infer<typeof correctedField>;

/** A correction as applied, kept on the corrected part of the record. */
export const appliedCorrection = z.object({
  /** The value corrected: a name, an amount column or budget field, an indicator value, the unit, or a row added or dropped. */
  field: correctedField,
  /** What the source prints (as read); null for an added row. Amounts in 万元. */
  printed: z.union([z.string(), z.number()]).nullable(),
  /** The corrected value; for an added row its name, for a dropped row null. Amounts in 万元. */
  value: z.union([z.string(), z.number()]).nullable(),
  /** Why, as staff wrote it in the corrections file. */
  reason: z.string(),
  /** The source line the correction concerns. */
  line: z.number().int().positive(),
});
export type AppliedCorrection = z.infer<typeof appliedCorrection>;

/** Corrections applied to one part of a record; absent when there are none. */
export const corrections = z.array(appliedCorrection).min(1).optional();

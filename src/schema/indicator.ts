/** A performance indicator (绩效指标) with its two-level category from the national taxonomy. */
import { z } from 'zod';
import { lineRange } from './common.ts';
import { corrections } from './correction.ts';

/** A category of the national indicator taxonomy (一级/二级指标), e.g. {code: "11", name: "数量指标"}. */
export const indicatorCategory = z.object({
  /** National code: one digit for 一级, two digits for 二级. */
  code: z.string().regex(/^[1-4][1-4]?$/),
  /** Canonical Chinese name from the taxonomy (the printed label may differ, see `label`). */
  name: z.string(),
  /** The label as printed in the source, e.g. "经济效益" where the taxonomy says "经济效益指标". */
  label: z.string(),
});

/** What a printed target value means, derived from its text; the text itself is never changed. */
export const target = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('measurable'),
    /** Comparison the promise makes: ≥ (不低于, 以上, 超过…), ≤ (不超过, 以内…), = (plain figure), ≈ (约). */
    comparator: z.enum(['>=', '<=', '>', '<', '=', '~']),
    /** The number as printed (e.g. 95 for 95%). */
    value: z.number(),
    /** Unit as printed right after the number (%, 项, 个工作日, 亿元…), empty when none. */
    unit: z.string(),
  }),
  z.object({ kind: z.literal('qualitative') }),
]);
export type Target = z.infer<typeof target>;

export const indicator = z.object({
  /** 一级指标 (1 产出, 2 效益, 3 满意度, 4 成本). */
  level1: indicatorCategory,
  /** 二级指标 (11 数量, 12 质量, … 43 生态环境成本). */
  level2: indicatorCategory,
  /** 三级指标: the indicator's name, as printed. */
  name: z.string(),
  /** 实施周期指标值 as printed; null when the source has no such value. */
  periodValue: z.string().nullable(),
  /** 年度指标值 as printed; null when the source has no such value. */
  annualValue: z.string().nullable(),
  /** Derived meaning of `periodValue`. */
  periodTarget: target,
  /** Derived meaning of `annualValue`. */
  annualTarget: target,
  /** Source lines this indicator was read from. */
  lines: lineRange,
  /** Staff corrections of its name or values (the printed ones kept); absent when none. */
  corrections,
});
export type Indicator = z.infer<typeof indicator>;

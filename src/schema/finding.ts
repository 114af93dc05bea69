/** A data-quality finding: something in a source document that does not reconcile or had to be interpreted. */
import { z } from 'astro/zod';
import { lineRange } from './common.ts';

export const findingSeverity = z.enum(['info', 'warning', 'error']);
export type FindingSeverity = z.infer<typeof findingSeverity>;

export const finding = z.object({
  /** Machine-readable kind, e.g. `unit-total-mismatch` (see README, "Findings"). */
  code: z.string(),
  /** `error`: figures do not reconcile; `warning`: text had to be interpreted; `info`: noted, nothing changed. */
  severity: findingSeverity,
  /** Plain-language explanation in Chinese, naming the figures involved. */
  message: z.string(),
  /** Source lines the finding is about. */
  lines: lineRange,
  /** Signed difference in 万元 where the finding compares amounts (printed total minus computed sum). */
  difference: z.number().optional(),
});
export type Finding = z.infer<typeof finding>;

/** Building blocks shared by every record of the open-data format. */
import { z } from 'zod';

/** An amount in 万元 (10,000 CNY), as printed in the source with separators removed. */
export const amount = z.number();

/** Inclusive 1-based line range in the source text file that a value was read from. */
export const lineRange = z.object({
  /** First source line (1-based). */
  from: z.number().int().positive(),
  /** Last source line (1-based, inclusive). */
  to: z.number().int().positive(),
});
export type LineRange = z.infer<typeof lineRange>;

/**
 * Where a line of a PDF's text rendering was printed: its page, and the box of its row (or free
 * text line) in points from the page's top-left corner, to 0.1 pt.
 */
export const printedPlace = z.object({
  /** 1-based page number. */
  page: z.number().int().positive(),
  /** [left, top, right, bottom] in points (1/72 inch), y growing downwards. */
  box: z.tuple([z.number(), z.number(), z.number(), z.number()]),
});
export type PrintedPlace = z.infer<typeof printedPlace>;

/** Stable ASCII identifier: the same name gives the same id on every run and in every year. */
export const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);

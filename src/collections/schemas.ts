/**
 * Schemas of the site's collections, composed from the open-data schemas in `src/schema`
 * so a change to the record format reaches the site without a second copy.
 */
import { z } from 'zod';
import {
  amount,
  departmentOverallRecord,
  formKind,
  indicator,
  project,
  projectExpenditureRecord,
  slug,
} from '../schema/index.ts';

/** Who a record belongs to: the same fields on every collection entry. */
const owner = departmentOverallRecord.pick({
  year: true,
  jurisdiction: true,
  jurisdictionId: true,
  department: true,
  departmentId: true,
});

const source = departmentOverallRecord.shape.source;

/** One department in one year: its department-overall form and its project form, either may be missing. */
export const departmentYear = owner.extend({
  /** 部门预算 total in 万元: income total of the department form, else the project form's 合计. */
  total: amount,
  overall: departmentOverallRecord.nullable(),
  projectForm: projectExpenditureRecord.nullable(),
  /** For each key task of `overall`, the id of the matching project of `projectForm`, or null. */
  taskProjectIds: z.array(slug.nullable()),
});
export type DepartmentYear = z.infer<typeof departmentYear>;

/** One project of a project form in one year. */
export const projectYear = owner.extend({
  projectId: slug,
  /** 资金使用单位. */
  unit: z.string(),
  project,
  source,
  /** Id of the record the project was read from; its source text page is `sources/<recordId>/`. */
  recordId: z.string(),
});
export type ProjectYear = z.infer<typeof projectYear>;

/** One indicator, flattened, with a back-link to the project or department that promises it. */
export const indicatorEntry = owner.extend({
  /** The project the indicator belongs to; null for a department-level indicator. */
  projectId: slug.nullable(),
  projectName: z.string().nullable(),
  /** Position within its project or department, for a stable order. */
  position: z.number().int().nonnegative(),
  indicator,
  source,
});
export type IndicatorEntry = z.infer<typeof indicatorEntry>;

/** The text a record was read from, line by line, so that every line number on the site can point at its line. */
export const sourceText = owner.extend({
  /** Id of the record read from this text. */
  recordId: z.string(),
  form: formKind,
  source,
  /** How the file's bytes became text: decoded as UTF-8 or GBK, or read from a PDF's table cells. */
  encoding: z.enum(['utf-8', 'gb18030', 'pdf']),
  /** The lines as decoded (for a PDF: its text rendering), without line endings or byte-order mark: source line n is `lines[n - 1]`. */
  lines: z.array(z.string()),
  /** For a PDF: the page each line starts on, `pages[n - 1]` for line n. */
  pages: z.array(z.number().int().positive()).optional(),
});
export type SourceText = z.infer<typeof sourceText>;

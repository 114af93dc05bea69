/** The sources manifest: which file is which document (year, jurisdiction, form, original URL). */
import { z } from 'zod';
import { formKind } from '../schema/index.ts';

/** A name in this document → the other name of the same thing (last year's name, or the name before a typo fix). */
const names = z.record(z.string().trim().min(1), z.string().trim().min(1));

/**
 * Identity across renames: the department or project named by a key here is the same as the one
 * named by its value, and keeps that name's id (and so its URLs). A key that names nothing in the
 * document is an error naming this entry.
 */
export const sameAs = z
  .strictObject({
    /** 部门名称 as printed in this document → the department's other name. */
    departments: names.optional(),
    /** 项目名称 in this document (after corrections) → the project's other name, in the same funding unit. */
    projects: names.optional(),
  })
  .refine((s) => s.departments !== undefined || s.projects !== undefined, 'sameAs 应有 departments 或 projects');
export type SameAs = z.infer<typeof sameAs>;

export const manifestEntry = z.object({
  /** File name inside the sources folder. */
  file: z.string().min(1),
  /** Fiscal year the document budgets for. */
  year: z.number().int().min(1990).max(2100),
  /** Jurisdiction that published it (e.g. 海珠区, 广州市). */
  jurisdiction: z.string().min(1),
  /** Which template; optional, the document's title says it too and must agree. */
  form: formKind.optional(),
  /** Address of the original published PDF. */
  url: z.url().optional(),
  sameAs: sameAs.optional(),
});
export type ManifestEntry = z.infer<typeof manifestEntry>;

export const manifest = z.object({ documents: z.array(manifestEntry) });
export type Manifest = z.infer<typeof manifest>;

export const MANIFEST_FILE = 'manifest.json';

/** The sources manifest: which file is which document (year, jurisdiction, form, original URL). */
import { z } from 'zod';
import { formKind } from '../schema/index.ts';

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
});
export type ManifestEntry = z.infer<typeof manifestEntry>;

export const manifest = z.object({ documents: z.array(manifestEntry) });
export type Manifest = z.infer<typeof manifest>;

export const MANIFEST_FILE = 'manifest.json';

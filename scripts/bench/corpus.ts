/** The bench's corpus is asked for in project pages and comes in copies of the samples. */
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { nodeEffects } from '../../src/ingest/effects.ts';
import { runIngest } from '../../src/ingest/run.ts';

/** Project pages one copy of the samples yields, from an ingest of the samples into a folder under `work`. */
export async function projectsPerCopy(work: string): Promise<number> {
  const out = join(work, 'per-copy');
  const result = await runIngest({ sourcesDir: 'content/sources', outDir: out }, nodeEffects);
  await rm(out, { recursive: true, force: true });
  return result.documents.reduce((n, d) => n + d.counts.projects, 0);
}

/** The bench's corpus is asked for in project pages (a scale) and comes in copies of the samples. */
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { nodeEffects } from '../../src/ingest/effects.ts';
import { runIngest } from '../../src/ingest/run.ts';
import { type Spread, writeSyntheticCorpus } from '../synthetic-corpus.ts';

/** Project pages one copy of the samples yields, from an ingest of the samples into a folder under `work`. */
export async function projectsPerCopy(work: string): Promise<number> {
  const out = join(work, 'per-copy');
  const result = await runIngest({ sourcesDir: 'content/sources', outDir: out }, nodeEffects);
  await rm(out, { recursive: true, force: true });
  return result.documents.reduce((n, d) => n + d.counts.projects, 0);
}

/** One scale's folder under `work`: the copies of the samples written to `sources`, `records` for the ingest. */
export interface ScaleCorpus {
  copies: number;
  dir: string;
  sources: string;
  records: string;
}

/** Writes the synthetic corpus of about `scale` project pages, spread over years and jurisdictions. */
export async function writeScaleCorpus(
  work: string,
  scale: number,
  perCopy: number,
  spread: Spread,
): Promise<ScaleCorpus> {
  const copies = Math.ceil(scale / perCopy);
  const dir = join(work, String(scale));
  const sources = join(dir, 'sources');
  await mkdir(sources, { recursive: true });
  await writeSyntheticCorpus(copies, sources, 'content/sources', spread);
  return { copies, dir, sources, records: join(dir, 'records') };
}

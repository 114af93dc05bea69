/**
 * npm run bench:ingest [-- --copies N]
 * Ingest throughput on a city-sized synthetic corpus: the five samples copied N times under
 * distinct department names, written to a temporary folder and ingested with the real run.
 * Prints documents, projects, indicators, MB, wall time and peak memory.
 */
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { nodeEffects } from '../src/ingest/effects.ts';
import { runIngest } from '../src/ingest/run.ts';
import { writeSyntheticCorpus } from './synthetic-corpus.ts';

const { values } = parseArgs({ options: { copies: { type: 'string', default: '100' } } });
const dir = await mkdtemp(join(tmpdir(), 'bench-ingest-'));
const { documents, bytes } = await writeSyntheticCorpus(Number(values.copies), dir);
const start = performance.now();
const result = await runIngest({ sourcesDir: dir, outDir: join(dir, 'out') }, nodeEffects);
const seconds = (performance.now() - start) / 1000;
const projects = result.documents.reduce((n, d) => n + d.counts.projects, 0);
const indicators = result.documents.reduce((n, d) => n + d.counts.indicators, 0);
const written = (await readdir(join(dir, 'out'))).length;
console.log(
  `${documents} documents (${(bytes / 1e6).toFixed(1)} MB), ${projects} projects, ${indicators} indicators → ${written} records, ` +
    `${result.errors.length} errors; ${seconds.toFixed(2)} s (${(documents / seconds).toFixed(0)} documents/s, ${(bytes / 1e6 / seconds).toFixed(2)} MB/s); ` +
    `peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`,
);
await rm(dir, { recursive: true, force: true });

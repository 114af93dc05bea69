/**
 * npm run bench:site [-- --copies N]
 * Site build on a city-sized synthetic corpus: the five samples copied N times (see
 * synthetic-corpus.ts), ingested, then built with Astro and Pagefind in this process, source
 * text pages included. Prints pages, files, size, the largest page, wall time and peak memory.
 */
import { mkdir, mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'astro';
import { nodeEffects } from '../src/ingest/effects.ts';
import { runIngest } from '../src/ingest/run.ts';
import { writeSyntheticCorpus } from './synthetic-corpus.ts';

const { values } = parseArgs({ options: { copies: { type: 'string', default: '10' } } });
const dir = await mkdtemp(join(tmpdir(), 'bench-site-'));
// Inside the project, as for npm run build: Astro keeps its build chunks on the project's side.
const outDir = join(process.cwd(), `.bench-site-${process.pid}.tmp`);
try {
  const sources = join(dir, 'sources');
  await mkdir(sources);
  const { documents } = await writeSyntheticCorpus(Number(values.copies), sources);
  const ingest = await runIngest({ sourcesDir: sources, outDir: join(dir, 'records') }, nodeEffects);
  const projects = ingest.documents.reduce((n, d) => n + d.counts.projects, 0);
  Object.assign(process.env, {
    RECORDS_DIR: join(dir, 'records'),
    SOURCES_DIR: sources,
    ASTRO_TELEMETRY_DISABLED: '1',
  });

  const start = performance.now();
  await build({ root: process.cwd(), outDir, logLevel: 'warn' });
  const seconds = (performance.now() - start) / 1000;

  const files = (await readdir(outDir, { recursive: true, withFileTypes: true }))
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(outDir.length + 1));
  const sizes = await Promise.all(files.map(async (f) => ({ f, bytes: (await stat(join(outDir, f))).size })));
  const pages = sizes.filter((s) => s.f.endsWith('.html'));
  const largest = pages.reduce((a, b) => (b.bytes > a.bytes ? b : a));
  const mb = (n: number) => (n / 1e6).toFixed(1);
  console.log(
    `${documents} documents, ${projects} projects → ${pages.length} pages, ${files.length} files, ${mb(sizes.reduce((n, s) => n + s.bytes, 0))} MB; ` +
      `largest page ${(largest.bytes / 1024).toFixed(0)} KB (${largest.f}); build ${seconds.toFixed(1)} s ` +
      `(${(pages.length / seconds).toFixed(0)} pages/s); peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`,
  );
} finally {
  await rm(dir, { recursive: true, force: true });
  await rm(outDir, { recursive: true, force: true });
}

/**
 * npm run bench:ingest [-- --copies N]
 * Ingest throughput on a city-sized synthetic corpus: the five samples copied N times under
 * distinct department names, written to a temporary folder and ingested with the real run.
 * Prints documents, projects, indicators, MB, wall time and peak memory.
 */
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { nodeEffects } from '../src/ingest/effects.ts';
import { runIngest } from '../src/ingest/run.ts';

const { values } = parseArgs({ options: { copies: { type: 'string', default: '100' } } });
const copies = Number(values.copies);
const sources = 'content/sources';
const manifest = JSON.parse(await readFile(join(sources, 'manifest.json'), 'utf8')) as { documents: Array<{ file: string; year: number; jurisdiction: string }> };
const dir = await mkdtemp(join(tmpdir(), 'bench-ingest-'));
const documents = [];
let bytes = 0;
for (let i = 0; i < copies; i++) {
  for (const d of manifest.documents) {
    // A distinct department per copy: the name is what ids and record files derive from.
    const text = (await readFile(join(sources, d.file), 'utf8')).replace(/(部门名称\s*[:：]?\s*)/, `$1第${i}号`);
    const file = `${i}-${d.file}`;
    await writeFile(join(dir, 'src-' + file), text);
    bytes += Buffer.byteLength(text);
    documents.push({ ...d, file: `src-${file}` });
  }
}
await writeFile(join(dir, 'manifest.json'), JSON.stringify({ documents }));
const start = performance.now();
const result = await runIngest({ sourcesDir: dir, outDir: join(dir, 'out') }, nodeEffects);
const seconds = (performance.now() - start) / 1000;
const projects = result.documents.reduce((n, d) => n + d.counts.projects, 0);
const indicators = result.documents.reduce((n, d) => n + d.counts.indicators, 0);
const written = (await readdir(join(dir, 'out'))).length;
console.log(
  `${documents.length} documents (${(bytes / 1e6).toFixed(1)} MB), ${projects} projects, ${indicators} indicators → ${written} records, ` +
    `${result.errors.length} errors; ${seconds.toFixed(2)} s (${(documents.length / seconds).toFixed(0)} documents/s, ${(bytes / 1e6 / seconds).toFixed(2)} MB/s); ` +
    `peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`,
);
await rm(dir, { recursive: true, force: true });

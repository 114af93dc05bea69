/**
 * npm run bench:pdf [-- --runs N]
 * PDF reading speed on the PDF form fixtures (test/fixtures/forms/pdf: the five samples printed in
 * four styles): each style's five PDFs ingested with the real run, and each PDF read on its own
 * (pdf.js, cells, text rendering, parse), the median of N runs after one warm-up run.
 * Prints pages per second over all of them and the time of every document.
 */
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parseDocument } from '../src/ingest/document.ts';
import { nodeEffects } from '../src/ingest/effects.ts';
import { runIngest } from '../src/ingest/run.ts';
import { readSource } from '../src/ingest/source-text.ts';
import { FORMS_DIR, loadSamples } from '../test/fixtures/forms/samples.ts';
import { STYLES } from '../test/fixtures/forms/styles.ts';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' } } });
const runs = Number(values.runs);
const samples = loadSamples(process.cwd());
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

let pages = 0;
let ingestSeconds = 0;
const rows: string[] = [];
for (const style of STYLES) {
  const dir = await mkdtemp(join(tmpdir(), 'bench-pdf-'));
  await cp(join(FORMS_DIR, 'pdf', style.name), dir, { recursive: true });
  const documents = samples.map((s) => ({ ...s.entry, file: `${s.key}.pdf`, form: s.record.form }));
  await writeFile(join(dir, 'manifest.json'), JSON.stringify({ documents }));
  const start = performance.now();
  const result = await runIngest({ sourcesDir: dir, outDir: join(dir, 'out') }, nodeEffects);
  ingestSeconds += (performance.now() - start) / 1000;
  if (result.errors.length > 0) throw new Error(`${style.name}: ${result.errors.map((e) => e.message).join('; ')}`);
  for (const file of (await readdir(dir)).filter((f) => f.endsWith('.pdf')).sort()) {
    const bytes = await readFile(join(dir, file));
    const entry = documents.find((d) => d.file === file);
    if (!entry) continue;
    const times: number[] = [];
    let pageCount = 0;
    for (let i = 0; i <= runs; i++) {
      const t0 = performance.now();
      const source = await readSource(bytes);
      parseDocument(entry, source);
      if (i > 0) times.push(performance.now() - t0);
      pageCount = source.pdf?.pages ?? 0;
    }
    pages += pageCount;
    rows.push(`${style.name}/${file}: ${pageCount} pages, ${median(times).toFixed(0)} ms (median of ${runs})`);
  }
  await rm(dir, { recursive: true, force: true });
}
console.log(rows.join('\n'));
console.log(
  `${pages} pages in ${STYLES.length * samples.length} PDFs ingested in ${ingestSeconds.toFixed(2)} s with the real run ` +
    `(${(pages / ingestSeconds).toFixed(0)} pages/s, pdf.js loaded once); peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`,
);

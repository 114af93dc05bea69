/**
 * node scripts/bench/pagefind-profile.ts [--scales 1000,3000 --years 3 --jurisdictions 12]
 * What Pagefind's cost is made of. At each scale (project pages of the synthetic corpus, as in
 * npm run bench) it builds the site with npm run build, then for each kind of searched page
 * (department, project, indicator category, a year's table of a category) counts the pages and the
 * bytes of text Pagefind reads from them, and indexes sets of those pages with Pagefind alone, each
 * in a process of its own (index-pages.ts): wall time, CPU time (user + system), peak memory of the
 * process tree, and the size of the bundle written.
 */
import { mkdir, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { projectsPerCopy, writeScaleCorpus } from './corpus.ts';
import { mainText } from './floor.ts';
import { listFiles } from './measure.ts';
import { runTimed } from './run.ts';

const { values } = parseArgs({
  options: {
    scales: { type: 'string', default: '1000,3000' },
    years: { type: 'string', default: '3' },
    jurisdictions: { type: 'string', default: '12' },
  },
});
const spread = { years: Number(values.years), jurisdictions: Number(values.jurisdictions) };
const work = join(process.cwd(), `.pagefind-profile-${process.pid}.tmp`);

/** The kinds of searched page, by path, and the globs that give Pagefind the pages of each. */
const kinds = {
  department: { path: /^departments\/[^/]+\/\d{4}\/index\.html$/, globs: ['departments/*/*/index.html'] },
  project: { path: /^projects\/[^/]+\/\d{4}\/index\.html$/, globs: ['projects/*/*/index.html'] },
  'category-year': {
    path: /^indicators\/[^/]+\/[^/]+\/\d{4}\/(\d+\/)?index\.html$/,
    globs: ['indicators/*/*/*/**/index.html'],
  },
} as const;
type Kind = keyof typeof kinds;

/** The sets of pages indexed on their own: every searched page, all but the year tables, the year tables alone. */
const sets: Record<string, Kind[]> = {
  all: ['department', 'project', 'category-year'],
  'without category-year': ['department', 'project'],
  'category-year only': ['category-year'],
};

/** The text Pagefind reads from a page: its `data-pagefind-body` main, without the parts it ignores. */
function indexedText(html: string): string {
  if (!/<main\b[^>]*data-pagefind-body/.test(html)) return '';
  return mainText(html.replace(/<(nav|a|header|footer)\b[^>]*data-pagefind-ignore[^>]*>[\s\S]*?<\/\1>/g, ''));
}

const mb = (bytes: number) => (bytes / 2 ** 20).toFixed(1);
const s = (ms: number) => (ms / 1000).toFixed(1);

async function profile(scale: number, perCopy: number): Promise<void> {
  const { copies, dir, sources, records } = await writeScaleCorpus(work, scale, perCopy, spread);
  const site = join(dir, 'site');
  await runTimed(['scripts/ingest.ts', '--sources', sources, '--out', records]);
  await runTimed(['scripts/build.ts', '--outDir', site], { env: { RECORDS_DIR: records, SOURCES_DIR: sources } });

  const files = await listFiles(site);
  const byKind = new Map<Kind, { pages: number; bytes: number }>();
  for (const kind of Object.keys(kinds) as Kind[]) {
    let pages = 0;
    let bytes = 0;
    for (const file of files.filter((f) => kinds[kind].path.test(f))) {
      const text = indexedText(await readFile(join(site, file), 'utf8'));
      if (text === '') continue; // a redirect at a former address: not in search
      pages += 1;
      bytes += Buffer.byteLength(text);
    }
    byKind.set(kind, { pages, bytes });
  }
  const total = [...byKind.values()].reduce((n, k) => ({ pages: n.pages + k.pages, bytes: n.bytes + k.bytes }), {
    pages: 0,
    bytes: 0,
  });
  console.log(`\n${scale} project pages (${copies} copies): text Pagefind reads, by kind of page`);
  for (const [kind, k] of byKind) {
    const share = (x: number, of: number) => `${((100 * x) / of).toFixed(1)}%`;
    console.log(
      `  ${kind.padEnd(14)} ${String(k.pages).padStart(6)} pages (${share(k.pages, total.pages)})  ` +
        `${mb(k.bytes).padStart(7)} MB (${share(k.bytes, total.bytes)}), ${(k.bytes / k.pages / 1024).toFixed(1)} KB a page`,
    );
  }
  console.log(`  Pagefind alone, by set of pages: wall s, CPU s, peak MB, bundle MB`);
  for (const [name, set] of Object.entries(sets)) {
    await rm(join(site, 'pagefind'), { recursive: true, force: true });
    const run = await runTimed(['scripts/bench/index-pages.ts', site, ...set.flatMap((k) => kinds[k].globs)]);
    const bundle = await listFiles(join(site, 'pagefind'));
    const bundleBytes = (await Promise.all(bundle.map((f) => stat(join(site, 'pagefind', f))))).reduce(
      (n, f) => n + f.size,
      0,
    );
    const pages = set.reduce((n, k) => n + (byKind.get(k)?.pages ?? 0), 0);
    console.log(
      `  ${name.padEnd(22)} ${String(pages).padStart(6)} pages  ${s(run.ms).padStart(6)} s  ${s(run.cpuMs).padStart(6)} s CPU  ` +
        `${mb(Math.max(...run.samples.map((x) => x.bytes))).padStart(7)} MB  ${mb(bundleBytes)} MB in ${bundle.length} files`,
    );
  }
  await rm(dir, { recursive: true, force: true });
}

try {
  await mkdir(work, { recursive: true });
  const perCopy = await projectsPerCopy(work);
  for (const scale of values.scales.split(',').map(Number)) await profile(scale, perCopy);
} finally {
  await rm(work, { recursive: true, force: true });
}

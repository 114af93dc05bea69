/**
 * npm run bench [-- --scales 1000,10000 --years 3 --jurisdictions 12 --out bench/latest.json] [--no-floor]
 * The whole pipeline as staff run it (npm run ingest, then npm run build: Astro and Pagefind), as
 * child processes, on a synthetic corpus of about `scale` project pages per scale, and in the same
 * run the floor at the same pages (floor.ts). Per stage: wall time, peak memory of the process
 * tree, CPU time, ms per page, ratio to the floor; dist/ size, pages, and the first search's bytes.
 * Prints a table per scale and writes every figure as JSON. Not part of npm test: it takes minutes.
 */

import { mkdir, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { projectsPerCopy, writeScaleCorpus } from './bench/corpus.ts';
import { builtPages, writeFloorProject } from './bench/floor.ts';
import { distFigures, firstSearch, listFiles } from './bench/measure.ts';
import { formatScale, type ScaleResult, type Side } from './bench/report.ts';
import { runTimed } from './bench/run.ts';
import { splitBuild } from './bench/stages.ts';

const { values } = parseArgs({
  options: {
    scales: { type: 'string', default: '300' },
    years: { type: 'string', default: '3' },
    jurisdictions: { type: 'string', default: '12' },
    query: { type: 'string', default: '集成电路' },
    out: { type: 'string', default: 'bench/latest.json' },
    // At 50,000 pages the floor's one index needs more memory than this machine has: skip it there.
    floor: { type: 'boolean', default: true },
  },
  allowNegative: true,
});
const spread = { years: Number(values.years), jurisdictions: Number(values.jurisdictions) };
const astro = join(process.cwd(), 'node_modules/astro/bin/astro.mjs');
// Inside the repository, as npm run build needs (Astro keeps its chunks on the project's side), and ignored by git.
const work = join(process.cwd(), `.bench-${process.pid}.tmp`);

/** The floor at the pages of our `dist` (the same paths and text), built and measured; or why it failed. */
async function benchFloor(floorDir: string, dist: string, oursFiles: string[]): Promise<ScaleResult['floor']> {
  const pageList = await writeFloorProject(
    floorDir,
    builtPages(
      dist,
      oursFiles.filter((f) => f.endsWith('.html')),
    ),
  );
  const floorDist = join(floorDir, 'dist');
  try {
    const floorBuild = await runTimed([join(floorDir, 'build.mjs'), astro, floorDist], {
      cwd: floorDir,
      env: { FLOOR_PAGES: pageList },
    });
    const floorFiles = await listFiles(floorDist);
    return {
      stages: splitBuild(floorBuild),
      totalMs: floorBuild.ms,
      totalCpuMs: floorBuild.cpuMs,
      peakBytes: Math.max(...floorBuild.samples.map((x) => x.bytes)),
      dist: await distFigures(floorDist, floorFiles),
      firstSearch: await firstSearch(floorDist, values.query),
    };
  } catch (error) {
    return { failed: (error as Error).message };
  }
}

async function benchScale(scale: number, perCopy: number): Promise<ScaleResult> {
  const { copies, dir, sources, records } = await writeScaleCorpus(work, scale, perCopy, spread);
  const dist = join(dir, 'dist');
  const floorDir = join(dir, 'floor');

  console.log(`\n${scale}: ingest of ${copies} copies…`);
  const ingest = await runTimed(['scripts/ingest.ts', '--sources', sources, '--out', records]);
  console.log(`${scale}: build…`);
  const build = await runTimed(['scripts/build.ts', '--outDir', dist], {
    env: { RECORDS_DIR: records, SOURCES_DIR: sources },
  });
  const oursFiles = await listFiles(dist);
  const ours: Side = {
    stages: {
      ingest: { ms: ingest.ms, cpuMs: ingest.cpuMs, peakBytes: Math.max(...ingest.samples.map((x) => x.bytes)) },
      ...splitBuild(build),
    },
    totalMs: ingest.ms + build.ms,
    totalCpuMs: ingest.cpuMs + build.cpuMs,
    peakBytes: Math.max(...[...ingest.samples, ...build.samples].map((x) => x.bytes)),
    dist: await distFigures(dist, oursFiles),
    firstSearch: await firstSearch(dist, values.query),
  };

  console.log(`${scale}: floor…`);
  const floor: ScaleResult['floor'] = values.floor
    ? await benchFloor(floorDir, dist, oursFiles)
    : { failed: 'not built (--no-floor)' };
  await rm(dir, { recursive: true, force: true });
  return { copies, ours, floor };
}

try {
  await mkdir(work, { recursive: true });
  const perCopy = await projectsPerCopy(work);
  const results: Array<ScaleResult & { scale: number }> = [];
  for (const scale of values.scales.split(',').map(Number)) {
    const result = await benchScale(scale, perCopy);
    console.log(formatScale(result));
    results.push({ scale, ...result });
  }
  const machine = {
    cpus: cpus().length,
    memoryBytes: totalmem(),
    loadAverage: loadavg().map((l) => Number(l.toFixed(2))),
  };
  await mkdir(dirname(values.out), { recursive: true });
  await writeFile(
    values.out,
    `${JSON.stringify({ date: new Date().toISOString(), node: process.version, machine, spread, query: values.query, results }, null, 2)}\n`,
  );
  console.log(`\nfigures written to ${values.out}`);
} finally {
  await rm(work, { recursive: true, force: true });
}

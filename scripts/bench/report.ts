/** The bench's figures as one console table per scale (the JSON carries the same figures unrounded). */

import type { DistFigures, FirstSearch } from './measure.ts';
import { type BuildStage, buildStages, type StageFigures } from './stages.ts';

/** One side of the comparison (our pipeline, or the floor) at one scale. */
export interface Side {
  stages: Partial<Record<'ingest' | BuildStage, StageFigures>>;
  /** Wall time of the whole pipeline (ingest + build for ours), in milliseconds. */
  totalMs: number;
  /** User + system CPU time of the whole pipeline's process trees, in milliseconds. */
  totalCpuMs: number;
  /** Peak summed resident set of the process tree over the whole pipeline, in bytes. */
  peakBytes: number;
  dist: DistFigures;
  firstSearch: FirstSearch;
}

export interface ScaleResult {
  /** Copies of the five samples in the synthetic corpus. */
  copies: number;
  ours: Side;
  /** The floor, or why it could not be built (at 50,000 pages its one index can outgrow the machine's memory). */
  floor: Side | { failed: string };
}

const mb = (bytes: number) => (bytes / 2 ** 20).toFixed(0);
const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const s = (ms: number) => (ms / 1000).toFixed(1);
const ratio = (a: number, b: number) => (b > 0 ? `${(a / b).toFixed(2)}×` : '—');

export function formatScale(r: ScaleResult): string {
  const pages = r.ours.dist.pages;
  const floor = 'failed' in r.floor ? null : r.floor;
  const rows: string[][] = [
    [
      'stage',
      'ours s',
      'CPU s',
      'ms/page',
      'peak MB',
      'floor s',
      'floor CPU s',
      'floor MB',
      'time ×',
      'CPU ×',
      'memory ×',
    ],
  ];
  for (const stage of ['ingest', ...buildStages] as const) {
    const o = r.ours.stages[stage];
    const f = floor?.stages[stage];
    if (!o) continue;
    rows.push([
      stage,
      s(o.ms),
      s(o.cpuMs),
      (o.ms / pages).toFixed(2),
      mb(o.peakBytes),
      f ? s(f.ms) : '—',
      f ? s(f.cpuMs) : '—',
      f ? mb(f.peakBytes) : '—',
      f ? ratio(o.ms, f.ms) : '—',
      f ? ratio(o.cpuMs, f.cpuMs) : '—',
      f ? ratio(o.peakBytes, f.peakBytes) : '—',
    ]);
  }
  rows.push([
    'total',
    s(r.ours.totalMs),
    s(r.ours.totalCpuMs),
    (r.ours.totalMs / pages).toFixed(2),
    mb(r.ours.peakBytes),
    ...(floor
      ? [
          s(floor.totalMs),
          s(floor.totalCpuMs),
          mb(floor.peakBytes),
          ratio(r.ours.totalMs, floor.totalMs),
          ratio(r.ours.totalCpuMs, floor.totalCpuMs),
          ratio(r.ours.peakBytes, floor.peakBytes),
        ]
      : Array(6).fill('—')),
  ]);
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((row) => row[i]?.length ?? 0))) ?? [];
  const table = rows.map((row) => row.map((cell, i) => cell.padStart(widths[i] ?? 0)).join('  ')).join('\n');
  const side = (name: string, x: Side) =>
    `${name}: dist ${mb(x.dist.bytes)} MB in ${x.dist.files} files; page median ${kb(x.dist.medianPageBytes)} KB, ` +
    `project page median ${kb(x.dist.medianProjectPageBytes)} KB, largest ${kb(x.dist.largestPage.bytes)} KB (${x.dist.largestPage.path}); ` +
    `first search "${x.firstSearch.query}" ${kb(x.firstSearch.bytes)} KB in ${x.firstSearch.requests} files, ${x.firstSearch.results} results (` +
    Object.entries(x.firstSearch.byKind)
      .map(([kind, bytes]) => `${kind} ${kb(bytes)} KB`)
      .join(', ') +
    ')';
  return [
    `${r.ours.dist.projectPages} project pages, ${pages} pages (${r.copies} copies of the samples)`,
    table,
    side('ours ', r.ours),
    'failed' in r.floor ? `floor: failed: ${r.floor.failed}` : side('floor', r.floor),
  ].join('\n');
}

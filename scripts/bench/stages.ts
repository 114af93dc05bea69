/**
 * Splits a build's wall time, memory and CPU time into the stages the issue names, from the lines
 * Astro and our Pagefind step print (each timed on arrival): start and content sync, bundling,
 * rendering, Pagefind, and writing (everything else after rendering: Astro's last steps, and the
 * swap into place). Pagefind runs inside Astro (the floor, a plain `astro build`) or after Astro has
 * exited (`npm run build`): either way `write` is the time after rendering that is not Pagefind's.
 */
import type { Run, TimedLine } from './run.ts';

export const buildStages = ['sync', 'bundle', 'render', 'pagefind', 'write'] as const;
export type BuildStage = (typeof buildStages)[number];

/** One stage: wall time and user + system CPU time of the process tree in milliseconds, and its peak summed resident set in bytes. */
export interface StageFigures {
  ms: number;
  cpuMs: number;
  peakBytes: number;
}

function at(lines: TimedLine[], pattern: RegExp, after = 0): number {
  const line = lines.find((l) => l.ms >= after && pattern.test(l.text));
  if (!line) throw new Error(`no build log line matches ${pattern}`);
  return line.ms;
}

function peak(run: Run, from: number, to: number): number {
  const inside = run.samples.filter((s) => s.ms >= from && s.ms <= to).map((s) => s.bytes);
  // A stage shorter than the sampling interval: the nearest earlier sample stands for it.
  const before = run.samples.filter((s) => s.ms <= from).at(-1)?.bytes ?? 0;
  return Math.max(before, ...inside);
}

/** The tree's CPU time up to `ms`: the last sample before it, or at the exit the exact total. */
function cpuAt(run: Run, ms: number): number {
  if (ms >= run.ms) return run.cpuMs;
  return run.samples.filter((s) => s.ms <= ms).at(-1)?.cpuMs ?? 0;
}

/** Stage boundaries from the log of `astro build` (ours through scripts/build.ts, or the floor's). */
export function splitBuild(run: Run): Record<BuildStage, StageFigures> {
  // Astro's start, content sync, types and build info: the floor has no collections and logs no sync,
  // so the stage ends for both where bundling starts.
  const synced = at(run.lines, /Building static entrypoints/);
  const routes = at(run.lines, /generating static routes/, synced);
  const rendered = at(run.lines, /✓ Completed in/, routes);
  const pagefindStart = at(run.lines, /Pagefind: indexing/, rendered);
  const pagefindEnd = run.lines.filter((l) => /Pagefind processed/.test(l.text)).at(-1)?.ms ?? pagefindStart;
  const spans: Record<BuildStage, Array<[number, number]>> = {
    sync: [[0, synced]],
    bundle: [[synced, routes]],
    render: [[routes, rendered]],
    pagefind: [[pagefindStart, pagefindEnd]],
    write: [
      [rendered, pagefindStart],
      [pagefindEnd, run.ms],
    ],
  };
  const figures = {} as Record<BuildStage, StageFigures>;
  for (const stage of buildStages) {
    const timed = spans[stage].filter(([from, to]) => to > from);
    figures[stage] = {
      ms: timed.reduce((n, [from, to]) => n + to - from, 0),
      cpuMs: timed.reduce((n, [from, to]) => n + cpuAt(run, to) - cpuAt(run, from), 0),
      peakBytes: Math.max(0, ...timed.map(([from, to]) => peak(run, from, to))),
    };
  }
  return figures;
}

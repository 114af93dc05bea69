/**
 * Splits a build's wall time and memory into the stages the issue names, from the lines Astro
 * and our Pagefind step print (each timed on arrival): start and content sync, bundling, rendering,
 * Pagefind, and writing (everything after, up to the exit: Astro's last steps, the swap into place).
 */
import type { Run, TimedLine } from './run.ts';

export const buildStages = ['sync', 'bundle', 'render', 'pagefind', 'write'] as const;
export type BuildStage = (typeof buildStages)[number];

/** One stage: wall time in milliseconds and the peak summed resident set of the process tree in bytes. */
export interface StageFigures {
  ms: number;
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

/** Stage boundaries from the log of `astro build` (ours through scripts/build.ts, or the floor's). */
export function splitBuild(run: Run): Record<BuildStage, StageFigures> {
  // Astro's start, content sync, types and build info: the floor has no collections and logs no sync,
  // so the stage ends for both where bundling starts.
  const synced = at(run.lines, /Building static entrypoints/);
  const routes = at(run.lines, /generating static routes/, synced);
  const rendered = at(run.lines, /✓ Completed in/, routes);
  const pagefindStart = at(run.lines, /Pagefind: indexing/, rendered);
  const pagefindEnd = run.lines.filter((l) => /Pagefind processed/.test(l.text)).at(-1)?.ms ?? pagefindStart;
  const bounds: Record<BuildStage, [number, number]> = {
    sync: [0, synced],
    bundle: [synced, routes],
    render: [routes, rendered],
    pagefind: [pagefindStart, pagefindEnd],
    write: [Math.max(rendered, pagefindEnd), run.ms],
  };
  const figures = {} as Record<BuildStage, StageFigures>;
  for (const stage of buildStages) {
    const [from, to] = bounds[stage];
    figures[stage] = { ms: to - from, peakBytes: peak(run, from, to) };
  }
  return figures;
}

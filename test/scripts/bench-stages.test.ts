/**
 * The bench's stage split (scripts/bench/stages.ts) and its CPU time (scripts/bench/tree-usage.ts):
 * wherever Pagefind runs, inside Astro (the floor, a plain `astro build`) or after Astro has exited
 * (`npm run build`), `write` is the time after rendering that is not Pagefind's.
 */
import { describe, expect, it } from 'vitest';
import { type Run, runTimed } from '../../scripts/bench/run.ts';
import { splitBuild } from '../../scripts/bench/stages.ts';

const MB = 2 ** 20;

/** A build's log, a line every 2 s; memory (MB) and CPU time (s) sampled every second from 0 s. */
function build(texts: string[], mb: number[], cpuS: number[]): Run {
  return {
    ms: texts.length * 2000,
    // Half a second of CPU after the last sample, which only the total (what the parent reaped) sees.
    cpuMs: (cpuS.at(-1) ?? 0) * 1000 + 500,
    lines: texts.map((text, i) => ({ ms: (i + 1) * 2000, text })),
    samples: mb.map((m, i) => ({ ms: i * 1000, bytes: m * MB, cpuMs: (cpuS[i] ?? 0) * 1000 })),
  };
}

/** Astro's lines up to the end of rendering: at 2, 4 (bundling starts), 6 (rendering starts) and 8 s. */
const astro = [
  '20:30:06 [content] Syncing content',
  '20:30:07 [build] Building static entrypoints...',
  '20:30:07 ▶ generating static routes',
  '20:30:07 ✓ Completed in 302ms.',
];

describe('the stage split of a build', () => {
  it("counts Pagefind after Astro has exited as pagefind, and Astro's last steps and the swap as write", () => {
    const figures = splitBuild(
      build(
        [...astro, '20:30:08 [build] Complete!', 'Pagefind: indexing', 'Pagefind processed 20 pages', 'site written'],
        [100, 200, 300, 300, 300, 400, 400, 500, 400, 300, 300, 300, 300, 900, 300, 200, 100],
        [0, 1, 2, 3, 4, 5, 6, 7, 8, 8, 9, 9, 10, 12, 14, 15, 16],
      ),
    );
    expect(figures).toEqual({
      sync: { ms: 4000, cpuMs: 4000, peakBytes: 300 * MB },
      bundle: { ms: 2000, cpuMs: 2000, peakBytes: 400 * MB },
      render: { ms: 2000, cpuMs: 2000, peakBytes: 500 * MB },
      pagefind: { ms: 2000, cpuMs: 4000, peakBytes: 900 * MB },
      // 8 → 12 s (Astro's last steps, its exit) and 14 → 16 s (the swap, with the CPU after the last sample).
      write: { ms: 6000, cpuMs: 2000 + 2500, peakBytes: 400 * MB },
    });
  });

  it('counts Pagefind inside Astro the same way', () => {
    const figures = splitBuild(
      build(
        [
          ...astro,
          '[budget-pagefind] Pagefind: indexing',
          '[budget-pagefind] Pagefind processed 20 pages',
          'Complete!',
        ],
        [100, 200, 300, 300, 300, 400, 400, 500, 400, 600, 700, 900, 800, 800, 300],
        [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 14, 15, 16],
      ),
    );
    expect(figures.pagefind).toEqual({ ms: 2000, cpuMs: 4000, peakBytes: 900 * MB });
    // 8 → 10 s (up to Pagefind's start) and 12 → 14 s (after it, in Astro).
    expect(figures.write).toEqual({ ms: 4000, cpuMs: 2000 + 2500, peakBytes: 800 * MB });
  });
});

describe('the CPU time of a run', () => {
  it("counts a grandchild's CPU time in the child's", async () => {
    // The child starts a grandchild that spins until it has used 600 ms of CPU, and waits for it.
    const spin =
      'const t = process.cpuUsage(); while (process.cpuUsage(t).user + process.cpuUsage(t).system < 600000);';
    const child = `require('node:child_process').execFileSync(process.execPath, ['-e', ${JSON.stringify(spin)}]);`;
    const run = await runTimed(['-e', child]);
    expect(run.cpuMs).toBeGreaterThanOrEqual(600);
    // Node's start and exit, twice, on a loaded machine: far less than this.
    expect(run.cpuMs).toBeLessThan(5000);
    expect(Math.max(...run.samples.map((s) => s.cpuMs))).toBeLessThanOrEqual(run.cpuMs);
  });
});

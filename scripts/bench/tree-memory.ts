/**
 * Peak memory of a whole process tree, as the kernel counts it: every ~100 ms the resident set
 * (VmRSS) of the process and all its descendants is read from /proc and summed. Astro and the
 * Pagefind service it starts hold memory at the same time, so only their sum is the machine's peak.
 */
import { readdirSync, readFileSync } from 'node:fs';

/** One reading: milliseconds since the sampler started, and the tree's summed resident set in bytes. */
export interface MemorySample {
  ms: number;
  bytes: number;
}

function read(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return ''; // the process ended between listing and reading
  }
}

/** The process and every descendant, through each thread's `children` (any thread may have spawned). */
function tree(pid: number): number[] {
  const pids = [pid];
  for (let i = 0; i < pids.length; i++) {
    let tasks: string[] = [];
    try {
      tasks = readdirSync(`/proc/${pids[i]}/task`);
    } catch {
      continue;
    }
    for (const task of tasks) {
      for (const child of read(`/proc/${pids[i]}/task/${task}/children`).split(' ')) {
        if (child.trim()) pids.push(Number(child));
      }
    }
  }
  return pids;
}

/** VmRSS of one process in bytes; 0 once it has exited. */
function rss(pid: number): number {
  const kb = /^VmRSS:\s+(\d+) kB/m.exec(read(`/proc/${pid}/status`))?.[1];
  return kb ? Number(kb) * 1024 : 0;
}

/** Samples `pid`'s tree until `stop()` is called; `stop()` returns every sample taken. */
export function sampleTreeMemory(pid: number, everyMs = 100): { stop: () => MemorySample[] } {
  const start = performance.now();
  const samples: MemorySample[] = [];
  const take = () => samples.push({ ms: performance.now() - start, bytes: tree(pid).reduce((n, p) => n + rss(p), 0) });
  take();
  const timer = setInterval(take, everyMs);
  return {
    stop: () => {
      clearInterval(timer);
      return samples;
    },
  };
}

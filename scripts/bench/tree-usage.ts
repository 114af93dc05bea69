/**
 * Peak memory and CPU time of a whole process tree, as the kernel counts them: every ~100 ms the
 * resident set (VmRSS) and the CPU time of the process and all its descendants are read from /proc
 * and summed. Astro and the Pagefind service it starts hold memory at the same time, so only their
 * sum is the machine's peak; CPU time (user + system) is steadier than wall time on a loaded machine.
 */
import { readdirSync, readFileSync } from 'node:fs';

/** One reading: milliseconds since the sampler started, the tree's summed resident set in bytes and CPU time in ms. */
export interface TreeSample {
  ms: number;
  bytes: number;
  cpuMs: number;
}

/** Linux counts CPU time in clock ticks of 1/100 s (USER_HZ, the same on every architecture Node runs on). */
const TICK_MS = 10;

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

/** utime, stime, cutime, cstime of a process in ms (the last two: its reaped children's); zeros once it has exited. */
function times(pid: number | 'self'): number[] {
  const stat = read(`/proc/${pid}/stat`);
  // Fields after the command name, which is in parentheses and may hold spaces: state is field 3.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return [11, 12, 13, 14].map((i) => TICK_MS * Number(fields[i] ?? 0));
}

/** CPU time of a process and of the children it has reaped (a finished Pagefind service counts in its parent's). */
const cpuMs = (pid: number): number => times(pid).reduce((a, b) => a + b, 0);

/**
 * CPU time of the children this process has waited for, in ms: read before and after a child
 * runs, the difference is the child's whole tree, including what sampling missed at its end, but
 * only as far as each process of the tree waited for its own children.
 */
export function reapedCpuMs(): number {
  const [, , cutime = 0, cstime = 0] = times('self');
  return cutime + cstime;
}

/** Samples `pid`'s tree until `stop()` is called; `stop()` returns every sample taken. */
export function sampleTree(pid: number, everyMs = 100): { stop: () => TreeSample[] } {
  const start = performance.now();
  const samples: TreeSample[] = [];
  const take = () => {
    const pids = tree(pid);
    samples.push({
      ms: performance.now() - start,
      bytes: pids.reduce((n, p) => n + rss(p), 0),
      // CPU time only grows: a process that ended unreaped (Pagefind's Node API kills its service
      // without waiting for it) drops out of the tree, but the time it took stays counted.
      cpuMs: Math.max(
        samples.at(-1)?.cpuMs ?? 0,
        pids.reduce((n, p) => n + cpuMs(p), 0),
      ),
    });
  };
  take();
  const timer = setInterval(take, everyMs);
  return {
    stop: () => {
      clearInterval(timer);
      return samples;
    },
  };
}

/**
 * Runs one command of the pipeline as a child process, the way staff run it, and records what a
 * stage split needs: each output line with the time it arrived, the tree's memory and CPU samples,
 * the wall time and the CPU time.
 */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { reapedCpuMs, sampleTree, type TreeSample } from './tree-usage.ts';

/** A line of the child's stdout or stderr and the milliseconds after the start it arrived at. */
export interface TimedLine {
  ms: number;
  text: string;
}

export interface Run {
  /** Wall time from spawn to exit, in milliseconds. */
  ms: number;
  /** User + system CPU time of the whole process tree from spawn to exit, in milliseconds. */
  cpuMs: number;
  lines: TimedLine[];
  samples: TreeSample[];
}

export async function runTimed(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<Run> {
  const start = performance.now();
  const cpuBefore = reapedCpuMs();
  const child = spawn(process.execPath, args, {
    cwd: options.cwd,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (child.pid === undefined) throw new Error(`could not start ${args.join(' ')}`);
  const sampler = sampleTree(child.pid);
  const lines: TimedLine[] = [];
  for (const stream of [child.stdout, child.stderr]) {
    createInterface({ input: stream }).on('line', (raw) => {
      // biome-ignore lint/suspicious/noControlCharactersInRegex: ESC (\x1b) starts the ANSI colour codes this removes.
      const text = raw.replace(/\x1b\[[0-9;]*m/g, '');
      lines.push({ ms: performance.now() - start, text });
    });
  }
  const code: number = await new Promise((resolve) => child.on('close', (c) => resolve(c ?? 1)));
  const ms = performance.now() - start;
  const samples = sampler.stop();
  // The CPU time of the children this process reaped, unless a grandchild ended unreaped (Pagefind's
  // Node API kills its service without waiting for it): then the samples, which saw it live, hold more.
  const cpuMs = Math.max(reapedCpuMs() - cpuBefore, samples.at(-1)?.cpuMs ?? 0);
  if (code !== 0) {
    const tail = lines
      .slice(-20)
      .map((l) => l.text)
      .join('\n');
    throw new Error(`${args.join(' ')} exited with ${code}:\n${tail}`);
  }
  return { ms, cpuMs, lines, samples };
}

/** Random key tasks (重点工作任务) for the property tests of the column-aligned readers. */
import fc from 'fast-check';
import { expect } from 'vitest';
import type { TaskRow } from '../../src/ingest/layout-columns/department-tasks.ts';
import type { Finding } from '../../src/schema/index.ts';

/** A cell as printed: Chinese text with digits and full-width punctuation, up to `maxLength` characters. */
const cellText = (maxLength: number) =>
  fc
    .array(fc.constantFrom('一', '是', '持', '续', '优', '化', '赛', '事', '，', '。', '8', '0'), {
      minLength: 1,
      maxLength,
    })
    .map((cs) => cs.join(''));

/** A key task: its three text cells and its amount as printed (two decimals, under `maxCents` / 100). */
export const keyTask = (maxLength: number, maxCents: number) =>
  fc.record({
    name: cellText(maxLength),
    content: cellText(maxLength),
    amount: fc.integer({ min: 0, max: maxCents }).map((n) => (n / 100).toFixed(2)),
    target: cellText(maxLength),
  });

export type KeyTaskCells = { name: string; content: string; amount: string; target: string };

/**
 * The reader's key tasks against the printed ones: each row read is a printed task cell for cell,
 * at its lines (`rowLines`: each task's line numbers), and every task is read or named by a finding.
 */
export function expectTasksReadOrNamed(
  tasks: readonly KeyTaskCells[],
  rowLines: readonly number[][],
  { rows, findings }: { rows: TaskRow[]; findings: Finding[] },
): void {
  for (const row of rows) {
    const index = rowLines.findIndex((ls) => ls[0] === row.from);
    const t = tasks[index];
    expect(t).toBeDefined();
    expect(row.text).toBe([t?.name, t?.content, t?.amount, t?.target].join('\t'));
    expect(row.to).toBe(rowLines[index]?.at(-1));
  }
  const named = new Set([...rows.map((r) => r.from), ...findings.map((f) => f.lines.from)]);
  expect(rowLines.filter((ls) => !named.has(ls[0] ?? 0))).toEqual([]);
}

/**
 * Links the key tasks of a department form to projects of the same department's project form.
 * The forms share no ids, so a task matches a project when the amounts are equal and the names
 * look alike (the project name usually adds a place or 经费 to the task name).
 */
import type { KeyTask, Project } from '../schema/index.ts';

/** Below this, equal amounts are a coincidence rather than the same money. */
const MIN_SIMILARITY = 0.3;

function bigrams(text: string): Set<string> {
  const chars = [...text.replace(/[\s\p{P}]/gu, '')];
  const grams = new Set<string>();
  chars.forEach((char, i) => {
    const next = chars[i + 1];
    if (next !== undefined) grams.add(char + next);
  });
  return grams;
}

/** Dice coefficient over character bigrams: fits Chinese names, which have no word spaces. */
export function nameSimilarity(a: string, b: string): number {
  const ga = bigrams(a);
  const gb = bigrams(b);
  if (ga.size === 0 || gb.size === 0) return 0;
  let shared = 0;
  for (const g of ga) if (gb.has(g)) shared++;
  return (2 * shared) / (ga.size + gb.size);
}

/** Amounts are printed with two decimals; compare them in 0.01 万元 steps. */
const sameAmount = (a: number, b: number): boolean => Math.round(a * 100) === Math.round(b * 100);

/** For each task, the id of its best-matching project, or null; a project matches at most one task. */
export function matchTasksToProjects(tasks: readonly KeyTask[], projects: readonly Project[]): (string | null)[] {
  const candidates = tasks.flatMap((task, taskIndex) =>
    projects
      .filter((p) => sameAmount(p.amounts.total, task.amount))
      .map((p) => ({ taskIndex, projectId: p.id, score: nameSimilarity(task.name, p.name) }))
      .filter((c) => c.score >= MIN_SIMILARITY),
  );
  // Best pairs first; ties broken by position and id so the result never depends on input order quirks.
  candidates.sort((a, b) => b.score - a.score || a.taskIndex - b.taskIndex || a.projectId.localeCompare(b.projectId));
  const result: (string | null)[] = tasks.map(() => null);
  const used = new Set<string>();
  for (const c of candidates) {
    if (result[c.taskIndex] !== null || used.has(c.projectId)) continue;
    result[c.taskIndex] = c.projectId;
    used.add(c.projectId);
  }
  return result;
}

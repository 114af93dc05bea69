// Size and JavaScript budgets measured on built HTML files.
import { readFile, stat } from 'node:fs/promises';

export type BudgetProblem = { page: string; measure: string; value: number; limit: number };

export async function htmlBytes(file: string): Promise<number> {
  return (await stat(file)).size;
}

/**
 * Counts <script> elements that run code. JSON-LD and other data blocks
 * (type application/ld+json, application/json) are not code and are not counted.
 */
export function countExecutableScripts(html: string): number {
  const tags = html.match(/<script\b[^>]*>/gi) ?? [];
  return tags.filter((tag) => {
    const type = /\btype\s*=\s*["']?([^"'\s>]+)/i.exec(tag)?.[1]?.toLowerCase();
    return type !== 'application/ld+json' && type !== 'application/json';
  }).length;
}

export async function scriptCount(file: string): Promise<number> {
  return countExecutableScripts(await readFile(file, 'utf8'));
}

export function overBudget(page: string, measure: string, value: number, limit: number): BudgetProblem[] {
  return value > limit ? [{ page, measure, value, limit }] : [];
}

export function formatBudgetProblems(problems: BudgetProblem[]): string {
  return problems.map((p) => `  ${p.page}: ${p.measure} = ${p.value} (budget ${p.limit})`).join('\n');
}

// Size and JavaScript budgets measured on built HTML files.
import { readFile, stat } from 'node:fs/promises';

export type BudgetProblem = { page: string; measure: string; value: number; limit: number };

export async function htmlBytes(file: string): Promise<number> {
  return (await stat(file)).size;
}

// Tokens that matter for finding <script> elements: comments, script/style elements
// with their raw content, and other start tags. Quoted attribute values are consumed
// whole, so a '<script>' inside an attribute (escaped data in a title, say) is no tag.
const TOKEN =
  /<!--[\s\S]*?-->|<(script|style)\b((?:[^>"']|"[^"]*"|'[^']*')*)>[\s\S]*?<\/\1\s*>|<[a-zA-Z](?:[^>"']|"[^"]*"|'[^']*')*>/gi;

/**
 * Counts <script> elements that run code. JSON-LD and other data blocks
 * (type application/ld+json, application/json) are not code and are not counted.
 */
export function countExecutableScripts(html: string): number {
  let count = 0;
  for (const [, name, attributes] of html.matchAll(TOKEN)) {
    if (name?.toLowerCase() !== 'script') continue;
    const type = /\btype\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(attributes ?? '');
    const value = (type?.[1] ?? type?.[2] ?? type?.[3] ?? '').trim().toLowerCase();
    if (value !== 'application/ld+json' && value !== 'application/json') count += 1;
  }
  return count;
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

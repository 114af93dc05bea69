// Accessibility check with axe-core on a loaded Playwright page. Only serious and
// critical violations fail; the rest is printed by the caller if wanted.
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

export type AxeProblem = { url: string; rule: string; impact: string; help: string; targets: string[] };

const FAILING_IMPACTS = new Set(['serious', 'critical']);

export async function seriousAxeViolations(page: Page): Promise<AxeProblem[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => FAILING_IMPACTS.has(v.impact ?? ''))
    .map((v) => ({
      url: page.url(),
      rule: v.id,
      impact: v.impact ?? '',
      help: v.help,
      targets: v.nodes.map((n) => n.target.join(' ')),
    }));
}

export function formatAxeProblems(problems: AxeProblem[]): string {
  return problems
    .map(
      (p) =>
        `  ${p.url}\n    [${p.impact}] ${p.rule}: ${p.help}\n      ${p.targets.slice(0, 5).join('\n      ')}${p.targets.length > 5 ? `\n      … ${p.targets.length - 5} more` : ''}`,
    )
    .join('\n');
}

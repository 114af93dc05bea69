// HTML validation with html-validate, using the repository's .htmlvalidate.json for every
// file, wherever it lies: a build outside the repo (E2E_OUT_DIR=/tmp/…) would otherwise
// find no config by walking up and be checked against nothing.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type ConfigData, HtmlValidate, StaticConfigLoader } from 'html-validate';

export const HTMLVALIDATE_CONFIG = join(import.meta.dirname, '..', '..', '.htmlvalidate.json');

export type HtmlProblem = {
  file: string;
  rule: string;
  message: string;
  line: number;
  column: number;
  selector: string | null;
};

export async function validateHtmlFiles(files: string[]): Promise<HtmlProblem[]> {
  const config = JSON.parse(readFileSync(HTMLVALIDATE_CONFIG, 'utf8')) as ConfigData;
  const validator = new HtmlValidate(new StaticConfigLoader(config));
  const problems: HtmlProblem[] = [];
  for (const file of files) {
    const report = await validator.validateFile(file);
    for (const result of report.results) {
      for (const m of result.messages) {
        // severity 2 = error; warnings (1) are reported but do not fail.
        if (m.severity === 2) {
          problems.push({
            file,
            rule: m.ruleId,
            message: m.message,
            line: m.line,
            column: m.column,
            selector: m.selector,
          });
        }
      }
    }
  }
  return problems;
}

export function formatHtmlProblems(problems: HtmlProblem[]): string {
  return problems
    .map((p) => `  ${p.file}:${p.line}:${p.column} [${p.rule}] ${p.message}${p.selector ? ` (${p.selector})` : ''}`)
    .join('\n');
}

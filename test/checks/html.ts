// HTML validation with html-validate, using the repository's config (.htmlvalidate.json,
// found by walking up from each file), so fixture and real site share one rule set.
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';

export type HtmlProblem = { file: string; rule: string; message: string; line: number; column: number; selector: string | null };

export async function validateHtmlFiles(files: string[]): Promise<HtmlProblem[]> {
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  const problems: HtmlProblem[] = [];
  for (const file of files) {
    const report = await validator.validateFile(file);
    for (const result of report.results) {
      for (const m of result.messages) {
        // severity 2 = error; warnings (1) are reported but do not fail.
        if (m.severity === 2) {
          problems.push({ file, rule: m.ruleId, message: m.message, line: m.line, column: m.column, selector: m.selector });
        }
      }
    }
  }
  return problems;
}

export function formatHtmlProblems(problems: HtmlProblem[]): string {
  return problems.map((p) => `  ${p.file}:${p.line}:${p.column} [${p.rule}] ${p.message}${p.selector ? ` (${p.selector})` : ''}`).join('\n');
}

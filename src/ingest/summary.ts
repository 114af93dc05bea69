/** The run's report: a JSON file for machines, a few lines for the person at the console. */
import { t } from '../i18n/zh-CN.ts';
import { type FindingSeverity, findingSeverity } from '../schema/index.ts';
import type { IngestResult } from './run.ts';

const FORM_NAMES = { 'department-overall': '部门整体', 'project-expenditure': '项目支出' } as const;
/** Findings listed per document on the console; the report has them all. */
const MAX_LISTED = 10;

export function reportJson(result: IngestResult): string {
  return `${JSON.stringify({ documents: result.documents, errors: result.errors, written: result.written, kept: result.kept }, null, 2)}\n`;
}

/** file:line, and for a PDF the page that line was printed on: the text rendering's line numbers are ours. */
const at = (file: string, line: number, page: number | undefined): string =>
  `${file}:${line}${page ? `（第 ${page} 页）` : ''}`;

/** The console summary; with `check`, the last line says what a run would write, and that nothing was. */
export function summaryLines(result: IngestResult, outDir: string, check = false): string[] {
  const lines: string[] = [];
  for (const d of result.documents) {
    const counts =
      d.form === 'department-overall'
        ? `${d.counts.keyTasks} 项重点任务, ${d.counts.indicators} 个指标`
        : `${d.counts.units} 个单位, ${d.counts.projects} 个项目, ${d.counts.indicators} 个指标`;
    const bySeverity = (s: FindingSeverity) => `${d.findings.filter((f) => f.severity === s).length} ${t.severity[s]}`;
    const unrecognized = d.lines.unrecognized ? `, ${d.lines.unrecognized} 行未识别` : '';
    lines.push(
      `✓ ${d.file} [${FORM_NAMES[d.form]}] ${counts}; 发现 ${findingSeverity.options.map(bySeverity).join(' / ')}${unrecognized}`,
    );
    // Errors and warnings need a person to look at the source; notes stay in the report.
    const serious = d.findings.filter((f) => f.severity !== 'info');
    for (const f of serious.slice(0, MAX_LISTED))
      lines.push(
        `  ${t.severity[f.severity]} ${at(d.file, f.lines.from, d.linePages?.[f.lines.from - 1])}: ${f.message}`,
      );
    if (serious.length > MAX_LISTED) lines.push(`  …另有 ${serious.length - MAX_LISTED} 条，见 --report`);
    for (const u of d.unrecognized.slice(0, MAX_LISTED))
      lines.push(`  未识别 ${at(d.file, u.line, d.linePages?.[u.line - 1])}: ${u.text.trim()}`);
  }
  for (const e of result.errors) lines.push(`✗ ${e.line ? at(e.file, e.line, e.page) : e.file}: ${e.message}`);
  for (const k of result.kept) lines.push(`  保留上次成功的记录 ${k}`);
  // A document with several stale corrections has several errors, but is one file.
  const files = `${result.documents.length + new Set(result.errors.map((e) => e.file)).size} 份文件`;
  lines.push(
    check
      ? `${files}：检查通过 ${result.written.length} 条记录，失败 ${result.errors.length}（--check：未写入 ${outDir}）`
      : `${files}：写入 ${result.written.length} 条记录到 ${outDir}，失败 ${result.errors.length}`,
  );
  return lines;
}

/** Findings that `--strict` refuses: anything but a note. */
export const strictProblems = (result: IngestResult): number =>
  result.documents.reduce(
    (n, d) => n + d.findings.filter((f) => f.severity !== 'info').length + d.lines.unrecognized,
    0,
  );

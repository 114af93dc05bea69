/**
 * One source document, read (source-text.ts), through the pure stages: parse (per form) → reconcile → validate.
 * Returns the record and what the report says of it; throws InputError only when the document
 * cannot become a record at all.
 */
import {
  type BudgetRecord,
  budgetRecord,
  type Correction,
  type Finding,
  type FormKind,
  type LineRange,
} from '../schema/index.ts';
import { appliedOrThrow, correctDepartmentForm, correctProjectForm } from './corrections.ts';
import { firstIssue, InputError } from './errors.ts';
import { departmentIdentity, projectIdentities } from './identity.ts';
import { departmentId, jurisdictionId, recordId } from './ids.ts';
import { departmentNameOf, formOfTitle } from './layout.ts';
import { refuseUnreadableLayout } from './layout-check.ts';
import { readColumnLayout, widenRanges } from './layout-columns/read.ts';
import { isBlank, isPageNumber, type SourceLine, squash } from './lines.ts';
import type { ManifestEntry } from './manifest.ts';
import { parseDepartmentForm } from './parse-department-form.ts';
import { parseProjectForm } from './parse-project-form.ts';
import { reconcileBudgetIdentity, reconcileIndicatorLines, reconcileUnitTotals } from './reconcile.ts';
import { linePages, type SourceContent } from './source-text.ts';

export interface DocumentReport {
  file: string;
  form: FormKind;
  /** Non-blank source lines, and how each was accounted for. */
  lines: { nonBlank: number; inRecord: number; layout: number; unrecognized: number };
  counts: { units: number; projects: number; keyTasks: number; indicators: number };
  findings: Finding[];
  unrecognized: Array<{ line: number; text: string }>;
  encoding: SourceContent['encoding'];
  /** For a PDF: the page each line of its text rendering starts on, `linePages[n - 1]` for line n. */
  linePages?: number[];
}

export interface ParsedDocument {
  record: BudgetRecord;
  report: DocumentReport;
  /** Line numbers recognised as form furniture (titles, headers, page numbers). */
  layoutLines: number[];
}

const FORM_TITLES: Record<FormKind, string> = {
  'department-overall': '部门整体预算绩效目标申报表',
  'project-expenditure': '项目支出绩效目标表',
};

/** `corrections`: the staff corrections of this document, applied between parse and reconcile. */
export function parseDocument(
  entry: ManifestEntry,
  content: SourceContent,
  corrections: readonly Correction[] = [],
): ParsedDocument {
  const { encoding, sha256 } = content;
  const title = findLine(content.lines, formOfTitle);
  const form = title?.value ?? entry.form;
  if (!form) {
    const first = content.lines.find((l) => !isBlank(l.text));
    throw new InputError(
      `未知的表格类型：应有标题「${FORM_TITLES['department-overall']}」或「${FORM_TITLES['project-expenditure']}」，或在清单中注明 form`,
      first?.no ?? 1,
    );
  }
  if (title && entry.form && title.value !== entry.form) {
    throw new InputError(`清单写的是 ${entry.form}，但标题是「${FORM_TITLES[title.value]}」`, title.line.no);
  }
  // Columns side by side as on the page: their rows rebuilt, one tab-separated line each.
  const columns = readColumnLayout(content.lines, form);
  if (!columns) refuseUnreadableLayout(content.lines, form);
  const lines = columns?.lines ?? content.lines;
  const named = findLine(lines, departmentNameOf);
  if (!named) throw new InputError('未找到「部门名称」行：应为「部门名称：<部门>」', title?.line.no ?? 1);
  const { line: deptLine, value: department } = named;
  // The parser and the corrections name projects by the department as printed; identity.ts then keeps earlier ids.
  const printedDeptId = departmentId(department);
  const identity = departmentIdentity(entry, department, deptLine.no);
  const deptId = identity.departmentId;
  const deptRange = { from: deptLine.no, to: deptLine.no };
  const base = {
    id: recordId(entry.year, deptId, form),
    year: entry.year,
    jurisdiction: entry.jurisdiction,
    jurisdictionId: jurisdictionId(entry.jurisdiction),
    department,
    ...identity,
    unit: '万元' as const,
    source: {
      file: entry.file,
      sha256,
      ...(entry.url ? { url: entry.url } : {}),
      lineCount: content.lines.length,
      ...(content.pdf ? { pdf: content.pdf } : {}),
    },
    lines: deptRange,
  };
  // Page numbers can fall between any two rows; they belong to no cell.
  const pageNumbers = lines.filter((l) => isPageNumber(l.text)).map((l) => l.no);
  // Forms printed with the title block on every page repeat the title and 部门名称 lines.
  const titleBlock = new Set([squash(deptLine.text), ...(title ? [squash(title.line.text)] : [])]);
  const repeatedTitleBlock = lines.filter((l) => titleBlock.has(squash(l.text))).map((l) => l.no);
  const claimed = new Set([...repeatedTitleBlock, ...pageNumbers]);
  const body = lines.filter((l) => !claimed.has(l.no));
  const readingFindings: Finding[] = [
    ...(columns?.findings ?? []),
    ...(encoding === 'gb18030'
      ? [
          {
            code: 'encoding-gbk',
            severity: 'info',
            message: '源文件为 GBK/GB18030 编码，已按此解码',
            lines: { from: 1, to: 1 },
          } satisfies Finding,
        ]
      : []),
  ];

  let record: BudgetRecord;
  let layoutLines: number[];
  let unrecognized: DocumentReport['unrecognized'];
  if (form === 'department-overall') {
    const parsed = parseDepartmentForm(body, deptRange);
    const { parts } = appliedOrThrow(correctDepartmentForm(pickDepartment(parsed), corrections));
    record = {
      ...base,
      form,
      ...pickDepartment(parsed),
      ...parts,
      findings: [...readingFindings, ...parsed.findings, ...reconcileBudgetIdentity(parts.budget)],
    };
    layoutLines = parsed.layoutLines;
    unrecognized = parsed.unrecognized;
  } else {
    const parsed = parseProjectForm(body, department, printedDeptId, deptRange);
    const { parts, dropped } = appliedOrThrow(
      correctProjectForm(
        { total: parsed.total, units: parsed.units, leftOut: parsed.leftOut },
        printedDeptId,
        corrections,
      ),
    );
    const units = projectIdentities(entry, parts.units, printedDeptId, deptId);
    record = {
      ...base,
      ...(dropped.length > 0 ? { corrections: dropped } : {}),
      form,
      total: parts.total,
      units,
      findings: [
        ...readingFindings,
        ...parsed.findings,
        ...reconcileUnitTotals(parts.total, parts.units, parts.leftOut),
        ...reconcileIndicatorLines(units),
      ],
    };
    layoutLines = parsed.layoutLines;
    unrecognized = parsed.unrecognized;
  }
  if (columns) {
    record = widenRanges(record, columns.spans);
    layoutLines = layoutLines.flatMap((n) => linesOf(columns.spans.get(n) ?? { from: n, to: n }));
  }
  layoutLines = [...new Set([...layoutLines, ...claimed])].sort((a, b) => a - b);
  // Sorted before validation: zod returns a copy, and the copy is what gets written.
  record.findings.sort((a, b) => a.lines.from - b.lines.from || a.lines.to - b.lines.to);
  const validated = budgetRecord.safeParse(record);
  if (!validated.success) throw new InputError(`记录未通过校验（${firstIssue(validated.error)}）`);
  const written = validated.data;
  const report = reportOf(written, content.lines, layoutLines, unrecognized, encoding);
  return {
    record: written,
    layoutLines,
    report: content.pdf ? { ...report, linePages: linePages(content.pdf) } : report,
  };
}

/** The first line `read` makes something of, and what it made. */
function findLine<T>(
  lines: readonly SourceLine[],
  read: (text: string) => T | null,
): { line: SourceLine; value: T } | null {
  for (const line of lines) {
    const value = read(line.text);
    if (value !== null) return { line, value };
  }
  return null;
}

function pickDepartment(p: ReturnType<typeof parseDepartmentForm>) {
  const { budget, overallGoal, overallGoalLines, keyTasks, otherTasks, indicators } = p;
  return { budget, overallGoal, overallGoalLines, keyTasks, otherTasks, indicators };
}

function reportOf(
  record: BudgetRecord,
  lines: SourceLine[],
  layout: number[],
  unrecognized: DocumentReport['unrecognized'],
  encoding: DocumentReport['encoding'],
): DocumentReport {
  const inRecord = linesInRecord(record);
  const nonBlank = lines.filter((l) => !isBlank(l.text)).map((l) => l.no);
  const layoutSet = new Set(layout);
  const projects = record.form === 'project-expenditure' ? record.units.flatMap((u) => u.projects) : [];
  return {
    file: record.source.file,
    form: record.form,
    lines: {
      nonBlank: nonBlank.length,
      inRecord: nonBlank.filter((n) => inRecord.has(n)).length,
      layout: nonBlank.filter((n) => !inRecord.has(n) && layoutSet.has(n)).length,
      unrecognized: unrecognized.length,
    },
    counts: {
      units: record.form === 'project-expenditure' ? record.units.length : 0,
      projects: projects.length,
      keyTasks: record.form === 'department-overall' ? record.keyTasks.length : 0,
      indicators:
        record.form === 'department-overall'
          ? record.indicators.length
          : projects.reduce((n, p) => n + p.indicators.length, 0),
    },
    findings: record.findings,
    unrecognized,
    encoding,
  };
}

const linesOf = (r: LineRange): number[] => Array.from({ length: r.to - r.from + 1 }, (_, i) => r.from + i);

/** Every source line that some part of the record says it came from. */
export function linesInRecord(record: BudgetRecord): Set<number> {
  const ranges = [record.lines];
  if (record.form === 'department-overall') {
    ranges.push(record.budget.lines, ...record.keyTasks.map((t) => t.lines), ...record.indicators.map((i) => i.lines));
    if (record.overallGoalLines) ranges.push(record.overallGoalLines);
    if (record.otherTasks) ranges.push(record.otherTasks.lines);
  } else {
    ranges.push(record.total.lines);
    for (const unit of record.units) ranges.push(unit.lines, ...unit.projects.map((p) => p.lines));
  }
  const set = new Set<number>();
  for (const r of ranges) for (const n of linesOf(r)) set.add(n);
  return set;
}

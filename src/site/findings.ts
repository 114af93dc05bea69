/** The data-quality findings of all records, by year, for the findings pages. */
import { byChineseName } from '../lib/compare.ts';
import { type Finding, type FindingSeverity, type FormKind, findingSeverity } from '../schema/index.ts';
import type { DepartmentYear } from './departments.ts';
import { type SourceSpan, spansOf } from './spans.ts';

export interface FindingRow {
  year: number;
  department: string;
  departmentId: string;
  /** The record the finding is about. */
  recordId: string;
  /** The finding's lines, linking to the record's source text page when it is published. */
  span: SourceSpan;
  form: FormKind;
  finding: Finding;
}

export interface FindingYear {
  year: number;
  /** Most severe first, then by department name, record and source line. */
  rows: FindingRow[];
  /** Findings per severity. */
  counts: Record<FindingSeverity, number>;
}

/** One row per finding, most severe first, then by department name and source line. */
function findingRows(departments: readonly DepartmentYear[], published: (recordId: string) => boolean): FindingRow[] {
  return departments
    .flatMap((d) =>
      [d.overall, d.projectForm]
        .filter((r) => r !== null)
        .flatMap((r) => {
          const spanOf = spansOf(r, published(r.id));
          return r.findings.map((finding) => ({
            year: d.year,
            department: d.department,
            departmentId: d.departmentId,
            recordId: r.id,
            span: spanOf(finding.lines),
            form: r.form,
            finding,
          }));
        }),
    )
    .sort(
      (a, b) =>
        findingSeverity.options.indexOf(a.finding.severity) - findingSeverity.options.indexOf(b.finding.severity) ||
        byChineseName(a.department, b.department) ||
        a.recordId.localeCompare(b.recordId) ||
        a.finding.lines.from - b.finding.lines.from,
    );
}

/** Findings grouped by `years` (newest first); a year without findings still appears, with zero counts. */
export function findingsByYear(
  departments: readonly DepartmentYear[],
  years: readonly number[],
  published: (recordId: string) => boolean,
): FindingYear[] {
  const rows = findingRows(departments, published);
  return years.map((year) => {
    const ofYear = rows.filter((r) => r.year === year);
    const count = (s: FindingSeverity) => ofYear.filter((r) => r.finding.severity === s).length;
    const counts = Object.fromEntries(findingSeverity.options.map((s) => [s, count(s)]));
    return { year, rows: ofYear, counts: counts as Record<FindingSeverity, number> };
  });
}

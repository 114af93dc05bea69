/** The data-quality findings of all records, flattened for the overview pages. */
import type { DepartmentYear } from '../collections/schemas.ts';
import { type Finding, type FindingSeverity, type FormKind, findingSeverity } from '../schema/index.ts';
import { byChineseName } from './compare.ts';
import { yearsOf } from './summary.ts';

export interface FindingRow {
  year: number;
  department: string;
  departmentId: string;
  recordId: string;
  form: FormKind;
  finding: Finding;
}

/** One row per finding, most severe first, then by department name and source line. */
function findingRows(departments: readonly DepartmentYear[]): FindingRow[] {
  return departments
    .flatMap((d) =>
      [d.overall, d.projectForm]
        .filter((r) => r !== null)
        .flatMap((r) =>
          r.findings.map((finding) => ({
            year: d.year,
            department: d.department,
            departmentId: d.departmentId,
            recordId: r.id,
            form: r.form,
            finding,
          })),
        ),
    )
    .sort(
      (a, b) =>
        findingSeverity.options.indexOf(a.finding.severity) - findingSeverity.options.indexOf(b.finding.severity) ||
        byChineseName(a.department, b.department) ||
        a.recordId.localeCompare(b.recordId) ||
        a.finding.lines.from - b.finding.lines.from,
    );
}

interface FindingYear {
  year: number;
  rows: FindingRow[];
  /** Findings per severity. */
  counts: Record<FindingSeverity, number>;
}

/** Findings grouped by year, newest first; a year without findings still appears, with zero counts. */
export function findingsByYear(departments: readonly DepartmentYear[]): FindingYear[] {
  const rows = findingRows(departments);
  return yearsOf(departments).map((year) => {
    const ofYear = rows.filter((r) => r.year === year);
    const count = (s: FindingSeverity) => ofYear.filter((r) => r.finding.severity === s).length;
    const counts = Object.fromEntries(findingSeverity.options.map((s) => [s, count(s)]));
    return { year, rows: ofYear, counts: counts as Record<FindingSeverity, number> };
  });
}

import { describe, expect, it } from 'vitest';
import { readRecords } from '../../src/collections/records.ts';
import { departmentYears } from '../../src/site/departments.ts';
import { findingsByYear } from '../../src/site/findings.ts';
import { yearsOf } from '../../src/site/listings.ts';
import { RECORDS_DIR } from '../ingest/helpers.ts';

const departments = departmentYears(await readRecords(RECORDS_DIR));
const all = () => true;

describe('findingsByYear on the samples', () => {
  it('lists every finding by year, newest year first, most severe first, then by department', () => {
    const years = findingsByYear(departments, yearsOf(departments), all);
    const summary = years.map((y) => ({
      year: y.year,
      counts: y.counts,
      rows: y.rows.map(
        (r) => `${r.finding.severity} ${r.finding.code} ${r.recordId}:${r.finding.lines.from}-${r.finding.lines.to}`,
      ),
    }));
    expect(summary).toEqual([
      {
        year: 2025,
        counts: { error: 0, warning: 0, info: 2 },
        rows: [
          'info page-break-fragment 2025-d-5b978d82ff-projects:28-28',
          'info budget-identity-mismatch-rounding 2025-d-9eaddf6e10-overall:10-18',
        ],
      },
      {
        year: 2024,
        counts: { error: 1, warning: 0, info: 0 },
        rows: ['error unit-total-mismatch 2024-d-d7481fd086-projects:11-24'],
      },
    ]);
  });

  it('keeps a year without findings, with zero counts', () => {
    const only2024 = departments
      .filter((d) => d.year === 2024)
      .map((d) => ({ ...d, projectForm: d.projectForm && { ...d.projectForm, findings: [] } }));
    expect(findingsByYear(only2024, [2024], all)).toEqual([
      { year: 2024, rows: [], counts: { error: 0, warning: 0, info: 0 } },
    ]);
  });

  it('links a finding to its source lines only where the record’s source text is published', () => {
    const published = (id: string) => id === '2025-d-9eaddf6e10-overall';
    const rows = findingsByYear(departments, [2025], published)[0]!.rows;
    expect(rows.map((r) => [r.recordId, r.span.recordId])).toEqual([
      ['2025-d-5b978d82ff-projects', null],
      ['2025-d-9eaddf6e10-overall', '2025-d-9eaddf6e10-overall'],
    ]);
  });
});

/**
 * The cross-checks of stage 3 (src/ingest/reconcile.ts): each catches a misread as a finding
 * before the record is published, and runs on every record the ingest writes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/ingest/document.ts';
import { InputError } from '../../src/ingest/errors.ts';
import { manifest } from '../../src/ingest/manifest.ts';
import { reconcileBudgetIdentity, reconcileIndicatorLines, reconcileUnitTotals } from '../../src/ingest/reconcile.ts';
import { readTextSource } from '../../src/ingest/source-text.ts';
import type { BudgetRecord, Finding } from '../../src/schema/index.ts';
import { FORMS_DIR } from '../fixtures/forms/samples.ts';
import { allProjects, MANIFEST, parseSample, projectForm } from './helpers.ts';

describe('indicator lines nest in their project', () => {
  it('finds nothing in the samples', () => {
    for (const prefix of ['001', '003', '004'])
      expect(reconcileIndicatorLines(projectForm(parseSample(prefix).record).units)).toEqual([]);
  });

  it('reports an indicator read from outside its project row as an error naming both', () => {
    const record = projectForm(parseSample('001').record);
    const units = structuredClone(record.units);
    const [first, second] = allProjects({ ...record, units });
    if (!first || !second) throw new Error('001 has projects');
    const moved = second.indicators[0];
    if (!moved) throw new Error('001 has indicators');
    first.indicators.push(moved);
    expect(reconcileIndicatorLines(units)).toEqual([
      {
        code: 'indicator-outside-project',
        severity: 'error',
        message: `项目「${first.name}」（第 ${first.lines.from}–${first.lines.to} 行）的指标「${moved.name}」读自第 ${moved.lines.from}–${moved.lines.to} 行，超出该项目的行：可能取自相邻的项目，请核对原文或使用 PDF 原件`,
        lines: { from: first.lines.from, to: moved.lines.to },
      },
    ]);
  });
});

/** What stage 3 says of a record's own figures. */
function reconciliation(record: BudgetRecord): Finding[] {
  return record.form === 'project-expenditure'
    ? [...reconcileUnitTotals(record.total, record.units), ...reconcileIndicatorLines(record.units)]
    : reconcileBudgetIdentity(record.budget);
}

const key = (f: Finding) => JSON.stringify([f.code, f.lines, f.message, f.difference]);

describe('the cross-checks run on every record', () => {
  const folders = readdirSync(join(FORMS_DIR, 'text')).flatMap((extractor) =>
    readdirSync(join(FORMS_DIR, 'text', extractor)).map((style) => join(FORMS_DIR, 'text', extractor, style)),
  );

  it('the samples and every PDF-fixture text read to a record carry the findings of their own figures', () => {
    const documents = [
      ...MANIFEST.documents.map((entry) => ({
        entry,
        bytes: readFileSync(join(FORMS_DIR, '../../../content/sources', entry.file)),
      })),
      ...folders.flatMap((dir) =>
        manifest
          .parse(JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')))
          .documents.map((entry) => ({ entry, bytes: readFileSync(join(dir, entry.file)) })),
      ),
    ];
    let records = 0;
    for (const { entry, bytes } of documents) {
      let record: BudgetRecord;
      try {
        record = parseDocument(entry, readTextSource(bytes)).record;
      } catch (e) {
        if (e instanceof InputError) continue;
        throw e;
      }
      records++;
      const published = new Set(record.findings.map(key));
      // A project left out of the record (project-name-cut, an error naming its row) was checked
      // with its unit by its printed amounts: from the record alone, that unit's sum falls short.
      const leftOutIn = (lines: { from: number; to: number }) =>
        record.findings.some(
          (f) => f.code === 'project-name-cut' && f.lines.from >= lines.from && f.lines.to <= lines.to,
        );
      for (const f of reconciliation(record)) {
        if (f.code === 'unit-total-mismatch' && !published.has(key(f)) && leftOutIn(f.lines)) continue;
        expect(published.has(key(f)), `${entry.file}: ${f.message}`).toBe(true);
      }
    }
    // The samples and the pdftotext -raw texts; the other extractors' texts are refused (layout-check.ts).
    expect(records).toBeGreaterThanOrEqual(25);
  });

  it('a project row left out of the record still counts in its unit total check', () => {
    const record = projectForm(parseSample('001').record);
    const unit = record.units[0];
    const [kept, ...rest] = unit?.projects ?? [];
    if (!unit || !kept) throw new Error('001 has units and projects');
    const shortUnit = { ...unit, projects: rest };
    const leftOut = [{ unit: shortUnit, name: kept.name, amounts: kept.amounts, lines: kept.lines }];
    const codes = (findings: Finding[]) => findings.map((f) => f.code);
    expect(codes(reconcileUnitTotals(record.total, [shortUnit], leftOut))).not.toContain('unit-total-mismatch');
    expect(codes(reconcileUnitTotals(record.total, [shortUnit]))).toContain('unit-total-mismatch');
  });

  it('a unit total that does not match its projects is published as a finding', () => {
    const record = projectForm(parseSample('001').record);
    const unit = record.units[0];
    if (!unit) throw new Error('001 has units');
    const findings = reconcileUnitTotals(record.total, [
      { ...unit, amounts: { ...unit.amounts, total: unit.amounts.total + 1 } },
    ]);
    expect(findings.map((f) => [f.code, f.difference])).toContainEqual(['unit-total-mismatch', 1]);
  });
});

/**
 * The five samples printed as PDF forms in every style (test/fixtures/forms/pdf), read from the
 * PDF itself, give the record their text gives. A PDF does not print two things the text has, so
 * the comparison sets them aside, and says so: white space where a line wrapped (a printed line
 * ends without its space), and a paragraph break after a line that filled its cell (it looks like
 * a wrap). In the `wide-zero` style blank amount cells are printed as 0.00, so nothing is blank.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/ingest/document.ts';
import { readSource } from '../../../src/ingest/source-text.ts';
import type { BudgetRecord } from '../../../src/schema/index.ts';
import { FORMS_DIR, loadSamples } from '../../fixtures/forms/samples.ts';
import { STYLES } from '../../fixtures/forms/styles.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const SAMPLES = loadSamples(ROOT);

/** Findings about the text file's own layout, which a PDF read by its cells does not have. */
const TEXT_LAYOUT_FINDINGS = new Set(['page-break-fragment', 'encoding-gbk']);

/** The record's content: provenance left out, text without white space, goal paragraphs as one text. */
function content(record: BudgetRecord, zeroForBlank: boolean): unknown {
  const findings = record.findings
    .filter((f) => !TEXT_LAYOUT_FINDINGS.has(f.code))
    .map((f) => ({ code: f.code, severity: f.severity, difference: f.difference }));
  const walk = (value: unknown, key = ''): unknown => {
    if (typeof value === 'string') return value.replace(/\s+/g, '');
    if (Array.isArray(value)) {
      if (key === 'goal' || key === 'overallGoal') return value.join('').replace(/\s+/g, '');
      if (key === 'blank' && zeroForBlank) return [];
      return value.map((v) => walk(v));
    }
    if (value && typeof value === 'object') {
      return Object.fromEntries(
        Object.entries(value)
          .filter(([k]) => !['lines', 'source', 'findings', 'overallGoalLines'].includes(k))
          .map(([k, v]) => [k, walk(v, k)]),
      );
    }
    return value;
  };
  return { ...(walk(record) as object), findings };
}

// Each PDF is read by pdf.js (the first one loads it): seconds on a busy machine, not vitest's default 5.
describe.each(STYLES.map((s) => [s.name, s] as const))(
  'the samples printed in the %s style, read from the PDF',
  { timeout: 60_000 },
  (style) => {
    it.each(SAMPLES.map((s) => [s.key, s] as const))('%s gives the record its text gives', async (key, sample) => {
      const bytes = readFileSync(join(FORMS_DIR, 'pdf', style, `${key}.pdf`));
      const source = await readSource(bytes);
      const { year, jurisdiction } = sample.entry;
      const { record, report } = parseDocument(
        { file: `${key}.pdf`, year, jurisdiction, form: sample.record.form },
        source,
      );
      expect(content(record, style === 'wide-zero')).toEqual(content(sample.record, style === 'wide-zero'));
      // Every line of the rendering is accounted for, and knows the page it was printed on.
      expect(report.lines.unrecognized).toBe(0);
      expect(record.source.pdf?.printed).toHaveLength(record.source.lineCount);
      expect(record.source.pdf?.pages).toBe(Math.max(...(report.linePages ?? [0])));
    });
  },
);

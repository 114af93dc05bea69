/**
 * The same disclosures as other PDF-to-text tools write them: CRLF, a byte-order mark, page
 * numbers between rows, runs of spaces for tabs, amounts without thousands separators, lost
 * indentation. Each variant must give the same units, projects, tasks and indicators.
 */
import { describe, expect, it } from 'vitest';
import type { BudgetRecord } from '../../src/schema/index.ts';
import { parseSample, sampleText } from './helpers.ts';

/** What a reader sees: everything but line numbers, hashes and findings' positions. */
function content(record: BudgetRecord): unknown {
  return JSON.parse(JSON.stringify(record, (key, value) => (key === 'lines' || key === 'source' || key === 'findings' || key === 'overallGoalLines' ? undefined : value)));
}

const SAMPLES = ['000', '001', '002', '003', '004'] as const;
const fileOf = (prefix: string) => parseSample(prefix).report.file;

describe.each(SAMPLES)('sample %s read through other export tools', (prefix) => {
  const original = parseSample(prefix).record;
  const text = sampleText(fileOf(prefix));

  it('CRLF line ends and a byte-order mark change nothing but the hash', () => {
    const variant = parseSample(prefix, `\uFEFF${text.replace(/\n/g, '\r\n')}`).record;
    expect({ ...variant, source: { ...variant.source, sha256: '' } }).toEqual({ ...original, source: { ...original.source, sha256: '' } });
  });

  it('page numbers between rows are dropped', () => {
    let page = 0;
    const variant = parseSample(prefix, text.replace(/\n\n/g, () => `\n\n第 ${++page} 页\n\n`)).record;
    expect(page).toBeGreaterThan(5);
    expect(content(variant)).toEqual(content(original));
    expect(variant.findings.map((f) => f.code)).toEqual(original.findings.map((f) => f.code));
  });

  it('amounts without thousands separators', () => {
    const variant = parseSample(prefix, text.replace(/(\d),(\d{3}\.\d\d)(?!\d)/g, '$1$2')).record;
    expect(content(variant)).toEqual(content(original));
  });
});

describe('layout variants of particular samples', () => {
  it('001 with runs of spaces where the sample has tabs (empty cells vanish)', () => {
    const original = parseSample('001').record;
    const variant = parseSample('001', sampleText(fileOf('001')).replace(/\t+/g, '   ')).record;
    expect(content(variant)).toEqual(content(original));
  });

  it('004 without the indentation of project names', () => {
    const original = parseSample('004').record;
    const variant = parseSample('004', sampleText(fileOf('004')).replace(/^ +/gm, '')).record;
    expect(content(variant)).toEqual(content(original));
  });
});

describe('department form without blank lines between cells', () => {
  it('002 with every blank line removed reads the same tasks and indicators', () => {
    const original = parseSample('002').record;
    const variant = parseSample('002', sampleText(fileOf('002')).replace(/\n\s*\n/g, '\n')).record;
    expect(content(variant)).toEqual(content(original));
  });
});

/** The console summary speaks the site's words: the same finance staff read both. */
import { describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/zh-CN.ts';
import type { IngestResult } from '../../src/ingest/run.ts';
import { summaryLines } from '../../src/ingest/summary.ts';
import type { Finding } from '../../src/schema/index.ts';

const finding = (severity: Finding['severity'], line: number): Finding => ({
  code: 'unit-total-mismatch',
  severity,
  message: `第 ${line} 行的问题`,
  lines: { from: line, to: line },
});

const result: IngestResult = {
  documents: [
    {
      file: 'a.txt',
      form: 'project-expenditure',
      lines: { nonBlank: 3, inRecord: 3, layout: 0, unrecognized: 0 },
      counts: { units: 1, projects: 1, keyTasks: 0, indicators: 0 },
      findings: [finding('error', 1), finding('warning', 2), finding('warning', 3), finding('info', 4)],
      unrecognized: [],
      encoding: 'utf-8',
    },
  ],
  errors: [],
  written: ['a.json'],
  kept: [],
};

describe('console summary', () => {
  it('names the severities with the words the site shows (不一致 / 提示 / 说明)', () => {
    const lines = summaryLines(result, 'out');
    expect(lines[0]).toContain(`发现 1 ${t.severity.error} / 2 ${t.severity.warning} / 1 ${t.severity.info}`);
    expect(lines[0]).toContain('发现 1 不一致 / 2 提示 / 1 说明');
    // Errors and warnings are listed; notes only in the report.
    expect(lines.slice(1, 4)).toEqual([
      `  ${t.severity.error} a.txt:1: 第 1 行的问题`,
      `  ${t.severity.warning} a.txt:2: 第 2 行的问题`,
      `  ${t.severity.warning} a.txt:3: 第 3 行的问题`,
    ]);
  });
});

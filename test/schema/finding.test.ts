/** Finding codes are a closed list in the schema, and the README documents every one of them. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { finding, findingCode } from '../../src/schema/index.ts';

const README = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

/** The codes in the first column of the README's "### Findings" table. */
function readmeCodes(): string[] {
  const section = README.split(/^### Findings$/m)[1]?.split(/^#{2,3} /m)[0] ?? '';
  const rows = section.split('\n').filter((l) => l.startsWith('| `'));
  return rows.flatMap((row) => [...(row.split('|')[1] ?? '').matchAll(/`([^`]+)`/g)].map((m) => m[1]!));
}

describe('finding codes', () => {
  it('every code of the schema is documented in the README findings table, and only those', () => {
    const documented = readmeCodes();
    expect(findingCode.options.filter((c) => !documented.includes(c))).toEqual([]);
    expect(documented.filter((c) => !(findingCode.options as readonly string[]).includes(c))).toEqual([]);
  });

  it('a code the ingest never emits is not a valid finding', () => {
    const valid = { code: 'unit-total-mismatch', severity: 'error', message: '…', lines: { from: 1, to: 1 } };
    expect(finding.safeParse(valid).success).toBe(true);
    expect(finding.safeParse({ ...valid, code: 'budget-total-mismatch' }).success).toBe(false);
  });
});

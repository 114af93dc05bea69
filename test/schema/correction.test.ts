/** The corrections file format: the README's example is valid, its table names every kind, and what the schema refuses. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { firstIssue } from '../../src/ingest/errors.ts';
import { correction, correctionsFile } from '../../src/schema/index.ts';

const README = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const section = README.split(/^### 更正程序读错的内容（更正文件）$/m)[1]?.split(/^#{2,3} /m)[0] ?? '';

const issue = (json: unknown): string | null => {
  const parsed = correctionsFile.safeParse(json);
  return parsed.success ? null : firstIssue(parsed.error);
};
const drop = { kind: 'drop', line: 17, project: '中国集成电路制造年会', reason: '重复的行' };

describe('corrections file', () => {
  it('the README example is a valid corrections file', () => {
    const example = /```json\n([\s\S]*?)```/.exec(section)?.[1];
    expect(example).toBeDefined();
    expect(issue(JSON.parse(example!))).toBeNull();
  });

  it('the README table documents every kind, and only those', () => {
    const kinds = section
      .split('\n')
      .filter((l) => l.startsWith('| `'))
      .map((l) => /^\| `([^`]+)`/.exec(l)?.[1])
      .slice(1); // the header row: | `kind` | …
    expect(kinds).toEqual(correction.options.map((o) => o.shape.kind.value));
  });

  it('requires a reason, refuses an empty one, a field of another kind, and an empty list', () => {
    expect(issue({ corrections: [drop] })).toBeNull();
    expect(issue({ corrections: [{ ...drop, reason: undefined }] })).toBe(
      'corrections.0.reason：Invalid input: expected string, received undefined',
    );
    expect(issue({ corrections: [{ ...drop, reason: '  ' }] })).toBe(
      'corrections.0.reason：Too small: expected string to have >=1 characters',
    );
    expect(issue({ corrections: [{ ...drop, field: 'total' }] })).toBe('corrections.0：Unrecognized key: "field"');
    expect(issue({ corrections: [] })).toBe('corrections：Too small: expected array to have >=1 items');
    expect(issue({ corrections: [{ ...drop, line: 0 }] })).toBe(
      'corrections.0.line：Too small: expected number to be >0',
    );
  });
});

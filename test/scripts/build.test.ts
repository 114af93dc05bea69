/** `npm run build` swaps a finished site into place: a failed build keeps the last good one. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { RECORDS_DIR } from '../ingest/helpers.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const outDir = join(ROOT, `.build-test-${process.pid}.tmp`);

afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe('npm run build', () => {
  // A whole Astro build: about 4 s on an idle machine, over vitest's default 5 s on a busy one.
  it('a record that fails validation stops the build with one clear line, and the last good site stays', {
    timeout: 60_000,
  }, () => {
    mkdirSync(outDir, { recursive: true });
    writeFileSync(join(outDir, 'index.html'), '<!doctype html><title>last good</title>');
    const records = mkdtempSync(join(tmpdir(), 'bad-records-'));
    cpSync(RECORDS_DIR, records, { recursive: true });
    // The 琶洲 project form's 合计, written as text with a separator, as a hand edit might leave it.
    const file = readdirSync(records).find((f) => readFileSync(join(records, f), 'utf8').includes('"total": 9235.17'))!;
    writeFileSync(
      join(records, file),
      readFileSync(join(records, file), 'utf8').replace('"total": 9235.17', '"total": "9,235.17"'),
    );
    const run = spawnSync(process.execPath, ['scripts/build.ts', '--outDir', outDir], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, RECORDS_DIR: records },
    });
    expect(run.status).toBe(1);
    const output = stripVTControlCharacters(`${run.stdout}${run.stderr}`);
    expect(output).toContain(
      `${file}: not a valid record (total.total: Invalid input: expected number, received string); re-run npm run ingest`,
    );
    expect(output).toContain('build failed: ');
    expect(output).not.toMatch(/\n\s+at /);
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toContain('last good');
    expect(readdirSync(ROOT).filter((f) => f.endsWith('.staging'))).toEqual([]);
  });
});

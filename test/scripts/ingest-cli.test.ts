/** The command a finance officer runs: its summary, its exit codes, its report, and no stack traces. */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MANIFEST, SOURCES_DIR } from '../ingest/helpers.ts';

const ingest = (...args: string[]) =>
  spawnSync(process.execPath, ['scripts/ingest.ts', ...args], {
    encoding: 'utf8',
    cwd: new URL('../../', import.meta.url),
  });

function sourcesWith(extra: Record<string, string>, documents = MANIFEST.documents) {
  const dir = mkdtempSync(join(tmpdir(), 'ingest-cli-'));
  for (const d of MANIFEST.documents) copyFileSync(join(SOURCES_DIR, d.file), join(dir, d.file));
  for (const [name, text] of Object.entries(extra)) writeFileSync(join(dir, name), text);
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ documents }));
  return dir;
}

describe('npm run ingest', () => {
  it('writes the records, prints a short summary and the JSON report', () => {
    const dir = sourcesWith({});
    const run = ingest('--sources', dir, '--out', join(dir, 'out'), '--report', join(dir, 'report.json'));
    expect(run.status).toBe(0);
    expect(run.stdout.trim().split('\n')).toHaveLength(7);
    expect(run.stdout).toContain(
      '✓ 003_1248fddac0f7b900.txt [项目支出] 1 个单位, 11 个项目, 57 个指标; 发现 1 不一致 / 0 提示 / 0 说明\n' +
        '  不一致 003_1248fddac0f7b900.txt:11: 资金使用单位「广州开发区经济和信息化局、广州市黄埔区工业和信息化局」的总计与其所列 11 个项目之和不符（原文可能不完整）：表中为 190,857.18 万元，计算得 190,133.18 万元，相差 724.00 万元\n',
    );
    expect(readdirSync(join(dir, 'out'))).toHaveLength(5);
    const report = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8'));
    expect(report.documents.map((d: { counts: { projects: number } }) => d.counts.projects)).toEqual([
      0, 11, 0, 11, 39,
    ]);
  });

  it('--strict fails on the sample whose listing does not reach its total', () => {
    const dir = sourcesWith({});
    const run = ingest('--sources', dir, '--out', join(dir, 'out'), '--strict');
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('--strict: 1 个不一致、提示或未识别行');
  });

  it('bad input: exit code 1, one line per problem, no stack trace, other documents written', () => {
    const dir = sourcesWith({ 'empty.txt': '' }, [
      ...MANIFEST.documents,
      { file: 'empty.txt', year: 2025, jurisdiction: '海珠区' },
    ]);
    const run = ingest('--sources', dir, '--out', join(dir, 'out'));
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('✗ empty.txt: 文件为空 (empty file): expected the text of a budget disclosure');
    expect(`${run.stdout}${run.stderr}`).not.toMatch(/\n\s+at /);
    expect(readdirSync(join(dir, 'out'))).toHaveLength(5);
  });

  // Two runs each: more than the default 5 s on a loaded machine.
  it('--check prints the summary of a run and writes nothing; exit 0', { timeout: 30_000 }, () => {
    const dir = sourcesWith({});
    const written = ingest('--sources', dir, '--out', join(dir, 'written'));
    const check = ingest('--sources', dir, '--out', join(dir, 'out'), '--check');
    expect(check.status).toBe(0);
    const lines = check.stdout.trim().split('\n');
    expect(lines.slice(0, -1)).toEqual(written.stdout.trim().split('\n').slice(0, -1));
    expect(lines.at(-1)).toBe(`5 份文件：检查通过 5 条记录，失败 0（--check：未写入 ${join(dir, 'out')}）`);
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });

  it('--check --strict fails on the sample whose listing does not reach its total, writing nothing', () => {
    const dir = sourcesWith({});
    const strict = ingest('--sources', dir, '--out', join(dir, 'out'), '--check', '--strict');
    expect([strict.status, strict.stderr.trim()]).toEqual([1, '--strict: 1 个不一致、提示或未识别行']);
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });

  it('--check fails on a correction gone stale, naming its file and the correction', () => {
    const stale = { kind: 'drop', line: 12, project: '课题研究费', reason: '测试' };
    const dir = sourcesWith({ '003_1248fddac0f7b900.txt.corrections.json': JSON.stringify({ corrections: [stale] }) });
    const run = ingest('--sources', dir, '--out', join(dir, 'out'), '--check');
    expect(run.status).toBe(1);
    expect(run.stdout.trim().split('\n').slice(-2)).toEqual([
      '✗ 003_1248fddac0f7b900.txt.corrections.json: 第 1 条更正（drop，第 12 行「课题研究费」）原文已无此内容：第 12 行没有读到项目「课题研究费」（原文或程序已变化，请核对后修改或删除这条更正）',
      `5 份文件：检查通过 4 条记录，失败 1（--check：未写入 ${join(dir, 'out')}）`,
    ]);
  });

  it('an unknown option is a usage line, exit code 2', () => {
    const run = ingest('--sauces', 'x');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('usage: npm run ingest --');
  });
});

/**
 * Ids are what the published URLs are made of (/departments/<departmentId>/<year>/,
 * /projects/<projectId>/<year>/) and what links a department's or a project's years: they must
 * come out the same on every run and in every year.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ManifestEntry } from '../../src/ingest/manifest.ts';
import { runIngest } from '../../src/ingest/run.ts';
import type { BudgetRecord } from '../../src/schema/index.ts';
import { entryFor, MANIFEST, RECORDS_DIR, sampleBytes, sampleText } from './helpers.ts';
import { memoryEffects } from './memory-effects.ts';

/** Ingests `documents` (their files from the samples unless given) with in-memory files; the records written, by file name. */
async function ingest(
  documents: ManifestEntry[],
  files: Record<string, string> = {},
): Promise<Map<string, BudgetRecord>> {
  const sources: Record<string, Uint8Array | string> = { 'src/manifest.json': JSON.stringify({ documents }) };
  for (const d of documents) sources[`src/${d.file}`] = files[d.file] ?? sampleBytes(d.file);
  const { fx, text } = memoryEffects(sources);
  const result = await runIngest({ sourcesDir: 'src', outDir: 'out' }, fx);
  expect(result.errors).toEqual([]);
  return new Map(result.written.map((name) => [name, JSON.parse(text(`out/${name}`)) as BudgetRecord]));
}

/** Every id of a record: its own, its department's and jurisdiction's, and each project's (with its unit and name). */
const idsOf = (r: BudgetRecord) => ({
  id: r.id,
  departmentId: r.departmentId,
  jurisdictionId: r.jurisdictionId,
  projects:
    r.form === 'project-expenditure' ? r.units.flatMap((u) => u.projects.map((p) => [u.name, p.name, p.id])) : [],
});

describe('ids', () => {
  it('are those of the committed records, written by an earlier run: published URLs stay where they were', async () => {
    const records = await ingest(MANIFEST.documents);
    expect([...records.keys()].sort()).toEqual([
      '2024-d-d7481fd086-projects.json',
      '2025-d-5b978d82ff-overall.json',
      '2025-d-5b978d82ff-projects.json',
      '2025-d-9eaddf6e10-overall.json',
      '2025-d-b9057aaaa8-projects.json',
    ]);
    for (const [name, record] of records) {
      const committed = JSON.parse(readFileSync(join(RECORDS_DIR, name), 'utf8')) as BudgetRecord;
      expect(idsOf(record), name).toEqual(idsOf(committed));
    }
    const projectIds = [...records.values()].flatMap((r) => idsOf(r).projects.map(([, , id]) => id));
    expect(projectIds.length).toBeGreaterThan(50);
    for (const id of projectIds) expect(id).toMatch(/^p-[0-9a-f]{12}$/);
  });

  it('stay the same for a department in another year, whichever form it files and however it prints its name', async () => {
    const overall = entryFor('000');
    const projects = entryFor('001');
    const nextYear = { ...projects, file: 'next-year.txt', year: 2026 };
    // The next year's form: the department's name printed with a space and the form's （部门）,
    // one project with a new budget, one renamed (a new project).
    const text = sampleText(projects.file)
      .replaceAll(
        '部门名称：广州琶洲人工智能与数字经济试验区管理委员会',
        '部门名称：广州琶洲人工智能 与数字经济试验区管理委员会（部门）',
      )
      .replace('机构运行保障经费\t425.00\t425.00', '机构运行保障经费\t430.00\t430.00')
      .replace('支持琶洲实验室建设经费', '支持琶洲实验室运营经费');
    expect(text).toContain('机构运行保障经费\t430.00');
    const records = [...(await ingest([overall, projects, nextYear], { [nextYear.file]: text })).values()];
    const [thisYear, next] = [
      records.find((r) => r.id.startsWith('2025-') && r.form === 'project-expenditure')!,
      records.find((r) => r.year === 2026)!,
    ];
    expect(next.department).toBe('广州琶洲人工智能 与数字经济试验区管理委员会');

    const departmentId = thisYear.departmentId;
    expect(records.map((r) => [r.id, r.departmentId, r.jurisdictionId]).sort()).toEqual(
      [
        [`2025-${departmentId}-overall`, departmentId, thisYear.jurisdictionId],
        [`2025-${departmentId}-projects`, departmentId, thisYear.jurisdictionId],
        [`2026-${departmentId}-projects`, departmentId, thisYear.jurisdictionId],
      ].sort(),
    );
    // Every project keeps its id in 2026 but the renamed one, which is a new project with a new id.
    const renamed = (name: string) => name.replace('支持琶洲实验室建设经费', '支持琶洲实验室运营经费');
    const before = idsOf(thisYear).projects;
    const after = idsOf(next).projects;
    expect(after.filter(([, name]) => name === '支持琶洲实验室运营经费')).toHaveLength(1);
    expect(after.map(([unit, name]) => [unit, name])).toEqual(before.map(([unit, name]) => [unit, renamed(name!)]));
    for (const [i, [unit, name, id]] of after.entries()) {
      if (name === before[i]![1]) expect(id, `${unit} / ${name}`).toBe(before[i]![2]);
      else expect(before.map(([, , old]) => old)).not.toContain(id);
    }
  });
});

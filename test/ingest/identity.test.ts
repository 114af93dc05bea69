/**
 * Identity across renames (manifest `sameAs`): a renamed department or project keeps its earlier
 * id, the record lists its other names and the ids its pages had, and a `sameAs` that matches
 * nothing is an error naming the manifest entry. Sample 001 (2025) and a 2026 copy of it.
 */
import { describe, expect, it } from 'vitest';
import { departmentId, projectId } from '../../src/ingest/ids.ts';
import { type ManifestEntry, manifest } from '../../src/ingest/manifest.ts';
import { runIngest } from '../../src/ingest/run.ts';
import type { BudgetRecord } from '../../src/schema/index.ts';
import { allProjects, entryFor, sampleBytes, sampleText } from './helpers.ts';
import { memoryEffects } from './memory-effects.ts';

const THIS_YEAR = entryFor('001');
const DEPARTMENT = '广州琶洲人工智能与数字经济试验区管理委员会';
const RENAMED_DEPARTMENT = '广州琶洲人工智能与数字经济试验区管理局';
const PROJECT = '支持琶洲实验室建设经费';
const RENAMED_PROJECT = '支持琶洲实验室运营经费';

/** Sample 001 as a 2026 document: the project (and, when asked, the department) renamed. */
function nextYear(sameAs: ManifestEntry['sameAs'], renameDepartment = false) {
  const entry: ManifestEntry = { ...THIS_YEAR, file: 'next-year.txt', year: 2026, ...(sameAs ? { sameAs } : {}) };
  let text = sampleText(THIS_YEAR.file).replace(PROJECT, RENAMED_PROJECT);
  if (renameDepartment) text = text.replaceAll(`部门名称：${DEPARTMENT}`, `部门名称：${RENAMED_DEPARTMENT}`);
  return { entry, text };
}

async function ingest(next: ReturnType<typeof nextYear>) {
  const memory = memoryEffects({
    'src/manifest.json': JSON.stringify({ documents: [THIS_YEAR, next.entry] }),
    [`src/${THIS_YEAR.file}`]: sampleBytes(THIS_YEAR.file),
    [`src/${next.entry.file}`]: next.text,
  });
  const result = await runIngest({ sourcesDir: 'src', outDir: 'out' }, memory.fx);
  const records = result.written.map((name) => JSON.parse(memory.text(`out/${name}`)) as BudgetRecord);
  return { result, thisYear: records.find((r) => r.year === 2025), next: records.find((r) => r.year === 2026) };
}

const projectNamed = (record: BudgetRecord | undefined, name: string) =>
  allProjects(record as BudgetRecord).find((p) => p.name === name);

describe('sameAs in the manifest', () => {
  it('without it, a renamed project is a new project with a new id', async () => {
    const { result, thisYear, next } = await ingest(nextYear(undefined));
    expect(result.errors).toEqual([]);
    expect(projectNamed(thisYear, PROJECT)?.id).toBe('p-5477bdd3b4ac');
    expect(projectNamed(next, RENAMED_PROJECT)?.id).toBe(projectId(next!.departmentId, DEPARTMENT, RENAMED_PROJECT));
  });

  it('gives a renamed project last year’s id, lists the old name, and the id its new name gave as a former id', async () => {
    const { result, next } = await ingest(nextYear({ projects: { [RENAMED_PROJECT]: PROJECT } }));
    expect(result.errors).toEqual([]);
    const renamed = projectNamed(next, RENAMED_PROJECT);
    expect(renamed?.id).toBe('p-5477bdd3b4ac');
    expect(renamed?.otherNames).toEqual([PROJECT]);
    expect(renamed?.formerIds).toEqual([projectId(next!.departmentId, DEPARTMENT, RENAMED_PROJECT)]);
    // The other projects are as they were: no other names, no former ids.
    const others = allProjects(next!).filter((p) => p !== renamed);
    expect(others.filter((p) => p.otherNames || p.formerIds)).toEqual([]);
  });

  it('gives a renamed department last year’s id, and its projects their ids under it', async () => {
    const { result, thisYear, next } = await ingest(
      nextYear({ departments: { [RENAMED_DEPARTMENT]: DEPARTMENT }, projects: { [RENAMED_PROJECT]: PROJECT } }, true),
    );
    expect(result.errors).toEqual([]);
    expect([next?.department, next?.departmentId, next?.otherDepartmentNames, next?.formerDepartmentIds]).toEqual([
      RENAMED_DEPARTMENT,
      'd-5b978d82ff',
      [DEPARTMENT],
      [departmentId(RENAMED_DEPARTMENT)],
    ]);
    expect(next?.id).toBe('2026-d-5b978d82ff-projects');
    expect(thisYear?.departmentId).toBe('d-5b978d82ff');
    // Every project keeps its 2025 id; the ids under the printed department name redirect to them.
    const before = allProjects(thisYear!).map((p) => p.id);
    expect(allProjects(next!).map((p) => p.id)).toEqual(before);
    const unit = next!.form === 'project-expenditure' ? next!.units[0]!.name : '';
    const printedId = departmentId(RENAMED_DEPARTMENT);
    expect(projectNamed(next, '机构运行保障经费')?.formerIds).toEqual([projectId(printedId, unit, '机构运行保障经费')]);
    expect(projectNamed(next, RENAMED_PROJECT)?.formerIds).toEqual([projectId(printedId, unit, RENAMED_PROJECT)]);
  });

  it('that names a project the document does not have is an error naming the manifest entry; nothing is written for it', async () => {
    const { result, next } = await ingest(nextYear({ projects: { 支持琶洲实验室建设经费: '旧名' } }));
    expect(next).toBeUndefined();
    expect(result.errors).toEqual([
      {
        file: 'next-year.txt',
        line: null,
        message:
          '清单中 next-year.txt 的 sameAs.projects「支持琶洲实验室建设经费」在此文件中没有这个项目（名称已变化？请核对后修改或删除这一项）',
      },
    ]);
  });

  it('that names another department is an error at the 部门名称 line', async () => {
    const { result, next } = await ingest(nextYear({ departments: { 别的部门: DEPARTMENT } }));
    expect(next).toBeUndefined();
    expect(result.errors).toEqual([
      {
        file: 'next-year.txt',
        line: 5,
        message: `清单中 next-year.txt 的 sameAs.departments「别的部门」不是此文件的部门名称「${DEPARTMENT}」（名称已变化？请核对后修改或删除这一项）`,
      },
    ]);
  });

  it('that would make two projects one is an error', async () => {
    const { result } = await ingest(nextYear({ projects: { [RENAMED_PROJECT]: '机构运行保障经费' } }));
    expect(result.errors.map((e) => e.message)).toEqual([
      `清单中 next-year.txt 的 sameAs 使项目「${RENAMED_PROJECT}」与「机构运行保障经费」成了同一个项目`,
    ]);
  });

  it('is refused by the manifest schema when it names neither departments nor projects', () => {
    const documents = [{ ...THIS_YEAR, sameAs: {} }];
    expect(manifest.safeParse({ documents }).error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['documents.0.sameAs', 'sameAs 应有 departments 或 projects'],
    ]);
  });
});

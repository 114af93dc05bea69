import { describe, expect, it } from 'vitest';
import { departmentYear, indicatorEntry, projectYear } from '../../src/collections/schemas.ts';
import { toDepartments, toIndicators, toProjects } from '../../src/collections/transform.ts';
import { fixtureRecords } from './fixtures.ts';

describe('toDepartments', () => {
  it('merges the department form and the project form of the same department and year', async () => {
    const entries = toDepartments(await fixtureRecords());
    expect(entries.map((e) => e.id)).toEqual(['d-fixture0001-2025', 'd-fixture0002-2024']);
    const merged = entries[0]!.data;
    expect(merged.overall?.id).toBe('2025-d-fixture0001-overall');
    expect(merged.projectForm?.id).toBe('2025-d-fixture0001-projects');
    expect(merged.department).toBe('琶洲测试管理委员会<script>alert("x")</script> & 合作');
    // Income total of the department form (财政拨款 + 其他资金), not the project form's 合计.
    expect(merged.total).toBe(9976.7);
    expect(merged.taskProjectIds).toEqual([null, 'p-fixture00model', null]);
  });

  it('keeps a department with only a project form, totalled by its 合计 row', async () => {
    const only = toDepartments(await fixtureRecords())[1]!.data;
    expect(only.overall).toBeNull();
    expect(only.projectForm?.id).toBe('2024-d-fixture0002-projects');
    expect(only.total).toBe(150000);
    expect(only.taskProjectIds).toEqual([]);
  });

  it('refuses two records of the same form for one department and year', async () => {
    const [overall] = await fixtureRecords().then((r) => r.filter((x) => x.form === 'department-overall'));
    expect(() => toDepartments([overall!, { ...overall!, id: 'copy' }])).toThrow(
      'Two department-overall records for d-fixture0001-2025: 2025-d-fixture0001-overall and copy',
    );
  });

  it('produces entries that satisfy the collection schema', async () => {
    for (const e of toDepartments(await fixtureRecords())) expect(departmentYear.safeParse(e.data).success).toBe(true);
  });
});

describe('toProjects', () => {
  it('gives one entry per project and year, with its unit and source', async () => {
    const entries = toProjects(await fixtureRecords());
    expect(entries.map((e) => e.id)).toEqual([
      'p-fixture00chip-2024',
      'p-fixture00inno-2025',
      'p-fixture00model-2025',
      'p-fixture00oper-2025',
      'p-fixture00tcl9-2025',
    ]);
    const inno = entries[1]!.data;
    expect(inno.unit).toBe('琶洲创新发展服务中心');
    expect(inno.source.file).toBe('001_fixture.txt');
    expect(inno.project.amounts.total).toBe(32);
    for (const e of entries) expect(projectYear.safeParse(e.data).success).toBe(true);
  });
});

describe('toIndicators', () => {
  it('flattens department and project indicators with a back-link to their owner', async () => {
    const entries = toIndicators(await fixtureRecords());
    expect(entries.map((e) => [e.id, e.data.projectId, e.data.indicator.level2.code])).toEqual([
      ['d-fixture0001-2025-0', null, '11'],
      ['d-fixture0001-2025-1', null, '22'],
      ['p-fixture00chip-2024-0', 'p-fixture00chip', '11'],
      ['p-fixture00inno-2025-0', 'p-fixture00inno', '22'],
      ['p-fixture00model-2025-0', 'p-fixture00model', '12'],
      ['p-fixture00tcl9-2025-0', 'p-fixture00tcl9', '13'],
      ['p-fixture00tcl9-2025-1', 'p-fixture00tcl9', '31'],
    ]);
    expect(entries[0]!.data.projectName).toBeNull();
    expect(entries[6]!.data.projectName).toBe('TCL华星T9项目<script>alert(3)</script>');
    for (const e of entries) expect(indicatorEntry.safeParse(e.data).success).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { byTotalDesc, departmentYears } from '../../src/site/departments.ts';
import { indicatorEntries } from '../../src/site/indicators.ts';
import { projectYears, tasksByProject } from '../../src/site/projects.ts';
import { fixtureRecords } from '../collections/fixtures.ts';

const departments = departmentYears(await fixtureRecords());

describe('departmentYears', () => {
  it('merges the department form and the project form of the same department and year', () => {
    expect(departments.map((d) => d.id)).toEqual(['d-fixture0001-2025', 'd-fixture0002-2024']);
    const merged = departments[0]!;
    expect(merged.overall?.id).toBe('2025-d-fixture0001-overall');
    expect(merged.projectForm?.id).toBe('2025-d-fixture0001-projects');
    expect(merged.department).toBe('琶洲测试管理委员会<script>alert("x")</script> & 合作');
    // Income total of the department form (财政拨款 + 其他资金), not the project form's 合计.
    expect(merged.total).toBe(9976.7);
    expect(merged.projectCount).toBe(4);
    expect(merged.taskProjects.map((p) => p?.id ?? null)).toEqual([null, 'p-fixture00model', null]);
  });

  it('keeps a department with only a project form, totalled by its 合计 row', () => {
    const only = departments[1]!;
    expect([only.overall, only.projectForm?.id, only.total, only.projectCount, only.taskProjects]).toEqual([
      null,
      '2024-d-fixture0002-projects',
      150000,
      1,
      [],
    ]);
  });

  it('counts no projects, unknown rather than zero, without a project form', async () => {
    const overall = (await fixtureRecords()).filter((r) => r.form === 'department-overall');
    expect(departmentYears(overall)[0]!.projectCount).toBeNull();
  });

  it('refuses two records of the same form for one department and year', async () => {
    const [overall] = (await fixtureRecords()).filter((x) => x.form === 'department-overall');
    expect(() => departmentYears([overall!, { ...overall!, id: 'copy' }])).toThrow(
      'Two department-overall records for d-fixture0001-2025: 2025-d-fixture0001-overall and copy',
    );
  });

  it('orders departments by total, largest first', () => {
    expect([...departments].sort(byTotalDesc).map((d) => d.departmentId)).toEqual(['d-fixture0002', 'd-fixture0001']);
  });
});

describe('projectYears', () => {
  it('gives one entry per project and year, with its unit and source', () => {
    const entries = projectYears(departments);
    expect(entries.map((e) => e.id)).toEqual([
      'p-fixture00chip-2024',
      'p-fixture00inno-2025',
      'p-fixture00model-2025',
      'p-fixture00oper-2025',
      'p-fixture00tcl9-2025',
    ]);
    const inno = entries[1]!;
    expect([inno.unit, inno.source.file, inno.project.amounts.total, inno.recordId]).toEqual([
      '琶洲创新发展服务中心',
      '001_fixture.txt',
      32,
      '2025-d-fixture0001-projects',
    ]);
  });

  it('refuses a project id twice in one year', () => {
    const twice = [departments[1]!, { ...departments[1]!, id: 'copy' }];
    expect(() => projectYears(twice)).toThrow('Project p-fixture00chip-2024 occurs twice: each project needs one page');
  });
});

describe('tasksByProject', () => {
  it('maps each matched project-year to its key task and position: the link back from the project', () => {
    expect([...tasksByProject(departments)]).toEqual([
      ['p-fixture00model-2025', { name: '高水平建设人工智能大模型应用示范区', index: 1 }],
    ]);
  });
});

describe('indicatorEntries', () => {
  it('flattens department and project indicators in source order, with a back-link to their owner', () => {
    const entries = indicatorEntries(departments);
    expect(entries.map((e) => [e.projectId ?? e.departmentId, e.position, e.indicator.level2.code])).toEqual([
      ['d-fixture0001', 0, '11'],
      ['d-fixture0001', 1, '22'],
      ['p-fixture00model', 0, '12'],
      ['p-fixture00tcl9', 0, '13'],
      ['p-fixture00tcl9', 1, '31'],
      ['p-fixture00inno', 0, '22'],
      ['p-fixture00chip', 0, '11'],
    ]);
    expect(entries[0]!.projectName).toBeNull();
    expect(entries[4]!.projectName).toBe('TCL华星T9项目<script>alert(3)</script>');
    expect(entries[4]!.source.file).toBe('001_fixture.txt');
  });
});

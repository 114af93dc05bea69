import { describe, expect, it } from 'vitest';
import { toDepartments } from '../../src/collections/transform.ts';
import { byTotalDesc, jurisdictionTotals, projectCount, tasksByProject, yearsById } from '../../src/lib/summary.ts';
import { fixtureRecords } from '../collections/fixtures.ts';

describe('jurisdictionTotals', () => {
  it('sums department totals per year and jurisdiction, newest year first', async () => {
    const departments = toDepartments(await fixtureRecords()).map((e) => e.data);
    expect(jurisdictionTotals(departments)).toEqual([
      { year: 2025, jurisdiction: '海珠区', jurisdictionId: 'j-haizhu01', departments: 1, total: 9976.7 },
      { year: 2024, jurisdiction: '黄埔区', jurisdictionId: 'j-huangpu1', departments: 1, total: 150000 },
    ]);
  });

  it('orders departments by total, largest first, and counts their projects', async () => {
    const departments = toDepartments(await fixtureRecords())
      .map((e) => e.data)
      .sort(byTotalDesc);
    expect(departments.map((d) => [d.departmentId, projectCount(d)])).toEqual([
      ['d-fixture0002', 1],
      ['d-fixture0001', 4],
    ]);
    expect(projectCount({ ...departments[0]!, projectForm: null })).toBeNull();
  });
});

describe('yearsById', () => {
  it('lists the years of each id in ascending order', () => {
    const years = yearsById(
      [
        { projectId: 'p-a', year: 2025 },
        { projectId: 'p-b', year: 2024 },
        { projectId: 'p-a', year: 2023 },
      ],
      (p) => p.projectId,
    );
    expect([...years]).toEqual([
      ['p-a', [2023, 2025]],
      ['p-b', [2024]],
    ]);
  });
});

describe('tasksByProject', () => {
  it('maps each matched project-year to its key task and position', async () => {
    const departments = toDepartments(await fixtureRecords()).map((e) => e.data);
    expect([...tasksByProject(departments)]).toEqual([
      ['p-fixture00model-2025', { name: '高水平建设人工智能大模型应用示范区', index: 1 }],
    ]);
  });
});

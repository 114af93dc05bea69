/** Identity across renames in the site model: other names on the page, a redirect at every former address. */
import { describe, expect, it } from 'vitest';
import type { BudgetRecord } from '../../src/schema/index.ts';
import { departmentYears } from '../../src/site/departments.ts';
import { redirects } from '../../src/site/identity.ts';
import { buildSiteModel } from '../../src/site/model.ts';
import { projectYears } from '../../src/site/projects.ts';
import { fixtureRecords } from '../collections/fixtures.ts';

const records = await fixtureRecords();
const model = buildSiteModel(records, { sourceFiles: new Map() });

describe('renamed departments and projects (fixture 2025-d-fixture0001)', () => {
  it('lead from each former address to the page now, in path order', () => {
    expect(model.redirects).toEqual([
      {
        params: { moved: 'departments/d-fixture0old1/2025' },
        props: {
          to: 'departments/d-fixture0001/2025/',
          name: '琶洲测试管理委员会<script>alert("x")</script> & 合作',
          year: 2025,
          jurisdictionId: 'j-haizhu01',
        },
      },
      {
        params: { moved: 'projects/p-fixture00renamed/2025' },
        props: {
          to: 'projects/p-fixture00model/2025/',
          name: '海珠区建设人工智能大模型应用示范区经费',
          year: 2025,
          jurisdictionId: 'j-haizhu01',
        },
      },
    ]);
  });

  it('list the other names on the department page props (once, though both forms name it)', () => {
    const page = model.departments.find((d) => d.params.departmentId === 'd-fixture0001');
    expect(page?.props.otherNames).toEqual(['琶洲测试管理委员会（旧称）']);
    expect(model.departments.find((d) => d.params.departmentId === 'd-fixture0002')?.props.otherNames).toEqual([]);
    const project = model.projects.find((p) => p.params.projectId === 'p-fixture00model');
    expect(project?.props.entry.project.otherNames).toEqual(['海珠区人工智能大模型应用示范区经费']);
  });

  it('refuse a former address that is a page of its own, or that leads to two pages', () => {
    const withFormer = (formerIds: string[]): BudgetRecord[] =>
      records.map((r) =>
        r.form === 'project-expenditure' && r.id === '2025-d-fixture0001-projects'
          ? { ...r, units: r.units.map((u) => ({ ...u, projects: u.projects.map((p) => ({ ...p, formerIds })) })) }
          : r,
      );
    const redirectsOf = (rs: BudgetRecord[]) => {
      const departments = departmentYears(rs);
      return () => redirects(departments, projectYears(departments));
    };
    expect(redirectsOf(withFormer(['p-fixture00inno']))).toThrow(
      'The former address projects/p-fixture00inno/2025 of projects/p-fixture00inno/2025/ is a page of its own',
    );
    expect(redirectsOf(withFormer(['p-fixture00gone']))).toThrow(
      'The former address projects/p-fixture00gone/2025 leads to projects/p-fixture00inno/2025/ and to projects/p-fixture00model/2025/',
    );
  });
});

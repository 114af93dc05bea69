import { describe, expect, it } from 'vitest';
import { builtPages, hrefs, readBuilt } from './built.ts';

describe('cross-links', () => {
  const department = readBuilt('departments/d-fixture0001/2025/index.html');

  it('links a key task to its matched project and says so when there is none', () => {
    const tasks = department.slice(
      department.indexOf('年度重点工作任务及拟投入资金'),
      department.indexOf('其他需完成的任务'),
    );
    expect(tasks).toContain(
      '<td><a href="/budget/projects/p-fixture00model/2025/">海珠区建设人工智能大模型应用示范区经费</a></td>',
    );
    expect(tasks.match(/未找到金额和名称都相符的项目/g)).toHaveLength(2);
    expect(department).toContain('<p>拟投入资金：425.00 万元</p>');
  });

  it('a key-task cell not read with certainty (null) says so and links its source lines', () => {
    const unread =
      '<td class="prose"><em>未能确定地读出（原文列序错乱），请见<a href="/budget/sources/2025-d-fixture0001-overall/#L56">原文第 56–59 行</a></em></td>';
    const row = department.slice(department.indexOf('<tr id="task-3">'));
    expect(row.slice(0, row.indexOf('</tr>'))).toBe(
      `<tr id="task-3"><th scope="row">深度打造产业生态</th>${unread}<td class="num">30.00 万元</td>${unread}<td>未找到金额和名称都相符的项目</td><td><a href="/budget/sources/2025-d-fixture0001-overall/#L56">56–59</a></td>`,
    );
  });

  it('links a matched project back to its key task on the department page', () => {
    expect(department).toContain('<tr id="task-2"><th scope="row">高水平建设人工智能大模型应用示范区</th>');
    expect(readBuilt('projects/p-fixture00model/2025/index.html')).toContain(
      '<p>对应部门年度重点工作任务：<a href="/budget/departments/d-fixture0001/2025/#task-2">高水平建设人工智能大模型应用示范区</a></p>',
    );
    expect(readBuilt('projects/p-fixture00tcl9/2025/index.html')).not.toContain('对应部门年度重点工作任务');
  });

  it('links a project back to its department, jurisdiction and year in the breadcrumbs', () => {
    const project = readBuilt('projects/p-fixture00model/2025/index.html');
    const crumbs = project.slice(
      project.indexOf('<nav class="breadcrumbs"'),
      project.indexOf('</nav>', project.indexOf('<nav class="breadcrumbs"')),
    );
    expect(hrefs(crumbs)).toEqual([
      '/budget/years/2025/',
      '/budget/years/2025/j-haizhu01/',
      '/budget/departments/d-fixture0001/2025/',
    ]);
  });

  it('links every project of a department from its page, largest first', () => {
    const projectLinks = hrefs(department).filter((h) => h.startsWith('/budget/projects/'));
    expect([...new Set(projectLinks)]).toEqual([
      '/budget/projects/p-fixture00model/2025/',
      '/budget/projects/p-fixture00tcl9/2025/',
      '/budget/projects/p-fixture00oper/2025/',
      '/budget/projects/p-fixture00inno/2025/',
    ]);
  });

  it('prefixes every internal link with the base path', () => {
    for (const page of builtPages()) {
      const internal = hrefs(readBuilt(page)).filter((h) => !/^(https?:|#)/.test(h));
      expect(
        internal.filter((h) => !h.startsWith('/budget/')),
        page,
      ).toEqual([]);
    }
  });

  it('gives every page a canonical URL and OpenGraph tags under SITE_URL', () => {
    const project = readBuilt('projects/p-fixture00tcl9/2025/index.html');
    expect(project).toContain(
      '<link rel="canonical" href="https://example.org/budget/projects/p-fixture00tcl9/2025/">',
    );
    expect(project).toContain(
      '<meta property="og:url" content="https://example.org/budget/projects/p-fixture00tcl9/2025/">',
    );
  });
});

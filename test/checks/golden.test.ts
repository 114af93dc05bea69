import { expect, test } from 'vitest';
import { type DescribedPage, departmentOf, h1Text, resolveRef, scoreQuery } from './golden.ts';

const pages: DescribedPage[] = [
  {
    file: 'projects/a/2025/index.html',
    path: 'projects/a/2025/',
    type: 'project',
    h1: 'TCL华星T9项目',
    department: '科技局',
    year: 2025,
  },
  {
    file: 'projects/b/2024/index.html',
    path: 'projects/b/2024/',
    type: 'project',
    h1: '集成电路基金',
    department: '工信局',
    year: 2024,
  },
  {
    file: 'departments/c/2025/index.html',
    path: 'departments/c/2025/',
    type: 'department',
    h1: '琶洲管委会',
    department: '琶洲管委会',
    year: 2025,
  },
];

test('h1Text strips tags and entities', () => {
  expect(h1Text('<h1 class="x">TCL &amp; <span>华星</span>\n T9</h1><h1>no</h1>')).toBe('TCL & 华星 T9');
});

test('resolveRef fails loudly on a page the build lacks', () => {
  expect(resolveRef({ type: 'project', h1: '华星' }, pages)).toEqual(['projects/a/2025/']);
  expect(() => resolveRef({ type: 'department', h1: '华星' }, pages)).toThrow(/lacks: type~"department" h1~"华星"/);
  expect(resolveRef({ year: 2025 }, pages)).toEqual(['projects/a/2025/', 'departments/c/2025/']);
  expect(resolveRef({ type: 'project', department: '工信' }, pages)).toEqual(['projects/b/2024/']);
});

test('departmentOf reads the 部门 filter value', () => {
  expect(departmentOf('<dd data-pagefind-filter="部门">广州市科学技术局</dd>')).toBe('广州市科学技术局');
  expect(departmentOf('<dd>none</dd>')).toBe('');
});

test('scoreQuery reports misses, forbidden hits, precision and recall', () => {
  const golden = {
    q: 'x',
    kind: 'test',
    must: [{ type: 'project' as const, h1: '华星' }],
    mustNot: [{ type: 'project' as const, h1: '集成电路' }],
  };
  expect(scoreQuery(golden, ['projects/a/2025/', 'departments/c/2025/'], pages)).toEqual({
    q: 'x',
    returned: 2,
    missing: [],
    forbidden: [],
    precision: 0.5,
    recall: 1,
  });
  expect(scoreQuery(golden, ['projects/b/2024/'], pages)).toEqual({
    q: 'x',
    returned: 1,
    missing: ['projects/a/2025/'],
    forbidden: ['projects/b/2024/'],
    precision: 0,
    recall: 0,
  });
  expect(scoreQuery({ ...golden, must: [], mustNot: [] }, [], pages)).toMatchObject({ precision: 1, recall: 1 });
});

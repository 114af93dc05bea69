/**
 * Every internal link goes through `url()` so the site works from the root and from a sub-path
 * (`BASE_PATH`). Route builders return paths relative to the base, with the trailing slash
 * static hosts expect for directory pages.
 */
const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');

export const url = (path: string): string => base + path.replace(/^\//, '');

/** Anchor of a key task row on its department page. */
export const keyTaskAnchor = (index: number): string => `task-${index + 1}`;

/** Anchor of a line on its source text page (as code hosts write it). */
export const sourceLineAnchor = (line: number): string => `L${line}`;

export const routes = {
  home: () => '',
  year: (year: number) => `years/${year}/`,
  jurisdiction: (year: number, jurisdictionId: string) => `years/${year}/${jurisdictionId}/`,
  department: (departmentId: string, year: number) => `departments/${departmentId}/${year}/`,
  keyTask: (departmentId: string, year: number, index: number) =>
    `departments/${departmentId}/${year}/#${keyTaskAnchor(index)}`,
  project: (projectId: string, year: number) => `projects/${projectId}/${year}/`,
  indicators: () => 'indicators/',
  level1: (l1: string) => `indicators/${l1}/`,
  level2: (l1: string, l2: string) => `indicators/${l1}/${l2}/`,
  level2Year: (l1: string, l2: string, year: number) => `indicators/${l1}/${l2}/${year}/`,
  data: () => 'data/',
  record: (recordId: string) => `data/records/${recordId}.json`,
  source: (recordId: string) => `sources/${recordId}/`,
  sourceLine: (recordId: string, line: number) => `sources/${recordId}/#${sourceLineAnchor(line)}`,
  measurability: () => 'measurability/',
  /** A jurisdiction-year's measurability page, its department table in `order` (by share, the default). */
  measurabilityOf: (year: number, jurisdictionId: string, order = 'share') =>
    `measurability/${year}/${jurisdictionId}/${order === 'share' ? '' : `${order}/`}`,
  findings: () => 'findings/',
  findingsYear: (year: number) => `findings/${year}/`,
  about: () => 'about/',
  search: () => 'search/',
};

/**
 * Identity across renames on the site: a department's other names, and a redirect page at every
 * former address of a department or project page (the ids its records list as `formerDepartmentIds`
 * and `formerIds`), so no published URL stops working when a name is corrected or renamed.
 */
import { byCodePoint } from '../lib/compare.ts';
import { routes } from '../lib/url.ts';
import type { DepartmentYear } from './departments.ts';
import type { Path } from './model.ts';
import type { ProjectYear } from './projects.ts';

/** A former address: where it leads now, and what the page there is called. */
export interface Redirect {
  /** Route of the page it leads to, relative to the base. */
  to: string;
  /** The page's name (department or project) and year, for the visible link. */
  name: string;
  year: number;
  /** Of the page it leads to: a shard build writes the redirect with that page. */
  jurisdictionId: string;
}

const unique = (lists: readonly (readonly string[] | undefined)[]): string[] => [
  ...new Set(lists.flatMap((l) => l ?? [])),
];

/** The department's other names, from both its forms, each once, in the order its records give them. */
export const departmentOtherNames = (d: DepartmentYear): string[] =>
  unique([d.overall?.otherDepartmentNames, d.projectForm?.otherDepartmentNames]);

/** A route without its trailing slash: the param of the redirect route (`[...moved]`). */
const param = (route: string): string => route.replace(/\/$/, '');

/**
 * One redirect per former id and year, in path order. A former address that is a page of its own,
 * or that two pages claim, is an error: a redirect never hides a page, nor picks one of two.
 */
export function redirects(
  departments: readonly DepartmentYear[],
  projects: readonly ProjectYear[],
): Path<{ moved: string }, Redirect>[] {
  const pages = new Set([
    ...departments.map((d) => param(routes.department(d.departmentId, d.year))),
    ...projects.map((p) => param(routes.project(p.projectId, p.year))),
  ]);
  const moved = [
    ...departments.flatMap((d) =>
      unique([d.overall?.formerDepartmentIds, d.projectForm?.formerDepartmentIds]).map((former) => ({
        from: param(routes.department(former, d.year)),
        to: routes.department(d.departmentId, d.year),
        name: d.department,
        year: d.year,
        jurisdictionId: d.jurisdictionId,
      })),
    ),
    ...projects.flatMap((p) =>
      (p.project.formerIds ?? []).map((former) => ({
        from: param(routes.project(former, p.year)),
        to: routes.project(p.projectId, p.year),
        name: p.project.name,
        year: p.year,
        jurisdictionId: p.jurisdictionId,
      })),
    ),
  ].sort((a, b) => byCodePoint(a.from, b.from));
  moved.forEach(({ from, to }, i) => {
    if (pages.has(from)) throw new Error(`The former address ${from} of ${to} is a page of its own`);
    const previous = moved[i - 1];
    if (previous?.from === from) throw new Error(`The former address ${from} leads to ${previous.to} and to ${to}`);
  });
  return moved.map(({ from, ...redirect }) => ({ params: { moved: from }, props: redirect }));
}

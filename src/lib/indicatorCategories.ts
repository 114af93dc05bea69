/** Indicators grouped by 二级 category and year: the unit of an indicator category page. */
import type { IndicatorEntry } from '../collections/schemas.ts';
import { byChineseName } from './compare.ts';
import { categoryKey, isMeasurable } from './indicators.ts';

export interface CategoryYear {
  level1: IndicatorEntry['indicator']['level1'];
  level2: IndicatorEntry['indicator']['level2'];
  year: number;
  entries: IndicatorEntry[];
}

export interface CategoryCount {
  level1: CategoryYear['level1'];
  level2: CategoryYear['level2'];
  total: number;
  measurable: number;
}

/** Rows of a category page: by department, then project (department-level first), then source order. */
const byOwner = (a: IndicatorEntry, b: IndicatorEntry): number =>
  byChineseName(a.department, b.department) ||
  a.departmentId.localeCompare(b.departmentId) ||
  byChineseName(a.projectName ?? '', b.projectName ?? '') ||
  (a.projectId ?? '').localeCompare(b.projectId ?? '') ||
  a.position - b.position;

/** Categories in code order, years newest first. */
export function categoryYears(entries: readonly IndicatorEntry[]): CategoryYear[] {
  const groups = new Map<string, CategoryYear>();
  for (const e of entries) {
    const key = `${categoryKey(e.indicator)}/${e.year}`;
    const group = groups.get(key) ?? {
      level1: e.indicator.level1,
      level2: e.indicator.level2,
      year: e.year,
      entries: [],
    };
    group.entries.push(e);
    groups.set(key, group);
  }
  return [...groups.values()]
    .sort(
      (a, b) =>
        a.level1.code.localeCompare(b.level1.code) || a.level2.code.localeCompare(b.level2.code) || b.year - a.year,
    )
    .map((g) => ({ ...g, entries: g.entries.sort(byOwner) }));
}

/** Totals per 二级 category, over all years, in code order. */
export function categoryCounts(groups: readonly CategoryYear[]): CategoryCount[] {
  const counts = new Map<string, CategoryCount>();
  for (const g of groups) {
    const key = `${g.level1.code}/${g.level2.code}`;
    const count = counts.get(key) ?? { level1: g.level1, level2: g.level2, total: 0, measurable: 0 };
    count.total += g.entries.length;
    count.measurable += g.entries.filter((e) => isMeasurable(e.indicator)).length;
    counts.set(key, count);
  }
  return [...counts.values()];
}

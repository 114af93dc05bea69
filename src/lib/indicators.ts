/** Grouping and reading of indicators, shared by the project, department and category pages. */
import { t } from '../i18n/zh-CN.ts';
import type { Indicator, Target } from '../schema/index.ts';
import { byCodePoint } from './compare.ts';

/** "≥ 50 家", or "定性" when the printed value promises nothing checkable. */
export function describeTarget(target: Target): string {
  if (target.kind === 'qualitative') return t.target.qualitative;
  return `${t.target.comparator[target.comparator]} ${target.value}${target.unit ? ` ${target.unit}` : ''}`;
}

export const isMeasurable = (i: Indicator): boolean =>
  i.periodTarget.kind === 'measurable' || i.annualTarget.kind === 'measurable';

/** Key of a 二级 category; 一级 is part of it because a source may pair codes unusually. */
export const categoryKey = (i: Indicator): string => `${i.level1.code}/${i.level2.code}`;

export interface CategoryGroup<T> {
  level1: Indicator['level1'];
  level2: Indicator['level2'];
  items: T[];
}

/** Groups items by 一级/二级 category in code order, keeping each group's input order. */
export function groupByCategory<T>(items: readonly T[], indicatorOf: (item: T) => Indicator): CategoryGroup<T>[] {
  const groups = new Map<string, CategoryGroup<T>>();
  for (const item of items) {
    const i = indicatorOf(item);
    const key = categoryKey(i);
    const group = groups.get(key) ?? { level1: i.level1, level2: i.level2, items: [] };
    group.items.push(item);
    groups.set(key, group);
  }
  return [...groups.entries()].sort(([a], [b]) => byCodePoint(a, b)).map(([, g]) => g);
}

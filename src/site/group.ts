/** Grouping for the site model: every page groups its rows in one place, here. */

export type NonEmpty<T> = [T, ...T[]];

/** Groups `items` by `keyOf` in first-seen order. */
export function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): NonEmpty<T>[] {
  const groups = new Map<string, NonEmpty<T>>();
  for (const item of items) {
    const group = groups.get(keyOf(item));
    if (group) group.push(item);
    else groups.set(keyOf(item), [item]);
  }
  return [...groups.values()];
}

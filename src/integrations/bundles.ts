/**
 * The list of Pagefind bundles the search page loads: `pagefind/bundles.json`. Each entry names a
 * bundle's folder and the budget year of its pages, so the search page can load only the bundles
 * of the year a reader searches. A build writes the bundles it made; the merge of shards
 * (scripts/merge.ts) writes the union of its parts' lists.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { byCodePoint } from '../lib/compare.ts';
import { shardBundle, shardOf } from '../site/shard.ts';

export const BUNDLE_ROOT = 'pagefind/';
export const BUNDLE_LIST = `${BUNDLE_ROOT}bundles.json`;

/** One entry of `bundles.json`. */
export const bundleSchema = z.strictObject({
  /** The bundle's folder, relative to the site root, ending in `/` (`pagefind/year-2025/`). */
  path: z.string().regex(/^pagefind\/([^/]+\/)*$/),
  /** The budget year of every page in the bundle. */
  year: z.number().int(),
});
export type Bundle = z.infer<typeof bundleSchema>;

/** `bundles.json` as a build or a merge writes it. */
export const bundleListSchema = z.array(bundleSchema);

/**
 * The bundles this build writes for searched pages of `years`: `pagefind/year-2025/` …, or under a
 * jurisdiction part's own folder (`pagefind/jurisdiction-j-x/year-2025/`). A year part writes the
 * same bundle as a whole build does for that year, so the parts of a site split by year merge into
 * the whole build's bundles.
 */
export function bundlesOf(env: NodeJS.ProcessEnv, years: readonly number[]): Bundle[] {
  const shard = shardOf(env);
  const root = shard?.by === 'jurisdiction' ? `${BUNDLE_ROOT}${shardBundle(shard)}/` : BUNDLE_ROOT;
  return years.map((year) => ({ path: `${root}year-${year}/`, year }));
}

/** The text of `bundles.json` for these bundles: sorted by path and without repeats, so the same parts give the same bytes. */
export function bundleList(bundles: readonly Bundle[]): string {
  const byPath = new Map(bundles.map((b) => [b.path, b]));
  const sorted = [...byPath.keys()].sort(byCodePoint).map((path) => byPath.get(path));
  return `${JSON.stringify(sorted)}\n`;
}

/** Writes `bundles.json` into the built `site`. */
export async function publishBundles(site: string, bundles: readonly Bundle[]): Promise<void> {
  await mkdir(join(site, BUNDLE_ROOT), { recursive: true });
  await writeFile(join(site, BUNDLE_LIST), bundleList(bundles));
}

/**
 * The list of Pagefind bundles the search page loads: `pagefind/bundles.json`. Each entry names a
 * bundle's folder and, when every page in it is of one year, that year, so the search page can
 * load only the bundles of the year a reader searches (and those without a year). A build writes
 * the bundles it made; the merge of shards (scripts/merge.ts) writes the union of its parts' lists.
 */
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
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
  /** The budget year of every page in the bundle; absent when its pages are of no one year. */
  year: z.number().int().optional(),
});
export type Bundle = z.infer<typeof bundleSchema>;

/** `bundles.json` as a build or a merge writes it. */
export const bundleListSchema = z.array(bundleSchema);

/** The search page loads Pagefind's UI from the root, whichever bundles there are. */
const UI_FILES = ['pagefind-ui.js', 'pagefind-ui.css'];

/** The bundle this build writes: `pagefind/`, or for a shard its own folder `pagefind/year-2025/`, with its year. */
export function bundleOf(env: NodeJS.ProcessEnv): Bundle {
  const shard = shardOf(env);
  if (!shard) return { path: BUNDLE_ROOT };
  const path = `${BUNDLE_ROOT}${shardBundle(shard)}/`;
  return shard.by === 'year' && /^\d{4}$/.test(shard.value) ? { path, year: Number(shard.value) } : { path };
}

/** The text of `bundles.json` for these bundles: sorted by path and without repeats, so the same parts give the same bytes. */
export function bundleList(bundles: readonly Bundle[]): string {
  const byPath = new Map(bundles.map((b) => [b.path, b]));
  const sorted = [...byPath.keys()].sort(byCodePoint).map((path) => byPath.get(path));
  return `${JSON.stringify(sorted)}\n`;
}

/** Writes `bundles.json` into the built `site` and the UI files at the root when the bundles sit below it. */
export async function publishBundles(site: string, bundles: readonly Bundle[]): Promise<void> {
  await mkdir(join(site, BUNDLE_ROOT), { recursive: true });
  const nested = bundles.find((b) => b.path !== BUNDLE_ROOT);
  if (nested !== undefined && !bundles.some((b) => b.path === BUNDLE_ROOT)) {
    for (const file of UI_FILES) await copyFile(join(site, nested.path, file), join(site, BUNDLE_ROOT, file));
  }
  await writeFile(join(site, BUNDLE_LIST), bundleList(bundles));
}

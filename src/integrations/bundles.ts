/**
 * The list of Pagefind bundles the search page merges with `mergeIndex`: `pagefind/bundles.json`,
 * paths relative to the site root, the first one loaded first. A build writes the bundles it made;
 * the merge of shards (scripts/merge.ts) writes the union of its parts' lists.
 */
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { byCodePoint } from '../lib/compare.ts';
import { shardBundle, shardOf } from '../site/shard.ts';

export const BUNDLE_ROOT = 'pagefind/';
export const BUNDLE_LIST = `${BUNDLE_ROOT}bundles.json`;

/** The search page loads Pagefind's UI from the root, whichever bundles there are. */
const UI_FILES = ['pagefind-ui.js', 'pagefind-ui.css'];

/** Where this build writes its bundle: `pagefind/`, or for a shard its own folder `pagefind/year-2025/`. */
export function bundlePath(env: NodeJS.ProcessEnv): string {
  const shard = shardOf(env);
  return shard ? `${BUNDLE_ROOT}${shardBundle(shard)}/` : BUNDLE_ROOT;
}

/** The text of `bundles.json` for these bundles: sorted and without repeats, so the same parts give the same bytes. */
export const bundleList = (bundles: readonly string[]): string =>
  `${JSON.stringify([...new Set(bundles)].sort(byCodePoint))}\n`;

/** Writes `bundles.json` into the built `site` and the UI files at the root when the bundles sit below it. */
export async function publishBundles(site: string, bundles: readonly string[]): Promise<void> {
  await mkdir(join(site, BUNDLE_ROOT), { recursive: true });
  const nested = bundles.find((b) => b !== BUNDLE_ROOT);
  if (nested !== undefined && !bundles.includes(BUNDLE_ROOT)) {
    for (const file of UI_FILES) await copyFile(join(site, nested, file), join(site, BUNDLE_ROOT, file));
  }
  await writeFile(join(site, BUNDLE_LIST), bundleList(bundles));
}

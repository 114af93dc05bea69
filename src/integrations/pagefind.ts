/**
 * Indexes the built site with Pagefind's Node API, reading only the pages people search
 * (departments, projects, indicator categories and their years): source texts, listings and open
 * data are never parsed, not merely ignored by `data-pagefind-body`. One bundle for every year:
 * Pagefind drops a query's words that its index lacks, so per-year bundles merged with `mergeIndex`
 * answer a query differently from one index (README, Performance).
 * Two callers, one indexing: `npm run build` (scripts/build.ts) runs it after Astro has exited, so
 * Astro's memory is free while Pagefind holds its index; a plain `astro build` runs it in
 * `astro:build:done`, as Starlight does. Any Pagefind error fails the build: a site whose search
 * silently broke must not ship.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { bundleOf, publishBundles } from './bundles.ts';

/** The searched pages, as globs relative to the site (Pagefind's globs take no `/` inside braces). */
export const searchedPages = ['{departments,projects}/*/*/index.html', 'indicators/*/*/**/index.html'];

/** Set (to any value) in Astro's environment by scripts/build.ts, which indexes once Astro has exited. */
export const INDEX_AFTER_ASTRO = 'PAGEFIND_AFTER_ASTRO';

function check(step: string, errors: string[]): void {
  if (errors.length > 0) throw new Error(`Pagefind ${step} failed:\n${errors.join('\n')}`);
}

/**
 * Indexes the searched pages of the built `site` (or those `pages` globs match: the bench's
 * profile) into its bundle (`SITE_SHARD` in `env` names a shard's) and lists the bundle for the
 * search page. `log` gets the two lines the bench splits its
 * stages by (scripts/bench/stages.ts): "Pagefind: indexing" and "Pagefind processed N pages".
 */
export async function indexSite(
  site: string,
  env: NodeJS.ProcessEnv,
  log: (line: string) => void,
  pages: readonly string[] = searchedPages,
): Promise<void> {
  log('Pagefind: indexing');
  let read = 0;
  const bundle = bundleOf(env);
  try {
    const { index, errors } = await pagefind.createIndex({});
    check('createIndex', errors);
    if (!index) throw new Error('Pagefind createIndex returned no index');
    for (const glob of pages) {
      const added = await index.addDirectory({ path: site, glob });
      check(`addDirectory ${glob}`, added.errors);
      read += added.page_count;
    }
    check('writeFiles', (await index.writeFiles({ outputPath: `${site}/${bundle.path}` })).errors);
  } finally {
    await pagefind.close(); // the Pagefind service would otherwise keep the process alive after an error
  }
  await publishBundles(site, [bundle]);
  log(`Pagefind processed ${read} pages`);
}

export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'budget-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        if (process.env[INDEX_AFTER_ASTRO]) return;
        await indexSite(fileURLToPath(dir).replace(/\/$/, ''), process.env, (line) => logger.info(line));
      },
    },
  };
}

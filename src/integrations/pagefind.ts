/**
 * Indexes the built site with Pagefind's Node API, reading only the pages people search (the
 * department, project and indicator category pages of a year): source texts, listings and open
 * data are never parsed, not merely ignored by `data-pagefind-body`. One bundle per budget year,
 * built one after another with Pagefind's process restarted between them: the peak memory is one
 * year's index, not the corpus's, and the search page loads only the year a reader searches, which
 * one index answers as Pagefind does (README, Performance and The site).
 * Two callers, one indexing: `npm run build` (scripts/build.ts) runs it after Astro has exited, so
 * Astro's memory is free while Pagefind holds its index; a plain `astro build` runs it in
 * `astro:build:done`, as Starlight does. Any Pagefind error fails the build: a site whose search
 * silently broke must not ship.
 */
import { glob } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { bundlesOf, publishBundles } from './bundles.ts';

/** The searched pages, as globs relative to the site (Pagefind's globs take no `/` inside braces). */
export const searchedPages = ['{departments,projects}/*/*/index.html', 'indicators/*/*/*/**/index.html'];

/** The searched pages of one year. */
export const searchedPagesOf = (year: number): string[] => [
  `{departments,projects}/*/${year}/index.html`,
  `indicators/*/*/${year}/**/index.html`,
];

/** The year of a searched page, from its path (`projects/<id>/<year>/`, `indicators/<l1>/<l2>/<year>/…`). */
export function yearOfSearchedPage(path: string): number | undefined {
  const match = /^(?:departments|projects)\/[^/]+\/(\d{4})\/|^indicators\/[^/]+\/[^/]+\/(\d{4})\//.exec(path);
  return match ? Number(match[1] ?? match[2]) : undefined;
}

/** Set (to any value) in Astro's environment by scripts/build.ts, which indexes once Astro has exited. */
export const INDEX_AFTER_ASTRO = 'PAGEFIND_AFTER_ASTRO';

function check(step: string, errors: string[]): void {
  if (errors.length > 0) throw new Error(`Pagefind ${step} failed:\n${errors.join('\n')}`);
}

/**
 * One Pagefind index over the pages of `site` the `globs` match, written to `site/outputPath`; returns
 * the number of pages read. Pagefind's process is closed afterwards, so its memory is freed before
 * the next bundle (and an error does not keep the process alive).
 */
export async function indexBundle(site: string, outputPath: string, globs: readonly string[]): Promise<number> {
  let read = 0;
  try {
    const { index, errors } = await pagefind.createIndex({});
    check('createIndex', errors);
    if (!index) throw new Error('Pagefind createIndex returned no index');
    for (const glob of globs) {
      const added = await index.addDirectory({ path: site, glob });
      check(`addDirectory ${glob}`, added.errors);
      read += added.page_count;
    }
    check('writeFiles', (await index.writeFiles({ outputPath: `${site}/${outputPath}` })).errors);
  } finally {
    await pagefind.close();
  }
  return read;
}

/** The years of the searched pages of `site`, in order. */
async function searchedYears(site: string): Promise<number[]> {
  const years = new Set<number>();
  for await (const path of glob(searchedPages, { cwd: site })) {
    const year = yearOfSearchedPage(path);
    if (year !== undefined) years.add(year);
  }
  return [...years].sort((a, b) => a - b);
}

/**
 * Indexes the searched pages of the built `site` into one bundle per year (`SITE_SHARD` in `env`
 * puts a jurisdiction part's under its own folder), and lists them
 * for the search page. `log` gets the two lines the bench splits its stages by
 * (scripts/bench/stages.ts): "Pagefind: indexing" and "Pagefind processed N pages".
 */
export async function indexSite(site: string, env: NodeJS.ProcessEnv, log: (line: string) => void): Promise<void> {
  log('Pagefind: indexing');
  const bundles = bundlesOf(env, await searchedYears(site));
  let read = 0;
  for (const { path, year } of bundles) read += await indexBundle(site, path, searchedPagesOf(year));
  await publishBundles(site, bundles);
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

/**
 * Indexes the built site with Pagefind's Node API after the build, as Starlight does, sized to the
 * corpus: only the pages people search (departments, projects, indicator categories) are read, never
 * source texts or pure listings; and one bundle per year, built one after another with Pagefind
 * closed in between, so the indexer holds one year's index at a time, not the whole site's.
 * `pagefind/` holds the year-less indicator category pages and the UI; `pagefind/<year>/` a year's
 * pages; `pagefind/bundles.json` lists the year bundles the search page merges (`mergeIndex`).
 * Any Pagefind error fails the build: a site whose search silently broke must not ship.
 */
import { readdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';

/** One Pagefind bundle: where it goes under `pagefind/`, and the globs (relative to the site) of its pages. */
export interface SearchBundle {
  dir: string;
  globs: string[];
}

/** The bundles for the years the site has: the year-less category pages first, then each year's pages. */
export function searchBundles(years: number[]): SearchBundle[] {
  return [
    { dir: '', globs: ['indicators/*/*/index.html'] },
    ...years.map((year) => ({
      dir: `${year}/`,
      globs: [`{departments,projects}/*/${year}/index.html`, `indicators/*/*/${year}/**/index.html`],
    })),
  ];
}

/** The years of the site, newest first, as its year pages (`years/<year>/`) name them. */
async function siteYears(site: string): Promise<number[]> {
  const names = await readdir(`${site}/years`).catch(() => []);
  return names
    .filter((n) => /^\d{4}$/.test(n))
    .map(Number)
    .sort((a, b) => b - a);
}

function check(step: string, errors: string[]): void {
  if (errors.length > 0) throw new Error(`Pagefind ${step} failed:\n${errors.join('\n')}`);
}

async function writeBundle(site: string, bundle: SearchBundle, logger: AstroIntegrationLogger): Promise<void> {
  const { index, errors } = await pagefind.createIndex({});
  check('createIndex', errors);
  if (!index) throw new Error('Pagefind createIndex returned no index');
  let pages = 0;
  for (const glob of bundle.globs) {
    const added = await index.addDirectory({ path: site, glob });
    check(`addDirectory ${glob}`, added.errors);
    pages += added.page_count;
  }
  check('writeFiles', (await index.writeFiles({ outputPath: `${site}/pagefind/${bundle.dir}` })).errors);
  // Closing ends the indexer process: the next bundle starts from an empty one.
  await pagefind.close();
  logger.info(`Pagefind processed ${pages} pages into pagefind/${bundle.dir}`);
}

export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'budget-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir).replace(/\/$/, '');
        const years = await siteYears(site);
        logger.info(`Pagefind: indexing ${years.length} years`);
        for (const bundle of searchBundles(years)) await writeBundle(site, bundle, logger);
        await writeFile(`${site}/pagefind/bundles.json`, `${JSON.stringify(years.map((y) => `${y}/`))}\n`);
      },
    },
  };
}

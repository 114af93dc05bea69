/**
 * Indexes the built site with Pagefind's Node API after the build, as Starlight does, reading only
 * the pages people search (departments, projects, indicator categories and their years): source
 * texts, listings and open data are never parsed, not merely ignored by `data-pagefind-body`.
 * One bundle for every year: Pagefind drops a query's words that its index lacks, so per-year
 * bundles merged with `mergeIndex` answer a query differently from one index (README, Performance).
 * Any Pagefind error fails the build: a site whose search silently broke must not ship.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { bundlePath, publishBundles } from './bundles.ts';

/** The searched pages, as globs relative to the site (Pagefind's globs take no `/` inside braces). */
export const searchedPages = ['{departments,projects}/*/*/index.html', 'indicators/*/*/**/index.html'];

function check(step: string, errors: string[]): void {
  if (errors.length > 0) throw new Error(`Pagefind ${step} failed:\n${errors.join('\n')}`);
}

export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'budget-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir).replace(/\/$/, '');
        logger.info('Pagefind: indexing');
        const { index, errors } = await pagefind.createIndex({});
        check('createIndex', errors);
        if (!index) throw new Error('Pagefind createIndex returned no index');
        let pages = 0;
        for (const glob of searchedPages) {
          const added = await index.addDirectory({ path: site, glob });
          check(`addDirectory ${glob}`, added.errors);
          pages += added.page_count;
        }
        const bundle = bundlePath(process.env);
        check('writeFiles', (await index.writeFiles({ outputPath: `${site}/${bundle}` })).errors);
        await pagefind.close();
        await publishBundles(site, [bundle]);
        logger.info(`Pagefind processed ${pages} pages`);
      },
    },
  };
}

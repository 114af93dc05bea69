/**
 * Indexes the built site with Pagefind's Node API after the build, as Starlight does.
 * Any Pagefind error fails the build: a site whose search silently broke must not ship.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { bundlePath, publishBundles } from './bundles.ts';

function check(step: string, errors: string[]): void {
  if (errors.length > 0) throw new Error(`Pagefind ${step} failed:\n${errors.join('\n')}`);
}

export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'budget-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({});
        check('createIndex', errors);
        if (!index) throw new Error('Pagefind createIndex returned no index');
        const added = await index.addDirectory({ path: site });
        check('addDirectory', added.errors);
        const bundle = bundlePath(process.env);
        check('writeFiles', (await index.writeFiles({ outputPath: `${site}/${bundle}` })).errors);
        await pagefind.close();
        await publishBundles(site, [bundle]);
        logger.info(`Pagefind processed ${added.page_count} pages`);
      },
    },
  };
}

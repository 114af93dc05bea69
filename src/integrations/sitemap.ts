/**
 * @astrojs/sitemap, listing only the pages a search engine should index: a page that asks not to
 * be (`<meta name="robots" content="noindex">`, the redirect pages at former addresses) is left
 * out. Which pages those are follows from the records (renames), so the built page itself says it.
 */
import { readFileSync } from 'node:fs';
import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';

const NOINDEX = '<meta name="robots" content="noindex">';

/** Whether the built page at `page` (an absolute URL of the site) may be indexed; only directory pages can say no. */
export function isIndexable(page: string, site: { outDir: URL; base: string }): boolean {
  const path = new URL(page).pathname;
  if (!path.endsWith('/')) return true;
  const underBase = path.startsWith(site.base) ? path.slice(site.base.length) : path.slice(1);
  const html = readFileSync(new URL(`${underBase.replace(/^\/+/, '')}index.html`, site.outDir), 'utf8');
  return !html.includes(NOINDEX);
}

export default function indexedSitemap(): AstroIntegration[] {
  let site: { outDir: URL; base: string } | undefined;
  const built: AstroIntegration = {
    name: 'budget-targets:sitemap-of-indexed-pages',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = { outDir: config.outDir, base: config.base.endsWith('/') ? config.base : `${config.base}/` };
      },
    },
  };
  return [built, sitemap({ filter: (page) => (site ? isIndexable(page, site) : true) })];
}

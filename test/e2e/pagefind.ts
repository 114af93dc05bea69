// Runs queries against the real built Pagefind index inside the browser, the way the
// site's search page does: import <base>pagefind/pagefind.js and call search().
import type { Page } from 'playwright-core';

/** The site's Pagefind filter for the jurisdiction (data-pagefind-filter="地区"). */
export const JURISDICTION_FILTER = '地区';

export type PagefindHit = { url: string; title: string };

/**
 * Opens the site at `siteUrl` and loads Pagefind there once, as the search page does
 * (public/search.js): the bundles it loads for `year` (`all`, a year, or null for the newest), and
 * its search over them. A site without `pagefind/bundles.json` (the bench's floor) has one index
 * at `pagefind/`, searched by Pagefind alone.
 */
export async function loadPagefind(page: Page, siteUrl: string, year: string | null = 'all'): Promise<void> {
  await page.goto(siteUrl);
  // Passed as a string: vitest rewrites import() inside functions it compiles, and the
  // rewritten call does not exist in the browser.
  await page.evaluate(`(async () => {
    const site = ${JSON.stringify(siteUrl)};
    const list = await fetch(site + 'pagefind/bundles.json');
    if (!list.ok) {
      globalThis.__pagefind = await import(site + 'pagefind/pagefind.js');
      return globalThis.__pagefind.init();
    }
    const { chooseBundles, searchEveryWord } = await import(site + 'search.js');
    const [first, ...others] = chooseBundles(await list.json(), ${JSON.stringify(year)}).paths;
    const pagefind = await import(site + first + 'pagefind.js');
    for (const bundle of others) await pagefind.mergeIndex(site + bundle);
    await pagefind.init();
    const language = document.documentElement.lang;
    globalThis.__pagefind = { search: (query, options) => searchEveryWord(pagefind, query, language, options) };
  })()`);
}

/** All results of `query` (optionally filtered), in rank order, as URL paths and titles. */
export async function pagefindSearch(
  page: Page,
  query: string,
  filters: Record<string, string> = {},
): Promise<PagefindHit[]> {
  return page.evaluate(
    async ({ query, filters }) => {
      type Result = { data: () => Promise<{ url: string; meta: { title?: string } }> };
      const pagefind = (
        globalThis as unknown as { __pagefind: { search: (q: string, o: object) => Promise<{ results: Result[] }> } }
      ).__pagefind;
      const search = await pagefind.search(query, { filters });
      const data = await Promise.all(search.results.map((r) => r.data()));
      return data.map((d) => ({ url: new URL(d.url, location.href).pathname, title: d.meta.title ?? '' }));
    },
    { query, filters },
  );
}

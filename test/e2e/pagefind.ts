// Runs queries against the real built Pagefind index inside the browser, the way the
// site's search page does: import <base>pagefind/pagefind.js and call search().
import type { Page } from 'playwright-core';

/** The site's Pagefind filter for the jurisdiction (data-pagefind-filter="地区"). */
export const JURISDICTION_FILTER = '地区';

export type PagefindHit = { url: string; title: string };

/** Opens `pageUrl` (any page of the site) and loads Pagefind there once. */
export async function loadPagefind(page: Page, pageUrl: string, bundleUrl: string): Promise<void> {
  await page.goto(pageUrl);
  // Passed as a string: vitest rewrites import() inside functions it compiles, and the
  // rewritten call does not exist in the browser.
  await page.evaluate(`import(${JSON.stringify(bundleUrl)}).then(async (pagefind) => {
    await pagefind.init();
    globalThis.__pagefind = pagefind;
  })`);
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

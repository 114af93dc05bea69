// The search page as a visitor uses it: typed queries, clicking a result, the year choice,
// the jurisdiction filter, and the empty state.

import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { formatAxeProblems, seriousAxeViolations } from '../checks/axe.ts';
import { describePages, resolveRef } from '../checks/golden.ts';
import { baseUrl, distDir, firstOfType, pages, urlOf, withPage } from './harness.ts';
import { JURISDICTION_FILTER } from './pagefind.ts';

const PAZHOU = '广州琶洲人工智能与数字经济试验区管理委员会';
const ui = {
  input: '#search-query',
  message: '#search-status',
  result: '#search-results > li',
  resultLink: '#search-results > li h2 a',
};

/** How long a search may take on a busy machine (Pagefind loads its WebAssembly and index first). */
const SEARCH_TIMEOUT = 30_000;

/** Opens the search page for `year` (`all`, a year), or without one: the newest year. */
async function openSearch(page: Page, year?: string): Promise<void> {
  await page.goto(urlOf(await firstOfType('search')) + (year ? `?year=${year}` : ''));
  await page.locator('#search[data-ready]').waitFor();
}

/**
 * What the page announces once a search has finished: its status and the count in it
 * ("“集成电路”：找到 12 个结果" → 12, "未找到与“…”相关的结果" → 0). Null while a search is
 * running ("正在搜索“…”……") or before this query's search.
 */
async function announced(page: Page, query: string): Promise<{ message: string; count: number } | null> {
  const message = await page.locator(ui.message).innerText();
  if (!message.includes(`“${query}”`) || message.startsWith('正在搜索')) return null;
  return { message, count: Number(/(\d+) 个结果/.exec(message)?.[1] ?? 0) };
}

/** Types like a person (key by key); returns the count the UI announces once this query's search is done. */
async function typeQuery(page: Page, query: string): Promise<number> {
  await page.locator(ui.input).pressSequentially(query);
  let count = 0;
  await expect
    .poll(
      async () => {
        const state = await announced(page, query);
        count = state?.count ?? 0;
        return state !== null;
      },
      { message: 'the search to finish', timeout: SEARCH_TIMEOUT },
    )
    .toBe(true);
  return count;
}

test('typing 算法 shows the 琶洲 contest results; clicking one opens its page', async () => {
  const described = await describePages(distDir(), await pages());
  const [deptPath] = resolveRef({ type: 'department', h1: PAZHOU }, described);
  await withPage({}, async (page) => {
    await openSearch(page);
    await typeQuery(page, '算法');
    const result = page.locator(ui.result).filter({ hasText: PAZHOU }).first();
    await result.waitFor();
    // The excerpt shows why it matched: the algorithm contest of the 琶洲 zone.
    expect(await result.locator('.excerpt mark').first().innerText()).toBe('算法');
    await result.locator('h2 a').click();
    await page.waitForURL((u) => u.pathname === new URL(baseUrl()).pathname + deptPath);
    expect(await page.locator('main h1').innerText()).toContain(PAZHOU);
  });
});

test('the 黄埔区 jurisdiction filter narrows the results to 黄埔区 pages', async () => {
  await withPage({}, async (page) => {
    await openSearch(page, 'all');
    const before = await typeQuery(page, '集成电路');
    expect(before, 'results for 集成电路 before filtering').toBeGreaterThan(1);
    await page.locator('#search-filters summary').click();
    const filter = page
      .locator('#search-filters fieldset')
      .filter({ has: page.locator('legend', { hasText: JURISDICTION_FILTER }) });
    await filter.getByRole('checkbox', { name: /^黄埔区/ }).check();
    // Until the filtered search is done the old count (or none) is announced: wait for a smaller one.
    let after = before;
    await expect
      .poll(
        async () => {
          after = (await announced(page, '集成电路'))?.count ?? before;
          return after;
        },
        { message: 'the filtered search to announce fewer results', timeout: SEARCH_TIMEOUT },
      )
      .toBeLessThan(before);
    expect(after).toBeGreaterThan(0);
    // Every listed result must be a 黄埔区 page: open each and read its jurisdiction.
    const hrefs = await page.locator(ui.resultLink).evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) {
      const html = await (await fetch(href)).text();
      expect(html, href).toMatch(new RegExp(`data-pagefind-filter="${JURISDICTION_FILTER}"[^>]*>\\s*黄埔区\\s*<`));
    }
    console.log(`[search] 集成电路: ${before} results, ${after} with 黄埔区`);
    // The open filter panel is UI the page-type audit does not see: audit it here.
    const problems = await seriousAxeViolations(page);
    expect(problems, `axe violations with the filter panel open:\n${formatAxeProblems(problems)}`).toEqual([]);
  });
});

test('a query without matches shows a clear empty state', async () => {
  await withPage({}, async (page) => {
    await openSearch(page);
    expect(await typeQuery(page, '量子纠缠火星基地')).toBe(0);
    expect(await page.locator(ui.result).count()).toBe(0);
    const message = await page.locator(ui.message).innerText();
    console.log(`[search] empty state: "${message}"`);
    expect(message).toContain('量子纠缠火星基地');
  });
});

test('?q= from the site-wide search form runs the query on arrival', async () => {
  await withPage({}, async (page) => {
    await page.goto(baseUrl());
    await page.locator('form[role="search"] input[name="q"]').fill('TCL华星');
    await page.locator('form[role="search"] button[type="submit"]').click();
    await page.waitForURL((u) => u.searchParams.get('q') === 'TCL华星');
    await page.locator(ui.resultLink).first().waitFor();
    expect(await page.locator(ui.result).first().innerText()).toContain('TCL华星');
  });
});

test('searches the newest year by default, downloading only its bundles and no filter; the year choice keeps the query', async () => {
  await withPage({}, async (page) => {
    const fetched: string[] = [];
    page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    await openSearch(page);
    expect(await page.locator('#search-year').inputValue()).toBe('2025');
    expect(await typeQuery(page, '集成电路')).toBeGreaterThan(0);
    const bundleFiles = fetched.filter((p) => p.includes('/pagefind/year-'));
    expect(bundleFiles.filter((p) => !/\/pagefind\/year-(2025|shared)\//.test(p))).toEqual([]);
    expect(bundleFiles.filter((p) => p.endsWith('.pf_filter'))).toEqual([]);
    await page.locator('#search-year').selectOption('2024');
    await page.waitForURL((u) => u.searchParams.get('year') === '2024' && u.searchParams.get('q') === '集成电路');
    await page.locator(ui.resultLink).first().waitFor();
    // Each result's line of facts starts with its year, if it has one (category pages have none).
    const facts = await page.locator(`${ui.result} > p:not(.excerpt)`).allInnerTexts();
    expect(facts.length).toBeGreaterThan(0);
    for (const line of facts) expect(/^(\d{4})/.exec(line)?.[1] ?? '2024').toBe('2024');
  });
});

// Without JavaScript every page except search shows the same main content as with it:
// the site is static HTML, scripts may only enhance.

import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { browser, pages, urlOf } from './harness.ts';

const targets = (await pages()).filter((p) => p.type !== 'search' && p.type !== 'not-found');

// One context per JavaScript setting, reused for every page: a context per page costs
// more than the page itself.
let contexts: BrowserContext[] = [];
let withJs: Page;
let withoutJs: Page;
beforeAll(async () => {
  const b = await browser();
  contexts = [await b.newContext({ javaScriptEnabled: false }), await b.newContext({ javaScriptEnabled: true })];
  withoutJs = await contexts[0]!.newPage();
  withJs = await contexts[1]!.newPage();
});
afterAll(async () => {
  for (const c of contexts) await c.close();
});

async function mainContent(page: Page, url: string): Promise<{ h1: string; text: string }> {
  const response = await page.goto(url);
  expect(response?.status(), url).toBe(200);
  const main = page.locator('main');
  return { h1: (await main.locator('h1').innerText()).trim(), text: (await main.innerText()).trim() };
}

test.for(targets.map((p) => ({ type: p.type, path: p.path || '(home)', url: urlOf(p) })))(
  '$type $path renders without JavaScript',
  async ({ url }) => {
    const content = await mainContent(withoutJs, url);
    expect(content.h1.length, `empty <h1> on ${url}`).toBeGreaterThan(0);
    expect(content.text.length, `almost no text in <main> on ${url}`).toBeGreaterThan(content.h1.length);
    expect(content).toEqual(await mainContent(withJs, url));
  },
);

test('the search page says that it needs JavaScript instead of showing an empty box', async () => {
  const search = (await pages()).find((p) => p.type === 'search');
  expect(search).toBeDefined();
  await withoutJs.goto(urlOf(search!));
  const noscript = (await withoutJs.locator('main').innerText()).trim();
  expect(noscript.length).toBeGreaterThan((await withoutJs.locator('main h1').innerText()).trim().length);
});

// Without JavaScript every page except search shows the same main content as with it:
// the site is static HTML, scripts may only enhance.
import { expect, test } from 'vitest';
import { pages, urlOf, withPage } from './harness.ts';

const targets = (await pages()).filter((p) => p.type !== 'search' && p.type !== 'not-found');

async function mainContent(url: string, javaScriptEnabled: boolean): Promise<{ h1: string; text: string }> {
  return withPage({ javaScriptEnabled }, async (page) => {
    const response = await page.goto(url);
    expect(response?.status(), url).toBe(200);
    const main = page.locator('main');
    return { h1: (await main.locator('h1').innerText()).trim(), text: (await main.innerText()).trim() };
  });
}

test.for(targets.map((p) => ({ type: p.type, url: urlOf(p) })))('$type $url renders without JavaScript', async ({ url }) => {
  const withoutJs = await mainContent(url, false);
  expect(withoutJs.h1.length, `empty <h1> on ${url}`).toBeGreaterThan(0);
  expect(withoutJs.text.length, `almost no text in <main> on ${url}`).toBeGreaterThan(withoutJs.h1.length);
  expect(withoutJs).toEqual(await mainContent(url, true));
});

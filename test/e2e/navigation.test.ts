// A visitor's path through the site, every step a click on a real link:
// home → jurisdiction listing → department → project → indicator category → another project.
import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { baseUrl, withPage } from './harness.ts';

const BASE = new URL(baseUrl()).pathname; // '/budget/'

/** Clicks the first link in <main> whose path (below the base) matches `pattern`. */
async function follow(page: Page, pattern: RegExp, avoid?: string): Promise<string> {
  const links = page.locator('main a[href]');
  const paths = await links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
  const index = paths.findIndex((h) => h.startsWith(BASE) && pattern.test(h.slice(BASE.length)) && h !== avoid);
  expect(index, `no link matching ${pattern} on ${page.url()}`).toBeGreaterThanOrEqual(0);
  const target = paths[index]!;
  await links.nth(index).click();
  await page.waitForURL((u) => u.pathname === target, { waitUntil: 'load' });
  // Arrived on a real page, not the 404 page: exactly one heading in <main>, with text.
  expect(await page.locator('main h1').count(), `no <main> <h1> at ${page.url()}`).toBe(1);
  expect((await page.locator('main h1').innerText()).trim(), `empty <h1> at ${page.url()}`).not.toBe('');
  return target;
}

test('home → jurisdiction → department → project → indicator category → another project', async () => {
  const trail = await withPage({}, async (page) => {
    await page.goto(baseUrl());
    const steps = [page.url()];
    steps.push(await follow(page, /^years\/\d{4}\/[^/]+\/$/));
    steps.push(await follow(page, /^departments\/[^/]+\/\d{4}\/$/));
    const firstProject = await follow(page, /^projects\/[^/]+\/\d{4}\/$/);
    steps.push(firstProject);
    steps.push(await follow(page, /^indicators\/[^/]+\/[^/]+\/$/));
    steps.push(await follow(page, /^projects\/[^/]+\/\d{4}\/$/, firstProject));
    return steps;
  });
  console.log(`[navigation] ${trail.join(' → ')}`);
  expect(trail).toHaveLength(6);
});

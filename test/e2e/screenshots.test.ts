// Full-page screenshots of the main page types, for a person to look at
// (test-results/screenshots/, gitignored). Each test also asserts the page rendered.

import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import type { PageType } from '../checks/site.ts';
import { firstOfType, urlOf, withPage } from './harness.ts';

const DIR = join(process.cwd(), 'test-results', 'screenshots');

const shots: Array<{ name: string; type: PageType; query?: string }> = [
  { name: 'home', type: 'home' },
  { name: 'department', type: 'department' },
  { name: 'project', type: 'project' },
  { name: 'indicator-category', type: 'indicator-category' },
  { name: 'search-results', type: 'search', query: '算法' },
];

for (const viewport of [
  { label: 'desktop', width: 1280, height: 900 },
  { label: 'phone', width: 390, height: 844 },
]) {
  test.for(shots)(`screenshot $name (${viewport.label})`, async ({ name, type, query }) => {
    await mkdir(DIR, { recursive: true });
    const url = urlOf(await firstOfType(type)) + (query ? `?q=${encodeURIComponent(query)}` : '');
    await withPage({ viewport }, async (page) => {
      // After the load event the page's own HTML is all there: no need to poll (a poll's 1 s ran
      // out under load).
      await page.goto(url, { waitUntil: 'load' });
      expect(await page.locator('main h1').count()).toBe(1);
      if (query) await page.locator('#search-results a').first().waitFor();
      await page.screenshot({ path: join(DIR, `${name}-${viewport.label}.png`), fullPage: true });
    });
  });
}

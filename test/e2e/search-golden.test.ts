// Runs the golden set against the built Pagefind index; prints precision and recall per
// query and overall, and fails on any must-miss or must-not hit.

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { type DescribedPage, describePages, type QueryScore, scoreQuery } from '../checks/golden.ts';
import { baseUrl, browser, distDir, pages } from './harness.ts';
import { JURISDICTION_FILTER, loadPagefind, pagefindSearch } from './pagefind.ts';
import { GOLDEN } from './search-golden.ts';

const BASE = new URL(baseUrl()).pathname;
let page: Page;
let described: DescribedPage[];
const scores: QueryScore[] = [];

beforeAll(async () => {
  described = await describePages(distDir(), await pages());
  page = await (await browser()).newPage();
  await loadPagefind(page, baseUrl());
});

afterAll(() => {
  if (scores.length === 0) return;
  const mean = (f: (s: QueryScore) => number) => (scores.reduce((n, s) => n + f(s), 0) / scores.length).toFixed(2);
  console.log(
    `[golden] overall over ${scores.length} queries: mean precision ${mean((s) => s.precision)}, mean recall ${mean((s) => s.recall)}`,
  );
});

test.for(GOLDEN)('golden: $kind "$q"', async (golden) => {
  const hits = await pagefindSearch(page, golden.q, golden.filters);
  const returned = hits.map((h) => h.url.slice(BASE.length));
  const score = scoreQuery(golden, returned, described);
  scores.push(score);
  const filter = golden.filters ? ` ${JSON.stringify(golden.filters)}` : '';
  console.log(
    `[golden] "${golden.q}"${filter}: ${score.returned} results, precision ${score.precision.toFixed(2)}, recall ${score.recall.toFixed(2)}`,
  );
  // Result URLs must be built pages under the base path (Pagefind's URLs follow the sub-path).
  const known = new Set(described.map((p) => p.path));
  const unknown = hits.map((h) => h.url).filter((u) => !u.startsWith(BASE) || !known.has(u.slice(BASE.length)));
  expect({ missing: score.missing, forbidden: score.forbidden, unknown }, `results: ${returned.join(' ')}`).toEqual({
    missing: [],
    forbidden: [],
    unknown: [],
  });
});

test('the jurisdiction filter is applied (every filtered result is in 黄埔区)', async () => {
  const all = await pagefindSearch(page, '集成电路');
  const filtered = await pagefindSearch(page, '集成电路', { [JURISDICTION_FILTER]: '黄埔区' });
  expect(filtered.length).toBeGreaterThan(0);
  expect(filtered.length).toBeLessThanOrEqual(all.length);
  // The built page itself must carry the filter value the result was selected by.
  for (const hit of filtered) {
    const html = await readFile(join(distDir(), hit.url.slice(BASE.length), 'index.html'), 'utf8');
    expect(html, hit.url).toMatch(new RegExp(`data-pagefind-filter="${JURISDICTION_FILTER}"[^>]*>\\s*黄埔区\\s*<`));
  }
});

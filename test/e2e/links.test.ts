// Every internal link and asset reference in dist/ resolves under the /budget/ sub-path.

import { existsSync } from 'node:fs';
import { expect, test } from 'vitest';
import { findBrokenLinks, formatBrokenLinks } from '../checks/links.ts';
import { baseUrl, distFile, pages, urlOf } from './harness.ts';

test('linkinator finds no broken internal link or asset', async () => {
  // Start from every built page, so pages nothing links to are checked as well.
  const starts = (await pages()).map(urlOf);
  // The sitemap is what search engines crawl: every URL in it must resolve too.
  const sitemaps =
    (await pages()).length > 0 && existsSync(distFile('sitemap-index.xml')) ? [`${baseUrl()}sitemap-index.xml`] : [];
  expect(sitemaps, 'the build has no sitemap-index.xml').toHaveLength(1);
  const broken = await findBrokenLinks(starts, baseUrl(), sitemaps);
  console.log(`[links] crawled from ${starts.length} pages, ${broken.length} broken`);
  expect(broken, `broken links:\n${formatBrokenLinks(broken)}`).toEqual([]);
}, 300_000);

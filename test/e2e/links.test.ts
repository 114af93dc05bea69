// Every internal link and asset reference in dist/ resolves under the /budget/ sub-path.
import { expect, test } from 'vitest';
import { baseUrl, pages, urlOf } from './harness.ts';
import { findBrokenLinks, formatBrokenLinks } from '../checks/links.ts';

test('linkinator finds no broken internal link or asset', async () => {
  // Start from every built page, so pages nothing links to are checked as well.
  const starts = (await pages()).map(urlOf);
  const broken = await findBrokenLinks(starts, baseUrl());
  console.log(`[links] crawled from ${starts.length} pages, ${broken.length} broken`);
  expect(broken, `broken links:\n${formatBrokenLinks(broken)}`).toEqual([]);
}, 300_000);

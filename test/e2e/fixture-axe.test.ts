// Proves the axe checker reports a real violation: it must flag the image without alt
// text in test/fixtures/broken-site and find nothing serious on clean-site.

import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { seriousAxeViolations } from '../checks/axe.ts';
import { type StaticServer, serveStatic } from '../checks/serve.ts';
import { withPage } from './harness.ts';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
let broken: StaticServer;
let clean: StaticServer;
beforeAll(async () => {
  broken = await serveStatic({ root: join(FIXTURES, 'broken-site'), base: '/budget/' });
  clean = await serveStatic({ root: join(FIXTURES, 'clean-site'), base: '/budget/' });
});
afterAll(async () => {
  await broken?.close();
  await clean?.close();
});

test('axe reports image-alt (critical) on the broken fixture', async () => {
  const problems = await withPage({}, async (page) => {
    await page.goto(broken.url);
    return seriousAxeViolations(page);
  });
  expect(problems.map((p) => `${p.impact} ${p.rule} ${p.targets.join(',')}`)).toContain('critical image-alt img');
});

test('axe reports nothing serious on the clean fixture', async () => {
  const problems = await withPage({}, async (page) => {
    await page.goto(clean.url);
    return seriousAxeViolations(page);
  });
  expect(problems).toEqual([]);
});

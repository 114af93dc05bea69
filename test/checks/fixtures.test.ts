// Proves the checkers used on the real site catch real defects: each one must report
// the deliberate defect in test/fixtures/broken-site and nothing on clean-site.
// Fast and browser-free (the axe fixture test needs Chromium and lives in test/e2e).

import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { formatBudgetProblems, htmlBytes, overBudget, scriptCount } from './budgets.ts';
import { validateHtmlFiles } from './html.ts';
import { findBrokenLinks } from './links.ts';
import { type StaticServer, serveStatic } from './serve.ts';
import { listHtmlFiles } from './site.ts';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
const BROKEN = join(FIXTURES, 'broken-site');
const CLEAN = join(FIXTURES, 'clean-site');

async function htmlFiles(dir: string): Promise<string[]> {
  return (await listHtmlFiles(dir)).map((f) => join(dir, f));
}

describe('link checker (linkinator)', () => {
  let broken: StaticServer;
  let clean: StaticServer;
  beforeAll(async () => {
    broken = await serveStatic({ root: BROKEN, base: '/budget/' });
    clean = await serveStatic({ root: CLEAN, base: '/budget/' });
  });
  afterAll(async () => {
    await broken?.close();
    await clean?.close();
  });

  test('reports the broken link of the broken fixture, with the page linking to it', async () => {
    const found = await findBrokenLinks([broken.url], broken.url);
    expect(found).toEqual([{ url: `${broken.url}missing/`, parent: broken.url, status: 404 }]);
  });

  test('reports a sitemap entry that does not resolve', async () => {
    const found = await findBrokenLinks([broken.url], broken.url, [`${broken.url}sitemap.xml`]);
    expect(found.map((b) => b.url).sort()).toEqual([`${broken.url}gone/`, `${broken.url}missing/`]);
  });

  test('reports nothing on the clean fixture (external links are skipped)', async () => {
    expect(await findBrokenLinks([clean.url], clean.url)).toEqual([]);
  });
});

describe('HTML validator (html-validate, repository config)', () => {
  test('reports the misplaced <li> and the stray end tag of the broken fixture', async () => {
    const problems = await validateHtmlFiles(await htmlFiles(BROKEN));
    const rules = new Set(problems.map((p) => `${p.file.slice(BROKEN.length + 1)} ${p.rule}`));
    expect(rules).toContain('index.html element-permitted-parent');
    expect(rules).toContain('index.html close-order');
    expect(problems.every((p) => p.file.endsWith(`broken-site/index.html`))).toBe(true);
  });

  test('reports nothing on the clean fixture', async () => {
    expect(await validateHtmlFiles(await htmlFiles(CLEAN))).toEqual([]);
  });

  test('applies the repository config to files outside the repository too', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'htmlvalidate-'));
    try {
      await cp(join(BROKEN, 'index.html'), join(dir, 'index.html'));
      const rules = (await validateHtmlFiles([join(dir, 'index.html')])).map((p) => p.rule);
      expect(rules).toContain('element-permitted-parent');
      expect(rules).toContain('close-order');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('size budget', () => {
  test('names the page over its HTML budget with the figure and the limit, and passes a page within it', async () => {
    const bytes = await htmlBytes(join(BROKEN, 'index.html'));
    const problems = overBudget('index.html', 'HTML bytes', bytes, 512);
    expect(formatBudgetProblems(problems)).toBe(`  index.html: HTML bytes = ${bytes} (budget 512)`);
    expect(overBudget('index.html', 'HTML bytes', bytes, bytes)).toEqual([]);
  });
});

describe('script budget', () => {
  test('counts the inline script of the broken fixture and ignores JSON-LD', async () => {
    expect(await scriptCount(join(BROKEN, 'index.html'))).toBe(1);
    expect(await scriptCount(join(CLEAN, 'index.html'))).toBe(0);
  });

  test('names the page that ships JavaScript', async () => {
    const problems = overBudget('index.html', '<script> elements', await scriptCount(join(BROKEN, 'index.html')), 0);
    expect(formatBudgetProblems(problems)).toBe('  index.html: <script> elements = 1 (budget 0)');
  });
});

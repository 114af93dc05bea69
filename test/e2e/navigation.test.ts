// A visitor's path through the site, every step a click on a real link in <main>:
// home → jurisdiction listing → department → project → indicator category
// (→ that category's year page, where the projects are listed) → another project.
// The route is planned from the built HTML (which department has projects, …), then
// walked in the browser.

import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { baseUrl, distDir, withPage } from './harness.ts';

const BASE = new URL(baseUrl()).pathname; // '/budget/'

type Step = { name: string; pattern: RegExp; optional?: boolean };
const STEPS: Step[] = [
  { name: 'jurisdiction', pattern: /^years\/\d{4}\/[^/]+\/$/ },
  { name: 'department', pattern: /^departments\/[^/]+\/\d{4}\/$/ },
  { name: 'project', pattern: /^projects\/[^/]+\/\d{4}\/$/ },
  { name: 'indicator category', pattern: /^indicators\/[^/]+\/[^/]+\/$/ },
  { name: 'indicator category year', pattern: /^indicators\/[^/]+\/[^/]+\/\d{4}\/$/, optional: true },
  { name: 'another project', pattern: /^projects\/[^/]+\/\d{4}\/$/ },
];

/** Text of a fragment of built HTML, tags removed, entities of text decoded, whitespace collapsed. */
const textOf = (html: string): string =>
  html
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();

async function builtMain(path: string): Promise<string> {
  const html = await readFile(join(distDir(), path, 'index.html'), 'utf8').catch(() => '');
  return /<main\b[\s\S]*?<\/main>/i.exec(html)?.[0] ?? '';
}

/** The <h1> in <main> of a built page, as the build wrote it. */
async function builtH1(path: string): Promise<string> {
  return textOf(/<h1\b[^>]*>([\s\S]*?)<\/h1>/i.exec(await builtMain(path))?.[1] ?? '');
}

/** Paths (below the base) of the links inside <main> of a built page. */
async function mainLinks(path: string): Promise<string[]> {
  const pageUrl = new URL(BASE + path, 'http://x');
  return [...(await builtMain(path)).matchAll(/<a\b[^>]*\bhref="([^"]*)"/gi)]
    .map((m) => new URL(m[1]!.replace(/&amp;/g, '&'), pageUrl).pathname)
    .filter((p) => p.startsWith(BASE))
    .map((p) => p.slice(BASE.length));
}

/** Depth-first search for a route through STEPS; the last project differs from the first. */
async function planRoute(from: string, step = 0, route: string[] = []): Promise<string[] | null> {
  if (step === STEPS.length) return route;
  const { pattern, optional } = STEPS[step]!;
  const firstProject = route.find((p) => p.startsWith('projects/'));
  const candidates = [...new Set(await mainLinks(from))].filter((p) => pattern.test(p) && p !== firstProject);
  for (const next of candidates) {
    const found = await planRoute(next, step + 1, [...route, next]);
    if (found) return found;
  }
  return optional ? planRoute(from, step + 1, route) : null;
}

type Arrival = { path: string; link: string; h1: string; title: string };

/** Clicks the link to `target` in <main>; returns what the visitor saw: the link, then the page reached. */
async function click(page: Page, target: string): Promise<Arrival> {
  const links = page.locator('main a[href]');
  const paths = await links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
  const index = paths.indexOf(BASE + target);
  expect(index, `no link to ${target} in <main> of ${page.url()}`).toBeGreaterThanOrEqual(0);
  const link = (await links.nth(index).innerText()).replace(/\s+/g, ' ').trim();
  await links.nth(index).click();
  await page.waitForURL((u) => u.pathname === BASE + target, { waitUntil: 'load' });
  expect(await page.locator('main h1').count(), `no single <main> <h1> at ${page.url()}`).toBe(1);
  const h1 = (await page.locator('main h1').innerText()).replace(/\s+/g, ' ').trim();
  return { path: target, link, h1, title: await page.title() };
}

test('home → jurisdiction → department → project → indicator category → another project', async () => {
  const route = await planRoute('');
  expect(route, `no route ${STEPS.map((s) => s.name).join(' → ')} through the links of the build`).not.toBeNull();
  const expected = await Promise.all(route!.map(builtH1));
  const arrivals = await withPage({}, async (page) => {
    await page.goto(baseUrl());
    const seen: Arrival[] = [];
    for (const target of route!) seen.push(await click(page, target));
    return seen;
  });
  console.log(`[navigation] home → ${arrivals.map((a) => `${a.h1} (${a.path})`).join(' → ')}`);
  for (const [i, a] of arrivals.entries()) {
    const where = `step ${i + 1} (${a.path}), reached by the link "${a.link}"`;
    // The page reached is the page the build wrote for that URL (not the 404 page, not a stale one)…
    expect(a.h1, where).not.toBe('');
    expect(a.h1, where).toBe(expected[i]);
    // …its title names it as the heading does…
    expect(a.title.startsWith(a.h1), `${where}: title "${a.title}"`).toBe(true);
    // …and the link clicked said where it leads: its text is in the heading, or the heading in it.
    expect(a.h1.includes(a.link) || a.link.includes(a.h1), `${where}: heading "${a.h1}"`).toBe(true);
  }
});

test('a project page links its line numbers to the lines of the source text', async () => {
  const projects = (await readdir(join(distDir(), 'projects'))).sort();
  const project = `projects/${projects[0]}/${(await readdir(join(distDir(), 'projects', projects[0]!)))[0]}/`;
  const { hash, name, line } = await withPage({}, async (page) => {
    await page.goto(new URL(project, baseUrl()).href);
    const name = (await page.locator('main h1').innerText()).trim();
    await page.locator('main a', { hasText: /^原文第 \d+(–\d+)? 行$/ }).click();
    await page.waitForURL((u) => u.pathname.startsWith(`${BASE}sources/`));
    return { hash: new URL(page.url()).hash, name, line: await page.locator('li:target').innerText() };
  });
  expect(hash).toMatch(/^#L\d+$/);
  expect(line, `line ${hash} of the source should start project ${name}`).toContain(name.slice(0, 2));
});

// Shared helpers for the browser tests: the served site's URL, its pages, and pages
// opened in the shared Chromium.

import { join } from 'node:path';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, inject } from 'vitest';
import { connectBrowser } from '../checks/browser.ts';
import { type PageType, type SitePage, sitePages } from '../checks/site.ts';

export const baseUrl = (): string => inject('baseUrl');
export const distDir = (): string => inject('distDir');
export const distFile = (file: string): string => join(distDir(), file);
export const urlOf = (page: SitePage | string): string => baseUrl() + (typeof page === 'string' ? page : page.path);

let browserPromise: Promise<Browser> | undefined;
/** The shared Chromium, connected once per test file (modules are per file). */
export function browser(): Promise<Browser> {
  browserPromise ??= connectBrowser(inject('wsEndpoint'));
  return browserPromise;
}
// Registered while the importing test file is collected, so it runs after that file.
afterAll(async () => {
  if (browserPromise) await (await browserPromise).close();
});

/** Runs `fn` with a fresh page in a fresh context (own cookies, viewport, JS setting). */
export async function withPage<T>(options: BrowserContextOptions, fn: (page: Page) => Promise<T>): Promise<T> {
  const context = await (await browser()).newContext({ locale: 'zh-CN', ...options });
  try {
    return await fn(await context.newPage());
  } finally {
    await context.close();
  }
}

let pagesCache: Promise<SitePage[]> | undefined;
export function pages(): Promise<SitePage[]> {
  pagesCache ??= sitePages(distDir());
  return pagesCache;
}

export async function pagesOfType(type: PageType): Promise<SitePage[]> {
  return (await pages()).filter((p) => p.type === type);
}

/** The first page of a type; fails clearly when the build has none. */
export async function firstOfType(type: PageType): Promise<SitePage> {
  const [first] = await pagesOfType(type);
  if (!first) throw new Error(`the build has no page of type "${type}"`);
  return first;
}

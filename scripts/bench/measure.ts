/**
 * What a build leaves for readers: the size of `dist/`, its pages, and the bytes the first
 * search query downloads, measured in headless Chromium as the search page runs it (load
 * Pagefind and every bundle it merges, list the filters, search, read the first five results).
 */

import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { byCodePoint } from '../../src/lib/compare.ts';
import { launchBrowser } from '../../test/checks/browser.ts';
import { serveStatic } from '../../test/checks/serve.ts';
import { loadPagefind } from '../../test/e2e/pagefind.ts';

export interface DistFigures {
  /** Every file under dist/, in bytes. */
  bytes: number;
  files: number;
  pages: number;
  /** Median size of all HTML pages, in bytes. */
  medianPageBytes: number;
  /** Median size of the project pages (projects/<id>/<year>/), in bytes. */
  medianProjectPageBytes: number;
  largestPage: { path: string; bytes: number };
  /** The project pages: the scale the bench is named by. */
  projectPages: number;
}

export async function listFiles(dir: string): Promise<string[]> {
  return (await readdir(dir, { recursive: true, withFileTypes: true }))
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
    .sort();
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0 ? 0 : (sorted[Math.floor((sorted.length - 1) / 2)] ?? 0);
};

export async function distFigures(dist: string, files: string[]): Promise<DistFigures> {
  const sizes = await Promise.all(files.map(async (path) => ({ path, bytes: (await stat(join(dist, path))).size })));
  const pages = sizes.filter((s) => s.path.endsWith('.html'));
  const projects = pages.filter((s) => /^projects\/[^/]+\/\d{4}\/index\.html$/.test(s.path));
  return {
    bytes: sizes.reduce((n, s) => n + s.bytes, 0),
    files: sizes.length,
    pages: pages.length,
    medianPageBytes: median(pages.map((p) => p.bytes)),
    medianProjectPageBytes: median(projects.map((p) => p.bytes)),
    largestPage: pages.reduce((a, b) => (b.bytes > a.bytes ? b : a), { path: '', bytes: 0 }),
    projectPages: projects.length,
  };
}

/** The first query: bytes of every Pagefind file fetched, how many files, and how many results it found. */
export interface FirstSearch {
  query: string;
  bytes: number;
  requests: number;
  results: number;
  /** Bytes by kind of Pagefind file (entry, meta, wasm, filter, index, fragment, js), to see what grows with the corpus. */
  byKind: Record<string, number>;
}

/** A Pagefind file's kind from its name: pf_meta, the wasm, filter and index chunks, fragments, scripts. */
function pagefindFileKind(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1);
  if (name.startsWith('pagefind-entry')) return 'entry';
  if (name.endsWith('.pf_meta')) return 'meta';
  if (name.includes('wasm')) return 'wasm';
  if (name.endsWith('.pf_filter')) return 'filter';
  if (name.endsWith('.pf_index')) return 'index';
  if (name.endsWith('.pf_fragment')) return 'fragment';
  return 'other';
}

export async function firstSearch(dist: string, query: string): Promise<FirstSearch> {
  const server = await serveStatic({ root: dist });
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    const bodies: Array<Promise<{ kind: string; bytes: number }>> = [];
    page.on('response', (response) => {
      const path = new URL(response.url()).pathname;
      if (response.ok() && path.startsWith('/pagefind/')) {
        bodies.push(response.body().then((b) => ({ kind: pagefindFileKind(path), bytes: b.length })));
      }
    });
    // What the search page loads: the newest year's bundles (its filters only when the reader opens them).
    await loadPagefind(page, server.url, null);
    const results = await page.evaluate(async (q) => {
      type Result = { data: () => Promise<unknown> };
      const pagefind = (
        globalThis as unknown as {
          __pagefind: { search: (q: string) => Promise<{ results: Result[] }> };
        }
      ).__pagefind;
      const search = await pagefind.search(q);
      await Promise.all(search.results.slice(0, 5).map((r) => r.data()));
      return search.results.length;
    }, query);
    const files = await Promise.all(bodies);
    const byKind: Record<string, number> = {};
    for (const f of files.toSorted((a, b) => byCodePoint(a.kind, b.kind))) {
      byKind[f.kind] = (byKind[f.kind] ?? 0) + f.bytes;
    }
    const bytes = files.reduce((n, f) => n + f.bytes, 0);
    return { query, bytes, requests: files.length, results, byKind };
  } finally {
    await browser.close();
    await server.close();
  }
}

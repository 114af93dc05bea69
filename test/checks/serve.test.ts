// The static server the browser tests rely on: sub-path mount, content types, 404s,
// no escaping the root.

import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { contentTypeFor, type StaticServer, serveStatic } from '../../scripts/serve.ts';

let server: StaticServer;
beforeAll(async () => {
  server = await serveStatic({ root: join(import.meta.dirname, '..', 'fixtures', 'clean-site'), base: '/budget/' });
});
afterAll(async () => server?.close());

test('listens on loopback only, under the base path', () => {
  expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/budget\/$/);
});

test('serves index.html for directory URLs with an HTML content type', async () => {
  const res = await fetch(`${server.url}about/`);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
  expect(await res.text()).toContain('<h1>关于</h1>');
});

test('redirects a directory URL without trailing slash', async () => {
  const res = await fetch(`${server.url}about`, { redirect: 'manual' });
  expect(res.status).toBe(301);
  expect(res.headers.get('location')).toBe('/budget/about/');
});

test("answers a missing page with status 404 and the site's 404.html", async () => {
  const res = await fetch(`${server.url}no/such/page/`);
  expect(res.status).toBe(404);
  expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
  expect(await res.text()).toContain('<h1>找不到页面</h1>');
});

test('answers 404 outside the base path, for missing files and for path traversal', async () => {
  expect((await fetch(`${server.origin}/about/`)).status).toBe(404);
  expect((await fetch(`${server.url}nope.css`)).status).toBe(404);
  expect((await fetch(`${server.url}..%2F..%2Fpackage.json`)).status).toBe(404);
});

test('rejects methods other than GET and HEAD', async () => {
  expect((await fetch(server.url, { method: 'POST' })).status).toBe(405);
});

test('knows the content types of site assets and Pagefind files', () => {
  expect(contentTypeFor('x/pagefind.js')).toBe('text/javascript; charset=utf-8');
  expect(contentTypeFor('x/pagefind-entry.json')).toBe('application/json; charset=utf-8');
  expect(contentTypeFor('x/wasm.zh.pagefind')).toBe('application/octet-stream');
  expect(contentTypeFor('x/index/zh_abc.pf_index')).toBe('application/octet-stream');
  expect(contentTypeFor('x/style.css')).toBe('text/css; charset=utf-8');
  expect(contentTypeFor('x/logo.svg')).toBe('image/svg+xml');
});

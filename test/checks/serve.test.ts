// The servers a built site is looked at through: the tests' server (serve.ts), which the browser
// tests and the link checker rely on, and `npm run serve:dist`, the staff's preview. Both serve the
// site under its base path on loopback only and answer a missing page with the site's 404.

import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type StaticServer, serveStatic } from './serve.ts';

const CLEAN = join(import.meta.dirname, '..', 'fixtures', 'clean-site');

describe('the tests’ server', () => {
  let server: StaticServer;
  beforeAll(async () => {
    server = await serveStatic({ root: CLEAN, base: '/budget/' });
  });
  afterAll(async () => server?.close());

  test('listens on loopback only, under the base path', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/budget\/$/);
  });

  test('serves index.html for directory URLs with an HTML content type, uncached', async () => {
    const res = await fetch(`${server.url}about/`, { headers: { 'accept-encoding': 'gzip, br' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html;charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('no-store');
    // Never compressed: the byte budget of the browser tests is an uncompressed upper bound.
    expect(res.headers.get('content-encoding')).toBeNull();
    expect(await res.text()).toContain('<h1>关于</h1>');
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
    expect((await fetch(`${server.url}%2e%2e/%2e%2e/package.json`)).status).toBe(404);
  });
});

describe('npm run serve:dist', () => {
  let child: ChildProcess | undefined;
  afterAll(() => {
    // npm, its shell and astro share the process group started here.
    if (child?.pid) process.kill(-child.pid, 'SIGTERM');
  });

  test('serves the build under the BASE_PATH it was built for, on 127.0.0.1', async () => {
    child = spawn('npm', ['run', 'serve:dist', '--', '--port', '0', '--outDir', CLEAN], {
      env: { ...process.env, BASE_PATH: '/budget/', ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    const started = child;
    const url = await new Promise<string>((ok, fail) => {
      let output = '';
      started.stdout?.on('data', (chunk: Buffer) => {
        output += chunk;
        const found = /http:\/\/[^\s]+\/budget\//.exec(output);
        if (found) ok(found[0]);
      });
      started.stderr?.on('data', (chunk: Buffer) => {
        output += chunk;
      });
      started.on('exit', (code) => fail(new Error(`serve:dist exited (${code}) before listening:\n${output}`)));
    });
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/budget\/$/);
    const about = await fetch(`${url}about/`);
    expect(about.status).toBe(200);
    expect(await about.text()).toContain('<h1>关于</h1>');
    expect((await fetch(new URL('/about/', url))).status).toBe(404);
    const missing = await fetch(`${url}no/such/page/`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('<h1>找不到页面</h1>');
    // npm and Astro start in about 2 s alone, more on a busy machine.
  }, 30_000);
});

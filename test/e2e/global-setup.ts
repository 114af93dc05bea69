// Builds the site under a sub-path, serves dist/ at http://127.0.0.1:<port>/budget/ and
// launches one Chromium that every test file connects to. Set E2E_SKIP_BUILD=1 to reuse
// an existing build (it must have been built for the same base path), and E2E_OUT_DIR to
// build somewhere other than dist/ (so a local run does not clash with a dev's own build).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { launchBrowserServer } from '../checks/browser.ts';
import { TEST_BASE_PATH } from '../checks/build-env.ts';
import { serveStatic } from '../checks/serve.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    distDir: string;
    wsEndpoint: string;
  }
}

function build(siteUrl: string, outDir: string): void {
  const started = Date.now();
  const result = spawnSync('npm', ['run', 'build', '--', '--outDir', outDir], {
    stdio: 'inherit',
    env: { ...process.env, BASE_PATH: TEST_BASE_PATH, SITE_URL: siteUrl },
  });
  if (result.status !== 0) throw new Error(`npm run build failed (exit ${result.status ?? result.signal})`);
  console.log(`[e2e] build took ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/**
 * A reused build has absolute URLs (canonical, sitemap) for the port it was built for:
 * serve it on that port again, read from the home page's canonical link.
 */
function builtPort(distDir: string): number {
  const html = readFileSync(resolve(distDir, 'index.html'), 'utf8');
  const canonical = /<link rel="canonical" href="http:\/\/127\.0\.0\.1:(\d+)\//.exec(html);
  if (!canonical) throw new Error(`E2E_SKIP_BUILD: ${distDir} was not built by test:e2e (no 127.0.0.1 canonical URL)`);
  return Number(canonical[1]);
}

export default async function setup(project: TestProject) {
  const distDir = resolve(process.env.E2E_OUT_DIR ?? 'dist');
  const reuse = process.env.E2E_SKIP_BUILD === '1';
  // Start the server first: the port must be known before the build (SITE_URL).
  const server = await serveStatic({ root: distDir, base: TEST_BASE_PATH, port: reuse ? builtPort(distDir) : 0 });
  try {
    if (!reuse) build(server.origin, distDir);
    if (!existsSync(resolve(distDir, 'index.html'))) {
      throw new Error(`${distDir}/index.html missing after the build: the site produced no pages`);
    }
    const browser = await launchBrowserServer();
    project.provide('baseUrl', server.url);
    project.provide('distDir', distDir);
    project.provide('wsEndpoint', browser.wsEndpoint());
    console.log(`[e2e] serving ${distDir} at ${server.url}`);
    return async () => {
      await browser.close();
      await server.close();
    };
  } catch (error) {
    await server.close();
    throw error;
  }
}

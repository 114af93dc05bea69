// Builds the site once from the fixture records, under a sub-path, into a temporary folder, so
// the site tests never depend on a dist/ left over from an earlier build. The folder is inside the
// project (ignored as *.tmp): for an outDir outside the project Astro puts its prerender chunks in the
// shared .astro/.prerender/, where two concurrent builds delete each other's files.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

const FIXTURE_BASE = '/budget/';
const FIXTURE_SITE = 'https://example.org';

declare module 'vitest' {
  export interface ProvidedContext {
    siteDir: string;
  }
}

export default function setup(project: TestProject) {
  const siteDir = join(process.cwd(), `.site-test-${process.pid}.tmp`);
  rmSync(siteDir, { recursive: true, force: true });
  mkdirSync(siteDir);
  const result = spawnSync('npm', ['exec', '--', 'astro', 'build', '--outDir', siteDir], {
    encoding: 'utf8',
    env: {
      ...process.env,
      RECORDS_DIR: 'test/fixtures/records',
      SOURCES_DIR: 'test/fixtures/sources',
      BASE_PATH: FIXTURE_BASE,
      SITE_URL: FIXTURE_SITE,
      ASTRO_TELEMETRY_DISABLED: '1',
    },
  });
  if (result.status !== 0) throw new Error(`Fixture build failed:\n${result.stdout}\n${result.stderr}`);
  project.provide('siteDir', siteDir);
  return () => rmSync(siteDir, { recursive: true, force: true });
}

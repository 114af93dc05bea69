// Builds the site twice, under a sub-path, into temporary folders, so the site tests never depend on
// a dist/ left over from an earlier build: from the fixture records, and from a synthetic corpus big
// enough to paginate. The folders are inside the project (ignored as *.tmp): for an outDir outside
// the project Astro puts its prerender chunks in the shared .astro/.prerender/, where two concurrent
// builds delete each other's files.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { mkdir, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { writeSyntheticCorpus } from '../../scripts/synthetic-corpus.ts';
import { nodeEffects } from '../../src/ingest/effects.ts';
import { runIngest } from '../../src/ingest/run.ts';
import { TEST_BASE_PATH } from '../checks/build-env.ts';

export const FIXTURE_SITE = 'https://example.org';

const PAGED_COPIES = 5;

declare module 'vitest' {
  export interface ProvidedContext {
    siteDir: string;
    /** The site built from the synthetic corpus, and the records it was built from. */
    pagedSite: { dir: string; records: string };
  }
}

/** Builds the site from `records` (and their `sources`) into `outDir` under the test base path, or throws with Astro's output. */
function buildSite(outDir: string, records: string, sources: string): void {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir);
  const result = spawnSync('npm', ['exec', '--', 'astro', 'build', '--outDir', outDir], {
    encoding: 'utf8',
    env: {
      ...process.env,
      RECORDS_DIR: records,
      SOURCES_DIR: sources,
      BASE_PATH: TEST_BASE_PATH,
      SITE_URL: FIXTURE_SITE,
      ASTRO_TELEMETRY_DISABLED: '1',
    },
  });
  if (result.status !== 0) {
    rmSync(outDir, { recursive: true, force: true });
    throw new Error(`Fixture build failed (${records}):\n${result.stdout}\n${result.stderr}`);
  }
}

export default async function setup(project: TestProject) {
  const siteDir = join(process.cwd(), `.site-test-${process.pid}.tmp`);
  buildSite(siteDir, 'test/fixtures/records', 'test/fixtures/sources');
  // A corpus large enough for listings to run over several pages: the samples five times over.
  // Built one after the other: two Astro builds of one project must not run at once.
  const corpus = await mkdtemp(join(tmpdir(), 'paged-site-'));
  await mkdir(join(corpus, 'sources'));
  await writeSyntheticCorpus(PAGED_COPIES, join(corpus, 'sources'));
  await runIngest({ sourcesDir: join(corpus, 'sources'), outDir: join(corpus, 'records') }, nodeEffects);
  const pagedSiteDir = join(process.cwd(), `.paged-site-test-${process.pid}.tmp`);
  buildSite(pagedSiteDir, join(corpus, 'records'), join(corpus, 'sources'));
  project.provide('siteDir', siteDir);
  project.provide('pagedSite', { dir: pagedSiteDir, records: join(corpus, 'records') });
  return () => {
    for (const dir of [siteDir, pagedSiteDir, corpus]) rmSync(dir, { recursive: true, force: true });
  };
}

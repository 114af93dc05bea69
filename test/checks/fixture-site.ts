// A site of its own for a test of what the sample site does not show (staff corrections, a second
// year, PDF sources): fixture sources ingested with the real ingest, built under the test base path and served.

import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { nodeEffects } from '../../src/ingest/effects.ts';
import type { ManifestEntry } from '../../src/ingest/manifest.ts';
import { runIngest } from '../../src/ingest/run.ts';
import type { BudgetRecord } from '../../src/schema/index.ts';
import { TEST_BASE_PATH, withoutViteEnv } from './build-env.ts';
import { serveStatic } from './serve.ts';

export interface FixtureSite {
  /** The served site's address, ending in TEST_BASE_PATH. */
  url: string;
  /** The built site's folder, removed by `close`. */
  dir: string;
  /** The records the site was built from, in the order the ingest wrote them. */
  records: BudgetRecord[];
  close: () => Promise<void>;
}

/** Copies `files` (paths of the sources and their corrections files) beside a manifest of `documents`, ingests and builds them. */
export async function buildFixtureSite(
  name: string,
  files: string[],
  documents: ManifestEntry[],
): Promise<FixtureSite> {
  const corpus = mkdtempSync(join(tmpdir(), `e2e-${name}-`));
  // Inside the project, as the site tests build: Astro's prerender chunks must not be shared.
  const outDir = join(process.cwd(), `.e2e-${name}-${process.pid}.tmp`);
  const sources = join(corpus, 'sources');
  const recordsDir = join(corpus, 'records');
  mkdirSync(sources);
  for (const file of files) copyFileSync(file, join(sources, basename(file)));
  writeFileSync(join(sources, 'manifest.json'), JSON.stringify({ documents }));
  const result = await runIngest({ sourcesDir: sources, outDir: recordsDir }, nodeEffects);
  if (result.errors.length > 0) throw new Error(`fixture ingest failed: ${JSON.stringify(result.errors)}`);
  const records = result.written.map((file) => JSON.parse(readFileSync(join(recordsDir, file), 'utf8')));
  mkdirSync(outDir, { recursive: true });
  const server = await serveStatic({ root: outDir, base: TEST_BASE_PATH });
  const close = async () => {
    await server.close();
    for (const dir of [outDir, corpus]) rmSync(dir, { recursive: true, force: true });
  };
  const build = spawnSync('npm', ['exec', '--', 'astro', 'build', '--outDir', outDir], {
    encoding: 'utf8',
    env: {
      ...withoutViteEnv(process.env),
      RECORDS_DIR: recordsDir,
      SOURCES_DIR: sources,
      BASE_PATH: TEST_BASE_PATH,
      SITE_URL: server.origin,
      ASTRO_TELEMETRY_DISABLED: '1',
    },
  });
  if (build.status !== 0) {
    await close();
    throw new Error(`fixture build failed:\n${build.stdout}\n${build.stderr}`);
  }
  return { url: server.url, dir: outDir, records, close };
}

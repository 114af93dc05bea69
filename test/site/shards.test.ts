/**
 * `npm run build -- --shard` and `npm run build:merge`: the fixture records built as three parts
 * (2024, 2025, the shared pages) and merged give the site of one whole build (global-setup.ts, built
 * with the same records, base path and site URL), and one search over the parts' bundles finds
 * what the whole site's bundle finds.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleListSchema } from '../../src/integrations/bundles.ts';
import { TEST_BASE_PATH, withoutViteEnv } from '../checks/build-env.ts';
import { serveStatic } from '../checks/serve.ts';
import { siteDir } from './built.ts';
import { FIXTURE_SITE } from './global-setup.ts';

const KEYS = ['year:2024', 'year:2025', 'year:shared'];
const tmp = (name: string) => join(process.cwd(), `.shard-${name}-${process.pid}.tmp`);
const partDir = (key: string) => tmp(key.replace(':', '-'));
const merged = tmp('merged');

function run(script: string, args: string[]) {
  const result = spawnSync(process.execPath, [script, ...args], {
    encoding: 'utf8',
    env: {
      ...withoutViteEnv(process.env),
      RECORDS_DIR: 'test/fixtures/records',
      SOURCES_DIR: 'test/fixtures/sources',
      BASE_PATH: TEST_BASE_PATH,
      SITE_URL: FIXTURE_SITE,
      ASTRO_TELEMETRY_DISABLED: '1',
    },
  });
  return { status: result.status, output: stripVTControlCharacters(`${result.stdout}${result.stderr}`) };
}

/** Every file of a built site, relative to its root, sorted. */
const filesOf = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((f) => f.isFile())
    .map((f) => relative(dir, join(f.parentPath, f.name)))
    .sort();

/** What each part's build printed. */
const buildOutput = new Map<string, string>();

beforeAll(() => {
  // One Astro build after the other: about 20 s each on a loaded 2-core machine.
  for (const key of KEYS) {
    const build = run('scripts/build.ts', ['--shard', key, '--outDir', partDir(key)]);
    if (build.status !== 0) throw new Error(`--shard ${key} failed:\n${build.output}`);
    buildOutput.set(key, build.output);
  }
  const merge = run('scripts/merge.ts', [...KEYS.map(partDir), '--outDir', merged]);
  if (merge.status !== 0) throw new Error(`merge failed:\n${merge.output}`);
}, 300_000);

afterAll(() => {
  for (const dir of [...KEYS.map(partDir), merged, tmp('changed'), tmp('refused')]) {
    rmSync(dir, { recursive: true, force: true });
  }
});

describe('a site built in parts', () => {
  it('builds each department and project page in the part of its year only', () => {
    const pages = (key: string) => filesOf(partDir(key)).filter((f) => /^(departments|projects)\//.test(f));
    expect(pages('year:2024')).toEqual([
      'departments/d-fixture0002/2024/index.html',
      'projects/p-fixture00chip/2024/index.html',
    ]);
    expect(pages('year:2025')).toEqual([
      'departments/d-fixture0001/2025/index.html',
      // The redirect from the department's and a project's former address goes with the page it leads to.
      'departments/d-fixture0old1/2025/index.html',
      'projects/p-fixture00inno/2025/index.html',
      'projects/p-fixture00model/2025/index.html',
      'projects/p-fixture00oper/2025/index.html',
      'projects/p-fixture00renamed/2025/index.html',
      'projects/p-fixture00tcl9/2025/index.html',
    ]);
    expect(pages('year:shared')).toEqual([]);
  });

  it('indexes each part with Pagefind once Astro has exited, not inside Astro', () => {
    for (const key of KEYS) {
      const lines = buildOutput.get(key)?.split('\n') ?? [];
      const astroDone = lines.findIndex((l) => /\[build\] Complete!/.test(l));
      expect(astroDone, key).toBeGreaterThan(0);
      expect(lines.slice(astroDone + 1, astroDone + 3), key).toEqual([
        'Pagefind: indexing',
        expect.stringMatching(/^Pagefind processed \d+ pages$/),
      ]);
      expect(
        lines.filter((l) => l.includes('[budget-pagefind]')),
        key,
      ).toEqual([]);
    }
  });

  it('merges into the same files as one whole build, byte for byte, sitemap and search bundles included', () => {
    const files = filesOf(merged);
    expect(files).toEqual(filesOf(siteDir()));
    expect(files).toContain('pagefind/year-2024/pagefind.js');
    expect(files).toContain('sitemap-0.xml');
    const differ = files.filter((f) => !readFileSync(join(merged, f)).equals(readFileSync(join(siteDir(), f))));
    expect(differ).toEqual([]);
  });

  it('lists one Pagefind bundle per year, as one whole build does', () => {
    expect(readFileSync(join(merged, 'pagefind/bundles.json'), 'utf8')).toBe(
      '[{"path":"pagefind/year-2024/","year":2024},{"path":"pagefind/year-2025/","year":2025}]\n',
    );
    expect(filesOf(join(merged, 'pagefind')).filter((f) => !f.includes('/'))).toEqual(['bundles.json']);
  });

  it("finds with one search over the parts' bundles what the whole site's bundle finds, in both years", {
    timeout: 60_000,
  }, async () => {
    const found = await Promise.all([merged, siteDir()].map((dir) => search(dir, '测试')));
    expect(found[0]).toEqual(found[1]);
    expect(found[0]).toContain('departments/d-fixture0002/2024/');
    expect(found[0]).toContain('departments/d-fixture0001/2025/');
    expect(found[0]).toHaveLength(13);
  });

  it('refuses to merge parts that wrote one file differently, and names it', () => {
    const changed = tmp('changed');
    cpSync(partDir('year:2024'), changed, { recursive: true });
    const page = 'departments/d-fixture0002/2024/index.html';
    writeFileSync(join(changed, page), readFileSync(join(changed, page), 'utf8').replace('黄埔', '黄浦'));
    const merge = run('scripts/merge.ts', [
      partDir('year:2024'),
      changed,
      partDir('year:shared'),
      '--outDir',
      tmp('refused'),
    ]);
    expect(merge.status).toBe(1);
    expect(merge.output).toContain(`${page}: ${partDir('year:2024')} and ${changed} differ`);
    expect(readdirSync(process.cwd()).filter((f) => f.startsWith(`.shard-refused-${process.pid}`))).toEqual([]);
  });
});

/**
 * The pages a query finds, as the search page finds them: Pagefind's browser API (it runs in Node
 * too) on the first bundle of `bundles.json`, the others merged in with `mergeIndex`.
 */
async function search(dir: string, query: string): Promise<string[]> {
  const server = await serveStatic({ root: dir, base: TEST_BASE_PATH });
  try {
    const [first, ...others] = bundleListSchema
      .parse(JSON.parse(readFileSync(join(dir, 'pagefind/bundles.json'), 'utf8')))
      .map((b) => b.path);
    const pagefind = await import(/* @vite-ignore */ pathToFileURL(join(dir, `${first}pagefind.js`)).href);
    await pagefind.options({ basePath: `${server.url}${first}` });
    for (const bundle of others) await pagefind.mergeIndex(`${server.url}${bundle}`);
    const { results } = await pagefind.search(query);
    const pages: { url: string }[] = await Promise.all(results.map((r: { data: () => unknown }) => r.data()));
    return pages.map((p) => p.url.slice(server.url.length)).sort();
  } finally {
    await server.close();
  }
}

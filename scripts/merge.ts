/**
 * npm run build:merge -- <part folder>… [--outDir DIR]
 * Assembles the parts built by `npm run build -- --shard <key>` into one deployable site: every
 * file copied once, the Pagefind bundle list and the sitemap rewritten for all parts. A file two
 * parts wrote with different bytes fails the merge (they were built from different records or with
 * a different BASE_PATH), as do parts that do not make one whole site. Written beside the output and
 * swapped in only when complete, as `npm run build` does.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { nodeEffects, replaceFolder } from '../src/ingest/effects.ts';
import { BUNDLE_LIST, type Bundle, bundleList, bundleListSchema } from '../src/integrations/bundles.ts';
import { isSitemap, mergeSitemaps, type Part, planMerge, splitProblems } from './merge-parts.ts';

function fail(lines: readonly string[]): never {
  console.error(lines.join('\n'));
  process.exit(1);
}

async function readPart(dir: string): Promise<Part> {
  if (!existsSync(join(dir, BUNDLE_LIST))) fail([`${dir}: not a built part (no ${BUNDLE_LIST})`]);
  const files = new Map<string, string>();
  for (const path of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!path.isFile()) continue;
    const file = join(path.parentPath, path.name);
    const digest = createHash('sha256')
      .update(await readFile(file))
      .digest('hex');
    files.set(relative(dir, file), digest);
  }
  return { dir, files };
}

/** A part's `bundles.json`, or a one-line refusal naming the file. */
async function readBundles(dir: string): Promise<Bundle[]> {
  const file = join(dir, BUNDLE_LIST);
  let list: unknown;
  try {
    list = JSON.parse(await readFile(file, 'utf8'));
  } catch {
    list = undefined;
  }
  const parsed = bundleListSchema.safeParse(list);
  return parsed.success ? parsed.data : fail([`${file}: expected the list of Pagefind bundles a build writes`]);
}

const args = process.argv.slice(2);
const at = args.indexOf('--outDir');
const outDir = (at === -1 ? 'dist' : (args.splice(at, 2)[1] ?? 'dist')).replace(/\/+$/, '');
const dirs = args.map((d) => d.replace(/\/+$/, ''));
if (dirs.length === 0) fail(['usage: npm run build:merge -- <part folder>… [--outDir DIR]']);

const parts = await Promise.all(dirs.map(readPart));
const bundles = (await Promise.all(dirs.map(readBundles))).flat();
const { sources, conflicts } = planMerge(parts);
const problems = [
  ...splitProblems(
    bundles.map((b) => b.path),
    parts,
  ),
  ...conflicts,
];
if (problems.length > 0) fail([`merge refused: ${outDir}/ was left as it was`, ...problems]);

const staging = `${outDir}.staging`;
await rm(staging, { recursive: true, force: true });
for (const [path, dir] of sources) {
  await mkdir(dirname(join(staging, path)), { recursive: true });
  await copyFile(join(dir, path), join(staging, path));
}
await writeFile(join(staging, BUNDLE_LIST), bundleList(bundles));
const sitemapsOf = async (name: (path: string) => boolean): Promise<string[]> =>
  Promise.all(parts.flatMap((p) => [...p.files.keys()].filter(name).map((f) => readFile(join(p.dir, f), 'utf8'))));
const [index] = await sitemapsOf((f) => f === 'sitemap-index.xml');
if (index !== undefined) {
  const sitemaps = await sitemapsOf((f) => isSitemap(f) && f !== 'sitemap-index.xml');
  for (const [name, text] of mergeSitemaps(index, sitemaps)) await writeFile(join(staging, name), text);
}
await replaceFolder(staging, outDir, nodeEffects);
console.log(`${parts.length} parts, ${sources.size} files merged into ${outDir}/`);

/**
 * The pure half of `npm run build:merge`: which part's copy of each file goes into the merged site,
 * which files two parts wrote differently, and the two kinds of file every part writes for itself
 * and the merge rewrites for all (the Pagefind bundle list and the sitemap).
 */
import { BUNDLE_LIST, BUNDLE_ROOT } from '../src/integrations/bundles.ts';
import { byCodePoint } from '../src/lib/compare.ts';
import { SHARED } from '../src/site/shard.ts';

/** One built part: its folder and, for each file (path relative to the folder), a digest of its bytes. */
export interface Part {
  dir: string;
  files: ReadonlyMap<string, string>;
}

/** `sitemap-index.xml` and `sitemap-0.xml`, … as @astrojs/sitemap names them. */
export const isSitemap = (path: string): boolean => /^sitemap-(index|\d+)\.xml$/.test(path);

/** Files the merge writes itself from every part's copy. */
const rewritten = (path: string): boolean => path === BUNDLE_LIST || isSitemap(path);

export interface MergePlan {
  /** For each file of the merged site, the part folder it is copied from. */
  sources: Map<string, string>;
  /** One line per file two parts wrote with different bytes: the merge must not pick one. */
  conflicts: string[];
}

export function planMerge(parts: readonly Part[]): MergePlan {
  const sources = new Map<string, string>();
  const digests = new Map<string, string>();
  const conflicts: string[] = [];
  for (const { dir, files } of parts) {
    for (const [path, digest] of [...files].sort(([a], [b]) => byCodePoint(a, b))) {
      if (rewritten(path)) continue;
      const first = sources.get(path);
      if (first === undefined) {
        sources.set(path, dir);
        digests.set(path, digest);
      } else if (digests.get(path) !== digest) {
        conflicts.push(`${path}: ${first} and ${dir} differ`);
      }
    }
  }
  return { sources, conflicts };
}

/** A page only the shared part of a split writes (and a whole build): the shared part is there when some part has it. */
const SHARED_PAGE = 'indicators/index.html';

/**
 * Why these parts (`bundles`: the union of their bundle lists) do not make one whole site, if they
 * do not: every part must be split along the same dimension (a bundle's first folder under
 * `pagefind/`: `year-2025`, `jurisdiction-j-x`), and the shared part (the pages without the split's
 * coordinate) must be there. A whole build writes the bundles its year parts write, so it merges
 * with them as with themselves.
 */
export function splitProblems(bundles: readonly string[], parts: readonly Part[]): string[] {
  const names = [...new Set(bundles.map((b) => b.slice(BUNDLE_ROOT.length).split('/')[0] ?? ''))];
  const dimensions = [...new Set(names.map((p) => p.slice(0, p.indexOf('-'))))].sort(byCodePoint);
  if (dimensions.length > 1) return [`parts split by ${dimensions.join(' and by ')}: pick one dimension`];
  const [dimension] = dimensions;
  if (dimension === undefined || parts.some((p) => p.files.has(SHARED_PAGE))) return [];
  return [`no ${dimension}:${SHARED} part: its pages (home's links, indicators) would be missing`];
}

/** Most URLs in one sitemap file, as @astrojs/sitemap splits them (its `entryLimit`). */
const ENTRY_LIMIT = 45_000;

/**
 * The merged sitemap: every part's `<url>` entries, once each, in URL order as @astrojs/sitemap
 * writes them, split into files of ENTRY_LIMIT, and the index listing those files. The XML around
 * the entries is taken from the first part, so only the entries change.
 */
export function mergeSitemaps(index: string, sitemaps: readonly string[]): Map<string, string> {
  const [first] = sitemaps;
  const head = first?.match(/^[\s\S]*?<urlset[^>]*>/)?.[0];
  const indexParts = index.match(/^([\s\S]*?<sitemapindex[^>]*>)<sitemap><loc>([^<]*)sitemap-\d+\.xml<\/loc>/);
  if (head === undefined || indexParts === null)
    throw new Error('the parts have no sitemap as @astrojs/sitemap writes it');
  const entries = [...new Set(sitemaps.flatMap((s) => s.match(/<url>[\s\S]*?<\/url>/g) ?? []))]
    .map((entry) => ({ entry, loc: entry.match(/<loc>([^<]*)<\/loc>/)?.[1] ?? entry }))
    // @astrojs/sitemap's own order (generate-sitemap.js): digit runs compared as numbers, so
    // d-fixture0001 comes after d-fixture0old1 there, unlike in code-point order.
    .sort((a, b) => a.loc.localeCompare(b.loc, 'en', { numeric: true }))
    .map(({ entry }) => entry);
  const files = new Map<string, string>();
  for (let i = 0; i * ENTRY_LIMIT < entries.length; i++) {
    files.set(`sitemap-${i}.xml`, `${head}${entries.slice(i * ENTRY_LIMIT, (i + 1) * ENTRY_LIMIT).join('')}</urlset>`);
  }
  const [, indexHead, origin] = indexParts;
  const listed = [...files.keys()].map((name) => `<sitemap><loc>${origin}${name}</loc></sitemap>`).join('');
  files.set('sitemap-index.xml', `${indexHead}${listed}</sitemapindex>`);
  return files;
}

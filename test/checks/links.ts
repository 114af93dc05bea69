// Link checking with linkinator (not a hand-written crawler): every internal link and
// asset reference (href, src, srcset, CSS url()) of the given pages must resolve.
import { check, LinkState } from 'linkinator';

export type BrokenLink = { url: string; parent: string; status: number | undefined };

/**
 * Crawls from `startUrls` (all pages, so orphans are checked too), following links
 * below `scopeUrl` only; anything outside scope (other hosts, other paths) is skipped,
 * since the sandbox has no network and external sites are not ours to test.
 */
export async function findBrokenLinks(
  startUrls: string[],
  scopeUrl: string,
  sitemaps: string[] = [],
): Promise<BrokenLink[]> {
  const origin = new URL(scopeUrl).origin;
  const result = await check({
    path: startUrls,
    // Pages listed in sitemaps (followed through sitemap indexes) are crawl targets too.
    ...(sitemaps.length > 0 ? { sitemap: sitemaps } : {}),
    recurse: true,
    checkCss: true,
    checkFragments: true,
    concurrency: 8,
    timeout: 10_000,
    retry: false,
    // Same origin but outside the base path is also broken for a sub-path deploy,
    // so only other origins are skipped.
    linksToSkip: async (link) => !link.startsWith(origin),
  });
  return result.links
    .filter((l) => l.state === LinkState.BROKEN)
    .map((l) => ({ url: l.url, parent: l.parent ?? '(start)', status: l.status }));
}

/** One line per broken URL (a broken layout link repeats on every page), with its referrers. */
export function formatBrokenLinks(broken: BrokenLink[]): string {
  const byUrl = new Map<string, BrokenLink[]>();
  for (const b of broken) byUrl.set(b.url, [...(byUrl.get(b.url) ?? []), b]);
  return [...byUrl]
    .map(([url, refs]) => {
      const more = refs.length > 1 ? ` and ${refs.length - 1} more page(s)` : '';
      return `  ${refs[0]!.status ?? 'ERR'} ${url}\n      linked from ${refs[0]!.parent}${more}`;
    })
    .join('\n');
}

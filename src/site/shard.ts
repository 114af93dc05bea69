/**
 * A shard: one part of the site built on its own (`npm run build -- --shard year:2025`), so that a
 * corpus too large for one build is built as parallel jobs and merged (scripts/merge.ts). The site
 * is split along one dimension, year or jurisdiction: a page that has that coordinate (a department
 * page has both, a year listing only its year) belongs to the shard of that value; a page without it
 * (home, indicator categories, about) belongs to the shared part (`year:shared`). Every page belongs
 * to exactly one part, so no two parts write the same page.
 */
import { slug } from '../schema/common.ts';

export const SHARD_DIMENSIONS = ['year', 'jurisdiction'] as const;

/** The value naming the part that holds the pages without the shard's coordinate. */
export const SHARED = 'shared';

export interface Shard {
  /** The dimension the site is split along. */
  by: (typeof SHARD_DIMENSIONS)[number];
  /** The year (`2025`) or jurisdiction id (`j-haizhu01`) of the part, or `shared`. */
  value: string;
}

/** Where a page sits along both dimensions: a page without one is not split along it. */
export interface PageCoordinates {
  year?: number;
  jurisdictionId?: string;
}

/** `year:2025`, `jurisdiction:j-haizhu01`, `year:shared`; the error says what is expected. */
export function parseShard(key: string): Shard {
  const [by, value, ...rest] = key.split(':');
  const dimension = SHARD_DIMENSIONS.find((d) => d === by);
  const valid = by === 'year' ? /^(\d{4}|shared)$/.test(value ?? '') : slug.safeParse(value).success;
  if (dimension === undefined || value === undefined || rest.length > 0 || !valid) {
    throw new Error(
      `--shard ${key}: expected year:<yyyy>, jurisdiction:<jurisdiction id> or <year|jurisdiction>:${SHARED}`,
    );
  }
  return { by: dimension, value };
}

/** The shard `npm run build -- --shard <key>` passes to Astro in `SITE_SHARD`; none for the whole site. */
export const shardOf = (env: NodeJS.ProcessEnv): Shard | undefined =>
  env.SITE_SHARD ? parseShard(env.SITE_SHARD) : undefined;

/** Whether the page at `at` is built by the part `shard`; every page is, without a shard. */
export function inShard(shard: Shard | undefined, at: PageCoordinates): boolean {
  if (shard === undefined) return true;
  const coordinate = shard.by === 'year' ? at.year : at.jurisdictionId;
  return coordinate === undefined ? shard.value === SHARED : String(coordinate) === shard.value;
}

/** The part's own folder under `pagefind/`: `year-2025`. A name without "pagefind", which Pagefind reads as the bundle root. */
export const shardBundle = (shard: Shard): string => `${shard.by}-${shard.value}`;

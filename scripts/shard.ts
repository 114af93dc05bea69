/**
 * `--shard <key>` of `npm run build`: which part of the site to build (src/site/shard.ts). Astro
 * learns it from `SITE_SHARD`; the part goes to its own folder unless `--outDir` says otherwise, so a
 * part never replaces a whole site in dist/ by mistake.
 */
import { parseShard, shardBundle } from '../src/site/shard.ts';

export interface ShardBuild {
  /** The environment of `astro build`: SITE_SHARD set for a shard, removed for the whole site. */
  env: NodeJS.ProcessEnv;
  /** The output folder when `--outDir` is not given: `dist` for the whole site, `dist-year-2025` for a part. */
  defaultOutDir: string;
}

/** Takes `--shard <key>` out of `args`; throws on a malformed key before anything is built. */
export function takeShard(args: string[], env: NodeJS.ProcessEnv): ShardBuild {
  const at = args.indexOf('--shard');
  const { SITE_SHARD: _, ...rest } = env;
  if (at === -1) return { env: rest, defaultOutDir: 'dist' };
  const key = args.splice(at, 2)[1] ?? '';
  const shard = parseShard(key);
  return { env: { ...rest, SITE_SHARD: key }, defaultOutDir: `dist-${shardBundle(shard)}` };
}

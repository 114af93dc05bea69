/**
 * The site model of this build, computed once: every route file awaits the same promise. The I/O
 * edge of the model: it reads the records collection, looks which source files are present, and
 * which part of the site to build (`SITE_SHARD`, set by `npm run build -- --shard <key>`).
 */

import { root } from 'astro:config/server';
import { getCollection } from 'astro:content';
import { fileURLToPath } from 'node:url';
import { sourceFiles, sourcesDir } from '../collections/sources.ts';
import { byCodePoint } from '../lib/compare.ts';
import { buildSiteModel, type SiteModel } from './model.ts';
import { SHARED, shardOf } from './shard.ts';

let model: Promise<SiteModel> | undefined;

async function load(): Promise<SiteModel> {
  // The store keeps unchanged entries where they were: id order makes the warning the same on every build.
  const records = (await getCollection('records')).map((e) => e.data).sort((a, b) => byCodePoint(a.id, b.id));
  const files = sourceFiles(records, sourcesDir(fileURLToPath(root)), (message) => console.warn(message));
  const shard = shardOf(process.env);
  const model = buildSiteModel(records, { sourceFiles: files, shard });
  // A mistyped key would build an empty part that merges without a word: refuse it.
  if (shard && shard.value !== SHARED && model.recordFiles.length === 0) {
    throw new Error(`--shard ${shard.by}:${shard.value}: no record has this ${shard.by}`);
  }
  return model;
}

export const siteModel = (): Promise<SiteModel> => {
  model ??= load();
  return model;
};

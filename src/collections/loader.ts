/**
 * The content loader of the records collection: one entry per record file, each record stored once.
 * Astro keeps the store and its digests between builds, so a record whose file is unchanged keeps
 * its entry and skips parsing and validation.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { z } from 'zod';
import { budgetRecord } from '../schema/index.ts';
import { parseRecord, recordFiles, recordsDir } from './records.ts';

/**
 * The record format as JSON Schema. Astro clears the store only when content.config.ts itself
 * changes, not when src/schema/ does: part of every digest, a changed format revalidates every file.
 */
const recordFormat = JSON.stringify(z.toJSONSchema(budgetRecord, { unrepresentable: 'any' }));

export const recordsLoader = (): Loader => ({
  name: 'records',
  load: async ({ config, store, generateDigest, logger }) => {
    const dir = recordsDir(fileURLToPath(config.root));
    const format = generateDigest(recordFormat);
    const files = await recordFiles(dir);
    if (files.length === 0) logger.warn(`No records in ${dir}: the site will be empty`);
    const present = new Set<string>();
    for (const path of files) {
      const id = basename(path, '.json');
      const text = await readFile(path, 'utf8');
      const digest = `${format}-${generateDigest(text)}`;
      present.add(id);
      if (store.get(id)?.digest === digest) continue;
      // parseRecord validates with budgetRecord, the collection's schema: parseData would validate it twice.
      store.set({ id, data: parseRecord(path, text), digest });
    }
    // Records removed from the folder must not linger in the store.
    for (const id of store.keys()) if (!present.has(id)) store.delete(id);
  },
});

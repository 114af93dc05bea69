/** An Astro content loader that fills a collection from the records through one of the transforms. */
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import type { BudgetRecord } from '../schema/index.ts';
import { readRecords, recordsDir } from './records.ts';
import type { Entry } from './transform.ts';

/** What a transform may need besides the records: the project root and a way to warn the person building. */
export interface LoaderContext {
  root: string;
  warn: (message: string) => void;
}

export function recordsLoader<T extends Record<string, unknown>>(
  name: string,
  transform: (records: readonly BudgetRecord[], context: LoaderContext) => Entry<T>[] | Promise<Entry<T>[]>,
): Loader {
  return {
    name: `records-${name}`,
    load: async ({ config, store, parseData, generateDigest, logger }) => {
      const root = fileURLToPath(config.root);
      const dir = recordsDir(root);
      const records = await readRecords(dir);
      if (records.length === 0) logger.warn(`No records in ${dir}: the site will be empty`);
      // Rebuilt from scratch each time: records removed from the folder must not linger in the cache.
      store.clear();
      for (const { id, data } of await transform(records, { root, warn: (message) => logger.warn(message) })) {
        store.set({ id, data: await parseData({ id, data }), digest: generateDigest(data) });
      }
    },
  };
}

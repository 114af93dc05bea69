/** An Astro content loader that fills a collection from the records through one of the pure transforms. */
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import type { BudgetRecord } from '../schema/index.ts';
import { readRecords, recordsDir } from './records.ts';
import type { Entry } from './transform.ts';

export function recordsLoader<T extends Record<string, unknown>>(
  name: string,
  transform: (records: readonly BudgetRecord[]) => Entry<T>[],
): Loader {
  return {
    name: `records-${name}`,
    load: async ({ config, store, parseData, generateDigest, logger }) => {
      const dir = recordsDir(fileURLToPath(config.root));
      const records = await readRecords(dir);
      if (records.length === 0) logger.warn(`No records in ${dir}: the site will be empty`);
      // Rebuilt from scratch each time: records removed from the folder must not linger in the cache.
      store.clear();
      for (const { id, data } of transform(records)) {
        store.set({ id, data: await parseData({ id, data }), digest: generateDigest(data) });
      }
    },
  };
}

import { defineCollection } from 'astro:content';
import { recordsLoader } from './collections/loader.ts';
import { budgetRecord } from './schema/index.ts';

/** The records, each once; every page's props are computed from them by the site model (src/site/). */
export const collections = {
  records: defineCollection({ loader: recordsLoader(), schema: budgetRecord }),
};

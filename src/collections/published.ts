/** Which records have a source text page: a line number links to its line only where one is built. */
import { getCollection } from 'astro:content';

export const publishedSources = async (): Promise<Set<string>> =>
  new Set((await getCollection('sources')).map((s) => s.id));

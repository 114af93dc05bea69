/**
 * node scripts/bench/index-pages.ts <site> <glob>...
 * Pagefind alone, in a process of its own, as the profile (pagefind-profile.ts) times it: the
 * build's indexing of one bundle (src/integrations/pagefind.ts) over the pages of a built site the globs match.
 */
import { indexBundle } from '../../src/integrations/pagefind.ts';

const [site, ...globs] = process.argv.slice(2);
if (!site || globs.length === 0) throw new Error('usage: index-pages.ts <site> <glob>...');
console.log('Pagefind: indexing');
console.log(`Pagefind processed ${await indexBundle(site, 'pagefind/', globs)} pages`);

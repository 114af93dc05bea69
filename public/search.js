// @ts-check
// The search page's logic (src/pages/search.astro), served as it is from public/ and shared with
// the browser tests and the bench, so that they search as a reader does.

/**
 * Which Pagefind bundles a search loads. The build writes one bundle per budget year (a site built
 * in parts by jurisdiction, one per part and year: `pagefind/bundles.json`); a search of one year
 * downloads only that year's bundles.
 *
 * @param {{ path: string, year: number }[]} bundles the entries of `pagefind/bundles.json`
 * @param {string | null} asked `?year=`: a year, `all`, or nothing (the newest year)
 * @returns {{ years: number[], year: number | 'all', paths: string[] }} the years there are bundles of
 *   (newest first), the year searched, and the bundles' folders to load (relative to the site root)
 */
export function chooseBundles(bundles, asked) {
  const years = [...new Set(bundles.map((b) => b.year))].sort((a, b) => b - a);
  const newest = years[0];
  const year = asked === 'all' || newest === undefined ? 'all' : years.includes(Number(asked)) ? Number(asked) : newest;
  const paths = bundles.filter((b) => year === 'all' || b.year === year).map((b) => b.path);
  return { years, year, paths };
}

/** Punctuation Pagefind strips from a query's words (pagefind.js, `search`). */
const PUNCTUATION = /^\p{Pd}|\p{Pe}|\p{Pf}|\p{Pi}|\p{Po}|\p{Ps}$/u;

/**
 * The words Pagefind searches a query as: split by `Intl.Segmenter` in the page's language (as
 * Pagefind does for Chinese), punctuation removed, lower case.
 *
 * @param {string} query
 * @param {string} language e.g. `zh-CN`
 * @returns {string[]}
 */
export function queryWords(query, language) {
  const graphemes = new Intl.Segmenter(language, { granularity: 'grapheme' });
  const words = [];
  for (const { segment } of new Intl.Segmenter(language, { granularity: 'word' }).segment(query)) {
    const kept = [...graphemes.segment(segment)].map((g) => g.segment).filter((g) => !PUNCTUATION.test(g));
    words.push(...kept.join('').toLocaleLowerCase().split(/\s+/));
  }
  return words.filter((w) => w !== '');
}

/**
 * @typedef {{ id: string }} Result
 * @typedef {{ results: Result[] }} Search
 * @typedef {{ search: (query: string, options?: object) => Promise<Search | null> }} Pagefind
 */

/**
 * A search over merged bundles that means what it means over one index. Pagefind drops the words
 * of a query an index does not have, bundle by bundle: merged per-year bundles would match a page
 * of one year on the query's other words alone (12,537 finding pages with 12 in a year without
 * 537). So each word is also searched alone (the same index chunks: nothing more to download),
 * the words no bundle has are dropped, as one index drops them, and only the results every other
 * word found are kept. A quoted (exact) query is Pagefind's own: a bundle missing a word finds nothing.
 *
 * @param {Pagefind} pagefind Pagefind's API with the bundles merged
 * @param {string} query
 * @param {string} language
 * @param {object} [options] Pagefind's search options (filters)
 * @returns {Promise<Search | null>} null when a newer search superseded this one
 */
export async function searchEveryWord(pagefind, query, language, options = {}) {
  const search = await pagefind.search(query, options);
  const words = queryWords(query, language);
  if (search === null || words.length < 2 || /^\s*".+"\s*$/.test(query)) return search;
  const alone = await Promise.all(words.map((word) => pagefind.search(word)));
  const found = alone.flatMap((s) => (s === null || s.results.length === 0 ? [] : [new Set(s.results.map((r) => r.id))]));
  return { ...search, results: search.results.filter((r) => found.every((ids) => ids.has(r.id))) };
}

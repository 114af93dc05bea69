import { describe, expect, it } from 'vitest';
import { chooseBundles, queryWords, searchEveryWord } from '../../public/search.js';

const bundles = [
  { path: 'pagefind/year-2024/', year: 2024 },
  { path: 'pagefind/year-2025/', year: 2025 },
  { path: 'pagefind/jurisdiction-j-a/year-2025/', year: 2025 },
];

describe('chooseBundles', () => {
  it('loads the newest year’s bundles by default', () => {
    expect(chooseBundles(bundles, null)).toEqual({
      years: [2025, 2024],
      year: 2025,
      paths: ['pagefind/year-2025/', 'pagefind/jurisdiction-j-a/year-2025/'],
    });
  });

  it('loads the year asked for, or every bundle for all; an unknown year is the newest', () => {
    expect(chooseBundles(bundles, '2024').paths).toEqual(['pagefind/year-2024/']);
    expect(chooseBundles(bundles, 'all').paths).toEqual(bundles.map((b) => b.path));
    expect(chooseBundles(bundles, '1999').year).toBe(2025);
    expect(chooseBundles([], null)).toEqual({ years: [], year: 'all', paths: [] });
  });
});

describe('queryWords', () => {
  it('splits as Pagefind does for Chinese: by word, without punctuation, in lower case', () => {
    expect(queryWords('量子纠缠火星基地', 'zh-CN')).toEqual(['量子', '纠缠', '火星', '基地']);
    expect(queryWords('TCL 集成电路', 'zh-CN')).toEqual(['tcl', '集成', '电路']);
    expect(queryWords('12,537', 'zh-CN')).toEqual(['12537']);
    expect(queryWords('  ', 'zh-CN')).toEqual([]);
  });
});

describe('searchEveryWord', () => {
  // A fake Pagefind over merged bundles: each word finds these page ids; a query of several
  // words finds what its fake answer says (as a bundle that dropped a word it lacks would).
  const alone: Record<string, string[]> = { 量子: ['a', 'b'], 基地: ['c'], 火星: [] };
  const fake = (whole: string[]) => ({
    search: async (query: string) => ({
      results: (query in alone ? (alone[query] ?? []) : whole).map((id) => ({ id })),
    }),
  });

  it('keeps only the results every word found alone, and ignores words no bundle has', async () => {
    const found = await searchEveryWord(fake(['a', 'b', 'c']), '量子 火星 基地', 'zh-CN');
    expect(found?.results).toEqual([]);
    const two = await searchEveryWord(fake(['a', 'b']), '量子 火星', 'zh-CN');
    expect(two?.results.map((r) => r.id)).toEqual(['a', 'b']);
  });

  it('leaves one word and quoted queries to Pagefind', async () => {
    expect((await searchEveryWord(fake(['z']), '"量子 基地"', 'zh-CN'))?.results).toEqual([{ id: 'z' }]);
    expect((await searchEveryWord(fake(['z']), 'zzz', 'zh-CN'))?.results).toEqual([{ id: 'z' }]);
  });
});

/** The two string orders the project sorts by, so every list comes out the same on every build. */

/** Code-point order, for ids and codes: independent of locale and ICU version. */
export const byCodePoint = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Chinese names in the order a reader expects (pinyin), for lists people read. */
export const byChineseName: (a: string, b: string) => number = new Intl.Collator('zh-CN').compare;

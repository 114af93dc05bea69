/** Reading the groups of a regular-expression match. */

/**
 * Group `n` of `match`, for a group the pattern always fills when it matches (not optional, not
 * in an alternative): TypeScript cannot know that, and a missing one would be a bug in the pattern.
 */
export function group(match: RegExpMatchArray, n: number): string {
  const text = match[n];
  if (text === undefined) throw new Error(`group ${n} took no part in the match「${match[0]}」`);
  return text;
}

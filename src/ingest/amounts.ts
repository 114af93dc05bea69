/** Amounts as printed in 万元: "9,976.70", "9976.70", "9，976.70", "-12.00", "1,234". */

/** One amount token: thousands separators optional, decimals optional. */
export const AMOUNT_TOKEN = /^[-−]?(?:\d{1,3}(?:[,，]\d{3})+|\d+)(?:\.\d+)?$/;

/** An amount in a wrapped-text row, where a bare integer would be ambiguous with text: needs decimals or separators. */
export const STRICT_AMOUNT_TOKEN = /^[-−]?(?:\d{1,3}(?:[,，]\d{3})+(?:\.\d+)?|\d+\.\d{2})$/;

export function parseAmount(token: string): number | null {
  const t = token.trim();
  if (!AMOUNT_TOKEN.test(t)) return null;
  return Number(t.replace(/[,，]/g, '').replace('−', '-'));
}

/** A token a pattern built on AMOUNT_TOKEN has already matched: one that does not parse is a bug in the pattern. */
export function knownAmount(token: string): number {
  const amount = parseAmount(token);
  if (amount === null) throw new Error(`「${token}」matched as an amount but is not one`);
  return amount;
}

/** Cents as integers, so that sums compare exactly. */
export const toCents = (wan: number): number => Math.round(wan * 100);

export const fromCents = (cents: number): number => cents / 100;

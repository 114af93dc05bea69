/** Number formatting for zh-CN readers. Amounts in the records are 万元; 1 亿元 = 10,000 万元. */
const wanYuan = new Intl.NumberFormat('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const percent = new Intl.NumberFormat('zh-CN', {
  style: 'percent',
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
});
const count = new Intl.NumberFormat('zh-CN');
const signedWanYuan = new Intl.NumberFormat('zh-CN', {
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
  signDisplay: 'exceptZero',
});
const signedPercent = new Intl.NumberFormat('zh-CN', {
  style: 'percent',
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
  signDisplay: 'exceptZero',
});

/** From this size on, readers think in 亿元. */
const YI_THRESHOLD = 10_000;

/** "12,537.00 万元". */
export const formatWanYuan = (amount: number): string => `${wanYuan.format(amount)} 万元`;

/** "1.25 亿元". */
export const formatYiYuan = (amount: number): string => `${wanYuan.format(amount / 10_000)} 亿元`;

/** "12,537.00 万元（1.25 亿元）" for large amounts, else just 万元. */
export const formatAmount = (amount: number): string =>
  Math.abs(amount) >= YI_THRESHOLD ? `${formatWanYuan(amount)}（${formatYiYuan(amount)}）` : formatWanYuan(amount);

/** Share of a total, "35.1%"; "<0.1%" for a small but real share (never a misleading 0.0%); a dash when the total is zero. */
export function formatShare(part: number, total: number): string {
  if (total === 0) return '—';
  const share = part / total;
  return share > 0 && share < 0.0005 ? `<${percent.format(0.001)}` : percent.format(share);
}

/** A change in 万元 with its sign, "+25.00 万元", "-200.00 万元"; a dash where there is nothing to compare with. */
export const formatChange = (difference: number | null): string =>
  difference === null ? '—' : `${signedWanYuan.format(difference)} 万元`;

/** A change as a percentage, rounded for display only: "+5.9%"; "<+0.1%" for a small but real change (never 0.0%); a dash where there is none. */
export function formatChangeRatio(ratio: number | null): string {
  if (ratio === null) return '—';
  if (ratio !== 0 && Math.abs(ratio) < 0.0005) return `<${signedPercent.format(Math.sign(ratio) * 0.001)}`;
  return signedPercent.format(ratio);
}

export const formatCount = (n: number): string => count.format(n);

/** A dash where the count is unknown. */
export const formatOptionalCount = (n: number | null): string => (n === null ? '—' : formatCount(n));

/** Search matches the number as typed, with or without separators: "12537 12,537 12537.00". */
export const searchableAmount = (amount: number): string =>
  [...new Set([String(amount), wanYuan.format(amount).replace(/\.00$/, ''), amount.toFixed(2)])].join(' ');

/** Raw number for `data-pagefind-sort`: never formatted text. */
export const rawAmount = (amount: number): string => String(amount);

/**
 * Reads a printed indicator value as a checkable target where it is one ("≥27项", "不低于95%",
 * "7个工作日内", "200亿元", "当年接待次数≥35次") and as qualitative where it is not
 * ("进一步提高", "正常运转", a sentence with several figures). The printed text is never changed;
 * this only adds its meaning.
 */
import type { Target } from '../schema/index.ts';

type Comparator = Extract<Target, { kind: 'measurable' }>['comparator'];

/** Words before the figure, longest first within each group so that "不低于" wins over "低于". */
const BEFORE: ReadonlyArray<[Comparator, string[]]> = [
  ['>=', ['≥', '>=', '＞=', '大于等于', '高于等于', '不低于', '不少于', '不小于', '至少', '达到']],
  ['<=', ['≤', '<=', '＜=', '小于等于', '不高于', '不超过', '不多于', '不大于', '不晚于', '控制在']],
  ['>', ['>', '＞', '超过', '多于', '大于', '高于', '优于']],
  ['<', ['<', '＜', '少于', '小于', '低于']],
  ['~', ['大约', '约', '近']],
];
/** Words after the figure. */
const AFTER: ReadonlyArray<[Comparator, string[]]> = [
  ['>=', ['及以上', '或以上', '以上']],
  ['<=', ['及以下', '以内', '以下', '之内', '内']],
  ['~', ['左右']],
];

const escapeRegExp = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternation = (table: typeof BEFORE) =>
  table
    .flatMap(([, words]) => words)
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');

const FIGURE = `(\\d+(?:[,，]\\d{3})*(?:\\.\\d+)?)\\s*([%％‰]|[\\u4e00-\\u9fffA-Za-z/]{0,6}?)\\s*(${alternation(AFTER)})?[。.；;]?$`;
/** comparator? figure unit? suffix? — the whole value. */
const WHOLE = new RegExp(`^(${alternation(BEFORE)})?\\s*${FIGURE}`);
/** A short subject, a comparator, the figure: the comparator is required, or the subject could hide anything. */
const WITH_SUBJECT = new RegExp(`^[^，。；,;：:\\d]{1,24}?(${alternation(BEFORE)})\\s*${FIGURE}`);

/** A calendar year followed by more than 年: "2023年水平", "2024年年底前"; "1000年" alone stays a figure. */
const YEAR_REFERENCE = /^(?:19|20)\d\d年.+/;

const lookup = (table: typeof BEFORE, word: string | undefined): Comparator | undefined =>
  word ? table.find(([, words]) => words.includes(word))?.[0] : undefined;

export function deriveTarget(printed: string | null): Target {
  if (printed === null) return { kind: 'qualitative' };
  const text = printed.replace(/\s+/g, '');
  const m = WHOLE.exec(text) ?? WITH_SUBJECT.exec(text);
  if (!m) return { kind: 'qualitative' };
  const [, before, number = '', unit = '', after] = m;
  // "优于2023年水平" measures against a past year's level, not against the number 2023.
  if (YEAR_REFERENCE.test(`${number}${unit}`)) return { kind: 'qualitative' };
  const comparator = lookup(AFTER, after) ?? lookup(BEFORE, before) ?? '=';
  return { kind: 'measurable', comparator, value: Number(number.replace(/[,，]/g, '')), unit: unit.replace('％', '%') };
}

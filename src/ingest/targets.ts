/**
 * Reads a printed indicator value as a checkable target where it is one ("≥27项", "不低于95%",
 * "7个工作日内", "200亿元") and as qualitative where it is not ("进一步提高", "正常运转").
 * The printed text is never changed; this only adds its meaning.
 */
import type { Target } from '../schema/index.ts';

type Comparator = Extract<Target, { kind: 'measurable' }>['comparator'];

const PREFIXES: ReadonlyArray<[RegExp, Comparator]> = [
  [/^(?:≥|>=|＞=|不低于|不少于|不小于|至少|达到|大于等于|高于等于)$/, '>='],
  [/^(?:≤|<=|＜=|不高于|不超过|不多于|不大于|不晚于|小于等于|控制在)$/, '<='],
  [/^(?:>|＞|超过|多于|大于|高于|优于)$/, '>'],
  [/^(?:<|＜|少于|小于|低于)$/, '<'],
  [/^(?:约|大约|近)$/, '~'],
];

const SUFFIXES: ReadonlyArray<[RegExp, Comparator]> = [
  [/^(?:以上|及以上|或以上)$/, '>='],
  [/^(?:以内|以下|之内|内|及以下)$/, '<='],
  [/^(?:左右)$/, '~'],
];

/** prefix? number unit? suffix? — the whole value, nothing else (a sentence with a number in it is not a target). */
const SHAPE = /^(\D{0,6}?)\s*(\d+(?:[,，]\d{3})*(?:\.\d+)?)\s*([%％‰]|[\u4e00-\u9fffA-Za-z/]{0,6}?)\s*(以上|及以上|或以上|以内|以下|之内|及以下|内|左右)?[。.；;]?$/;

export function deriveTarget(printed: string | null): Target {
  if (printed === null) return { kind: 'qualitative' };
  const text = printed.replace(/\s+/g, '');
  const m = SHAPE.exec(text);
  if (!m) return { kind: 'qualitative' };
  const [, prefix = '', number = '', unit = '', suffix = ''] = m;
  let comparator: Comparator = '=';
  if (prefix) {
    const hit = PREFIXES.find(([re]) => re.test(prefix));
    if (!hit) return { kind: 'qualitative' };
    comparator = hit[1];
  }
  if (suffix) {
    const hit = SUFFIXES.find(([re]) => re.test(suffix));
    if (hit) comparator = hit[1];
  }
  return { kind: 'measurable', comparator, value: Number(number.replace(/[,，]/g, '')), unit: unit.replace('％', '%') };
}

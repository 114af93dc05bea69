/**
 * The national indicator taxonomy (绩效指标体系). Project forms print codes ("11-数量指标"),
 * department forms print names only ("数量指标"): both resolve here to one set of codes.
 */

export const LEVEL1: Readonly<Record<string, string>> = {
  '1': '产出指标',
  '2': '效益指标',
  '3': '满意度指标',
  '4': '成本指标',
};

export const LEVEL2: Readonly<Record<string, string>> = {
  '11': '数量指标',
  '12': '质量指标',
  '13': '时效指标',
  '14': '成本指标',
  '21': '经济效益指标',
  '22': '社会效益指标',
  '23': '生态效益指标',
  '24': '可持续影响指标',
  '31': '服务对象满意度指标',
  '41': '经济成本指标',
  '42': '社会成本指标',
  '43': '生态环境成本指标',
};

export interface Category {
  code: string;
  name: string;
  label: string;
}

/** "经济效益" and "经济效益指标" are the same category. */
const stem = (label: string): string => label.replace(/\s+/g, '').replace(/指标$/, '');

export function level1ByCode(code: string, label: string): Category | null {
  const name = LEVEL1[code];
  return name ? { code, name, label } : null;
}

export function level2ByCode(code: string, label: string): Category | null {
  const name = LEVEL2[code];
  return name ? { code, name, label } : null;
}

/** Whether the text is a 一级 name exactly as the form prints it ("效益指标"). */
export const isLevel1Name = (text: string): boolean => Object.values(LEVEL1).includes(text);

/** A 一级 label printed without a code ("效益指标"). */
export function level1ByLabel(label: string): Category | null {
  const entry = Object.entries(LEVEL1).find(([, name]) => stem(name) === stem(label));
  return entry ? { code: entry[0], name: entry[1], label } : null;
}

/**
 * A 二级 label printed without a code, under the given 一级 code. "成本指标" is 14 under 产出
 * and would otherwise be the 一级 成本指标, so the parent decides.
 */
export function level2ByLabel(label: string, level1Code: string): Category | null {
  const entry = Object.entries(LEVEL2).find(
    ([code, name]) => code.startsWith(level1Code) && stem(name) === stem(label),
  );
  return entry ? { code: entry[0], name: entry[1], label } : null;
}

/** Every label a department form may print as a category heading, longest first so prefixes match last. */
export const CATEGORY_LABELS: readonly string[] = [
  ...new Set([...Object.values(LEVEL1), ...Object.values(LEVEL2)]),
].sort((a, b) => b.length - a.length);

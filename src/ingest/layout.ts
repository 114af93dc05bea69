/** Form furniture shared by both templates: titles, column headers, units, page numbers. */
import { isPageNumber, type SourceLine, squash } from './lines.ts';
import { group } from './match.ts';

const PROJECT_TITLE = /^项目支出绩效目标表/;
const DEPARTMENT_TITLE = /^部门整体(?:预算)?绩效目标申报表/;
/** "部门名称：X", optionally followed by "单位：万元" on the same line. */
const DEPARTMENT_NAME = /^部门名称\s*[:：]?\s*(.+?)(?:\s+单位\s*[:：]\s*万元)?$/;
const UNIT_LINE = /^单位\s*[:：]\s*万元$/;
const PROJECT_COLUMNS = /^项目名称\s*[（(]\s*资金使用单位\s*[）)]/;

export type FormTitle = 'department-overall' | 'project-expenditure';

export function formOfTitle(text: string): FormTitle | null {
  const t = squash(text);
  if (PROJECT_TITLE.test(t)) return 'project-expenditure';
  if (DEPARTMENT_TITLE.test(t)) return 'department-overall';
  return null;
}

/** The department's name; the template's "（部门）" marker (this row is the department itself) is not part of it. */
export function departmentNameOf(text: string): string | null {
  const m = DEPARTMENT_NAME.exec(squash(text));
  if (!m) return null;
  const name = group(m, 1).trim();
  return name.replace(/\s*[（(]部门[）)]$/, '');
}

/** Lines that repeat on every page of the project form and carry no data of their own. */
export function isProjectFormFurniture(text: string): boolean {
  const t = squash(text);
  return (
    formOfTitle(t) !== null ||
    UNIT_LINE.test(t) ||
    PROJECT_COLUMNS.test(t) ||
    departmentNameOf(t) !== null ||
    isPageNumber(t)
  );
}

/** The project form's column header, white space removed, brackets full width. */
const PROJECT_HEADER = '项目名称（资金使用单位）总计财政拨款财政专户拨款其他资金绩效目标绩效指标';
/** A wrapped header takes one line per column at most. */
const PROJECT_HEADER_MAX_LINES = 10;

const headerKey = (text: string): string =>
  text
    .replace(/[\s\u3000\u00a0]+/g, '')
    .replace(/\(/g, '（')
    .replace(/\)/g, '）');

/**
 * Lines of the project form's column header where narrow columns wrapped it over several lines
 * (`项目名称（资金` / `使用单位）` / `总计 财政拨款` / `财政专户` / `拨款` / `其他资金 绩效目标 绩效指标`):
 * consecutive lines that together spell the whole header, and nothing else. Repeated on every
 * page, the header can land inside a cell that a page break splits; its lines are furniture there too.
 */
export function wrappedProjectHeaderLines(lines: readonly SourceLine[]): Set<number> {
  const found = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    const first = lines[i];
    if (!first || !headerKey(first.text).startsWith('项目名称（')) continue;
    let joined = '';
    for (let j = i; j < lines.length && j < i + PROJECT_HEADER_MAX_LINES; j++) {
      const line = lines[j];
      if (!line) break;
      joined += headerKey(line.text);
      if (!PROJECT_HEADER.startsWith(joined)) break;
      if (joined === PROJECT_HEADER) {
        if (j > i) for (let k = i; k <= j; k++) found.add(lines[k]?.no ?? 0);
        i = j;
        break;
      }
    }
  }
  return found;
}

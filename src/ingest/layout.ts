/** Form furniture shared by both templates: titles, column headers, units, page numbers. */
import { isPageNumber, squash } from './lines.ts';
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

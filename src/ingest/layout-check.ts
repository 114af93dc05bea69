/**
 * Text layouts that cannot be read with certainty. Some PDF-to-text tools lay a table's cells out
 * by their place on the page or read them one by one, column by column: a row's name, amounts,
 * goal and indicators then no longer stand together, and any reading would attach figures to a
 * neighbouring row. Such a text is refused (InputError, naming the line that shows it) rather
 * than read into guesses. The layouts the readers handle (tabs; runs of spaces with one row per
 * line; wrapped text as `pdftotext -raw` writes it) never show these signs.
 */
import type { FormKind } from '../schema/index.ts';
import { InputError } from './errors.ts';
import { isProjectFormFurniture } from './layout.ts';
import { isBlank, isPageNumber, type SourceLine, squash } from './lines.ts';

/**
 * A label cell standing alone where the form prints it beside its neighbours: the project form's
 * first column header (the other headers follow on lines of their own), the department form's
 * 部门名称 (the name follows on a line of its own).
 */
const LONE_LABEL: Record<FormKind, RegExp> = {
  'project-expenditure': /^项目名称[（(]资金使用单位[）)]$/,
  'department-overall': /^部门名称[:：]?$/,
};
/** Amounts as the form prints them (1,234.56 or 1234.56), one to four, and nothing else on a line. */
const AMOUNT = String.raw`-?(?:\d{1,3}(?:,\d{3})+|\d+)\.\d\d`;
const AMOUNTS_ONLY = new RegExp(`^${AMOUNT}(?:\\s+${AMOUNT}){0,3}$`);
/** Text placed by its column on the page: indented, then another column's text after a run of spaces. */
const SIDE_BY_SIDE = /^ {2,}\S.*?\S {2,}\S/;

export const unreadableLayoutMessage = (why: string): string =>
  `此文本的版式无法可靠读取（${why}）：请使用 PDF 原件，或用 pdftotext -raw 转换`;

/** Whether some line shows table columns laid side by side by their place on the page. */
export const showsColumnsSideBySide = (lines: readonly SourceLine[]): boolean =>
  lines.some((l) => !l.text.includes('\t') && SIDE_BY_SIDE.test(l.text));

/** Throws InputError at the first line that shows a layout no reader can take apart with certainty. */
export function refuseUnreadableLayout(lines: readonly SourceLine[], form: FormKind): void {
  const body = lines.filter((l) => !isBlank(l.text) && !isPageNumber(l.text));
  for (const line of body) {
    if (!line.text.includes('\t') && SIDE_BY_SIDE.test(line.text)) {
      throw new InputError(
        unreadableLayoutMessage('几列文字按版面位置并排在同一行，各单元格的文字交错在一起'),
        line.no,
      );
    }
    if (LONE_LABEL[form].test(squash(line.text))) {
      throw new InputError(unreadableLayoutMessage('表头各格分行排列：单元格被逐个或逐列读出'), line.no);
    }
  }
  if (form !== 'project-expenditure') return;
  for (const [i, line] of body.entries()) {
    const next = body[i + 1];
    if (
      next &&
      !isProjectFormFurniture(line.text) &&
      AMOUNTS_ONLY.test(line.text.trim()) &&
      AMOUNTS_ONLY.test(next.text.trim())
    ) {
      // A row's amounts follow its name; two lines of amounts in a row mean cells read one by one or column by column.
      throw new InputError(
        unreadableLayoutMessage('金额接连成行而不在各自的项目名称之后：单元格被逐个或逐列读出'),
        line.no,
      );
    }
  }
}

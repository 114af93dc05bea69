/**
 * Stage 2½ (correct): applies the staff corrections of one document to what the parser read,
 * before reconciliation, so that sums are checked on the values the site publishes. Each
 * correction must match exactly one value as read (by printed name and a line of it, and the
 * printed value); one that matches nothing is reported, never skipped, so none goes stale
 * silently. Every applied correction is kept beside the value it changed, with the printed one.
 */
import type {
  AppliedCorrection,
  Correction,
  DepartmentOverallRecord,
  FundingUnit,
  Indicator,
  LineRange,
  Project,
  ProjectExpenditureRecord,
  RowAmounts,
} from '../schema/index.ts';
import { InputError } from './errors.ts';
import { normalizeName, projectId } from './ids.ts';
import type { LeftOutRow } from './project-form/build.ts';
import { deriveTarget } from './targets.ts';

export interface ProjectFormParts {
  total: ProjectExpenditureRecord['total'];
  units: FundingUnit[];
  leftOut: LeftOutRow[];
}
export type DepartmentFormParts = Pick<DepartmentOverallRecord, 'budget' | 'keyTasks' | 'indicators'>;

export interface Corrected<T> {
  parts: T;
  /** Corrections that removed a part (a dropped row): kept on the record itself. */
  dropped: AppliedCorrection[];
  /** One message per correction that could not be applied, naming it. */
  problems: string[];
}

/** Corrections of a document that match nothing as read: the document is not written, each is reported. */
export class CorrectionsNotApplied extends InputError {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(problems.join('；'));
    this.name = 'CorrectionsNotApplied';
    this.problems = problems;
  }
}

/** Throws when any correction could not be applied: a half-corrected record is never written. */
export function appliedOrThrow<T>(corrected: Corrected<T>): Corrected<T> {
  if (corrected.problems.length > 0) throw new CorrectionsNotApplied(corrected.problems);
  return corrected;
}

interface Named {
  name: string;
  lines: LineRange;
  corrections?: AppliedCorrection[] | undefined;
}

const spans = (lines: LineRange, line: number): boolean => lines.from <= line && line <= lines.to;

function note(target: { corrections?: AppliedCorrection[] | undefined }, applied: AppliedCorrection): void {
  target.corrections = [...(target.corrections ?? []), applied];
}

/** How a problem names its correction: its place in the file, its kind, its line and target. */
function label(c: Correction, index: number): string {
  return `第 ${index + 1} 条更正（${c.kind}，第 ${c.line} 行「${targetName(c)}」）`;
}

/** The name a correction gives its target by. */
function targetName(c: Correction): string {
  switch (c.kind) {
    case 'amount':
      return c.row;
    case 'budget':
      return c.field;
    case 'indicator':
      return c.indicator;
    case 'unit':
    case 'drop':
      return c.project;
    case 'add':
      return c.name;
    case 'name':
      return c.printed;
  }
}

/** Each correction through `applyOne`, in file order; a problem is named by the correction it concerns. */
const problemsOf = (list: readonly Correction[], applyOne: (c: Correction) => string | null): string[] =>
  list.flatMap((c, index) => {
    const problem = applyOne(c);
    return problem ? [`${label(c, index)}${problem}`] : [];
  });

/** The one candidate, or why there is not exactly one. */
function one<T>(candidates: T[], what: string): T | string {
  const [first, ...rest] = candidates;
  if (!first) return `原文已无此内容：${what}（原文或程序已变化，请核对后修改或删除这条更正）`;
  if (rest.length > 0) return `对应 ${candidates.length} 处：${what}（请写明其中一处的行号）`;
  return first;
}

const stale = (read: unknown, printed: unknown): string =>
  `读到的是「${read ?? '空'}」，不是更正所写的「${printed ?? '空'}」（原文或程序已变化，请核对后修改或删除这条更正）`;

const applied = (
  c: Correction,
  field: AppliedCorrection['field'],
  printed: AppliedCorrection['printed'],
  value: AppliedCorrection['value'],
): AppliedCorrection => ({
  field,
  printed,
  value,
  reason: c.reason,
  line: c.line,
});

function correctIndicator(indicators: Indicator[], c: Correction & { kind: 'indicator' }): string | null {
  const found = one(
    indicators.filter((i) => i.name === c.indicator && spans(i.lines, c.line)),
    `第 ${c.line} 行没有名为「${c.indicator}」的指标`,
  );
  if (typeof found === 'string') return found;
  if (found[c.field] !== c.printed) return stale(found[c.field], c.printed);
  found[c.field] = c.value;
  found[c.field === 'periodValue' ? 'periodTarget' : 'annualTarget'] = deriveTarget(c.value);
  note(found, applied(c, c.field, c.printed, c.value));
  return null;
}

function rename(candidates: Named[], c: Correction & { kind: 'name' }): string | null {
  const found = one(
    candidates.filter((n) => n.name === c.printed && spans(n.lines, c.line)),
    `第 ${c.line} 行没有读到名称「${c.printed}」`,
  );
  if (typeof found === 'string') return found;
  found.name = c.value;
  note(found, applied(c, 'name', c.printed, c.value));
  return null;
}

function setAmount(
  target: { corrections?: AppliedCorrection[] | undefined },
  amounts: Omit<RowAmounts, 'blank'> & { blank?: RowAmounts['blank'] },
  c: Correction & { kind: 'amount' },
): string | null {
  if (amounts[c.field] !== c.printed) return stale(amounts[c.field], c.printed);
  amounts[c.field] = c.value;
  // The cell no longer reads as an empty 0: it holds the corrected amount.
  if (amounts.blank) amounts.blank = amounts.blank.filter((b) => b !== c.field);
  note(target, applied(c, c.field, c.printed, c.value));
  return null;
}

export function correctProjectForm(
  read: ProjectFormParts,
  deptId: string,
  list: readonly Correction[],
): Corrected<ProjectFormParts> {
  if (list.length === 0) return { parts: read, dropped: [], problems: [] };
  // One clone of the whole graph keeps each left-out row pointing at its (cloned) unit.
  const parts = structuredClone(read);
  const dropped: AppliedCorrection[] = [];
  const projects = () => parts.units.flatMap((u) => u.projects.map((p) => ({ unit: u, project: p })));
  const projectAt = (name: string, line: number) =>
    one(
      projects().filter(({ project }) => project.name === name && spans(project.lines, line)),
      `第 ${line} 行没有读到项目「${name}」`,
    );
  const unitNamed = (name: string) =>
    one(
      parts.units.filter((u) => u.name === name),
      `没有名为「${name}」的资金使用单位`,
    );
  const problems = problemsOf(list, applyOne);
  for (const unit of parts.units) unit.projects.sort((a, b) => a.lines.from - b.lines.from);
  // A name printed twice stays two projects (ids -2, -3…); a correction must not make two of one name.
  const seen = new Map<string, Project>();
  for (const { unit, project } of projects()) {
    const key = `${unit.name}\u0000${normalizeName(project.name)}`;
    const other = seen.get(key);
    if (other && [other, project].some((p) => p.corrections?.some((a) => ['name', 'unit', 'added'].includes(a.field))))
      problems.push(`更正后「${unit.name}」有两个项目「${project.name}」，无法区分`);
    seen.set(key, project);
  }
  return { parts, dropped, problems };

  function applyOne(c: Correction): string | null {
    switch (c.kind) {
      case 'amount': {
        const rows = [
          { name: '合计', lines: parts.total.lines, target: parts.total, amounts: parts.total },
          ...parts.units.map((u) => ({ name: u.name, lines: u.lines, target: u, amounts: u.amounts })),
          ...projects().map(({ project: p }) => ({ name: p.name, lines: p.lines, target: p, amounts: p.amounts })),
        ];
        const row = one(
          rows.filter((r) => r.name === c.row && spans(r.lines, c.line)),
          `第 ${c.line} 行没有读到「${c.row}」这一行`,
        );
        return typeof row === 'string' ? row : setAmount(row.target, row.amounts, c);
      }
      case 'name': {
        const indicators = projects().flatMap(({ project }) => project.indicators);
        return rename([...parts.units, ...projects().map(({ project }) => project), ...indicators], c);
      }
      case 'indicator':
        return correctIndicator(
          projects().flatMap(({ project }) => project.indicators),
          c,
        );
      case 'unit': {
        const found = projectAt(c.project, c.line);
        if (typeof found === 'string') return found;
        if (found.unit.name !== c.printed) return stale(found.unit.name, c.printed);
        const to = unitNamed(c.value);
        if (typeof to === 'string') return to;
        found.unit.projects = found.unit.projects.filter((p) => p !== found.project);
        to.projects.push(found.project);
        note(found.project, applied(c, 'unit', c.printed, c.value));
        return null;
      }
      case 'drop': {
        const found = projectAt(c.project, c.line);
        if (typeof found === 'string') return found;
        found.unit.projects = found.unit.projects.filter((p) => p !== found.project);
        dropped.push(applied(c, 'dropped', c.project, null));
        return null;
      }
      case 'add': {
        const already = projects().filter(({ project }) => project.name === c.name && spans(project.lines, c.line));
        if (already.length > 0) return `第 ${c.line} 行已读到项目「${c.name}」（程序已能读出这一行，请删除这条更正）`;
        const unit = unitNamed(c.unit);
        if (typeof unit === 'string') return unit;
        const project: Project = {
          id: projectId(deptId, unit.name, c.name),
          name: c.name,
          amounts: { ...c.amounts, blank: [] },
          goal: c.goal,
          indicators: [],
          lines: { from: c.line, to: c.line },
        };
        note(project, applied(c, 'added', null, c.name));
        unit.projects.push(project);
        // A row left out because its name could not be read (project-name-cut) is this row, named by staff:
        // its amounts must not count twice in the unit's sum.
        parts.leftOut = parts.leftOut.filter((r) => r.unit !== unit || !spans(r.lines, c.line));
        return null;
      }
      default:
        return `只适用于部门整体表，此文件是项目支出表`;
    }
  }
}

export function correctDepartmentForm(
  read: DepartmentFormParts,
  list: readonly Correction[],
): Corrected<DepartmentFormParts> {
  if (list.length === 0) return { parts: read, dropped: [], problems: [] };
  const parts = structuredClone(read);
  return { parts, dropped: [], problems: problemsOf(list, applyOne) };

  function applyOne(c: Correction): string | null {
    switch (c.kind) {
      case 'budget': {
        const { budget } = parts;
        if (!spans(budget.lines, c.line))
          return `第 ${c.line} 行不在预算表（第 ${budget.lines.from}–${budget.lines.to} 行）内`;
        if (budget[c.field] !== c.printed) return stale(budget[c.field], c.printed);
        budget[c.field] = c.value;
        note(budget, applied(c, c.field, c.printed, c.value));
        return null;
      }
      case 'name':
        return rename([...parts.keyTasks, ...parts.indicators], c);
      case 'indicator':
        return correctIndicator(parts.indicators, c);
      default:
        return `只适用于项目支出表，此文件是部门整体表`;
    }
  }
}

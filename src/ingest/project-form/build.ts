/** Rows → the 合计, funding units and projects of a project-expenditure record. */
import type { Finding, FundingUnit, LineRange, Project, RowAmounts } from '../../schema/index.ts';
import { knownAmount } from '../amounts.ts';
import { projectId } from '../ids.ts';
import { parseIndicatorText } from '../indicator-text.ts';
import type { AmountCells, RawRow } from './row.ts';

export interface ProjectFormBody {
  total: RowAmounts & { lines: LineRange };
  units: FundingUnit[];
  findings: Finding[];
  /** Project rows left out (a finding says why), whose amounts still count in their unit's total check. */
  leftOut: LeftOutRow[];
}

export interface LeftOutRow {
  unit: FundingUnit;
  name: string;
  amounts: RowAmounts;
  lines: LineRange;
}

const COLUMNS = ['total', 'fiscal', 'specialAccount', 'other'] as const;

/** The row readers keep only cells that hold an amount, or nothing (read as 0). */
const cellAmount = (cell: string): number => (cell === '' ? 0 : knownAmount(cell));

function toAmounts(cells: AmountCells): RowAmounts {
  const [total, fiscal, specialAccount, other] = cells;
  return {
    total: cellAmount(total),
    fiscal: cellAmount(fiscal),
    specialAccount: cellAmount(specialAccount),
    other: cellAmount(other),
    blank: COLUMNS.filter((_, i) => cells[i] === ''),
  };
}

const isTotalRow = (row: RawRow): boolean => /^合\s*计$/.test(row.name);
/** A unit row carries amounts only: no goal and no indicators. */
const isUnitRow = (row: RawRow): boolean => row.goal.length === 0 && row.indicators.text === '';

export function buildProjectForm(
  rows: RawRow[],
  department: string,
  deptId: string,
  departmentLine: LineRange,
): ProjectFormBody {
  const findings: Finding[] = [];
  let total: ProjectFormBody['total'] | null = null;
  const units: FundingUnit[] = [];
  const leftOut: LeftOutRow[] = [];
  const usedIds = new Set<string>();
  /** The unit left out because its name may be cut: its projects are left out with it. */
  let cutUnit: FundingUnit | null = null;
  for (const row of rows) {
    if (isTotalRow(row)) {
      if (total) {
        findings.push({
          code: 'duplicate-total-row',
          severity: 'warning',
          message: '表中出现第二个「合计」行，以第一个为准',
          lines: row.lines,
        });
      } else {
        total = { ...toAmounts(row.amounts), lines: row.lines };
      }
      continue;
    }
    if (isUnitRow(row)) {
      const unit = { name: row.name, amounts: toAmounts(row.amounts), projects: [], lines: row.lines };
      // A unit whose name may be cut is left out, and its projects with it (none is put under another unit).
      if (row.nameCut) cutUnit = unit;
      else {
        cutUnit = null;
        units.push(unit);
      }
      continue;
    }
    if (cutUnit) {
      leftOut.push({ unit: cutUnit, name: row.name, amounts: toAmounts(row.amounts), lines: row.lines });
      if (row.nameCut) continue;
      findings.push({
        code: 'project-name-cut',
        severity: 'error',
        message: `项目「${row.name}」所属资金使用单位「${cutUnit.name}…」的名称无法确定（见该单位的说明）：该项目（总计 ${row.amounts[0]} 万元）未收录`,
        lines: row.lines,
      });
      continue;
    }
    let unit = units[units.length - 1];
    if (!unit) {
      findings.push({
        code: 'project-without-unit',
        severity: 'warning',
        message: `项目「${row.name}」之前没有资金使用单位行，归入部门「${department}」`,
        lines: row.lines,
      });
      unit = { name: department, amounts: toAmounts(['0', '', '', '']), projects: [], lines: row.lines };
      units.push(unit);
    }
    if (row.nameCut) {
      leftOut.push({ unit, name: row.name, amounts: toAmounts(row.amounts), lines: row.lines });
      unit.lines = { from: unit.lines.from, to: row.lines.to };
      continue;
    }
    const parsed = parseIndicatorText(row.indicators, row.unreadItem);
    findings.push(...parsed.findings);
    const id = uniqueId(projectId(deptId, unit.name, row.name), usedIds);
    const project: Project = {
      id,
      name: row.name,
      amounts: toAmounts(row.amounts),
      goal: row.goal,
      indicators: parsed.indicators,
      lines: row.lines,
    };
    unit.projects.push(project);
    unit.lines = { from: unit.lines.from, to: row.lines.to };
  }
  if (!total) {
    findings.push({
      code: 'total-row-missing',
      severity: 'error',
      message: '未找到「合计」行：合计按各单位之和计算',
      lines: departmentLine,
    });
    total = { ...toAmounts(['0', '', '', '']), lines: departmentLine };
  }
  return { total, units, findings, leftOut };
}

/** Two projects of one unit with the same name keep distinct, stable ids by order of appearance. */
/** `base`, or `base-2`, `base-3`… when a project of the same name was seen: a name printed twice gets two pages. */
export function uniqueId(base: string, used: Set<string>): string {
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  used.add(id);
  return id;
}

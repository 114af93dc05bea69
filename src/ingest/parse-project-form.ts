/** Stage 2 (parse), project-expenditure form: picks the layout reader, then builds units and projects. */

import type { LineRange } from '../schema/index.ts';
import type { SourceLine } from './lines.ts';
import { buildProjectForm, type ProjectFormBody } from './project-form/build.ts';
import { scanCellRows, usesCells } from './project-form/cells.ts';
import type { RowScan } from './project-form/row.ts';
import { scanWrappedRows } from './project-form/wrapped.ts';

export interface ParsedProjectForm extends ProjectFormBody {
  layoutLines: number[];
  unrecognized: RowScan['unrecognized'];
}

/** The column header decides the layout: cells apart (tabs, runs of spaces) or wrapped text. */
export function parseProjectForm(
  lines: readonly SourceLine[],
  department: string,
  deptId: string,
  departmentLine: LineRange,
): ParsedProjectForm {
  const header = lines.find((l) => /^\s*项目名称\s*[（(]/.test(l.text));
  const scan = header && usesCells(header.text) ? scanCellRows(lines) : scanWrappedRows(lines);
  const body = buildProjectForm(scan.rows, department, deptId, departmentLine);
  return {
    ...body,
    findings: [...scan.findings, ...body.findings],
    layoutLines: scan.layoutLines,
    unrecognized: scan.unrecognized,
  };
}

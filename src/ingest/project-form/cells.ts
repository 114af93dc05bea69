/**
 * Reads the project form when the export keeps table cells apart: by tabs (as most tools do) or
 * by runs of two or more spaces (as others do, which also drops empty cells). One row per line;
 * a line that starts no row continues the previous row's last cell.
 */

import type { Finding } from '../../schema/index.ts';
import { parseAmount } from '../amounts.ts';
import { InputError } from '../errors.ts';
import { htmlParagraphs, stripHtml } from '../html.ts';
import { isProjectFormFurniture, wrappedProjectHeaderLines } from '../layout.ts';
import { isBlank, type SourceLine } from '../lines.ts';
import { spanOf } from '../text-span.ts';
import { type AmountCells, cellsFromRun, FIRST_ITEM, type RawRow, type RowScan } from './row.ts';

interface CellRow {
  name: string;
  amounts: AmountCells;
  goal: string;
  /** The indicators cell, piece by piece with the line each piece is on. */
  indicatorParts: SourceLine[];
  first: SourceLine;
  last: SourceLine;
}

export const usesCells = (text: string): boolean => text.includes('\t') || / {2,}\S/.test(text.trim());

export function scanCellRows(lines: readonly SourceLine[]): RowScan {
  const scan: RowScan = { rows: [], layoutLines: [], unrecognized: [], findings: [] };
  const rows: CellRow[] = [];
  let afterPageBreak = false;
  const header = wrappedProjectHeaderLines(lines);
  for (const line of lines) {
    if (isBlank(line.text)) continue;
    if (isProjectFormFurniture(line.text) || header.has(line.no)) {
      scan.layoutLines.push(line.no);
      afterPageBreak = rows.length > 0;
      continue;
    }
    const row = readRow(line, scan.findings);
    const previous = rows[rows.length - 1];
    if (row) {
      if (afterPageBreak && previous && isRepeatedFragment(row, previous)) {
        scan.layoutLines.push(line.no);
        scan.findings.push({
          code: 'page-break-fragment',
          severity: 'info',
          message: `分页处重复出现的残缺行「${row.name}」是上一行「${previous.name}」的片段，不作为新项目`,
          lines: { from: line.no, to: line.no },
        });
      } else {
        rows.push(row);
      }
      afterPageBreak = false;
      continue;
    }
    if (previous) {
      appendContinuation(previous, line);
    } else {
      scan.unrecognized.push({ line: line.no, text: line.text });
    }
  }
  scan.rows = rows.map(toRawRow);
  return scan;
}

function splitCells(text: string): string[] {
  return text.includes('\t') ? text.split('\t') : text.trim().split(/ {2,}/);
}

function readRow(line: SourceLine, findings: Finding[]): CellRow | null {
  const cells = splitCells(line.text).map((c) => c.trim());
  const name = stripHtml(cells[0] ?? '');
  const tabbed = line.text.includes('\t');
  // Without cell separators a leading number is a wrapped amount; in a cell of its own it is a name
  // (a project may be called by its code, "002604").
  if (!name || (parseAmount(name) !== null && !(tabbed && cells.length >= 5))) return null;
  let amounts: AmountCells;
  let textCells: [goal: string, indicators: string];
  if (tabbed) {
    amounts = [1, 2, 3, 4].map((i) => stripHtml(cells[i] ?? '')) as AmountCells;
    if (amounts[0] === '') return null;
    const bad = amounts.find((a) => a !== '' && parseAmount(a) === null);
    if (bad !== undefined) {
      // A row-shaped line whose amount cell is not a number: refuse it rather than guess.
      if (/\d/.test(bad) && cells.length >= 5)
        throw new InputError(`金额「${bad}」不是数字：应为如 1,234.56 的万元金额`, line.no);
      return null;
    }
    textCells = [cells[5] ?? '', cells.slice(6).join('\t')];
  } else {
    // Runs of spaces: empty cells have vanished, so amounts are the leading run of numbers.
    let k = 1;
    for (const cell of cells.slice(1, 5)) {
      if (parseAmount(stripHtml(cell)) === null) break;
      k++;
    }
    const found = cells.slice(1, k).map(stripHtml);
    if (found.length === 0) return null;
    const { cells: run, finding } = cellsFromRun(found, name, line.no);
    if (finding) findings.push(finding);
    amounts = run;
    const rest = cells.slice(k);
    const last = rest.at(-1) ?? '';
    textCells =
      rest.length >= 2 ? [rest.slice(0, -1).join(' '), last] : FIRST_ITEM.test(last) ? ['', last] : [last, ''];
  }
  return {
    name,
    amounts,
    goal: textCells[0],
    indicatorParts: textCells[1] ? [{ no: line.no, text: textCells[1] }] : [],
    first: line,
    last: line,
  };
}

/** A wrapped cell: the text belongs to the last non-empty cell of the previous row. */
function appendContinuation(row: CellRow, line: SourceLine): void {
  if (row.indicatorParts.length > 0 || FIRST_ITEM.test(line.text)) {
    row.indicatorParts.push(line);
  } else {
    row.goal += `\n${line.text.trim()}`;
  }
  row.last = line;
}

/**
 * At a page break some exports repeat the row that spans it, truncated: same amounts, a name
 * and goal that are prefixes of the row before. That is not a new project.
 */
function isRepeatedFragment(row: CellRow, previous: CellRow): boolean {
  const goal = stripHtml(row.goal);
  return (
    previous.name.startsWith(row.name) &&
    row.amounts.join('|') === previous.amounts.join('|') &&
    (goal === '' || stripHtml(previous.goal).startsWith(goal))
  );
}

function toRawRow(row: CellRow): RawRow {
  // Paragraph tags inside the indicators cell carry no meaning: the items have their own numbers.
  const parts = row.indicatorParts.map((p) => ({ no: p.no, text: stripHtml(p.text).replace(/\n/g, '') }));
  return {
    name: row.name,
    amounts: row.amounts,
    goal: htmlParagraphs(row.goal),
    indicators: spanOf(parts),
    lines: { from: row.first.no, to: row.last.no },
    amountLine: row.first.no,
  };
}

/**
 * 绩效指标 of the department-overall form: a table of 一级 | 二级 | 三级指标 | 实施周期指标值 |
 * 年度指标值 whose category cells print only where they change. Exports flatten it two ways,
 * both handled here:
 *   - short values on the name's line: "建设产业园 约1.9万平方米 约1.9万平方米";
 *   - long values as blocks: the name, then a 实施周期 paragraph, then a 年度 paragraph.
 */
import type { Finding, Indicator } from '../../schema/index.ts';
import { displayWidth, isBlank, joinWrapped, SENTENCE_END, type SourceLine, squash } from '../lines.ts';
import { deriveTarget } from '../targets.ts';
import { CATEGORY_LABELS, type Category, level1ByLabel, level2ByLabel } from '../taxonomy.ts';
import { rangeOfLines } from '../text-span.ts';
import { type RepeatedValueRow, readRepeatedValueRows, splitRowsFromName } from './repeated-values.ts';

const HEADER = /^一级指标\s*二级指标/;
/** A short printed value: "80%", "≥30家", "是", "587；3". */
const SHORT_VALUE = /^\S{1,14}$/;

export interface ParsedDepartmentIndicators {
  indicators: Indicator[];
  findings: Finding[];
  layoutLines: number[];
  unrecognized: SourceLine[];
}

interface Values {
  name: string;
  period: string;
  annual: string;
}

/** Splits "name? period annual" where the two values repeat each other, or are two short tokens. */
export function splitValues(text: string): Values | null {
  const tokens = squash(text).split(' ').filter(Boolean);
  for (let k = 1; k * 2 <= tokens.length; k++) {
    const annual = tokens.slice(-k).join(' ');
    const period = tokens.slice(-2 * k, -k).join(' ');
    if (annual === period) return { name: tokens.slice(0, -2 * k).join(' '), period, annual };
  }
  const [a, b] = tokens.slice(-2);
  if (a === undefined || b === undefined) return null; // fewer than two tokens
  if (SHORT_VALUE.test(a) && SHORT_VALUE.test(b) && /\d/.test(a) && /\d/.test(b)) {
    return { name: tokens.slice(0, -2).join(' '), period: a, annual: b };
  }
  return null;
}

/** Blank-line separated groups: in these exports a blank line ends a cell. */
function chunksOf(lines: readonly SourceLine[]): SourceLine[][] {
  let chunk: SourceLine[] = [];
  const chunks = [chunk];
  for (const line of lines) {
    if (isBlank(line.text)) {
      if (chunk.length) {
        chunk = [];
        chunks.push(chunk);
      }
    } else chunk.push(line);
  }
  return chunks.filter((c) => c.length > 0);
}

export function parseDepartmentIndicators(section: readonly SourceLine[]): ParsedDepartmentIndicators {
  const out: ParsedDepartmentIndicators = { indicators: [], findings: [], layoutLines: [], unrecognized: [] };
  let level1: Category | null = null;
  let level2: Category | null = null;
  let pending: SourceLine[] = [];
  const chunks = chunksOf(
    joinWrappedLabels(section, out.layoutLines).filter(
      (l) => !(HEADER.test(squash(l.text)) && out.layoutLines.push(l.no)),
    ),
  );

  const emit = (nameParts: string[], period: string | null, annual: string | null, lines: SourceLine[]) => {
    const range = rangeOfLines(lines);
    const name = joinWrapped(nameParts);
    if (!level1 || !level2) {
      out.findings.push({
        code: 'indicator-category-missing',
        severity: 'error',
        message: `指标「${name}」前没有一级或二级指标，未能收录`,
        lines: range,
      });
      out.unrecognized.push(...lines);
      return;
    }
    out.indicators.push({
      level1,
      level2,
      name,
      periodValue: period,
      annualValue: annual,
      periodTarget: deriveTarget(period),
      annualTarget: deriveTarget(annual),
      lines: range,
    });
  };

  /** Lines that met no values on their own lines: rows whose two values repeat each other, or a finding. */
  const emitRepeated = (rows: RepeatedValueRow[]) => {
    for (const row of rows) {
      const value = joinWrapped(row.value.map((l) => l.text));
      emit(
        row.name.map((l) => l.text),
        value,
        value,
        row.lines,
      );
    }
  };
  const flush = (lines: SourceLine[]) => {
    const rows = readRepeatedValueRows(lines);
    if (rows) emitRepeated(rows);
    else valuesMissing(lines, out);
  };

  /** Index of the chunk the previous one took as its 年度 value. */
  let taken = -1;
  for (const [c, chunk] of chunks.entries()) {
    if (c === taken) continue;
    /** Where this chunk's lines start in `pending`. */
    let ownStart = pending.length;
    for (const line of chunk) {
      // Category cells print at the start of a row, one or two of them.
      let text = squash(line.text);
      if (leadingLabel(text) && pending.length) {
        flush(pending);
        [pending, ownStart] = [[], 0];
      }
      for (let label = leadingLabel(text); label; label = leadingLabel(text)) {
        const l1 = level1ByLabel(label);
        const parentCode = level1?.code;
        const asLevel2 = parentCode !== undefined ? level2ByLabel(label, parentCode) : null;
        // "成本指标" is 14 under 产出 and the 一级 成本指标 elsewhere.
        if (asLevel2 && !(l1 && parentCode !== '1')) level2 = asLevel2;
        else if (l1) [level1, level2] = [l1, null];
        else break;
        text = text.slice(label.length).trim();
      }
      if (!text) {
        out.layoutLines.push(line.no);
        continue;
      }
      const values = splitValues(text);
      if (values) {
        // The lines before it may end rows of wrapped repeated values, not only head its name.
        const before = splitRowsFromName(pending);
        if (before) {
          emitRepeated(before.rows);
          emit([...before.name.map((l) => l.text), values.name], values.period, values.annual, [...before.name, line]);
        } else valuesMissing([...pending, line], out);
        [pending, ownStart] = [[], 0];
      } else {
        pending.push({ no: line.no, text });
      }
    }
    // No blank line between cells: rows whose two values repeat each other.
    const repeated = readRepeatedValueRows(pending);
    if (repeated) {
      emitRepeated(repeated);
      pending = [];
      continue;
    }
    // Block layout: a paragraph chunk after the name is the 实施周期 value, the next chunk the 年度 value.
    // Without a blank line in the table there are no such chunks, and the cells' ends are not known.
    if (chunks.length < 2) continue;
    const own = pending.slice(ownStart);
    const name = pending.slice(0, ownStart);
    const [first] = own;
    const last = own.at(-1);
    if (!first || !last || !SENTENCE_END.test(last.text)) continue;
    const annual = chunks[c + 1];
    if (name.length > 0) {
      emit(
        name.map((l) => l.text),
        joinWrapped(own.map((l) => l.text)),
        annual ? joinWrapped(annual.map((l) => l.text)) : null,
        [...pending, ...(annual ?? [])],
      );
    } else if (own.length >= 2 && displayWidth(first.text) <= 28 && !SENTENCE_END.test(first.text)) {
      // Name on the category's line, its 实施周期 value below it, the 年度 value in the next chunk.
      emit(
        [first.text],
        joinWrapped(own.slice(1).map((l) => l.text)),
        annual ? joinWrapped(annual.map((l) => l.text)) : null,
        [...own, ...(annual ?? [])],
      );
    } else continue;
    if (!annual) out.findings.push(missingAnnual(pending));
    pending = [];
    taken = c + 1;
  }
  if (pending.length) flush(pending);
  return out;
}

/** Text that never met its values: reported with its lines, never dropped. */
function valuesMissing(pending: SourceLine[], out: ParsedDepartmentIndicators): void {
  out.findings.push({
    code: 'indicator-values-missing',
    severity: 'warning',
    message: `绩效指标表中的文字「${joinWrapped(pending.map((l) => l.text))}」没有指标值，未能收录为指标`,
    lines: rangeOfLines(pending),
  });
  out.unrecognized.push(...pending);
}

/**
 * A category label wrapped in its narrow cell (`生态环境成本` / `指标`): a line that ends in the head
 * of a label, after nothing but whole labels (the row's category cells before it, as in
 * `满意度指标 服务对象满意` / `度指标`), then a line that starts with the label's tail, are the whole
 * label (followed by the rest of that line). The tail's line, where it holds nothing else, is furniture.
 */
function joinWrappedLabels(section: readonly SourceLine[], layoutLines: number[]): SourceLine[] {
  const out: SourceLine[] = [];
  for (let i = 0; i < section.length; i++) {
    const line = section[i];
    if (!line) continue;
    const cells = squash(line.text).split(' ');
    const head = cells.pop() ?? '';
    const next = section[i + 1];
    const label =
      head.length >= 2 && next && cells.every((c) => CATEGORY_LABELS.includes(c))
        ? CATEGORY_LABELS.find((l) => l !== head && l.startsWith(head) && !CATEGORY_LABELS.includes(head))
        : undefined;
    const tail = label?.slice(head.length);
    const rest = next ? squash(next.text) : '';
    if (!label || !tail || !next || !(rest === tail || rest.startsWith(`${tail} `))) {
      out.push(line);
      continue;
    }
    out.push({ no: line.no, text: [...cells, label].join(' ') });
    const after = rest.slice(tail.length).trim();
    if (after) out.push({ no: next.no, text: after });
    else layoutLines.push(next.no);
    i++;
  }
  return out;
}

function leadingLabel(text: string): string | null {
  return CATEGORY_LABELS.find((label) => text === label || text.startsWith(`${label} `)) ?? null;
}

function missingAnnual(lines: SourceLine[]): Finding {
  return {
    code: 'indicator-value-missing',
    severity: 'warning',
    message: '指标缺少年度指标值，记为空',
    lines: rangeOfLines(lines),
  };
}

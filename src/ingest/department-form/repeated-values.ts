/**
 * Indicator rows of the department form whose values wrap over several lines with no blank line
 * between cells (as `pdftotext -raw` writes the table): the name, then the 实施周期 value, then the
 * 年度 value, one cell after the other. Where the two values are the same text, as on most rows of
 * the form, they wrap alike in their columns of one width, so the lines after the name are one run
 * of lines printed twice. That repeat is the only evidence of where a cell ends: rows are read only
 * where the lines split into name + run + run in exactly one way, else not at all.
 */
import type { SourceLine } from '../lines.ts';

export interface RepeatedValueRow {
  /** The name's lines; the last one may be the head of the line its value starts on. */
  name: SourceLine[];
  /** The value's lines, as printed once (in the 实施周期 cell; the 年度 cell repeats them). */
  value: SourceLine[];
  /** Every line of the row. */
  lines: SourceLine[];
}

/** How a row goes: the line it starts on, the line its value starts on, where on it, how many lines. */
interface Step {
  /** The row's first line. */
  from: number;
  /** The line the value starts on. */
  at: number;
  /** Where on that line: 0 for the whole line, else the position after the space that ends the name. */
  cut: number;
  /** Lines in one copy of the value. */
  run: number;
}

/** No cell of the form runs longer than a page: a bound that keeps the search linear in the lines. */
const MAX_CELL_LINES = 60;

/** The places a value may start on a line: the whole line, or after any space (the name's end). */
function cuts(text: string, nameBefore: boolean): number[] {
  const out = nameBefore ? [0] : [];
  for (let k = text.indexOf(' '); k > 0; k = text.indexOf(' ', k + 1)) out.push(k + 1);
  return out;
}

/**
 * The readings of every head of `lines` as rows: reach[e] counts the readings of lines 0..e
 * (0, 1, or 2 for "more than one") and keeps the last row of one of them. A name is never taken
 * to hold a run of lines printed twice (endsInRepeat): that repeat is the mark of a row's values.
 */
function readHeads(text: readonly string[]): Array<{ count: number; last: Step | null }> {
  const n = text.length;
  const reach = Array.from({ length: n + 1 }, () => ({ count: 0, last: null as Step | null }));
  reach[0] = { count: 1, last: null };
  for (let from = 0; from < n; from++) {
    const ways = reach[from]?.count ?? 0;
    if (ways === 0) continue;
    for (let at = from; at < n && at - from < MAX_CELL_LINES && !endsInRepeat(text, from, at); at++)
      for (const cut of cuts(text[at] ?? '', at > from)) {
        const first = (text[at] ?? '').slice(cut);
        for (let run = 1; at + 2 * run <= n && run <= MAX_CELL_LINES; run++) {
          if (!repeats(text, at, first, run)) continue;
          const end = reach[at + 2 * run];
          if (!end) continue;
          end.count = Math.min(2, end.count + ways);
          end.last ??= { from, at, cut, run };
        }
      }
  }
  return reach;
}

/** The rows of the one reading that ends at line `end`, from its last row back. */
function rowsTo(lines: readonly SourceLine[], reach: ReturnType<typeof readHeads>, end: number): RepeatedValueRow[] {
  const rows: RepeatedValueRow[] = [];
  for (let e = end; e > 0; ) {
    const step = reach[e]?.last;
    const line = step ? lines[step.at] : undefined;
    if (!step || !line) throw new Error(`repeated values: no row ends at line ${e} of a reading that does`);
    const { from, at, cut, run } = step;
    const name = lines.slice(from, at);
    if (cut > 0) name.push({ no: line.no, text: line.text.slice(0, cut).trim() });
    const value = [{ no: line.no, text: line.text.slice(cut) }, ...lines.slice(at + 1, at + run)];
    rows.unshift({ name, value, lines: lines.slice(from, e) });
    e = from;
  }
  return rows;
}

/**
 * Reads `lines` as rows of name + value + the same value again, or null where they cannot be taken
 * apart so in exactly one way (a row whose two values differ, text that is no row, or two readings).
 */
export function readRepeatedValueRows(lines: readonly SourceLine[]): RepeatedValueRow[] | null {
  const reach = readHeads(lines.map((l) => l.text));
  return lines.length > 0 && reach[lines.length]?.count === 1 ? rowsTo(lines, reach, lines.length) : null;
}

/**
 * Lines before a row whose values are on its last line ("name 90% 90%"): rows read as by
 * readRepeatedValueRows, then the head of that row's name. The head holds no run of lines printed
 * twice (a wrapped name without one is all head); null where the rows before it cannot be taken apart
 * in exactly one way.
 */
export function splitRowsFromName(
  lines: readonly SourceLine[],
): { rows: RepeatedValueRow[]; name: SourceLine[] } | null {
  const text = lines.map((l) => l.text);
  const n = lines.length;
  if (!hasRepeat(text, 0, n)) return { rows: [], name: [...lines] };
  const reach = readHeads(text);
  const ends: number[] = [];
  for (let k = n; k > 0 && n - k <= MAX_CELL_LINES && !hasRepeat(text, k, n); k--) if (reach[k]?.count) ends.push(k);
  const [end] = ends;
  return ends.length === 1 && end !== undefined && reach[end]?.count === 1
    ? { rows: rowsTo(lines, reach, end), name: lines.slice(end) }
    : null;
}

/** Whether lines from..to (exclusive) hold a run of lines printed twice anywhere. */
function hasRepeat(text: readonly string[], from: number, to: number): boolean {
  for (let end = from + 2; end <= to; end++) if (endsInRepeat(text, from, end)) return true;
  return false;
}

/** Whether the `run` lines from `at` (the first read from `first`) are printed again right after. */
function repeats(text: readonly string[], at: number, first: string, run: number): boolean {
  if (first === '' || text[at + run] !== first) return false;
  for (let k = 1; k < run; k++) if (text[at + k] !== text[at + run + k]) return false;
  return true;
}

/**
 * Whether lines from..to (exclusive) end in a run of lines printed twice, the first time maybe
 * after a name's head on its first line: the lines of a row's two values.
 */
function endsInRepeat(text: readonly string[], from: number, to: number): boolean {
  for (let run = 1; to - 2 * run >= from; run++) {
    const first = text[to - 2 * run] ?? '';
    const again = text[to - run] ?? '';
    let same = first === again || first.endsWith(` ${again}`);
    for (let k = 1; k < run && same; k++) same = text[to - 2 * run + k] === text[to - run + k];
    if (same) return true;
  }
  return false;
}

/**
 * A page break put anywhere in a row of the project form, as `pdftotext -raw` prints it: the rows
 * of the fixture texts (test/fixtures/forms/text/pdftotext-raw/<style>/) taken apart into their
 * cells' lines, laid out again on the page, and cut at a height inside the row. The export reads
 * the page column after column: before the break every cell's head, then the page's furniture
 * (page number, repeated title and column header, copied from the fixture), then every cell's
 * rest, each from the top of the next page. Lines of consecutive cells on one baseline are printed
 * as one line, as -raw does. A row the break cuts has its cells top-aligned even where the style
 * centres them: Chromium does not centre a cell across a page break (the fixtures' split rows,
 * e.g. wide-zero/004 lines 108 and 614–617, print the name and the goal's first line beside the amounts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isProjectFormFurniture, wrappedProjectHeaderLines } from '../../src/ingest/layout.ts';
import { isPageNumber, type SourceLine } from '../../src/ingest/lines.ts';
import { FIRST_ITEM } from '../../src/ingest/project-form/row.ts';
import { readAmountLine, scanWrappedRows } from '../../src/ingest/project-form/wrapped.ts';
import { runIngest } from '../../src/ingest/run.ts';
import { readTextSource } from '../../src/ingest/source-text.ts';
import type { BudgetRecord, FundingUnit } from '../../src/schema/index.ts';
import { FORMS_DIR, loadSamples } from '../fixtures/forms/samples.ts';
import { compareRecord } from '../fixtures/forms/score.ts';
import { STYLES } from '../fixtures/forms/styles.ts';
import { memoryEffects } from './memory-effects.ts';

export const rawFolder = (style: string) => join(FORMS_DIR, 'text', 'pdftotext-raw', style);

/** One line of a cell: its text and its top, in half lines from the row's top. */
interface CellLine {
  text: string;
  top: number;
}

/** A row of the fixture as its cells: name, amounts, 绩效目标, 绩效指标 (each cell's lines in order). */
export interface RowCells {
  /** Line numbers of the row in the fixture text. */
  from: number;
  to: number;
  name: string[];
  amounts: string;
  goal: string[];
  indicators: string[];
}

/** A fixture text with a page break put inside one of its rows. */
export interface CutText {
  text: string;
  /** Lines of the cut row in `text` (its two parts and the furniture between them). */
  from: number;
  to: number;
}

const middle = (style: string): boolean =>
  /td\s*\{\s*vertical-align:\s*middle/.test(STYLES.find((s) => s.name === style)?.css ?? '');

/** The lines of a fixture, as the ingest numbers them. */
const sourceLines = (text: string): SourceLine[] => readTextSource(Buffer.from(text, 'utf8')).lines;

/** The furniture between two pages of the fixture: the page number, then the next page's head (title, header). */
export function pageFurniture(text: string): string[] {
  const lines = sourceLines(text);
  const header = wrappedProjectHeaderLines(lines);
  const furniture = (l: SourceLine | undefined) =>
    l !== undefined && (isProjectFormFurniture(l.text) || header.has(l.no));
  const feed = lines.findIndex((l) => l.text.startsWith('\f'));
  if (feed === -1) throw new Error('no page break in the fixture');
  let from = feed;
  while (from > 0 && isPageNumber(lines[from - 1]?.text ?? '')) from--;
  let to = feed;
  while (furniture(lines[to])) to++;
  return lines.slice(from, to).map((l) => l.text);
}

/** The rows of a fixture that no page break cuts (units and projects; not the 合计), as their cells. */
export function rowsOf(text: string): RowCells[] {
  const lines = sourceLines(text);
  const scan = scanWrappedRows(lines);
  const furniture = new Set(scan.layoutLines);
  return scan.rows.flatMap((row) => {
    const { from, to } = row.lines;
    if (/^合\s*计$/.test(row.name)) return [];
    for (let no = from; no <= to; no++) if (furniture.has(no)) return [];
    const at = (no: number) => lines[no - 1]?.text ?? '';
    const amount = readAmountLine({ no: row.amountLine, text: at(row.amountLine) });
    if (!amount) throw new Error(`line ${row.amountLine}: no amounts`);
    const name = [...Array.from({ length: row.amountLine - from }, (_, i) => at(from + i))];
    if (amount.prefix) name.push(amount.prefix);
    const text = [
      ...(amount.rest ? [amount.rest] : []),
      ...Array.from({ length: to - row.amountLine }, (_, i) => at(row.amountLine + 1 + i)),
    ];
    const first = text.findIndex((l) => FIRST_ITEM.test(l));
    const goal = first === -1 ? text : text.slice(0, first);
    const indicators = first === -1 ? [] : text.slice(first);
    // The first item may follow the goal's last words on one line (the two on one baseline).
    const head = indicators[0] ?? '';
    const split = head.search(FIRST_ITEM);
    if (split > 0) {
      goal.push(head.slice(0, split).trim());
      indicators[0] = head.slice(split);
    }
    return [{ from, to, name, amounts: amount.amounts.join(' '), goal, indicators }];
  });
}

/** Every cell's lines with their tops, as the style lays the row out (before any break). */
function layOut(row: RowCells, centred: boolean): CellLine[][] {
  const cells = [row.name, [row.amounts], row.goal, row.indicators];
  const height = Math.max(...cells.map((c) => c.length));
  return cells.map((cell) => cell.map((text, i) => ({ text, top: (centred ? height - cell.length : 0) + 2 * i })));
}

/** What -raw prints of cells read one after another: consecutive lines on one baseline make one line. */
function printed(cells: CellLine[][]): string[] {
  const out: CellLine[] = [];
  for (const line of cells.flat()) {
    const last = out.at(-1);
    if (last && last.top === line.top) last.text = `${last.text} ${line.text}`;
    else out.push({ ...line });
  }
  return out.map((l) => l.text);
}

/** The row as the style prints it, uncut: the fixture's lines, where the model holds. */
export const printedRow = (row: RowCells, style: string): string[] => printed(layOut(row, middle(style)));

/**
 * The distinct cuts of a row: a break at a height (in half lines) keeps on the page each line that
 * fits whole above it; the rest of every cell goes on at the top of the next page. Only cuts that
 * leave something on both pages.
 */
export function cutsOf(row: RowCells): number[] {
  const lines = layOut(row, false).flat();
  const bottoms = [...new Set(lines.map((l) => l.top + 2))].sort((a, b) => a - b);
  return bottoms.filter((b) => lines.some((l) => l.top + 2 > b));
}

/** The fixture text with the row cut at `height`, the page's furniture between its two parts. */
export function cutRow(text: string, row: RowCells, height: number): CutText {
  const cells = layOut(row, false);
  const before = cells.map((cell) => cell.filter((l) => l.top + 2 <= height));
  const after = cells.map((cell) => cell.filter((l) => l.top + 2 > height).map((l, i) => ({ ...l, top: 2 * i })));
  const lines = text.split('\n');
  const cut = [...printed(before), ...pageFurniture(text), ...printed(after)];
  return {
    text: [...lines.slice(0, row.from - 1), ...cut, ...lines.slice(row.to)].join('\n'),
    from: row.from,
    to: row.from + cut.length - 1,
  };
}

export const fixtureText = (style: string, key: string): string =>
  readFileSync(join(rawFolder(style), `${key}.txt`), 'utf8');

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const samples = loadSamples(ROOT);

/**
 * What the ingest (the real run, in memory) reads of the fixture with the row cut, against the
 * sample's committed record: figures read wrong, read but not in the sample, or left out with no
 * finding that names the cut row's lines. Empty when every figure is exact or absent with a finding.
 */
export async function problemsOf(style: string, key: string, cut: CutText): Promise<string[]> {
  const file = `${key}.txt`;
  const manifest = JSON.parse(readFileSync(join(rawFolder(style), 'manifest.json'), 'utf8')) as {
    documents: Array<{ file: string }>;
  };
  const documents = manifest.documents.filter((d) => d.file === file);
  const { fx, text } = memoryEffects({
    'src/manifest.json': JSON.stringify({ ...manifest, documents }),
    [`src/${file}`]: cut.text,
  });
  const result = await runIngest({ sourcesDir: 'src', outDir: 'out' }, fx);
  const sample = samples.find((s) => s.key === key);
  const [name] = result.written;
  if (!sample || !name || result.errors.length > 0) return [`failed: ${JSON.stringify(result.errors)}`];
  const record = JSON.parse(text(`out/${name}`)) as BudgetRecord;
  const expected = sample.record;
  if (record.form !== 'project-expenditure' || expected.form !== 'project-expenditure') return ['not a project form'];
  const reported = record.findings.some((f) => f.lines.from <= cut.to && f.lines.to >= cut.from);
  // Unit by unit (paired by name), so that a project is compared with its namesake in its own unit.
  const named = (units: FundingUnit[], name: string) => units.filter((u) => u.name === name);
  const pairs = [
    ...expected.units.map((u) => [[u], named(record.units, u.name)] as const),
    ...record.units.filter((u) => !expected.units.some((e) => e.name === u.name)).map((u) => [[], [u]] as const),
  ];
  return pairs
    .flatMap(([e, g]) => compareRecord(key, { ...expected, units: [...e] }, { ...record, units: [...g] }))
    .filter((f) => f.verdict === 'wrong' || f.verdict === 'spurious' || (f.verdict === 'absent' && !reported))
    .map((f) => `${f.verdict} ${f.kind} [${f.where}]: expected ${f.expected}, got ${f.got}`);
}

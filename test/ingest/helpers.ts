/** Shared by the ingest tests: the bundled samples, read from the project's own copy. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseDocument } from '../../src/ingest/document.ts';
import { displayWidth, splitLines } from '../../src/ingest/lines.ts';
import { manifest } from '../../src/ingest/manifest.ts';
import { readTextSource } from '../../src/ingest/source-text.ts';
import type {
  BudgetRecord,
  DepartmentOverallRecord,
  Project,
  ProjectExpenditureRecord,
} from '../../src/schema/index.ts';

export const SOURCES_DIR = fileURLToPath(new URL('../../content/sources/', import.meta.url));
export const RECORDS_DIR = fileURLToPath(new URL('../../content/records/', import.meta.url));

export const MANIFEST = manifest.parse(JSON.parse(readFileSync(`${SOURCES_DIR}manifest.json`, 'utf8')));

export const sampleBytes = (file: string): Buffer => readFileSync(`${SOURCES_DIR}${file}`);

export const sampleText = (file: string): string => sampleBytes(file).toString('utf8');

export function entryFor(prefix: string) {
  const entry = MANIFEST.documents.find((d) => d.file.startsWith(prefix));
  if (!entry) throw new Error(`no sample ${prefix}`);
  return entry;
}

const LAYOUT_DIR = fileURLToPath(new URL('../fixtures/forms/text/pdftotext-layout/', import.meta.url));

/** A committed pdftotext -layout fixture's text (test/fixtures/forms/text/pdftotext-layout/<style>/<key>.txt). */
export const fixtureText = (style: string, key: string): string =>
  readFileSync(`${LAYOUT_DIR}${style}/${key}.txt`, 'utf8');

export const fixtureLines = (style: string, key: string) => splitLines(fixtureText(style, key));

/** A pdftotext -layout fixture read as the ingest reads it, with its folder's manifest entry. */
export function parseFixture(style: string, key: string) {
  const entries = manifest.parse(JSON.parse(readFileSync(`${LAYOUT_DIR}${style}/manifest.json`, 'utf8')));
  const entry = entries.documents.find((d) => d.file === `${key}.txt`);
  if (!entry) throw new Error(`no fixture ${style}/${key}`);
  return parseDocument(entry, readTextSource(Buffer.from(fixtureText(style, key), 'utf8')));
}

export function parseSample(prefix: string, text?: string) {
  const entry = entryFor(prefix);
  return parseDocument(entry, readTextSource(text === undefined ? sampleBytes(entry.file) : Buffer.from(text, 'utf8')));
}

export function overall(record: BudgetRecord): DepartmentOverallRecord {
  if (record.form !== 'department-overall') throw new Error('expected a department-overall record');
  return record;
}

export function projectForm(record: BudgetRecord): ProjectExpenditureRecord {
  if (record.form !== 'project-expenditure') throw new Error('expected a project-expenditure record');
  return record;
}

export const allProjects = (record: BudgetRecord) => projectForm(record).units.flatMap((u) => u.projects);

/** A record part without `lines`: what it says, apart from where it stands in the text it was read from. */
export const withoutLines = <T extends { lines: unknown }>({ lines: _, ...rest }: T): Omit<T, 'lines'> => rest;

/**
 * What a project's cells say, as any text of its form gives it: the 绩效目标 (paragraphs joined, as a
 * text may part them elsewhere) and the indicators apart from where they stand in the text.
 */
export const projectCells = (p: Project) => ({ goal: p.goal.join(''), indicators: p.indicators.map(withoutLines) });

/**
 * Wraps a cell's text as a PDF line breaker does: by rendered width (a Chinese character is two
 * columns, a digit one), anywhere in Chinese, never inside a Latin word or number or next to a space.
 */
export function wrapCell(text: string, width: number): string[] {
  const unbreakable = /[A-Za-z0-9.%:\s]/;
  const out: string[] = [];
  let rest = text;
  while (displayWidth(rest) > width) {
    let fits = 1;
    while (fits < rest.length && displayWidth(rest.slice(0, fits + 1)) <= width) fits++;
    let cut = fits;
    while (cut > 1 && (unbreakable.test(rest[cut - 1]!) || unbreakable.test(rest[cut]!))) cut--;
    if (cut === 1) cut = fits; // one long Latin run: no safe point, so it is split where the line is full
    out.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  return [...out, rest];
}

/** A line of column-aligned text (`pdftotext -layout`): each text one character a place from its position, spaces between. */
export function printedLine(cells: ReadonlyArray<readonly [at: number, text: string | undefined]>): string {
  const line: string[] = [];
  for (const [at, text] of cells) for (const [k, ch] of [...(text ?? '')].entries()) line[at + k] = ch;
  return Array.from(line, (ch) => ch ?? ' ').join('');
}

/** Sample 000's 预算整体情况 as printed (万元), which every layout of it must read. */
export const BUDGET_000 = {
  basic: 736.81,
  project: 1254.72,
  fiscal: 9976.7,
  otherFunds: 0,
  specialFunds: 800,
  otherDevelopment: 7185.17,
  ownLevel: 9976.7,
  transfer: 0,
};

/** Shared by the ingest tests: the bundled samples, read from the project's own copy. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseDocument } from '../../src/ingest/document.ts';
import { manifest } from '../../src/ingest/manifest.ts';
import { readTextSource } from '../../src/ingest/source-text.ts';
import type { BudgetRecord, DepartmentOverallRecord, ProjectExpenditureRecord } from '../../src/schema/index.ts';

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

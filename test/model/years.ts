/**
 * The year fixture (test/fixtures/years/): its 2026 sources read by the real ingest, beside the
 * sample records, so a model can be built with and without the second year.
 */
import { readFileSync } from 'node:fs';
import { readRecords } from '../../src/collections/records.ts';
import { parseDocument } from '../../src/ingest/document.ts';
import { manifest } from '../../src/ingest/manifest.ts';
import { readTextSource } from '../../src/ingest/source-text.ts';
import type { BudgetRecord } from '../../src/schema/index.ts';

const SOURCES = new URL('../fixtures/years/sources/', import.meta.url);

/** The 2026 records of the fixture, as `npm run ingest -- --sources test/fixtures/years/sources` writes them. */
export function secondYearRecords(): BudgetRecord[] {
  const { documents } = manifest.parse(JSON.parse(readFileSync(new URL('manifest.json', SOURCES), 'utf8')));
  return documents.map(
    (entry) => parseDocument(entry, readTextSource(readFileSync(new URL(entry.file, SOURCES)))).record,
  );
}

/** The bundled sample records (content/records/): the first year. */
export const sampleRecords = (): Promise<BudgetRecord[]> => readRecords('content/records');

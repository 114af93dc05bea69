/**
 * The source texts behind the records, for the pages that show every line a figure was read from.
 * Files are read by the ingest's own reader, so line n here is line n of every record's line ranges.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import { linePages, readSource, type SourceContent } from '../ingest/source-text.ts';
import type { BudgetRecord } from '../schema/index.ts';
import type { LoaderContext } from './loader.ts';
import type { SourceText } from './schemas.ts';
import { byId, type Entry } from './transform.ts';

/** `SOURCES_DIR` names the folder the records were ingested from; relative paths are taken from the project root. */
function sourcesDir(root: string, env: NodeJS.ProcessEnv = process.env): string {
  const dir = env.SOURCES_DIR || 'content/sources';
  return isAbsolute(dir) ? dir : join(root, dir);
}

/**
 * A record's source text from the file's bytes. Bytes other than those the record was read from would
 * put every line link on the wrong line, so they are refused.
 */
export async function toSourceText(record: BudgetRecord, bytes: Uint8Array): Promise<Entry<SourceText>> {
  let read: SourceContent | null = null;
  try {
    read = await readSource(bytes);
  } catch {
    // The bytes a record was read from were decoded by the ingest: these are other bytes.
  }
  if (read?.sha256 !== record.source.sha256) {
    throw new Error(
      `${record.source.file} has changed since record ${record.id} was read from it; re-run npm run ingest`,
    );
  }
  const { year, jurisdiction, jurisdictionId, department, departmentId, form, source } = record;
  return {
    id: record.id,
    data: {
      year,
      jurisdiction,
      jurisdictionId,
      department,
      departmentId,
      form,
      source,
      encoding: read.encoding,
      recordId: record.id,
      lines: read.lines.map((l) => l.text),
      ...(read.pdf ? { pages: linePages(read.pdf) } : {}),
    },
  };
}

/**
 * The source text of every record whose file is in `dir`. Missing files are named in one warning
 * (a folder of records without their sources would otherwise print a line per record) and skipped.
 */
export async function readSourceTexts(
  records: readonly BudgetRecord[],
  dir: string,
  warn: (message: string) => void,
): Promise<Entry<SourceText>[]> {
  const entries: Entry<SourceText>[] = [];
  const missing: string[] = [];
  for (const record of records) {
    const path = join(dir, record.source.file);
    if (existsSync(path)) entries.push(await toSourceText(record, await readFile(path)));
    else missing.push(record.source.file);
  }
  if (missing.length > 0) {
    const named = missing.length > 5 ? `${missing.slice(0, 5).join(', ')}, …` : missing.join(', ');
    warn(
      `${missing.length} of ${records.length} source texts are not in ${dir} (${named}): their line numbers are shown without links`,
    );
  }
  return entries.sort(byId);
}

/** The collection's transform: the records' texts from the sources folder. */
export const toSourceTexts = (
  records: readonly BudgetRecord[],
  { root, warn }: LoaderContext,
): Promise<Entry<SourceText>[]> => readSourceTexts(records, sourcesDir(root), warn);

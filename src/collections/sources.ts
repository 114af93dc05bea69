/**
 * The source texts behind the records, for the pages that show every line a figure was read from.
 * Only whether each file is present is known before the pages render; a source text page reads its
 * file when it renders, with the ingest's own reader, so line n there is line n of every record's
 * line ranges.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import { linePages, readSource, type SourceContent } from '../ingest/source-text.ts';
import type { BudgetRecord } from '../schema/index.ts';

/** A record's source text as its page shows it. */
export interface SourceText
  extends Pick<
    BudgetRecord,
    'year' | 'jurisdiction' | 'jurisdictionId' | 'department' | 'departmentId' | 'form' | 'source'
  > {
  /** Id of the record read from this text. */
  recordId: string;
  /** How the file's bytes became text: decoded as UTF-8 or GBK, or read from a PDF's table cells. */
  encoding: SourceContent['encoding'];
  /** The lines as decoded (for a PDF: its text rendering), without line endings or byte-order mark: source line n is `lines[n - 1]`. */
  lines: string[];
  /** For a PDF: the page each line starts on, `pages[n - 1]` for line n. */
  pages?: number[];
  /** For a PDF: the page each line ends on, `endPages[n - 1]` for line n: the next page for a row a page break cut. */
  endPages?: number[];
}

/** `SOURCES_DIR` names the folder the records were ingested from; relative paths are taken from the project root. */
export function sourcesDir(root: string, env: NodeJS.ProcessEnv = process.env): string {
  const dir = env.SOURCES_DIR || 'content/sources';
  return isAbsolute(dir) ? dir : join(root, dir);
}

/**
 * A record's source text from the file's bytes. Bytes other than those the record was read from would
 * put every line link on the wrong line, so they are refused.
 */
export async function toSourceText(record: BudgetRecord, bytes: Uint8Array): Promise<SourceText> {
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
    ...(read.pdf
      ? { pages: linePages(read.pdf), endPages: read.pdf.printed.map((places) => places.at(-1)?.page ?? 1) }
      : {}),
  };
}

/** The source text of `record` from its file at `path`, read when its page renders. */
export const readSourceText = async (record: BudgetRecord, path: string): Promise<SourceText> =>
  toSourceText(record, await readFile(path));

/**
 * For each record whose source file is in `dir`, the file's path. Missing files are named in one
 * warning (a folder of records without their sources would otherwise print a line per record).
 */
export function sourceFiles(
  records: readonly BudgetRecord[],
  dir: string,
  warn: (message: string) => void,
): Map<string, string> {
  const files = new Map<string, string>();
  const missing: string[] = [];
  for (const record of records) {
    const path = join(dir, record.source.file);
    if (existsSync(path)) files.set(record.id, path);
    else missing.push(record.source.file);
  }
  if (missing.length > 0) {
    const named = missing.length > 5 ? `${missing.slice(0, 5).join(', ')}, …` : missing.join(', ');
    warn(
      `${missing.length} of ${records.length} source texts are not in ${dir} (${named}): their line numbers are shown without links`,
    );
  }
  return files;
}

/**
 * The ingest run: manifest → every document through parseDocument → records written aside and
 * moved into place. A document that fails keeps its last good record; the others go on.
 */
import { join } from 'node:path';
import { byCodePoint } from '../lib/compare.ts';
import { type BudgetRecord, type Correction, correctionsFile } from '../schema/index.ts';
import { CorrectionsNotApplied } from './corrections.ts';
import { type DocumentReport, parseDocument } from './document.ts';
import { type IngestEffects, replaceFolder } from './effects.ts';
import { firstIssue, InputError } from './errors.ts';
import { MANIFEST_FILE, type Manifest, manifest as manifestSchema } from './manifest.ts';
import { linePages, readSource, type SourceContent } from './source-text.ts';

export interface IngestOptions {
  sourcesDir: string;
  outDir: string;
  /** `--check`: read and validate everything, write nothing (`written` then lists what would be written). */
  check?: boolean;
}

/** The corrections file of a source document sits beside it: `003.txt` → `003.txt.corrections.json`. */
export const correctionsFileOf = (file: string): string => `${file}${CORRECTIONS_SUFFIX}`;
const CORRECTIONS_SUFFIX = '.corrections.json';

/** A problem that stopped one document (or the whole run): file, line, what was expected. */
export interface IngestError {
  file: string;
  line: number | null;
  /** For a PDF: the page of `line`. */
  page?: number;
  message: string;
}

export interface IngestResult {
  documents: DocumentReport[];
  errors: IngestError[];
  /** Record files written, by name. */
  written: string[];
  /** Record files kept from the last good run because their document failed this time. */
  kept: string[];
}

export const recordFileName = (record: Pick<BudgetRecord, 'id'>): string => `${record.id}.json`;

/** Pretty, stable JSON: the same record gives the same bytes on every run. */
export const serializeRecord = (record: BudgetRecord): string => `${JSON.stringify(record, null, 2)}\n`;

export async function runIngest(options: IngestOptions, fx: IngestEffects): Promise<IngestResult> {
  const result: IngestResult = { documents: [], errors: [], written: [], kept: [] };
  const manifest = await readManifest(options.sourcesDir, fx, result.errors);
  if (!manifest) return result;

  const listed = new Set(manifest.documents.map((d) => d.file));
  const present = await fx.listFiles(options.sourcesDir);
  for (const file of present.filter((f) => f !== MANIFEST_FILE && !f.startsWith('.') && !listed.has(f)).sort()) {
    const document = file.endsWith(CORRECTIONS_SUFFIX) ? file.slice(0, -CORRECTIONS_SUFFIX.length) : null;
    if (document && listed.has(document)) continue;
    result.errors.push({
      file,
      line: null,
      message: document
        ? `更正文件对应的 ${document} 不在清单 ${MANIFEST_FILE} 中：请改正文件名，或删除这份更正文件`
        : `文件不在清单 ${MANIFEST_FILE} 中：请在清单中登记它的年度、地区（year, jurisdiction）`,
    });
  }

  const records = new Map<string, string>();
  const failed = new Set<string>();
  for (const entry of manifest.documents) {
    if (!present.includes(entry.file)) {
      result.errors.push({
        file: entry.file,
        line: null,
        message: `清单登记了此文件，但 ${options.sourcesDir} 中没有它`,
      });
      failed.add(entry.file);
      continue;
    }
    const corrections = present.includes(correctionsFileOf(entry.file))
      ? await readCorrections(options.sourcesDir, correctionsFileOf(entry.file), fx, result.errors)
      : [];
    if (corrections === null) {
      failed.add(entry.file);
      continue;
    }
    let content: SourceContent | null = null;
    try {
      content = await readSource(await fx.readFile(join(options.sourcesDir, entry.file)));
      const parsed = parseDocument(entry, content, corrections);
      const name = recordFileName(parsed.record);
      if (records.has(name))
        throw new InputError(`与另一份文件生成了同一记录 ${name}（同一部门、年度和表格类型登记了两次？）`);
      records.set(name, serializeRecord(parsed.record));
      result.documents.push(parsed.report);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      failed.add(entry.file);
      if (error instanceof CorrectionsNotApplied) {
        const file = correctionsFileOf(entry.file);
        for (const message of error.problems) result.errors.push({ file, line: null, message });
        continue;
      }
      const page = content?.pdf && error.line ? linePages(content.pdf)[error.line - 1] : undefined;
      result.errors.push({ file: entry.file, line: error.line, ...(page ? { page } : {}), message: error.message });
    }
  }
  if (options.check) result.written.push(...[...records.keys()].sort());
  else await writeAside(options.outDir, records, failed, fx, result);
  return result;
}

/** The document's corrections; null (with one error naming file and field) when the file is malformed. */
async function readCorrections(
  dir: string,
  file: string,
  fx: IngestEffects,
  errors: IngestError[],
): Promise<Correction[] | null> {
  const text = new TextDecoder().decode(await fx.readFile(join(dir, file)));
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    errors.push({ file, line: null, message: `更正文件不是有效的 JSON：${(error as Error).message}` });
    return null;
  }
  const parsed = correctionsFile.safeParse(json);
  if (!parsed.success) {
    errors.push({
      file,
      line: null,
      message: `更正文件格式不符（${firstIssue(parsed.error)}）：格式见 README「更新步骤」`,
    });
    return null;
  }
  return parsed.data.corrections;
}

async function readManifest(dir: string, fx: IngestEffects, errors: IngestError[]): Promise<Manifest | null> {
  let text: string;
  try {
    text = new TextDecoder().decode(await fx.readFile(join(dir, MANIFEST_FILE)));
  } catch {
    errors.push({
      file: MANIFEST_FILE,
      line: null,
      message: `在 ${dir} 中找不到清单：应为 ${MANIFEST_FILE}，列出每份文件的 file、year、jurisdiction`,
    });
    return null;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    errors.push({ file: MANIFEST_FILE, line: null, message: `清单不是有效的 JSON：${(error as Error).message}` });
    return null;
  }
  const parsed = manifestSchema.safeParse(json);
  if (!parsed.success) {
    errors.push({
      file: MANIFEST_FILE,
      line: null,
      message: `清单格式不符（${firstIssue(parsed.error)}）：每项应有 file、year、jurisdiction`,
    });
    return null;
  }
  return parsed.data;
}

/**
 * Writes the new records to a sibling folder, carries over the last good record of every
 * document that failed, then swaps the folders. A crash part-way leaves the old folder intact.
 */
async function writeAside(
  outDir: string,
  records: Map<string, string>,
  failed: Set<string>,
  fx: IngestEffects,
  result: IngestResult,
): Promise<void> {
  const staging = `${outDir}.staging`;
  await fx.remove(staging);
  await fx.makeDir(staging);
  // By name (file names are unique).
  for (const [name, text] of [...records].sort(([a], [b]) => byCodePoint(a, b))) {
    await fx.writeFile(join(staging, name), text);
    result.written.push(name);
  }
  for (const name of (await fx.listFiles(outDir)).filter((n) => n.endsWith('.json')).sort()) {
    if (records.has(name)) continue;
    const text = new TextDecoder().decode(await fx.readFile(join(outDir, name)));
    const sourceFile = (JSON.parse(text) as { source?: { file?: string } }).source?.file;
    if (sourceFile && failed.has(sourceFile)) {
      await fx.writeFile(join(staging, name), text);
      result.kept.push(name);
    }
  }
  await replaceFolder(staging, outDir, fx);
}

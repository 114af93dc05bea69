/** Reads the ingested records: the only place the site touches the records folder. */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import { type BudgetRecord, budgetRecord } from '../schema/index.ts';

/** `RECORDS_DIR` lets tests build the site from fixtures; relative paths are taken from the project root. */
export function recordsDir(root: string, env: NodeJS.ProcessEnv = process.env): string {
  const dir = env.RECORDS_DIR || 'content/records';
  return isAbsolute(dir) ? dir : join(root, dir);
}

/** The `*.json` files of `dir` in name order; none when the folder does not exist yet. */
export async function recordFiles(dir: string): Promise<string[]> {
  if (!existsSync(dir)) return [];
  return (await readdir(dir))
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => join(dir, f));
}

/** One record file's text, validated; the error names the file and the fix. */
export function parseRecord(path: string, text: string): BudgetRecord {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(`${path}: not valid JSON (${(error as Error).message}); re-run npm run ingest`);
  }
  const parsed = budgetRecord.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`${path}: not a valid record (${issues}); re-run npm run ingest`);
  }
  return parsed.data;
}

/** Every record of `dir`, validated, in file-name order. */
export async function readRecords(dir: string): Promise<BudgetRecord[]> {
  return Promise.all((await recordFiles(dir)).map(async (path) => parseRecord(path, await readFile(path, 'utf8'))));
}

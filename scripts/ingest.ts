/**
 * npm run ingest [-- --sources DIR --out DIR --report FILE --strict --check]
 * Reads a folder of PDF-to-text disclosures listed in its manifest.json (and their staff
 * corrections) and writes one validated JSON record per document. Exit code 1 when a document
 * failed (or, with --strict, when any warning or error finding remains); the last good records
 * are never destroyed. --check does all of that but writes no record.
 */

import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { t } from '../src/i18n/zh-CN.ts';
import { nodeEffects } from '../src/ingest/effects.ts';
import { runIngest } from '../src/ingest/run.ts';
import { reportJson, strictProblems, summaryLines } from '../src/ingest/summary.ts';

const USAGE = 'usage: npm run ingest -- [--sources DIR] [--out DIR] [--report FILE] [--strict] [--check]';

const parseOptions = () =>
  parseArgs({
    options: {
      sources: { type: 'string', default: 'content/sources' },
      out: { type: 'string', default: 'content/records' },
      report: { type: 'string' },
      strict: { type: 'boolean', default: false },
      check: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  }).values;

async function main(): Promise<number> {
  let values: ReturnType<typeof parseOptions>;
  try {
    values = parseOptions();
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const options = { sourcesDir: values.sources, outDir: values.out, check: values.check };
  const result = await runIngest(options, nodeEffects);
  for (const line of summaryLines(result, options.outDir, options.check)) console.log(line);
  if (values.report) await writeFile(values.report, reportJson(result), 'utf8');
  if (result.errors.length > 0) return 1;
  if (values.strict && strictProblems(result) > 0) {
    console.error(`--strict: ${strictProblems(result)} 个${t.severity.error}、${t.severity.warning}或未识别行`);
    return 1;
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    // A bug of ours, not bad input: still one line, no stack trace for the person running it.
    console.error(`内部错误 (internal error): ${error instanceof Error ? error.message : String(error)}`);
    process.exit(2);
  },
);

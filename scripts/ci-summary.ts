/**
 * node scripts/ci-summary.ts REPORT.json… — one closing line for CI logs, in the plain
 * "N passed, N failed, N skipped" form, summed over vitest JSON reports. A missing report
 * (its run crashed before writing one) counts as one failure, so it can never read as green.
 */
import { readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
let skipped = 0;
for (const file of process.argv.slice(2)) {
  try {
    const report = JSON.parse(readFileSync(file, 'utf8')) as {
      numPassedTests: number;
      numFailedTests: number;
      numPendingTests: number;
      numTodoTests: number;
    };
    passed += report.numPassedTests;
    failed += report.numFailedTests;
    skipped += report.numPendingTests + report.numTodoTests;
  } catch {
    console.log(`[ci] no test report at ${file}`);
    failed += 1;
  }
}
console.log(`total: ${passed} passed, ${failed} failed, ${skipped} skipped`);

// Golden directory: the open data of the bundled samples exactly as the site publishes it
// (content/records → test/golden/opendata/). Any change to the records or to the writers shows up
// as a diff of these files in review. Regenerate on purpose with `UPDATE_GOLDEN=1 npm test`;
// never in CI, where a missing or different file fails.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRecords } from '../../src/collections/records.ts';
import { indicatorsCsv, projectsCsv } from '../../src/opendata/csv.ts';
import { dataPackage } from '../../src/opendata/datapackage.ts';
import { toJson } from '../../src/opendata/records.ts';
import { buildSiteModel } from '../../src/site/model.ts';
import { RECORDS_DIR } from '../ingest/helpers.ts';

const GOLDEN = join(import.meta.dirname, '..', 'golden', 'opendata');
const update = process.env.UPDATE_GOLDEN === '1';
if (update && process.env.CI) throw new Error('UPDATE_GOLDEN is for a deliberate local regeneration, never for CI');

const records = await readRecords(RECORDS_DIR);
const { openData } = buildSiteModel(records, { sourceFiles: new Map() });
const outputs: Record<string, string> = {
  'projects.csv': projectsCsv(openData.projects),
  'indicators.csv': indicatorsCsv(openData.indicators),
  'datapackage.json': toJson(dataPackage(records.map((r) => r.id))),
};

describe('open data of the samples (golden directory)', () => {
  it.each(Object.keys(outputs))('%s is as published', (name) => {
    const path = join(GOLDEN, name);
    if (update) {
      mkdirSync(GOLDEN, { recursive: true });
      writeFileSync(path, outputs[name]!);
    }
    expect(existsSync(path), `${path} is missing: run UPDATE_GOLDEN=1 npm test`).toBe(true);
    expect(
      outputs[name],
      `${name} differs from ${path}; if the change is intended, run UPDATE_GOLDEN=1 npm test and review the diff`,
    ).toBe(readFileSync(path, 'utf8'));
  });

  it('holds one row per sample project and per sample indicator', () => {
    expect(outputs['projects.csv']!.split('\r\n')).toHaveLength(1 + 61 + 1);
    expect(outputs['indicators.csv']!.split('\r\n')).toHaveLength(1 + 332 + 1);
  });
});

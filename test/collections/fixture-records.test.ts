/** The hand-written fixture records look like what the ingest writes, so the site tests test real shapes. */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { recordId } from '../../src/ingest/ids.ts';
import { recordFileName } from '../../src/ingest/run.ts';
import { fixtureRecords } from './fixtures.ts';

describe('fixture records', () => {
  it('have the ids the ingest gives (<year>-<departmentId>-overall or -projects) and are named after them', async () => {
    const records = await fixtureRecords();
    expect(records.map((r) => r.id)).toEqual(records.map((r) => recordId(r.year, r.departmentId, r.form)));
    expect(readdirSync('test/fixtures/records').sort()).toEqual(records.map(recordFileName).sort());
  });
});

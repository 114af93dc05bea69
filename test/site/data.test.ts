import { describe, expect, it } from 'vitest';
import { readBuilt } from './built.ts';

describe('open-data files', () => {
  it('writes projects.csv with a BOM and the header', () => {
    const csv = readBuilt('data/projects.csv');
    expect(csv.startsWith('\uFEFFyear,jurisdiction,department,department_id,unit,project,project_id,total,')).toBe(
      true,
    );
    expect(csv.split('\r\n')).toHaveLength(1 + 5 + 1);
  });

  it('writes indicators.csv with one row per indicator', () => {
    expect(readBuilt('data/indicators.csv').split('\r\n')).toHaveLength(1 + 7 + 1);
  });

  it('writes each record and all records as JSON, unchanged', () => {
    // The all-records file is compact (one line); single records are indented.
    expect(readBuilt('data/records.json').split('\n')).toHaveLength(2);
    const all = JSON.parse(readBuilt('data/records.json')) as { id: string }[];
    expect(all.map((r) => r.id)).toEqual([
      '2024-d-fixture0002-projects',
      '2025-d-fixture0001-overall',
      '2025-d-fixture0001-projects',
    ]);
    const one = JSON.parse(readBuilt('data/records/2025-d-fixture0001-overall.json'));
    expect(one).toEqual(all[1]);
  });

  it('writes a data package whose resources are the written files', () => {
    const pkg = JSON.parse(readBuilt('data/datapackage.json')) as { resources: { path: string }[] };
    for (const { path } of pkg.resources) expect(() => readBuilt(`data/${path}`), path).not.toThrow();
    expect(pkg.resources).toHaveLength(3 + 1 + 3); // corrections.csv: a fixture record is corrected
  });
});

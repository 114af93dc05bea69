import { readRecords } from '../../src/collections/records.ts';

/** The hand-written fixture records: one department with both forms (2025), one with a project form (2024). */
export const fixtureRecords = () => readRecords('test/fixtures/records');

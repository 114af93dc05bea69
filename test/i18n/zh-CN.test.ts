import { describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/zh-CN.ts';
import { departmentOverallRecord, projectExpenditureRecord } from '../../src/schema/index.ts';

describe('data dictionary of records', () => {
  it('documents only fields the record schema has', () => {
    const schemaFields = new Set([
      ...Object.keys(departmentOverallRecord.shape),
      ...Object.keys(projectExpenditureRecord.shape),
    ]);
    expect(Object.keys(t.recordFields).filter((f) => !schemaFields.has(f))).toEqual([]);
  });
});

/** A Frictionless Data Package (v1 profile) describing every open-data file the build writes. */
import { t } from '../i18n/zh-CN.ts';
import { correctionColumns } from './corrections.ts';
import { type Column, indicatorColumns, projectColumns } from './csv.ts';

/** Amounts are in 万元: one unit is 10,000 yuan. */
const AMOUNT_FACTOR = 10_000;

interface Field {
  name: string;
  type: string;
  description: string;
  unit?: string;
  currency?: string;
  factor?: number;
}

export interface DataResource {
  name: string;
  path: string;
  profile: string;
  format: string;
  mediatype: string;
  encoding: string;
  description: string;
  dialect?: Record<string, string | boolean>;
  schema?: { fields: Field[] };
}

const csvDialect = { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true };

function tableSchema<T>(columns: readonly Column<T>[]): { fields: Field[] } {
  return {
    fields: columns.map((c) => ({
      name: c.name,
      type: c.type,
      description: t.fields[c.name],
      ...(c.amount ? { unit: '万元', currency: 'CNY', factor: AMOUNT_FACTOR } : {}),
    })),
  };
}

const csvResource = <T>(name: string, description: string, columns: readonly Column<T>[]): DataResource => ({
  name,
  path: `${name}.csv`,
  profile: 'tabular-data-resource',
  format: 'csv',
  mediatype: 'text/csv',
  encoding: 'utf-8-sig',
  description,
  dialect: csvDialect,
  schema: tableSchema(columns),
});

const jsonResource = (name: string, path: string, description: string): DataResource => ({
  name,
  path,
  profile: 'data-resource',
  format: 'json',
  mediatype: 'application/json',
  encoding: 'utf-8',
  description,
});

/**
 * Paths are relative to the package file, which sits next to the data files in `/data/`.
 * `corrections.csv` is written, and listed, only when staff corrected some record.
 */
export function dataPackage(recordIds: readonly string[], hasCorrections = false) {
  return {
    profile: 'data-package',
    name: 'budget-performance-targets',
    title: t.data.packageTitle,
    description: t.data.packageDescription,
    resources: [
      csvResource('projects', t.data.resources.projects, projectColumns),
      csvResource('indicators', t.data.resources.indicators, indicatorColumns),
      ...(hasCorrections ? [csvResource('corrections', t.data.resources.corrections, correctionColumns)] : []),
      jsonResource('records', 'records.json', t.data.resources.records),
      ...[...recordIds]
        .sort()
        .map((id) => jsonResource(`record-${id}`, `records/${id}.json`, t.data.resources.record(id))),
    ],
  };
}

/** The open-data format: one module per entity; types are inferred from these schemas. */
export * from './common.ts';
export * from './correction.ts';
export * from './finding.ts';
export * from './indicator.ts';
export * from './project.ts';
export * from './record.ts';

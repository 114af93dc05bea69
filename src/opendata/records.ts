/** The records as open data: one JSON file per record, and all of them in one file. */

/** Indented for reading; `compact` for the all-records file, which at city scale is tens of megabytes. */
export const toJson = (value: unknown, { compact = false } = {}): string =>
  `${compact ? JSON.stringify(value) : JSON.stringify(value, null, 2)}\n`;

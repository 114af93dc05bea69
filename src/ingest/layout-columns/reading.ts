/** What a column-aligned text becomes: the tab-separated rows the form parsers read, and where each came from. */
import type { Finding, LineRange } from '../../schema/index.ts';
import type { SourceLine } from '../lines.ts';

export interface ColumnReading {
  /**
   * One line per table row (cells apart by tabs) and one per line outside the table, each
   * numbered by the first source line it comes from, in order.
   */
  lines: SourceLine[];
  /** The source lines each of those lines spans, by its number: a table row spans several. */
  spans: Map<number, LineRange>;
  /** Text left out because its row cannot be told with certainty. */
  findings: Finding[];
}

/**
 * The indicator rows in lines of the table with no blank line between them. pdftotext prints a
 * blank line where two lines' baselines stand two font sizes apart or more (poppler's
 * TextPage::dump), and the gap between two rows is the same all through a table: where it shows
 * as a blank line, two rows print with none between them only where other text stands in the gap
 * and takes a line next to them, a category label centred in its merged cell or the section's
 * label at the margin. So rows part only at a line of labels alone or next to a line holding label
 * text, and lines are read as rows only where exactly one way of parting them there makes every
 * part a whole row: its cells whole and placed as a row's are, and no name ending on a line above
 * more of it (the column holds more, so it did not wrap for want of room).
 */
import { type Cells, cellEnds, hasData, hasLabel } from './indicator-cells.ts';
import { rowCellsOf } from './indicator-rows.ts';

/** How many ways to count before giving up: two are enough to know the lines are not certain. */
const ENOUGH = 2;
/** Lines of indicator text beyond which a run is not parted (none is a row that tall; the work grows as the cube). */
const MOST_LINES = 120;

/**
 * Whether two rows may meet between these two lines of indicator text: a line between them (labels
 * alone), or label text on either where labels may stand in the gaps between rows (centred in their
 * cells; a label at the top of its cell stands on its first row's first line).
 */
const mayPart = (upper: Cells, lower: Cells, labelsInGaps: boolean): boolean =>
  lower.no > upper.no + 1 || (labelsInGaps && (hasLabel(upper) || hasLabel(lower)));

/** Whether the lines may be one whole row: its cells whole and placed as a row's are. */
function mayBeRow(cells: Cells[]): boolean {
  const row = rowCellsOf(cells);
  return row !== null && (row.topAligned || row.centred);
}

/**
 * For each line, the line of the name above it where that name ends short of the column (against
 * the lines of the table) before the name on this line: no row holds both. -1 where none.
 */
function nameEndsAbove(lines: readonly Cells[], widthLines: readonly Cells[]): number[] {
  let last = -1;
  return lines.map((c, k) => {
    if (c.name === '') return -1;
    const above = last;
    last = k;
    return above >= 0 && cellEnds('name', lines[above]?.name ?? '', c.name, widthLines) ? above : -1;
  });
}

/** Whether rows may meet inside the lines of indicator text (of `cells`): at a place next to label text. */
export function mayMeetInside(cells: readonly Cells[]): boolean {
  const lines = cells.filter(hasData);
  return lines.some((c, k) => k > 0 && mayPart(lines[k - 1] as Cells, c, true));
}

/** Where the page's edge may cut the lines' first row (`top`) or last (`bottom`). */
export interface PageEdge {
  top?: boolean;
  bottom?: boolean;
}

/**
 * The lines holding indicator text (of `cells`) in rows, or null where they do not part into rows
 * in exactly one way (at a page's edge, a part there may be the piece of a row the edge cuts).
 */
export function uniqueRows(
  cells: readonly Cells[],
  widthLines: readonly Cells[],
  labelsInGaps = true,
  cut: PageEdge = {},
): Cells[][] | null {
  const lines = cells.filter(hasData);
  const n = lines.length;
  if (n === 0 || n > MOST_LINES) return null;
  const endsAbove = nameEndsAbove(lines, widthLines);
  // ways[j]: how many partings (up to ENOUGH) make the lines before j whole rows; from[j]: where the
  // last of them starts when there is one.
  const ways = new Array<number>(n + 1).fill(0);
  const from = new Array<number>(n + 1).fill(-1);
  ways[0] = 1;
  const cutAt = (k: number) => k === 0 || k === n || mayPart(lines[k - 1] as Cells, lines[k] as Cells, labelsInGaps);
  for (let j = 1; j <= n; j++) {
    if (!cutAt(j)) continue;
    // The lines above j may be the rest of a row the page's top cuts (not the whole run: the rows on
    // both sides of a break are checked as such, department-indicators.ts).
    if (cut.top && j < n) {
      ways[j] = Math.min(ENOUGH, (ways[j] ?? 0) + 1);
      from[j] = 0;
    }
    // The nearest line at or above i whose name ends before a name of lines i … j-1.
    let ended = -1;
    for (let i = j - 1; i >= 0; i--) {
      ended = Math.max(ended, endsAbove[i] ?? -1);
      const before = ways[i] ?? 0;
      const rest = cut.bottom && j === n && i > 0;
      if (before === 0 || !cutAt(i) || (!rest && (ended >= i || !mayBeRow(lines.slice(i, j))))) continue;
      ways[j] = Math.min(ENOUGH, (ways[j] ?? 0) + before);
      from[j] = i;
    }
  }
  if (ways[n] !== 1) return null;
  const rows: Cells[][] = [];
  for (let j = n; j > 0; j = from[j] ?? 0) rows.unshift(lines.slice(from[j], j));
  return rows;
}

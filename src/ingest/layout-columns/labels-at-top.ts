/**
 * Whether a department indicator table prints its category labels at the top of their merged
 * cells rather than centred in them: a 一级 label well above the middle its cell may have shows it.
 */
import { isLevel1Name } from '../taxonomy.ts';
import { emptyCategory, ownLabel, parentOf, type Segment } from './indicator-rows.ts';

/** How many lines a 一级 label must stand above the least middle its block may have to show that labels stand at the top. */
const OFF_MIDDLE = 2;

/**
 * Whether a 一级 label stands well above the middle of its merged cell, so that labels are printed
 * at the top of their cells, not centred. The cell reaches at least down to the last row below the
 * label (before the next 一级 label) whose own 二级 label is one of its own, and begins no higher
 * than the page's column header, or than the last row above it whose own 二级 is another 一级's.
 */
export function level1AboveMiddle(segments: readonly Segment[]): boolean {
  const certain = segments.flatMap((s) => {
    const label = ownLabel(s) ?? emptyCategory(s);
    const parent = label ? parentOf(label) : null;
    return parent ? [{ ...s, parent }] : [];
  });
  const labels = level1Labels(segments);
  return labels.some((label) => {
    const onPage = certain.filter((r) => r.page === label.page);
    const next = Math.min(...labels.filter((l) => l.page === label.page && l.from > label.to).map((l) => l.from));
    const below = onPage.filter((r) => r.parent === label.name && r.from > label.to && r.to < next);
    const above = onPage.filter((r) => r.parent !== label.name && r.to < label.from).map((r) => r.to);
    // On a page the table goes on to, a cell with no other 一级's row above it may begin on the page before.
    if (label.page !== segments[0]?.page && above.length === 0) return false;
    const header = segments.find((s) => s.page === label.page)?.header;
    const top = Math.max(...above, header ?? Number.NEGATIVE_INFINITY);
    const bottom = Math.max(...below.map((r) => r.to));
    return Number.isFinite(top) && Number.isFinite(bottom) && label.from + label.to < top + bottom - 2 * OFF_MIDDLE;
  });
}

/** The 一级 labels printed whole on consecutive lines of one page, with those lines. */
function level1Labels(segments: readonly Segment[]): Array<{ page: number; name: string; from: number; to: number }> {
  const lines = segments.flatMap((s) =>
    (s.cells ?? []).filter((c) => c.level1 !== '').map((c) => ({ ...c, page: s.page })),
  );
  const labels: Array<{ page: number; name: string; from: number; to: number }> = [];
  let open: { page: number; name: string; from: number; to: number } | null = null;
  for (const line of lines) {
    if (open && open.page === line.page && line.no === open.to + 1) {
      open.name += line.level1;
      open.to = line.no;
    } else {
      open = { page: line.page, name: line.level1, from: line.no, to: line.no };
      labels.push(open);
    }
  }
  return labels.filter((l) => isLevel1Name(l.name));
}

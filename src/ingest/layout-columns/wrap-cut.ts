/**
 * Lines of two wrapped text columns side by side (the project form's 绩效目标 and 绩效指标) that
 * their spaces do not cut with certainty (text-columns.ts), cut by how each column wraps. Every
 * place in the line is tried, touching text included (pdftotext may print two columns' text with
 * no space between), and a place is ruled out where either part could not be its column's line:
 * wider than the column holds, or ending before a character the column had room for while the
 * column's text goes on, Chinese character to Chinese character, on the next line (it would have
 * taken it). Lines next to each other in a run are tried together, each place of one with each of
 * the next. How much a column holds is known only from the lines cut with certainty: at least as
 * much as any of them, less than any that wrapped with what it did not take (widths.ts). A line is
 * cut where one place only is left, and lines cut so count as cut with certainty for the next.
 *
 * Text touching across a cut is cut only where the second column starts on the lines around it.
 * pdftotext prints the lines of a block of text (lines near enough to each other) at one place, and
 * the second column's text there: right after the first's if that ends there, on a line of its own
 * if the first runs past it. Two cells' text, always some way apart on the page, is otherwise
 * printed one space apart (where poppler joins them into one line of text). A run mostly holds one
 * block of the column, but the first column's paragraphs can part it in two, a character apart: so
 * the place is known for a line only where the nearest lines above and below it in its run that
 * print the second column apart from the first both print it there.
 */
import { charsOf } from './grid.ts';
import { nextUnit, widthGap, wrapsForWidth } from './widths.ts';

/** A line of the two columns: its text from the first column's start, its parts where cut with certainty. */
export interface TwoColumnLine {
  /** Trimmed; null for a blank line (which parts rows: only lines of one run wrap into one another). */
  text: string | null;
  parts: readonly [first: string, second: string] | null;
  /** Where `text` starts, in characters from the first column's start (0 if not given). */
  at?: number;
  /** Where the line prints the second column's text apart from the first's (two spaces or more, or alone), in characters from the first column's start. */
  apart?: number;
  /** Whether the line is the first of the table's body on its page: no text of the columns above it there. */
  opensPage?: boolean;
}

/** What a column's certain lines show of its width: lines it holds, and lines with more than it holds. */
interface Room {
  holds: string[];
  exceeds: string[];
}

type Parts = readonly [first: string, second: string];

/** A blank line: it parts runs. */
export const BLANK_LINE: TwoColumnLine = { text: null, parts: null };

/** Rounds of cutting: lines cut in one show more of the columns' widths to the next. */
const PASSES = 3;

export function cutByWrapping(lines: readonly TwoColumnLine[]): Array<Parts | null> {
  const parts = lines.map((l) => l.parts);
  for (let pass = 0; pass < PASSES; pass++) {
    const rooms = [roomOf(lines, parts, 0), roomOf(lines, parts, 1)] as const;
    let changed = false;
    for (const run of runsOf(lines)) {
      const options = run.map((i, k) =>
        parts[i] ? [parts[i]] : placesOf(lines[i] ?? BLANK_LINE, placeAt(run, k, lines), rooms),
      );
      possibleInChain(options, rooms).forEach((left, k) => {
        const i = run[k] ?? 0;
        if (parts[i] || left.length !== 1) return;
        parts[i] = left[0] ?? null;
        changed = true;
      });
    }
    if (!changed) break;
  }
  return parts;
}

/**
 * Where the second column starts on the run's line k: where the nearest lines above and below that
 * print it apart both do; on a page's first line, where the line right below it does. There the
 * column's text starts the page's block of it (lines near enough to each other), which holds the
 * next line too, or is a block of its own above the next line's: poppler places blocks that start
 * at one x at one column (each at the most any block left of it gives it, the lower also at the
 * upper's), so the two print at one place.
 */
function placeAt(run: readonly number[], k: number, lines: readonly TwoColumnLine[]): number | null {
  const apart = (i: number | undefined) => (i === undefined ? undefined : lines[i]?.apart);
  if (k === 0 && lines[run[0] ?? -1]?.opensPage) return apart(run[1]) ?? null;
  const above = run.slice(0, k).findLast((i) => apart(i) !== undefined);
  const below = run.slice(k + 1).find((i) => apart(i) !== undefined);
  const place = apart(above);
  return place !== undefined && place === apart(below) ? place : null;
}

/** The indexes of the lines of each run (lines between blank ones). */
function runsOf(lines: readonly TwoColumnLine[]): number[][] {
  const runs: number[][] = [[]];
  lines.forEach((l, i) => {
    if (l.text === null) runs.push([]);
    else runs.at(-1)?.push(i);
  });
  return runs.filter((r) => r.length > 0);
}

function roomOf(lines: readonly TwoColumnLine[], parts: ReadonlyArray<Parts | null>, column: 0 | 1): Room {
  const room: Room = { holds: [], exceeds: [] };
  parts.forEach((p, i) => {
    const text = p?.[column];
    if (!text) return;
    room.holds.push(text);
    const next = lines[i + 1]?.text === null ? null : parts[i + 1]?.[column];
    if (next && wrapsForWidth(text, next)) room.exceeds.push(text + nextUnit(next));
  });
  return room;
}

/** Whether a column could hold `text` as one of its lines: no line known to exceed it is as narrow. */
const fits = (text: string, room: Room): boolean => room.exceeds.every((e) => widthGap(text, e)[0] < 0);

/** Whether a column could lack room for `text`: no line it holds is as wide. */
const exceeds = (text: string, room: Room): boolean => room.holds.every((h) => widthGap(h, text)[0] < 0);

/**
 * Every cut of the line whose two parts each fit their column (the first part not empty); where the
 * second column's start is known, text touches across a cut there only.
 */
function placesOf({ text, at = 0 }: TwoColumnLine, place: number | null, rooms: readonly [Room, Room]): Parts[] {
  const chars = charsOf(text ?? '');
  const spaced = (k: number) => chars[k - 1] === ' ' || chars[k] === ' ';
  const shown = (k: number) => place === null || at + k === place;
  const found = new Map<string, Parts>();
  for (let k = 1; k <= chars.length; k++) {
    if (k !== chars.length && !spaced(k) && !shown(k)) continue;
    const cut: Parts = [chars.slice(0, k).join('').trim(), chars.slice(k).join('').trim()];
    if (cut[0] !== '' && cut.every((part, c) => part === '' || fits(part, rooms[c as 0 | 1])))
      found.set(cut.join('\t'), cut);
  }
  return [...found.values()];
}

/** Whether a line may follow another in both columns: where a column's text goes on, the upper had no room for more. */
const follows = (upper: Parts, lower: Parts, rooms: readonly [Room, Room]): boolean =>
  ([0, 1] as const).every((c) => {
    const [a, b] = [upper[c], lower[c]];
    return !a || !b || !wrapsForWidth(a, b) || exceeds(a + nextUnit(b), rooms[c]);
  });

/** Of each line's cuts, those that some cut of every other line of the chain goes with. */
function possibleInChain(options: readonly Parts[][], rooms: readonly [Room, Room]): Parts[][] {
  const ahead = options.map(() => [] as Parts[]);
  options.forEach((cuts, k) => {
    const before = ahead[k - 1];
    ahead[k] = k === 0 || !before ? [...cuts] : cuts.filter((c) => before.some((b) => follows(b, c, rooms)));
  });
  const both = options.map(() => [] as Parts[]);
  for (let k = options.length - 1; k >= 0; k--) {
    const after = both[k + 1];
    const here = ahead[k] ?? [];
    both[k] = k === options.length - 1 || !after ? here : here.filter((c) => after.some((a) => follows(c, a, rooms)));
  }
  return both;
}

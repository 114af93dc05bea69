/**
 * Lines of two wrapped text columns side by side (the project form's 绩效目标 and 绩效指标) that
 * their spaces do not cut with certainty (text-columns.ts), cut by how each column wraps. Every
 * place in the line is tried, touching text included (pdftotext may print two columns' text with
 * no space between), and a place is ruled out where either part could not be its column's line:
 * wider than the column holds, or ending before a character the column had room for while the
 * column's text goes on, Chinese character to Chinese character, on the next line (it would have
 * taken it), or going on from a line above that had no room for its first character's worth. How
 * much a column holds is known only from the lines cut with certainty: at least as much as any of
 * them, less than any that wrapped with what it did not take (widths.ts). A line is cut where one
 * place only is left, and lines cut so count as cut with certainty for the next.
 */
import { charsOf } from './grid.ts';
import { nextUnit, widthGap, wrapsForWidth } from './widths.ts';

/** A line of the two columns: its text from the first column's start, its parts where cut with certainty. */
export interface TwoColumnLine {
  /** null for a blank line (which parts rows: only lines of one run wrap into one another). */
  text: string | null;
  parts: readonly [first: string, second: string] | null;
}

/** What a column's certain lines show of its width: lines it holds, and lines with more than it holds. */
interface Room {
  holds: string[];
  exceeds: string[];
}

const PASSES = 3;

export function cutByWrapping(lines: readonly TwoColumnLine[]): Array<readonly [string, string] | null> {
  const parts = lines.map((l) => l.parts);
  for (let pass = 0; pass < PASSES; pass++) {
    const rooms = [roomOf(lines, parts, 0), roomOf(lines, parts, 1)] as const;
    let changed = false;
    lines.forEach((line, i) => {
      if (parts[i] || line.text === null) return;
      const cut = onlyCut(line.text, i, lines, parts, rooms);
      if (cut) {
        parts[i] = cut;
        changed = true;
      }
    });
    if (!changed) break;
  }
  return parts;
}

/** A column's part of the line next to `i` in its run (`step` -1 above, 1 below), where that line is cut. */
function neighbour(
  lines: readonly TwoColumnLine[],
  parts: ReadonlyArray<readonly [string, string] | null>,
  i: number,
  step: -1 | 1,
  column: 0 | 1,
): string | null {
  const j = i + step;
  if (lines[j]?.text === null || lines[j] === undefined) return null;
  return parts[j]?.[column] || null;
}

function roomOf(
  lines: readonly TwoColumnLine[],
  parts: ReadonlyArray<readonly [string, string] | null>,
  column: 0 | 1,
): Room {
  const room: Room = { holds: [], exceeds: [] };
  parts.forEach((p, i) => {
    const text = p?.[column];
    if (!text) return;
    room.holds.push(text);
    const next = neighbour(lines, parts, i, 1, column);
    if (next && wrapsForWidth(text, next)) room.exceeds.push(text + nextUnit(next));
  });
  return room;
}

/** Whether a column could hold `text` as one of its lines: no line known to exceed it is as narrow. */
const fits = (text: string, room: Room): boolean => room.exceeds.every((e) => widthGap(text, e)[0] < 0);

/** Whether a column could lack room for `text`: no line it holds is as wide. */
const exceeds = (text: string, room: Room): boolean => room.holds.every((h) => widthGap(h, text)[0] < 0);

/** Whether `text` could be a line of its column between the lines above and below (null: none known). */
function couldBeLine(text: string, above: string | null, below: string | null, room: Room): boolean {
  if (!fits(text, room)) return false;
  if (below && wrapsForWidth(text, below) && !exceeds(text + nextUnit(below), room)) return false;
  return !(above && wrapsForWidth(above, text) && !exceeds(above + nextUnit(text), room));
}

/** The line's one cut that leaves both parts possible lines of their columns, or null. */
function onlyCut(
  text: string,
  i: number,
  lines: readonly TwoColumnLine[],
  parts: ReadonlyArray<readonly [string, string] | null>,
  rooms: readonly [Room, Room],
): readonly [string, string] | null {
  const chars = charsOf(text.trim());
  const found = new Map<string, readonly [string, string]>();
  for (let k = 1; k <= chars.length; k++) {
    const first = chars.slice(0, k).join('').trim();
    const second = chars.slice(k).join('').trim();
    if (!first || (k < chars.length && chars[k - 1] === ' ' && chars[k] === ' ')) continue;
    const ok = [first, second].every(
      (part, column) =>
        part === '' ||
        couldBeLine(
          part,
          neighbour(lines, parts, i, -1, column as 0 | 1),
          neighbour(lines, parts, i, 1, column as 0 | 1),
          rooms[column as 0 | 1],
        ),
    );
    if (ok) found.set(`${first}\t${second}`, [first, second]);
    if (found.size > 1) return null;
  }
  const [only] = found.values();
  return only ?? null;
}

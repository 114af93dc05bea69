/** Splits the department-overall form into its sections by their headings. */
import { type SourceLine, squash } from '../lines.ts';

export type SectionName = 'budget' | 'goal' | 'tasks' | 'otherTasks' | 'indicators';

const HEADINGS: ReadonlyArray<[SectionName, RegExp]> = [
  ['budget', /^预算整体情况$/],
  ['goal', /^(?:部门)?总体绩效目标$/],
  ['tasks', /^年度重点工作任务$/],
  // "其他需完成的任务（可选填）", which PDF tables often wrap as "（可选" + "填）".
  ['otherTasks', /^其他需完成的任务/],
  ['indicators', /^绩效指标$/],
];

const OTHER_TASKS_LABEL = /^其他需完成的任务\s*(?:[（(]\s*可选\s*(?:填\s*[）)]?)?)?/;

export interface Sections {
  /** Lines of each section, heading excluded. */
  body: Partial<Record<SectionName, SourceLine[]>>;
  /** Heading lines (and a heading's wrapped tail), plus repeated headings after a page break. */
  headingLines: number[];
  /** Lines before the first heading. */
  preamble: SourceLine[];
}

/** Each section's printed label, white space removed; the other tasks' label may carry "（可选填）". */
const TITLES: ReadonlyArray<[SectionName, string]> = [
  ['budget', '预算整体情况'],
  ['goal', '部门总体绩效目标'],
  ['goal', '总体绩效目标'],
  ['tasks', '年度重点工作任务'],
  ['otherTasks', '其他需完成的任务（可选填）'],
  ['otherTasks', '其他需完成的任务'],
  ['indicators', '绩效指标'],
];
/** A wrapped label takes at most this many lines ("其他需完成的" / "任务（可选" / "填）"). */
const LABEL_MAX_LINES = 4;

/**
 * Where a label shares its line with the first row of its section (columns read across), what may
 * follow it: the budget grid's header, the first line of the goal, the task grid's header, the
 * indicator grid's header. Anything else after a label's words is not taken as a label.
 */
const INLINE_REST: Partial<Record<SectionName, RegExp>> = {
  budget: /预算金额/,
  goal: /\S/,
  tasks: /^名称/,
  indicators: /^一级指标/,
};

const labelKey = (text: string): string =>
  text
    .replace(/[\s\u3000\u00a0]+/g, '')
    .replace(/\(/g, '（')
    .replace(/\)/g, '）');

interface Heading {
  name: SectionName;
  /** Index of the heading's last line (its label may wrap over several lines). */
  last: number;
  /** Text of the section's first row on the label's line. */
  rest: string;
}

/**
 * The section heading that starts at line i: the label alone on its line, the label wrapped over
 * a few lines that hold nothing else (`年度重点工作` / `任务`), or the label followed on its line by
 * the first row of its section (`预算整体情况 部门预算支出 预算金额（万元）…`).
 */
function headingAt(lines: readonly SourceLine[], i: number, opened: ReadonlySet<SectionName>): Heading | null {
  const first = lines[i];
  if (!first) return null;
  const text = squash(first.text);
  const exact = HEADINGS.find(([, re]) => re.test(text));
  const key = labelKey(text);
  // The longest run of lines that spells a whole label, and nothing more.
  let best: Heading | null = null;
  let joined = '';
  for (let j = i; j < lines.length && j < i + LABEL_MAX_LINES; j++) {
    const line = lines[j];
    if (!line) break;
    joined += labelKey(line.text);
    if (!TITLES.some(([, t]) => t.startsWith(joined))) break;
    const whole = TITLES.find(([, t]) => t === joined);
    if (whole) best = { name: whole[0], last: j, rest: '' };
  }
  if (best) return best;
  if (exact) {
    const [name] = exact;
    // "其他需完成的任务（可选填）" and the other tasks' text on one line.
    const rest = name === 'otherTasks' ? text.replace(OTHER_TASKS_LABEL, '').trim() : '';
    return { name, last: i, rest };
  }
  for (const [name, title] of TITLES) {
    if (!key.startsWith(title) || !text.includes(' ')) continue;
    // The label's words, then a space, then the first row.
    const at = [...title].reduce((pos, ch) => text.indexOf(ch, pos) + 1, 0);
    if (text[at] !== ' ') continue;
    const rest = text.slice(at + 1);
    const allowed = INLINE_REST[name];
    if (!allowed?.test(rest) || (name === 'goal' && opened.has('goal'))) continue;
    // Cells apart by runs of spaces (a layout-keeping export): the indicator grid's columns stand
    // side by side, which this reader does not take apart; the label alone is not claimed there.
    if (name === 'indicators' && / {2,}\S/.test(first.text.trim())) continue;
    return { name, last: i, rest };
  }
  return null;
}

export function splitSections(lines: readonly SourceLine[]): Sections {
  const sections: Sections = { body: {}, headingLines: [], preamble: [] };
  let current: SourceLine[] = sections.preamble;
  /** Index of the last line a heading took as its wrapped tail: the lines up to it are read. */
  let readTo = -1;
  /** The headings stand in a label column of their own (cells kept apart by tabs). */
  let labelColumn = false;
  const opened = new Set<SectionName>();
  for (const [i, line] of lines.entries()) {
    if (i <= readTo) continue;
    const labelled = labelledRow(line);
    if (labelled) {
      // "预算整体情况 \t 部门预算支出 \t …": the section's label, then its first row.
      sections.headingLines.push(line.no);
      labelColumn = true;
      opened.add(labelled.name);
      current = sections.body[labelled.name] ??= [];
      if (labelled.rest.trim() !== '') current.push({ no: line.no, text: labelled.rest });
      continue;
    }
    const heading = headingAt(lines, i, opened);
    if (!heading) {
      // Under a label column, a row's first field is the label's merged cell: empty.
      current.push(labelColumn && line.text.startsWith('\t') ? { no: line.no, text: line.text.slice(1) } : line);
      continue;
    }
    for (const l of lines.slice(i, heading.last + 1)) sections.headingLines.push(l.no);
    readTo = heading.last;
    opened.add(heading.name);
    // A page break may repeat a heading: keep adding to the section already open.
    current = sections.body[heading.name] ??= [];
    if (heading.rest) current.push({ no: lines[heading.last]?.no ?? line.no, text: heading.rest });
  }
  return sections;
}

/** A tab-separated row whose first cell is a section heading: the heading and the rest of the row. */
function labelledRow(line: SourceLine): { name: SectionName; rest: string } | null {
  const tab = line.text.indexOf('\t');
  if (tab === -1) return null;
  const label = squash(line.text.slice(0, tab));
  const heading = HEADINGS.find(([, re]) => re.test(label));
  return heading ? { name: heading[0], rest: line.text.slice(tab + 1) } : null;
}

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

export function splitSections(lines: readonly SourceLine[]): Sections {
  const sections: Sections = { body: {}, headingLines: [], preamble: [] };
  let current: SourceLine[] = sections.preamble;
  /** Index of the last line a heading took as its wrapped tail: the lines up to it are read. */
  let readTo = -1;
  /** The headings stand in a label column of their own (cells kept apart by tabs). */
  let labelColumn = false;
  for (const [i, line] of lines.entries()) {
    if (i <= readTo) continue;
    const text = squash(line.text);
    const labelled = labelledRow(line);
    const heading = labelled ? undefined : HEADINGS.find(([, re]) => re.test(text));
    if (labelled) {
      // "预算整体情况 \t 部门预算支出 \t …": the section's label, then its first row.
      sections.headingLines.push(line.no);
      labelColumn = true;
      current = sections.body[labelled.name] ??= [];
      if (labelled.rest.trim() !== '') current.push({ no: line.no, text: labelled.rest });
      continue;
    }
    if (!heading) {
      // Under a label column, a row's first field is the label's merged cell: empty.
      current.push(labelColumn && line.text.startsWith('\t') ? { no: line.no, text: line.text.slice(1) } : line);
      continue;
    }
    sections.headingLines.push(line.no);
    const [name] = heading;
    if (name === 'otherTasks' && /[（(]可选$/.test(text)) {
      const next = lines.slice(i + 1).find((l) => l.text.trim() !== '');
      if (next && /^填\s*[）)]/.test(next.text.trim())) {
        sections.headingLines.push(next.no);
        readTo = lines.indexOf(next);
      }
    }
    // A page break may repeat a heading: keep adding to the section already open.
    current = sections.body[name] ??= [];
    // The other tasks' text may follow its label on the same line (columns read across).
    const rest = name === 'otherTasks' ? text.replace(OTHER_TASKS_LABEL, '').trim() : '';
    if (rest) current.push({ no: line.no, text: rest });
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

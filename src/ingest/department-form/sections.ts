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
  for (const [i, line] of lines.entries()) {
    if (i <= readTo) continue;
    const text = squash(line.text);
    const heading = HEADINGS.find(([, re]) => re.test(text));
    if (!heading) {
      current.push(line);
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
  }
  return sections;
}

/**
 * A site built from PDFs: samples 000 (department form) and 001 (project form) as printed in the
 * `title-every-page` style (test/fixtures/forms/pdf/), ingested and built once for this file. That
 * style is one of the smallest, and it has a row a page break cut in each form, so a line printed on
 * two pages is cited too. Its pages show what the samples' texts give (content/records/), cite
 * each part by its PDF page and line, and every cited line is on the PDF's source page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/zh-CN.ts';
import { formatAmount } from '../../src/lib/format.ts';
import type { BudgetRecord, DepartmentOverallRecord, ProjectExpenditureRecord } from '../../src/schema/index.ts';
import { buildFixtureSite, type FixtureSite } from '../checks/fixture-site.ts';
import { FORMS_DIR } from '../fixtures/forms/samples.ts';
import { entryFor, overall, projectForm, RECORDS_DIR } from '../ingest/helpers.ts';

const STYLE = 'title-every-page';
const DEPARTMENT = 'departments/d-5b978d82ff/2025/index.html';
const OVERALL_ID = '2025-d-5b978d82ff-overall';
const PROJECTS_ID = '2025-d-5b978d82ff-projects';
/** The no-break space that keeps 第 3 页 and 第 12 行 each on one line. */
const NB = '\u00A0';

const textRecord = (id: string): BudgetRecord => JSON.parse(readFileSync(join(RECORDS_DIR, `${id}.json`), 'utf8'));
/** What the samples' texts give: the records `npm run ingest` wrote from content/sources/. */
const fromText = { overall: overall(textRecord(OVERALL_ID)), projects: projectForm(textRecord(PROJECTS_ID)) };

let site: FixtureSite;
let fromPdf: { overall: DepartmentOverallRecord; projects: ProjectExpenditureRecord };

beforeAll(async () => {
  const documents = ['000', '001'].map((key) => ({ ...entryFor(key), file: `${key}.pdf` }));
  site = await buildFixtureSite(
    'pdf',
    documents.map((d) => join(FORMS_DIR, 'pdf', STYLE, d.file)),
    documents,
  );
  const byId = (id: string): BudgetRecord => {
    const record = site.records.find((r) => r.id === id);
    if (!record) throw new Error(`the PDFs gave no record ${id}`);
    return record;
  };
  fromPdf = { overall: overall(byId(OVERALL_ID)), projects: projectForm(byId(PROJECTS_ID)) };
}, 300_000);

afterAll(async () => {
  await site?.close();
});

const built = (path: string): string => readFileSync(join(site.dir, path), 'utf8');
const projectPage = (projectId: string): string => built(`projects/${projectId}/2025/index.html`);
const textOf = (html: string): string => html.replace(/<[^>]*>/g, '');
/** The text of every amount cell of a page, in document order. */
const amountCells = (html: string): string[] =>
  [...html.matchAll(/<td class="num">(.*?)<\/td>/g)].map((m) => textOf(m[1]!));

/** Every link to a source page's line: the record, the line anchored, and the link's text. */
const lineLinks = (html: string) =>
  [...html.matchAll(/<a href="\/budget\/sources\/([^/"]+)\/#L(\d+)">([^<]*)<\/a>/g)].map((m) => ({
    recordId: m[1]!,
    line: Number(m[2]),
    text: m[3]!,
  }));

const allProjects = (record: ProjectExpenditureRecord) => record.units.flatMap((u) => u.projects);

describe('the project pages of a project form read from a PDF', () => {
  it('show the name, unit and amounts the text gives, for every project', () => {
    const units = fromText.projects.units;
    expect(units.flatMap((u) => u.projects)).toHaveLength(11);
    for (const unit of units) {
      for (const p of unit.projects) {
        const page = projectPage(p.id);
        expect(page).toContain(`<h1 data-pagefind-meta="title">${p.name}</h1>`);
        expect(page).toContain(`<p>${t.project.unitLine(unit.name)}</p>`);
        const keys = ['total', 'fiscal', 'specialAccount', 'other'] as const;
        expect(amountCells(page), p.name).toEqual(
          keys.map(
            (k) =>
              `${formatAmount(p.amounts[k])}${p.amounts.blank.includes(k) ? t.parenthetical(t.project.blankNote) : ''}`,
          ),
        );
      }
    }
    // The row a page break cut (pages 2 and 3), as printed.
    expect(amountCells(projectPage('p-3ed743784622'))).toEqual([
      '4.57 万元',
      '4.57 万元',
      '0.00 万元（原表为空，按 0 计）',
      '0.00 万元（原表为空，按 0 计）',
    ]);
  });

  it('cite the project’s row and each indicator by PDF page and line', () => {
    const page = projectPage('p-3ed743784622');
    const source = `/budget/sources/${PROJECTS_ID}/#L15`;
    expect(page).toContain(`<p>001.pdf，<a href="${source}">原文第${NB}2–3${NB}页 第${NB}15${NB}行</a></p>`);
    expect(lineLinks(page).map((l) => l.text)).toEqual([
      ...Array(4).fill(`第${NB}2–3${NB}页 第${NB}15${NB}行`),
      `原文第${NB}2–3${NB}页 第${NB}15${NB}行`,
    ]);
    expect(lineLinks(projectPage('p-beddd8159a68')).at(-1)?.text).toBe(`原文第${NB}1${NB}页 第${NB}6${NB}行`);
    expect(lineLinks(projectPage('p-33d53c3701c6')).at(-1)?.text).toBe(`原文第${NB}4${NB}页 第${NB}29${NB}行`);
  });
});

describe('the department page of forms read from PDFs', () => {
  it('shows the budget, key tasks and unit totals the text gives', () => {
    const page = built(DEPARTMENT);
    const { budget, keyTasks } = fromText.overall;
    expect(amountCells(page)).toEqual([
      // 预算整体情况: 基本支出, 项目支出, 财政专项资金, 其他事业发展性支出, 财政拨款, 其他资金, 本级使用资金, 拟用于对下转移支付资金
      ...[
        budget.basic,
        budget.project,
        budget.specialFunds,
        budget.otherDevelopment,
        budget.fiscal,
        budget.otherFunds,
        budget.ownLevel,
        budget.transfer,
      ].map(formatAmount),
      ...keyTasks.map((task) => formatAmount(task.amount)),
      // 资金使用单位和项目: each unit, then its projects largest first, with their shares.
      ...['9,203.17 万元', '99.7%', '7,000.00 万元', '75.8%', '800.00 万元', '8.7%', '425.00 万元', '4.6%'],
      ...['400.00 万元', '4.3%', '345.00 万元', '3.7%', '179.10 万元', '1.9%', '36.00 万元', '0.4%'],
      ...['12.00 万元', '0.1%', '4.57 万元', '&lt;0.1%', '1.50 万元', '&lt;0.1%', '32.00 万元', '0.3%'],
      ...['32.00 万元', '0.3%'],
    ]);
    expect(amountCells(page).slice(0, 11)).toEqual([
      ...['736.81 万元', '1,254.72 万元', '800.00 万元', '7,185.17 万元', '9,976.70 万元', '0.00 万元'],
      ...['9,976.70 万元', '0.00 万元', '480.00 万元', '7,000.00 万元', '30.00 万元'],
    ]);
    for (const task of keyTasks) expect(page).toContain(`<th scope="row">${task.name}</th>`);
    for (const unit of fromText.projects.units) expect(page).toContain(unit.name);
    expect(fromText.projects.total.total).toBe(9235.17);
    expect(page).toContain('9,235.17 万元');
  });

  it('cites the budget, the goal, each key task and indicator by PDF page and line', () => {
    const links = lineLinks(built(DEPARTMENT));
    expect(links.map((l) => [l.recordId, l.line, l.text])).toEqual([
      [OVERALL_ID, 4, `原文第${NB}1${NB}页 第${NB}4–8${NB}行`],
      [OVERALL_ID, 9, `原文第${NB}1${NB}页 第${NB}9${NB}行`],
      [OVERALL_ID, 11, `第${NB}1${NB}页 第${NB}11${NB}行`],
      [OVERALL_ID, 12, `第${NB}1${NB}页 第${NB}12${NB}行`],
      // The key task whose row the page break cut.
      [OVERALL_ID, 13, `第${NB}1–2${NB}页 第${NB}13${NB}行`],
      [OVERALL_ID, 22, `第${NB}2${NB}页 第${NB}22${NB}行`],
      [OVERALL_ID, 23, `第${NB}2${NB}页 第${NB}23${NB}行`],
      [OVERALL_ID, 24, `第${NB}2${NB}页 第${NB}24${NB}行`],
    ]);
  });
});

describe('the source pages of the PDFs', () => {
  const sourcePage = (id: string) => built(`sources/${id}/index.html`);
  const anchors = (html: string) => [...html.matchAll(/<li id="L(\d+)">/g)].map((m) => Number(m[1]));
  const pageMarks = (html: string) =>
    [...html.matchAll(/<li id="L(\d+)"><span class="source-page">([^<]*)<\/span>/g)].map((m) => [Number(m[1]), m[2]]);

  it('number every line of the rendering and mark where each page starts', () => {
    const projects = sourcePage(PROJECTS_ID);
    expect(anchors(projects)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    expect(fromPdf.projects.source.lineCount).toBe(30);
    expect(pageMarks(projects)).toEqual([
      [1, '第 1 页'],
      [9, '第 2 页'],
      [17, '第 3 页'],
      [25, '第 4 页'],
    ]);
    expect(projects).toContain('<div><dt>页数</dt><dd>4</dd></div>');
    const department = sourcePage(OVERALL_ID);
    expect(anchors(department)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    expect(fromPdf.overall.source.lineCount).toBe(30);
    expect(pageMarks(department)).toEqual([
      [1, '第 1 页'],
      [15, '第 2 页'],
    ]);
    expect(department).toContain('<div><dt>页数</dt><dd>2</dd></div>');
    // A row a page break cut is one line, its cells from both pages, and says where its rest was printed.
    expect(projects).toContain('<li id="L15">两新组织党员活动经费\t4.57\t4.57\t\t\t');
    const continued = (html: string) =>
      [...html.matchAll(/<li id="L(\d+)">(?:(?!<\/li>).)*<span class="note">([^<]*)<\/span><\/li>/g)].map((m) => [
        Number(m[1]),
        m[2],
      ]);
    expect(continued(projects)).toEqual([[15, '（本行续至第 3 页）']]);
    expect(continued(department)).toEqual([[13, '（本行续至第 2 页）']]);
  });

  it('hold every line the department and project pages link to, on the page the link names', () => {
    const pages = [DEPARTMENT, ...allProjects(fromText.projects).map((p) => `projects/${p.id}/2025/index.html`)];
    const records: Record<string, BudgetRecord> = { [OVERALL_ID]: fromPdf.overall, [PROJECTS_ID]: fromPdf.projects };
    const links = pages.flatMap((path) => lineLinks(built(path)));
    // The department page's 8; on each project page, its indicators' and its own row's.
    expect(links).toHaveLength(8 + 33 + 11);
    for (const { recordId, line, text } of links) {
      expect(anchors(sourcePage(recordId))).toContain(line);
      const cited = /第\u00A0(\d+)(?:–(\d+))?\u00A0页 第\u00A0(\d+)(?:–(\d+))?\u00A0行$/.exec(text);
      if (!cited) throw new Error(`no page and line in ${text}`);
      const [from, to] = [Number(cited[3]), Number(cited[4] ?? cited[3])];
      expect(from).toBe(line);
      // The pages of the record's source.pdf where lines from–to were printed.
      const printed = records[recordId]!.source.pdf!.printed.slice(from - 1, to).flat();
      const pagesPrinted = printed.map((p) => p.page);
      expect([Number(cited[1]), Number(cited[2] ?? cited[1])], text).toEqual([
        Math.min(...pagesPrinted),
        Math.max(...pagesPrinted),
      ]);
    }
  });
});

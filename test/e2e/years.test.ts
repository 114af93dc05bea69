// A year-over-year table in Chromium: the 琶洲 department's 2025 forms (samples 000, 001) and its
// 2026 forms from the year fixture (test/fixtures/years/), built into a site of its own. The
// bundled sample site has one year per department, so this file builds the fixture site itself.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { manifest } from '../../src/ingest/manifest.ts';
import { formatAxeProblems, seriousAxeViolations } from '../checks/axe.ts';
import { buildFixtureSite, type FixtureSite } from '../checks/fixture-site.ts';
import { formatHtmlProblems, validateHtmlFiles } from '../checks/html.ts';
import { entryFor, SOURCES_DIR } from '../ingest/helpers.ts';
import { withPage } from './harness.ts';

const YEARS = fileURLToPath(new URL('../fixtures/years/sources/', import.meta.url));
const secondYear = manifest.parse(JSON.parse(readFileSync(`${YEARS}manifest.json`, 'utf8'))).documents;
const firstYear = [entryFor('000'), entryFor('001')];
let site: FixtureSite;

beforeAll(async () => {
  site = await buildFixtureSite(
    'years',
    [...firstYear.map((d) => `${SOURCES_DIR}${d.file}`), ...secondYear.map((d) => `${YEARS}${d.file}`)],
    [...firstYear, ...secondYear],
  );
});

afterAll(async () => {
  await site?.close();
});

const departmentUrl = (year: number): string => {
  const record = site.records.find((r) => r.year === year && r.form === 'department-overall');
  if (!record) throw new Error(`no department form of ${year}`);
  return `${site.url}departments/${record.departmentId}/${year}/`;
};

test('a department page shows its total in both years with the change, and links to the other year', async () => {
  await withPage({}, async (page) => {
    expect((await page.goto(departmentUrl(2026)))?.status()).toBe(200);
    const table = page.locator('main table', {
      has: page.locator('caption', { hasText: '广州琶洲人工智能与数字经济试验区管理委员会各年度预算合计（万元）' }),
    });
    expect(await table.locator('thead th[scope="col"]').allInnerTexts()).toEqual([
      '年度',
      '金额',
      '较上年增减',
      '增减幅度',
    ]);
    const cells = (year: string) =>
      table.locator('tr', { has: page.locator('th[scope="row"]', { hasText: year }) }).locator('td');
    expect(await cells('2025年').allInnerTexts()).toEqual(['9,976.70 万元', '—', '—']);
    expect(await cells('2026年（本页）').allInnerTexts()).toEqual([
      '10,226.70 万元（1.02 亿元）',
      '+250.00 万元',
      '+2.5%',
    ]);
    await table.getByRole('link', { name: '2025年' }).click();
    await page.waitForURL(departmentUrl(2025));
    expect(await page.locator('h1').innerText()).toBe('广州琶洲人工智能与数字经济试验区管理委员会');
  });
});

test('the department page of 2026 lists the new and ended projects, and an ended one opens its 2025 page', async () => {
  await withPage({}, async (page) => {
    await page.goto(departmentUrl(2026));
    const names = (caption: string) =>
      page
        .locator('main table', { has: page.locator('caption', { hasText: caption }) })
        .locator('tbody th')
        .allInnerTexts();
    expect(await names('2026年新增的项目')).toEqual(['广州互联网法院场地租金', '两新组织党建阵地建设经费']);
    expect(await names('已结束的项目')).toEqual(['广州互联网法院租金', '新建两新党组织启动经费']);
    await page.getByRole('link', { name: '新建两新党组织启动经费' }).click();
    expect(await page.locator('h1').innerText()).toBe('新建两新党组织启动经费');
    expect(page.url()).toMatch(/\/2025\/$/);
  });
});

test('the year-over-year tables have no serious accessibility violation', async () => {
  const jurisdiction = site.records.find((r) => r.year === 2026)?.jurisdictionId;
  for (const url of [departmentUrl(2026), departmentUrl(2025), `${site.url}years/2026/${jurisdiction}/`]) {
    const problems = await withPage({}, async (page) => {
      await page.goto(url);
      return seriousAxeViolations(page);
    });
    expect(problems, formatAxeProblems(problems)).toEqual([]);
  }
});

test('every page of the two-year site is valid HTML', async () => {
  const files = readdirSync(site.dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .map((f) => join(site.dir, f));
  const department2026 = join(site.dir, departmentUrl(2026).slice(site.url.length), 'index.html');
  expect(files).toContain(department2026);
  const problems = await validateHtmlFiles(files);
  expect(problems, formatHtmlProblems(problems.slice(0, 60))).toEqual([]);
}, 300_000);

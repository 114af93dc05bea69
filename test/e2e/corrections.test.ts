// A corrected value in Chromium: sample 003 ingested with the fixture corrections
// (test/fixtures/corrections/), built into a site of its own, and its project pages opened.
// The bundled sample site has no corrections, so this file builds the fixture site itself.

import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { BudgetRecord } from '../../src/schema/index.ts';
import { buildFixtureSite, type FixtureSite } from '../checks/fixture-site.ts';
import { allProjects, entryFor, SOURCES_DIR } from '../ingest/helpers.ts';
import { withPage } from './harness.ts';

const S003 = entryFor('003');
const CORRECTIONS = fileURLToPath(new URL(`../fixtures/corrections/${S003.file}.corrections.json`, import.meta.url));
let site: FixtureSite;
let record: BudgetRecord;

beforeAll(async () => {
  site = await buildFixtureSite('corrections', [`${SOURCES_DIR}${S003.file}`, CORRECTIONS], [S003]);
  record = site.records[0]!;
});

afterAll(async () => {
  await site?.close();
});

const projectUrl = (name: string): string => {
  const project = allProjects(record).find((p) => p.name === name);
  if (!project) throw new Error(`no project ${name}`);
  return `${site.url}projects/${project.id}/${record.year}/`;
};

test('a corrected amount shows the corrected value, the printed one struck through, and the reason', async () => {
  await withPage({}, async (page) => {
    expect((await page.goto(projectUrl('课题研究费')))?.status()).toBe(200);
    const total = page.locator('main tr', { has: page.locator('th', { hasText: /^总计$/ }) });
    await expect.poll(() => total.locator('td').innerText()).toMatch(/^332\.71 万元/);
    const note = total.locator('.correction');
    expect(await note.innerText()).toBe(
      '总计原文：323.71 万元；由工作人员更正：测试用：假设原件此格为 332.71，文本转换时读错',
    );
    expect(await note.isVisible()).toBe(true);
    const struck = await note.locator('del').evaluate((el) => getComputedStyle(el).textDecorationLine);
    expect(struck).toBe('line-through');
  });
});

test('a corrected indicator value and a renamed project show their printed text beside them', async () => {
  await withPage({}, async (page) => {
    await page.goto(projectUrl('国际数字枢纽体验中心'));
    const row = page.locator('main tr', { has: page.locator('th', { hasText: '保障数量' }) });
    expect(await row.locator('td').nth(1).innerText()).toBe(
      '当年接待次数≥40次\n解读：≥ 40 次\n年度指标值原文：当年接待次数≥35次；由工作人员更正：测试用：假设原件的年度指标值为 40 次',
    );
    await page.goto(projectUrl('应急通信保障服务费'));
    expect(await page.locator('h1').innerText()).toBe('应急通信保障服务费');
    expect(await page.locator('main .correction').allInnerTexts()).toEqual([
      '名称原文：应急通信保障服务经费；由工作人员更正：测试用：假设原件的项目名称为“服务费”',
    ]);
  });
});

test('the former address of a renamed project leads to its page', async () => {
  const renamed = allProjects(record).find((p) => p.name === '应急通信保障服务费');
  const [former] = renamed?.formerIds ?? [];
  if (!renamed || !former) throw new Error('the renamed project lists no former id');
  await withPage({}, async (page) => {
    await page.goto(`${site.url}projects/${former}/${record.year}/`);
    await page.waitForURL(projectUrl('应急通信保障服务费'));
    expect(await page.locator('h1').innerText()).toBe('应急通信保障服务费');
    expect(await page.locator('main .other-names').innerText()).toBe('曾用名：应急通信保障服务经费');
  });
});

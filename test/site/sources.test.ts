import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBuilt, siteDir } from './built.ts';

// The fixture build reads sources from test/fixtures/sources, which holds the text of the
// 2025 department-overall record only (CRLF line ends and a byte-order mark).
const SOURCE_PAGE = 'sources/2025-d-fixture0001-overall/index.html';
const SOURCE_URL = '/budget/sources/2025-d-fixture0001-overall/';

describe('source text pages', () => {
  it('show every line of the text, numbered as the records number them, as text', () => {
    const html = readBuilt(SOURCE_PAGE);
    const items = [...html.matchAll(/<li id="L(\d+)">([^<]*)<\/li>/g)];
    expect(items.map((m) => Number(m[1]))).toEqual(Array.from({ length: 120 }, (_, i) => i + 1));
    expect(items[3]![2]).toBe(
      '部门名称：琶洲测试管理委员会&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; 合作',
    );
    expect(items[6]![2]).toBe('合计\t1,000.00\t&lt;p&gt;不一致 &lt;script&gt;bad()&lt;/script&gt;&lt;/p&gt;');
    expect(items[9]![2]).toBe('');
  });

  it('are left out of the search index', () => {
    expect(readBuilt(SOURCE_PAGE)).not.toContain('data-pagefind-body');
  });

  it('are the target of the line numbers of the record they belong to', () => {
    const department = readBuilt('departments/d-fixture0001/2025/index.html');
    expect(department).toContain(`<a href="${SOURCE_URL}">000_fixture.txt</a>`);
    expect(department).toContain(`（<a href="${SOURCE_URL}#L7">原文第 7–15 行</a>）`);
    expect(department).toContain(`<td><a href="${SOURCE_URL}#L24">24–38</a></td>`);
    // The budget table and the overall goal say where they were read from.
    expect(department).toContain(`<p class="note">出处：<a href="${SOURCE_URL}#L6">原文第 6–16 行</a></p>`);
  });

  it('are not made for a record whose text is missing, whose line numbers then stay plain text', () => {
    expect(existsSync(join(siteDir(), 'sources/2025-d-fixture0001-projects'))).toBe(false);
    const project = readBuilt('projects/p-fixture00model/2025/index.html');
    expect(project).not.toContain('/budget/sources/');
    expect(project).toMatch(/<p>001_fixture\.txt，原文第 \d+(–\d+)? 行\s*<\/p>/);
  });
});

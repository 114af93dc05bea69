/**
 * What the parser reads from `pdftotext -raw` texts of the printed forms
 * (test/fixtures/forms/text/pdftotext-raw/<style>/<sample>.txt): exact values where the text is
 * certain, and a finding where it is not.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/ingest/document.ts';
import { manifest } from '../../src/ingest/manifest.ts';
import { readTextSource } from '../../src/ingest/source-text.ts';
import { FORMS_DIR } from '../fixtures/forms/samples.ts';
import { projectForm } from './helpers.ts';

const folder = (style: string) => join(FORMS_DIR, 'text', 'pdftotext-raw', style);

function parseFixture(style: string, key: string) {
  const entries = manifest.parse(JSON.parse(readFileSync(join(folder(style), 'manifest.json'), 'utf8')));
  const entry = entries.documents.find((d) => d.file === `${key}.txt`);
  if (!entry) throw new Error(`no fixture ${style}/${key}`);
  return parseDocument(entry, readTextSource(readFileSync(join(folder(style), entry.file))));
}

describe('pdftotext -raw, project form', () => {
  it('a column header wrapped in narrow columns is the header, on the first page and inside a row split by a page break', () => {
    const record = projectForm(parseFixture('wide-zero', '001').record);
    expect(record.total).toMatchObject({ total: 9235.17, fiscal: 9235.17, specialAccount: 0, other: 0 });
    expect(record.units.map((u) => u.name)).toEqual([
      '广州琶洲人工智能与数字经济试验区管理委员会',
      '广州市海珠区琶洲数字经济创新发展服务中心',
    ]);
    const names = record.units.flatMap((u) => u.projects.map((p) => p.name));
    expect(names).toContain('按实名制管理人员');
    expect(names.filter((n) => n.includes('项目名称'))).toEqual([]);
    const lg = projectForm(parseFixture('wide-zero', '004').record)
      .units.flatMap((u) => u.projects)
      .find((p) => p.name === '企业创新计划-LG8.5代OLED项目补助（黄埔区）');
    expect(lg?.indicators.find((i) => i.name === '项目累计带动投资（亿元）')?.level2).toEqual({
      code: '11',
      name: '数量指标',
      label: '数量指标',
    });
  });
});

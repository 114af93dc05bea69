/**
 * The PDF form fixtures (test/fixtures/forms/): the forms printed from the sample records and
 * read back by the stock extractors. The scores pin what the parser reads today from the
 * `pdftotext -raw` texts: when a change reads more (or less), update them on purpose
 * (`npm run score:forms` prints every extractor and style).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { indicatorCellText } from '../fixtures/forms/html.ts';
import { EXTRACTORS, FORMS_DIR, loadSamples } from '../fixtures/forms/samples.ts';
import { align, scoreFolder, type Tally } from '../fixtures/forms/score.ts';
import { STYLES } from '../fixtures/forms/styles.ts';
import { projectForm, sampleText } from './helpers.ts';

const ROOT = join(FORMS_DIR, '../../../');
const samples = loadSamples(ROOT);

describe('PDF form fixtures', () => {
  it('print the 绩效指标 cell as sample 001 prints it', () => {
    const record = projectForm(samples.find((s) => s.key === '001')!.record);
    const lines = sampleText(samples.find((s) => s.key === '001')!.entry.file).split('\n');
    const names = ['广州互联网法院租金', '海珠区产业扶持资金', '海珠区建设人工智能大模型应用示范区经费'];
    for (const project of record.units.flatMap((u) => u.projects).filter((p) => names.includes(p.name))) {
      const printed = lines
        .find((l) => l.startsWith(`${project.name}\t`))!
        .split('\t')
        .at(-1);
      expect(indicatorCellText(project.indicators)).toBe(printed);
    }
  });

  it('hold a PDF per style and sample, and a text folder per extractor and style that the ingest reads', () => {
    for (const style of STYLES) {
      for (const s of samples) expect(existsSync(join(FORMS_DIR, 'pdf', style.name, `${s.key}.pdf`))).toBe(true);
      for (const extractor of EXTRACTORS) {
        const dir = join(FORMS_DIR, 'text', extractor.name, style.name);
        const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
        expect(manifest.documents).toEqual(
          samples.map((s) => ({
            file: `${s.key}.txt`,
            year: s.entry.year,
            jurisdiction: s.entry.jurisdiction,
            form: s.record.form,
          })),
        );
        expect(readdirSync(dir).sort()).toEqual([...samples.map((s) => `${s.key}.txt`), 'manifest.json'].sort());
      }
    }
  });

  it('pair rows by name, and what lies between two pairs in order', () => {
    const pairs = align(['a', 'b', 'c', 'd'], ['a', 'x', 'c', 'd', 'e'], (t) => t);
    expect(pairs).toEqual([
      ['a', 'a'],
      ['b', 'x'],
      ['c', 'c'],
      ['d', 'd'],
      [null, 'e'],
    ]);
  });

  it('pdftotext -raw: the figures read today, per style (update on purpose when the parser changes)', async () => {
    const tallies: Record<string, Tally> = {};
    for (const style of STYLES) tallies[style.name] = (await scoreFolder('pdftotext-raw', style.name, samples)).tally;
    expect(tallies).toEqual({
      centred: { exact: 1794, space: 7, wrong: 0, absent: 0, spurious: 0, failed: 0 },
      'top-narrow': { exact: 1794, space: 7, wrong: 0, absent: 0, spurious: 0, failed: 0 },
      'wide-zero': { exact: 1793, space: 6, wrong: 0, absent: 2, spurious: 0, failed: 0 },
      'title-every-page': { exact: 1794, space: 5, wrong: 0, absent: 2, spurious: 0, failed: 0 },
    });
  });
});

describe('pdftotext -layout texts (columns side by side)', () => {
  // Both forms are read from their columns (src/ingest/layout-columns/). Of the department form's
  // indicators only those whose 二级 label is certain are read, and a key task cut by a page break
  // only where its columns' widths say which cells go on: the rest are left out with a finding,
  // absent, never wrong.
  it('the figures read today, per style (update on purpose when the reader changes)', async () => {
    const tallies: Record<string, Tally> = {};
    for (const style of STYLES)
      tallies[style.name] = (await scoreFolder('pdftotext-layout', style.name, samples)).tally;
    expect(tallies).toEqual({
      centred: { exact: 1782, space: 7, wrong: 0, absent: 12, spurious: 0, failed: 0 },
      'top-narrow': { exact: 1794, space: 7, wrong: 0, absent: 0, spurious: 0, failed: 0 },
      'wide-zero': { exact: 1761, space: 6, wrong: 0, absent: 34, spurious: 0, failed: 0 },
      'title-every-page': { exact: 1796, space: 5, wrong: 0, absent: 0, spurious: 0, failed: 0 },
    });
  });
});

describe('texts of the other PDF-to-text tools', () => {
  // Plain pdftotext, mutool and pdf2txt read cells one by one or column by column: no reader can
  // take them apart with certainty, so every document is refused (src/ingest/layout-check.ts).
  // No figure is wrong, pdftotext -layout's included.
  it.each(['pdftotext-layout', 'pdftotext', 'mutool', 'pdf2txt'])(
    '%s: no wrong figure in any style',
    async (extractor) => {
      const wrong: Record<string, number> = {};
      for (const style of STYLES) wrong[style.name] = (await scoreFolder(extractor, style.name, samples)).tally.wrong;
      expect(wrong).toEqual(Object.fromEntries(STYLES.map((s) => [s.name, 0])));
    },
  );
});

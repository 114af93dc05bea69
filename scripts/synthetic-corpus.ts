/**
 * A city-sized synthetic corpus for the benchmarks: the five samples copied N times, each copy under
 * a distinct department name (ids and record files derive from it), with its manifest.
 * With `spread`, copies fall into several years and jurisdictions, as a province's site has them:
 * copy i is year `last - i mod years` of department `⌊i / years⌋`, which belongs to one of
 * `jurisdictions` districts; the same department keeps its name (and so its id) across its years.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface SyntheticCorpus {
  documents: number;
  bytes: number;
}

/** How the copies spread over years and jurisdictions; without it every copy keeps the sample's own. */
export interface Spread {
  years: number;
  jurisdictions: number;
}

export async function writeSyntheticCorpus(
  copies: number,
  dir: string,
  sources = 'content/sources',
  spread?: Spread,
): Promise<SyntheticCorpus> {
  const manifest = JSON.parse(await readFile(join(sources, 'manifest.json'), 'utf8')) as {
    documents: Array<{ file: string; year: number; jurisdiction: string }>;
  };
  const documents = [];
  let bytes = 0;
  for (let i = 0; i < copies; i++) {
    const department = spread ? Math.floor(i / spread.years) : i;
    for (const d of manifest.documents) {
      const text = (await readFile(join(sources, d.file), 'utf8')).replace(
        /(部门名称\s*[:：]?\s*)/,
        `$1第${department}号`,
      );
      const file = `src-${i}-${d.file}`;
      await writeFile(join(dir, file), text);
      bytes += Buffer.byteLength(text);
      documents.push(
        spread
          ? {
              ...d,
              file,
              year: d.year - (i % spread.years),
              jurisdiction: `${d.jurisdiction}第${department % spread.jurisdictions}片区`,
            }
          : { ...d, file },
      );
    }
  }
  await writeFile(join(dir, 'manifest.json'), JSON.stringify({ documents }));
  return { documents: documents.length, bytes };
}

/**
 * A city-sized synthetic corpus for the benchmarks: the five samples copied N times, each copy under
 * a distinct department name (ids and record files derive from it), with its manifest.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface SyntheticCorpus {
  documents: number;
  bytes: number;
}

export async function writeSyntheticCorpus(
  copies: number,
  dir: string,
  sources = 'content/sources',
): Promise<SyntheticCorpus> {
  const manifest = JSON.parse(await readFile(join(sources, 'manifest.json'), 'utf8')) as {
    documents: Array<{ file: string }>;
  };
  const documents = [];
  let bytes = 0;
  for (let i = 0; i < copies; i++) {
    for (const d of manifest.documents) {
      const text = (await readFile(join(sources, d.file), 'utf8')).replace(/(部门名称\s*[:：]?\s*)/, `$1第${i}号`);
      const file = `src-${i}-${d.file}`;
      await writeFile(join(dir, file), text);
      bytes += Buffer.byteLength(text);
      documents.push({ ...d, file });
    }
  }
  await writeFile(join(dir, 'manifest.json'), JSON.stringify({ documents }));
  return { documents: documents.length, bytes };
}

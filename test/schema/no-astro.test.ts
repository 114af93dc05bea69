/** The published format and the ingest stand on `zod` alone: neither may depend on Astro. */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));
const IMPORT = /^\s*(?:import|export)\b[^'"]*?\bfrom\s+['"]([^'"]+)['"]|^\s*import\s+['"]([^'"]+)['"]/gm;

const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );

/** Every package imported by `entries` and the project files they import, with the file importing it. */
function packagesReachedFrom(entries: string[]): Array<[string, string]> {
  const seen = new Set<string>();
  const found: Array<[string, string]> = [];
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const m of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const spec = (m[1] ?? m[2])!;
      if (spec.startsWith('.')) visit(resolve(dirname(file), spec));
      else found.push([spec, file.slice(SRC.length)]);
    }
  };
  for (const entry of entries) visit(entry);
  return found;
}

describe('the open-data schema and the ingest', () => {
  const reached = packagesReachedFrom([...filesUnder(join(SRC, 'schema')), ...filesUnder(join(SRC, 'ingest'))]);

  it('import nothing from Astro, directly or through the project files they import', () => {
    expect(
      reached.filter(([spec]) => spec === 'astro' || spec.startsWith('astro/') || spec.startsWith('astro:')),
    ).toEqual([]);
  });

  it('take zod from the declared `zod` dependency', () => {
    expect(reached.filter(([spec]) => spec === 'zod').length).toBeGreaterThan(0);
  });
});

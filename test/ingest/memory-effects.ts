/** In-memory IngestEffects: a Map of path → bytes, so runs can be tested without touching disk. */
import type { IngestEffects } from '../../src/ingest/effects.ts';

export function memoryEffects(initial: Record<string, Uint8Array | string> = {}) {
  const files = new Map<string, Uint8Array>();
  const put = (path: string, data: Uint8Array | string) =>
    files.set(path, typeof data === 'string' ? new TextEncoder().encode(data) : data);
  for (const [path, data] of Object.entries(initial)) put(path, data);
  const under = (dir: string) => [...files.keys()].filter((p) => p.startsWith(`${dir}/`));
  const fx: IngestEffects = {
    readFile: async (path) => {
      const data = files.get(path);
      if (!data) throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
      return data;
    },
    listFiles: async (dir) =>
      under(dir)
        .map((p) => p.slice(dir.length + 1))
        .filter((n) => !n.includes('/'))
        .sort(),
    writeFile: async (path, data) => void put(path, data),
    makeDir: async () => {},
    rename: async (from, to) => {
      for (const p of under(to)) files.delete(p);
      for (const p of under(from)) {
        files.set(`${to}${p.slice(from.length)}`, files.get(p)!);
        files.delete(p);
      }
    },
    remove: async (path) => {
      for (const p of under(path)) files.delete(p);
      files.delete(path);
    },
  };
  return { fx, files, text: (path: string) => new TextDecoder().decode(files.get(path)) };
}

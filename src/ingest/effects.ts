/** The file-system effects the ingest run needs, injected so tests can run it in memory. */
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';

export interface IngestEffects {
  readFile(path: string): Promise<Uint8Array>;
  /** File names in a folder; [] when the folder does not exist. */
  listFiles(dir: string): Promise<string[]>;
  writeFile(path: string, data: string): Promise<void>;
  makeDir(dir: string): Promise<void>;
  /** Atomic within one file system: how a finished output replaces the last good one. ENOENT when `from` does not exist. */
  rename(from: string, to: string): Promise<void>;
  remove(path: string): Promise<void>;
}

export const nodeEffects: IngestEffects = {
  readFile: (path) => readFile(path),
  listFiles: async (dir) => {
    try {
      return (await readdir(dir, { withFileTypes: true })).filter((e) => e.isFile()).map((e) => e.name);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
  },
  writeFile: (path, data) => writeFile(path, data, 'utf8'),
  makeDir: async (dir) => {
    await mkdir(dir, { recursive: true });
  },
  rename: (from, to) => rename(from, to),
  remove: (path) => rm(path, { recursive: true, force: true }),
};

/**
 * Moves a finished folder into the place of the last good one. The old folder is set aside, not
 * deleted, until the new one is in place, so a crash part-way never leaves the place empty.
 * Shared by the ingest (records) and the site build (dist/).
 */
export async function replaceFolder(staging: string, target: string, fx: IngestEffects): Promise<void> {
  const previous = `${target}.previous`;
  await fx.remove(previous);
  await fx.rename(target, previous).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error; // no last good folder yet
  });
  await fx.rename(staging, target);
  await fx.remove(previous);
}

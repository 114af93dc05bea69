/** The file-system effects the ingest run needs, injected so tests can run it in memory. */
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';

export interface IngestEffects {
  readFile(path: string): Promise<Uint8Array>;
  /** File names in a folder; [] when the folder does not exist. */
  listFiles(dir: string): Promise<string[]>;
  writeFile(path: string, data: string): Promise<void>;
  makeDir(dir: string): Promise<void>;
  /** Atomic within one file system: how a finished output replaces the last good one. */
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

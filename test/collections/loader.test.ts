/** The records loader keeps the store between builds: an unchanged record is neither parsed nor stored again. */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { recordsLoader } from '../../src/collections/loader.ts';

/** The parts of Astro's loader context the loader uses, over a store that outlives one load as Astro's does. */
function context(store: Map<string, { id: string; data: Record<string, unknown>; digest?: string }>) {
  const set = vi.fn((entry: { id: string; data: Record<string, unknown>; digest?: string }) => {
    store.set(entry.id, entry);
    return true;
  });
  const ctx = {
    config: { root: pathToFileURL(`${process.cwd()}/`) },
    store: {
      get: (id: string) => store.get(id),
      set,
      keys: () => [...store.keys()],
      delete: (id: string) => store.delete(id),
    },
    generateDigest: (text: string) => `digest of ${text.length} chars: ${text.slice(-40)}`,
    logger: { warn: vi.fn() },
  };
  return { ctx: ctx as unknown as LoaderContext, set, warn: ctx.logger.warn };
}

const dir = mkdtempSync(join(tmpdir(), 'records-loader-'));
afterEach(() => {
  delete process.env.RECORDS_DIR;
});

describe('recordsLoader', () => {
  it('stores each record once, skips unchanged ones on the next load and drops removed ones', async () => {
    cpSync('test/fixtures/records', dir, { recursive: true });
    process.env.RECORDS_DIR = dir;
    const store = new Map();
    const first = context(store);
    await recordsLoader().load(first.ctx);
    expect(first.set.mock.calls.map(([e]) => e.id)).toEqual([
      '2024-d-fixture0002-projects',
      '2025-d-fixture0001-overall',
      '2025-d-fixture0001-projects',
    ]);
    expect((store.get('2025-d-fixture0001-overall').data as { department: string }).department).toBe(
      '琶洲测试管理委员会<script>alert("x")</script> & 合作',
    );

    const unchanged = context(store);
    await recordsLoader().load(unchanged.ctx);
    expect(unchanged.set).not.toHaveBeenCalled();

    rmSync(join(dir, '2024-d-fixture0002-projects.json'));
    const overall = join(dir, '2025-d-fixture0001-overall.json');
    writeFileSync(overall, `${JSON.stringify(store.get('2025-d-fixture0001-overall').data)}\n`);
    const changed = context(store);
    await recordsLoader().load(changed.ctx);
    expect(changed.set.mock.calls.map(([e]) => e.id)).toEqual(['2025-d-fixture0001-overall']);
    expect([...store.keys()].sort()).toEqual(['2025-d-fixture0001-overall', '2025-d-fixture0001-projects']);
  });

  it('parses again a record stored with a digest of its text alone: the record format is part of the digest', async () => {
    const one = mkdtempSync(join(tmpdir(), 'records-loader-'));
    cpSync('test/fixtures/records/2024-d-fixture0002-projects.json', join(one, 'r.json'));
    process.env.RECORDS_DIR = one;
    const { ctx, set } = context(new Map());
    const text = readFileSync(join(one, 'r.json'), 'utf8');
    ctx.store.set({ id: 'r', data: {}, digest: ctx.generateDigest(text) });
    set.mockClear();
    await recordsLoader().load(ctx);
    expect(set.mock.calls.map(([e]) => e.id)).toEqual(['r']);
  });

  it('names the file and the fix when a record does not validate, and warns when there are none', async () => {
    const bad = mkdtempSync(join(tmpdir(), 'records-loader-'));
    writeFileSync(join(bad, 'x.json'), '{"id": 1}');
    process.env.RECORDS_DIR = bad;
    await expect(recordsLoader().load(context(new Map()).ctx)).rejects.toThrow(
      `${join(bad, 'x.json')}: not a valid record (`,
    );
    process.env.RECORDS_DIR = join(bad, 'missing');
    const empty = context(new Map());
    await recordsLoader().load(empty.ctx);
    expect(empty.warn).toHaveBeenCalledWith(`No records in ${join(bad, 'missing')}: the site will be empty`);
  });
});

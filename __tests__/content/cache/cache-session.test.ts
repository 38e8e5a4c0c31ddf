/** The cache session: lazy restore, content keys, prune-then-save, and every archive failure a warning. */
import { describe, expect, test } from '@jest/globals';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { cacheKey, cacheKeyPrefix, MAX_CACHE_KEY_LENGTH } from '../../../src/core/content/cache/cache-keys.js';
import { openCacheSession, type CacheArchive } from '../../../src/core/content/cache/cache-session.js';
import { withBlobCache } from '../../../src/core/content/cache/with-blob-cache.js';
import { blob, cacheFiles, countingSource, readAllStream, recordingLogger, tempDir } from './fixtures.js';

const a = 'sha256:' + 'a'.repeat(64);
const b = 'sha256:' + 'b'.repeat(64);

describe('cache keys', () => {
  test.each([
    ['order does not matter', [a, b], [b, a], true],
    ['duplicates do not matter', [a, b, a], [a, b], true],
    ['another set is another key', [a], [a, b], false],
  ])('%s', (_name, one, two, same) => {
    const prefix = cacheKeyPrefix('merge localhost:5000/app');
    expect(cacheKey(prefix, one) === cacheKey(prefix, two)).toBe(same);
  });

  test.each([
    ['merge ghcr.io/o/app', 'pull ghcr.io/o/app linux/amd64'],
    ['pull ghcr.io/o/app linux/amd64', 'pull ghcr.io/o/app linux/arm64'],
  ])('scopes "%s" and "%s" have different prefixes', (one, two) => {
    expect(cacheKeyPrefix(one)).not.toBe(cacheKeyPrefix(two));
  });

  test('keys start with their prefix, have no commas and fit @actions/cache', () => {
    const prefix = cacheKeyPrefix('x'.repeat(10_000));
    const key = cacheKey(prefix, [a, b]);
    expect(key.startsWith(prefix)).toBe(true);
    expect(key).toMatch(/^oci-multiarch-blobs-v1-[0-9a-f]{16}-[0-9a-f]{64}$/);
    expect(key.length).toBeLessThanOrEqual(MAX_CACHE_KEY_LENGTH);
  });
});

interface Call {
  op: 'isAvailable' | 'restore' | 'save';
  paths?: string[];
  key?: string;
  restoreKeys?: string[];
  files?: string[];
}

function fakeArchive(behaviour: { available?: boolean; restoreKey?: string; fail?: boolean; saveId?: number } = {}) {
  const calls: Call[] = [];
  const archive: CacheArchive = {
    isAvailable: async () => {
      calls.push({ op: 'isAvailable' });
      return behaviour.available ?? true;
    },
    restore: async (paths, key, restoreKeys) => {
      calls.push({ op: 'restore', paths, key, restoreKeys });
      if (behaviour.fail) throw new Error('cache service unreachable');
      return behaviour.restoreKey;
    },
    save: async (paths, key) => {
      calls.push({ op: 'save', paths, key, files: await cacheFiles(join(paths[0] ?? '', '..')) });
      if (behaviour.fail) throw new Error('cache service unreachable');
      return behaviour.saveId ?? 7;
    },
  };
  return { archive, calls };
}

describe('openCacheSession', () => {
  test('restores once before the first blob read, saves the used blobs under a content key, pruning the rest', async () => {
    const dir = await tempDir();
    await mkdir(join(dir, 'blobs', 'sha256'), { recursive: true });
    await writeFile(join(dir, 'blobs', 'sha256', 'c'.repeat(64)), 'an old blob this run does not use');
    const { archive, calls } = fakeArchive();
    const logger = recordingLogger();
    const session = openCacheSession({ dir, scope: 'merge example/app', archive, logger });
    expect(calls).toEqual([]);
    const one = blob(1000);
    const two = blob(2000);
    const source = withBlobCache(countingSource([one, two]), session.cache);
    await readAllStream(await source.fetch(one.descriptor));
    await readAllStream(await source.fetch(two.descriptor));
    const outcome = await session.finish();
    const paths = [join(dir, 'blobs')];
    const prefix = cacheKeyPrefix('merge example/app');
    const key = cacheKey(prefix, [one.descriptor.digest, two.descriptor.digest]);
    expect(calls).toEqual([
      { op: 'isAvailable' },
      { op: 'restore', paths, key: prefix, restoreKeys: [prefix] },
      { op: 'save', paths, key, files: [one, two].map((x) => x.descriptor.digest.slice(7)).sort() },
    ]);
    expect(outcome).toEqual({
      savedKey: key,
      stats: { fromCache: { count: 0, bytes: 0 }, fromSource: { count: 2, bytes: 3000 }, discarded: 0 },
    });
  });

  test('a run that reads no blob restores and saves nothing', async () => {
    const { archive, calls } = fakeArchive();
    const session = openCacheSession({ dir: await tempDir(), scope: 's', archive, logger: recordingLogger() });
    await session.finish();
    expect(calls).toEqual([]);
  });

  test('a run served wholly from the restored cache does not save again', async () => {
    const dir = await tempDir();
    const one = blob(100);
    const warm = openCacheSession({ dir, scope: 's', logger: recordingLogger() });
    await readAllStream(await withBlobCache(countingSource([one]), warm.cache).fetch(one.descriptor));
    const { archive, calls } = fakeArchive({ restoreKey: 'oci-multiarch-blobs-v1-old' });
    const session = openCacheSession({ dir, scope: 's', archive, logger: recordingLogger() });
    const source = countingSource([one]);
    await readAllStream(await withBlobCache(source, session.cache).fetch(one.descriptor));
    const outcome = await session.finish();
    expect(source.fetches).toEqual([]);
    expect(calls.map((c) => c.op)).toEqual(['isAvailable', 'restore']);
    expect(outcome.restoredKey).toBe('oci-multiarch-blobs-v1-old');
    expect(outcome.stats.fromCache).toEqual({ count: 1, bytes: 100 });
  });

  test('without a cache service: the directory only, no restore or save', async () => {
    const { archive, calls } = fakeArchive({ available: false });
    const logger = recordingLogger();
    const session = openCacheSession({ dir: await tempDir(), scope: 's', archive, logger });
    const one = blob(10);
    await readAllStream(await withBlobCache(countingSource([one]), session.cache).fetch(one.descriptor));
    await session.finish();
    expect(calls.map((c) => c.op)).toEqual(['isAvailable']);
    expect(logger.lines.filter((l) => l.startsWith('warning'))).toEqual([]);
  });

  test.each([
    ['restore and save throw', { fail: true }, 2, undefined],
    ['save answers -1 (the key exists)', { saveId: -1 }, 0, undefined],
  ])('%s: warnings at most, the blobs still flow', async (_name, behaviour, warnings, saved) => {
    const { archive } = fakeArchive(behaviour);
    const logger = recordingLogger();
    const session = openCacheSession({ dir: await tempDir(), scope: 's', archive, logger });
    const one = blob(5000);
    const bytes = await readAllStream(await withBlobCache(countingSource([one]), session.cache).fetch(one.descriptor));
    expect(bytes.equals(one.bytes)).toBe(true);
    const outcome = await session.finish();
    expect(outcome.savedKey).toBe(saved);
    expect(logger.lines.filter((l) => l.startsWith('warning'))).toHaveLength(warnings);
  });
});

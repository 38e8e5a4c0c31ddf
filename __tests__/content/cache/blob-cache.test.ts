/** The read-through blob cache over a counting source: at most one fetch per blob, verified reads, atomic writes. */
import { describe, expect, test } from '@jest/globals';
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Readable } from 'node:stream';
import { createBlobCache } from '../../../src/core/content/cache/blob-cache.js';
import { withBlobCache } from '../../../src/core/content/cache/with-blob-cache.js';
import { descriptorOf } from '../../../src/core/content/read.js';
import { MediaTypes } from '../../../src/core/oci/media-types.js';
import { createVerifyingStream, verifiesAs } from '../../../src/core/oci/digest.js';
import type { Descriptor } from '../../../src/core/oci/descriptor.js';
import {
  blob,
  cacheFiles,
  closed,
  cachePath,
  countingSource,
  readAllStream,
  recordingLogger,
  sha256File,
  tempDir,
} from './fixtures.js';

const expectBytes = async (stream: Readable, bytes: Buffer): Promise<void> => {
  const got = await readAllStream(stream);
  expect(got.length).toBe(bytes.length);
  expect(got.equals(bytes)).toBe(true);
};

describe('withBlobCache', () => {
  test('a blob is fetched from its source once, then served from the cache with the same bytes', async () => {
    const dir = await tempDir();
    const b = blob(300_000);
    const source = countingSource([b]);
    const cache = createBlobCache(dir);
    const cached = withBlobCache(source, cache);
    await expectBytes(await cached.fetch(b.descriptor), b.bytes);
    await expectBytes(await cached.fetch(b.descriptor), b.bytes);
    // A second wrapper over another target shares the cache.
    const other = withBlobCache(countingSource([b], 'other.example/repo'), cache);
    await expectBytes(await other.fetch(b.descriptor), b.bytes);
    expect(source.fetches).toEqual([b.descriptor.digest]);
    expect(await sha256File(cachePath(dir, b.descriptor.digest))).toBe(b.descriptor.digest);
    expect(await cacheFiles(dir)).toEqual([b.descriptor.digest.slice(7)]);
    expect(cache.stats()).toEqual({
      fromCache: { count: 2, bytes: 600_000 },
      fromSource: { count: 1, bytes: 300_000 },
      discarded: 0,
    });
    expect([...cache.used()]).toEqual([b.descriptor.digest]);
  });

  test('keeps the source’s location, name and other methods; manifests are not cached', async () => {
    const dir = await tempDir();
    const b = blob(10);
    const manifestBytes = Buffer.from('{"schemaVersion":2}');
    const manifest = descriptorOf(MediaTypes.ociManifest, manifestBytes);
    const source = countingSource([b, { descriptor: manifest, bytes: manifestBytes }]);
    const cached = withBlobCache(source, createBlobCache(dir));
    expect(cached.location).toEqual(source.location);
    expect(cached.name).toBe(source.name);
    expect(await cached.exists(b.descriptor)).toBe(true);
    await readAllStream(await cached.fetch(manifest));
    await readAllStream(await cached.fetch(manifest));
    expect(source.fetches).toEqual([manifest.digest, manifest.digest]);
    expect(await cacheFiles(dir)).toEqual([]);
  });

  test('concurrent requests for one blob fetch it once', async () => {
    const dir = await tempDir();
    const b = blob(1_000_000);
    const source = countingSource([b]);
    const cached = withBlobCache(source, createBlobCache(dir));
    const all = await Promise.all([1, 2, 3, 4].map(async () => readAllStream(await cached.fetch(b.descriptor))));
    for (const bytes of all) expect(bytes.equals(b.bytes)).toBe(true);
    expect(source.fetches).toEqual([b.descriptor.digest]);
  });

  const corruptions: [string, (path: string, bytes: Buffer) => Promise<void>][] = [
    ['same size, other bytes', (path, bytes) => writeFile(path, Buffer.alloc(bytes.length, 7))],
    ['truncated', (path, bytes) => writeFile(path, bytes.subarray(0, bytes.length - 1))],
    ['one byte longer', (path, bytes) => writeFile(path, Buffer.concat([bytes, Buffer.from('x')]))],
    ['a directory', async (path) => void (await mkdir(join(path, 'inside'), { recursive: true }))],
    [
      'a symlink to another file',
      async (path, bytes) => {
        await writeFile(`${path}.elsewhere`, Buffer.alloc(bytes.length, 1));
        await symlink(`${path}.elsewhere`, path);
      },
    ],
  ];
  test.each(corruptions)('a planted cache file (%s) is discarded, fetched again and replaced', async (_name, plant) => {
    const dir = await tempDir();
    const b = blob(70_000);
    const path = cachePath(dir, b.descriptor.digest);
    await mkdir(dirname(path), { recursive: true });
    await plant(path, b.bytes);
    const source = countingSource([b]);
    const logger = recordingLogger();
    const cache = createBlobCache(dir, { logger });
    const cached = withBlobCache(source, cache);
    await expectBytes(await cached.fetch(b.descriptor), b.bytes);
    expect(source.fetches).toEqual([b.descriptor.digest]);
    expect(await sha256File(path)).toBe(b.descriptor.digest);
    expect(cache.stats().discarded).toBe(1);
    expect(logger.lines.filter((l) => l.startsWith('warning: cache: discarded'))).toHaveLength(1);
    // Now it is good: served from the cache.
    await expectBytes(await cached.fetch(b.descriptor), b.bytes);
    expect(source.fetches).toHaveLength(1);
  });

  test('a source that sends other bytes fails the read and leaves nothing in the cache', async () => {
    const dir = await tempDir();
    const b = blob(200_000);
    const source = countingSource([b]);
    source.lie(b.descriptor.digest, Buffer.alloc(b.bytes.length, 3));
    const cached = withBlobCache(source, createBlobCache(dir));
    const lied = await cached.fetch(b.descriptor);
    await expect(readAllStream(lied)).rejects.toThrow(/expected digest/);
    await closed(lied); // 'close' comes once the temporary file is gone
    expect(await cacheFiles(dir)).toEqual([]);
    // The next request goes to the source again (which now answers right).
    source.lie(b.descriptor.digest, b.bytes);
    await expectBytes(await cached.fetch(b.descriptor), b.bytes);
    expect(source.fetches).toHaveLength(2);
    expect(await cacheFiles(dir)).toEqual([b.descriptor.digest.slice(7)]);
  });

  test('a source that checks its own bytes (a registry blob) is trusted to fail, and what the cache hands on is marked as checked', async () => {
    const dir = await tempDir();
    const b = blob(300_000);
    const source = countingSource([b]);
    // As the registry target's fetch: a verifying stream over what came.
    const verifyingSource = {
      ...source,
      fetch: async (desc: Descriptor) =>
        (await source.fetch(desc)).pipe(createVerifyingStream(desc, 'from the source')),
    };
    const cached = withBlobCache(verifyingSource, createBlobCache(dir));
    source.lie(b.descriptor.digest, Buffer.alloc(b.bytes.length, 3));
    const lied = await cached.fetch(b.descriptor);
    await expect(readAllStream(lied)).rejects.toThrow(/from the source: expected digest/);
    await closed(lied);
    expect(await cacheFiles(dir)).toEqual([]);
    source.lie(b.descriptor.digest, b.bytes);
    const stream = await cached.fetch(b.descriptor);
    expect(verifiesAs(stream, b.descriptor)).toBe(true); // an upload of it is not hashed again
    await expectBytes(stream, b.bytes);
    expect(await sha256File(cachePath(dir, b.descriptor.digest))).toBe(b.descriptor.digest);
  });

  test('a consumer that stops reading half way leaves no partial file, and the next request refetches', async () => {
    const dir = await tempDir();
    const b = blob(2_000_000);
    const source = countingSource([b]);
    const cached = withBlobCache(source, createBlobCache(dir));
    const stream = await cached.fetch(b.descriptor);
    for await (const _chunk of stream) break; // destroys the stream after the first chunk
    await closed(stream);
    expect(await cacheFiles(dir)).toEqual([]);
    await expectBytes(await cached.fetch(b.descriptor), b.bytes);
    expect(source.fetches).toHaveLength(2);
  });

  test('an unwritable cache directory is a warning, and blobs still flow from the source', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'blobs'), 'not a directory');
    const b = blob(1000);
    const logger = recordingLogger();
    const cached = withBlobCache(countingSource([b]), createBlobCache(dir, { logger }));
    await expectBytes(await cached.fetch(b.descriptor), b.bytes);
    await expectBytes(await cached.fetch(b.descriptor), b.bytes);
    expect(logger.lines.filter((l) => l.startsWith('warning:'))).toHaveLength(1);
  });

  test('memory stays flat: a 64 MiB blob streams through without being held whole', async () => {
    const dir = await tempDir();
    const size = 64 * 1024 * 1024;
    const chunk = Buffer.alloc(1024 * 1024, 9);
    const bytes = Buffer.concat(Array.from({ length: size / chunk.length }, () => chunk));
    const descriptor = descriptorOf(MediaTypes.ociLayerTarGzip, bytes);
    const source = countingSource([{ descriptor, bytes }]);
    const cached = withBlobCache(source, createBlobCache(dir));
    const before = process.memoryUsage().arrayBuffers;
    let peak = before;
    let seen = 0;
    for await (const c of await cached.fetch(descriptor)) {
      seen += (c as Buffer).length;
      peak = Math.max(peak, process.memoryUsage().arrayBuffers);
    }
    expect(seen).toBe(size);
    expect(peak - before).toBeLessThan(32 * 1024 * 1024);
    expect(await sha256File(cachePath(dir, descriptor.digest))).toBe(descriptor.digest);
  });
});

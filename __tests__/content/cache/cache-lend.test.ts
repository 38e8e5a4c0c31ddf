/**
 * The cache tee and a source that lends its chunks and checks its own bytes (a big blob's download): a lending
 * reader gets the source's chunks through the cache, each written to the cache file and to the reader before
 * it goes back (the source scribbles over it then); the cache file is kept only when the source's lend
 * resolves. A reader that streams still gets every byte; a reader that drops the stream closes the source.
 */
import { describe, expect, test } from '@jest/globals';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { writeNewFile } from '../../../src/core/artifact/tar/write-file.js';
import { createBlobCache } from '../../../src/core/content/cache/blob-cache.js';
import { withBlobCache } from '../../../src/core/content/cache/with-blob-cache.js';
import { canLend, type Lender } from '../../../src/core/content/lend.js';
import { markVerifying } from '../../../src/core/oci/digest.js';
import type { Descriptor } from '../../../src/core/oci/descriptor.js';
import { OciError } from '../../../src/core/errors.js';
import { blob, cacheFiles, closed, cachePath, countingSource, readAllStream, sha256File, tempDir } from './fixtures.js';

/** Lends `bytes` in 256 KiB chunks from 3 buffers, scribbled over when they come back; fails at its end if asked. */
class CheckedLender extends Readable implements Lender {
  lent = false;
  constructor(
    private readonly bytes: Buffer,
    desc: Descriptor,
    private readonly failAtEnd?: Error,
  ) {
    super();
    markVerifying(this, desc);
  }

  /** Read as a stream, it gives every byte (and fails at its end as it would lent). */
  override _read(): void {
    this.push(this.bytes);
    if (this.failAtEnd) this.destroy(this.failAtEnd);
    else this.push(null);
  }

  async lend(consume: (chunk: Buffer) => Promise<void>): Promise<void> {
    this.lent = true;
    const size = 256 * 1024;
    const free: Buffer[] = [Buffer.alloc(size), Buffer.alloc(size), Buffer.alloc(size)];
    const out = new Set<Promise<void>>();
    for (let at = 0; at < this.bytes.length; at += size) {
      while (free.length === 0) await Promise.race(out);
      const buffer = free.pop() as Buffer;
      const n = this.bytes.copy(buffer, 0, at, at + size);
      const back: Promise<void> = consume(buffer.subarray(0, n)).finally(() => {
        buffer.fill(0xee);
        free.push(buffer);
        out.delete(back);
      });
      out.add(back);
    }
    await Promise.all(out);
    if (this.failAtEnd) throw this.failAtEnd;
  }
}

function lendingSource(bytes: Buffer, failAtEnd?: Error) {
  const base = countingSource([]);
  const made: CheckedLender[] = [];
  return {
    made,
    target: {
      ...base,
      fetch: async (desc: Descriptor) => made[made.push(new CheckedLender(bytes, desc, failAtEnd)) - 1] as Readable,
    },
  };
}

describe('a lending, self-checking source through the cache', () => {
  test('is lent through: the output and the cache file hold exactly the blob', async () => {
    const dir = await tempDir();
    const b = blob(2_000_000);
    const { target, made } = lendingSource(b.bytes);
    const stream = await withBlobCache(target, createBlobCache(dir)).fetch(b.descriptor);
    expect(canLend(stream)).toBe(true);
    await writeNewFile(stream, join(dir, 'out'));
    expect(made[0]?.lent).toBe(true);
    expect((await readFile(join(dir, 'out'))).equals(b.bytes)).toBe(true);
    expect(await sha256File(cachePath(dir, b.descriptor.digest))).toBe(b.descriptor.digest);
  });

  test('a source that fails at its end (its digest) leaves no cache file, and the reader fails', async () => {
    const dir = await tempDir();
    const b = blob(1_000_000);
    const mismatch = new OciError('DIGEST_MISMATCH', 'expected digest … but the bytes hash to …');
    const { target } = lendingSource(b.bytes, mismatch);
    const stream = await withBlobCache(target, createBlobCache(dir)).fetch(b.descriptor);
    await expect(writeNewFile(stream, join(dir, 'out'))).rejects.toBe(mismatch);
    // No wait: the lend settles only once the temporary file is gone.
    expect(await cacheFiles(dir)).toEqual([]);
  });

  test('a failed lend settles only once its temporary file is gone', async () => {
    const dir = await tempDir();
    const b = blob(1_000_000);
    const mismatch = new OciError('DIGEST_MISMATCH', 'expected digest … but the bytes hash to …');
    const { target } = lendingSource(b.bytes, mismatch);
    const stream = await withBlobCache(target, createBlobCache(dir)).fetch(b.descriptor);
    let seen = 0;
    await expect(
      (stream as Readable & Lender).lend(async (chunk) => {
        seen += chunk.length;
      }),
    ).rejects.toBe(mismatch);
    expect(seen).toBe(b.bytes.length);
    expect(await cacheFiles(dir)).toEqual([]);
  });

  test('read as a stream, it gives every byte and fills the cache', async () => {
    const dir = await tempDir();
    const b = blob(1_500_000);
    const { target, made } = lendingSource(b.bytes);
    const got = await readAllStream(await withBlobCache(target, createBlobCache(dir)).fetch(b.descriptor));
    expect(got.equals(b.bytes)).toBe(true);
    expect(made[0]?.lent).toBe(false);
    expect(await sha256File(cachePath(dir, b.descriptor.digest))).toBe(b.descriptor.digest);
  });

  test('dropped unread, it closes the source and keeps nothing', async () => {
    const dir = await tempDir();
    const b = blob(1_000_000);
    const { target, made } = lendingSource(b.bytes);
    const stream = await withBlobCache(target, createBlobCache(dir)).fetch(b.descriptor);
    stream.destroy();
    await closed(stream); // 'close' comes once the temporary file is gone
    expect(made[0]?.destroyed).toBe(true);
    expect(await cacheFiles(dir)).toEqual([]);
  });
});

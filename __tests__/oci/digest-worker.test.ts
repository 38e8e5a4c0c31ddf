/**
 * The hashing thread (src/core/oci/digest-worker.ts) must give the digest the in-thread hash gives for any way
 * the bytes are cut, keep streams apart when several hash at once, make a verifying stream over THREAD_HASH_MIN_BYTES
 * fail on one changed byte exactly as before, and never hold the process open.
 */
import { describe, expect, test } from '@jest/globals';
import { createHash, randomBytes } from 'node:crypto';
import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createThreadDigester } from '../../src/core/oci/digest-worker.js';
import { createVerifyingStream } from '../../src/core/oci/digest.js';
import { isOciError } from '../../src/core/errors.js';
import { THREAD_HASH_MIN_BYTES } from '../../src/core/limits.js';

const sha = (algorithm: 'sha256' | 'sha512', bytes: Uint8Array): string =>
  `${algorithm}:${createHash(algorithm).update(bytes).digest('hex')}`;

/** Feeds `bytes` cut at `cuts` (sizes, repeated), waiting whenever the digester asks to. */
async function hashOnThread(algorithm: 'sha256' | 'sha512', bytes: Buffer, cuts: number[]): Promise<string> {
  const digester = createThreadDigester(algorithm);
  let at = 0;
  for (let i = 0; at < bytes.length; i++) {
    const size = cuts[i % cuts.length] ?? 1;
    const wait = digester.update(bytes.subarray(at, at + size));
    if (wait) await wait;
    at += size;
  }
  return digester.digest();
}

const MiB = 1024 * 1024;

describe('createThreadDigester', () => {
  const bytes = randomBytes(9 * MiB + 12345);

  test.each([
    ['64 KiB chunks', [64 * 1024]],
    ['odd chunk sizes', [1, 7, 65_537, 1_048_575, 3]],
    ['chunks larger than a buffer (2 MiB)', [3 * MiB + 5]],
    ['exactly one buffer', [2 * MiB]],
  ])('gives the in-thread digest with %s', async (_name, cuts) => {
    expect(await hashOnThread('sha256', bytes, cuts)).toBe(sha('sha256', bytes));
  });

  test('sha512 and the empty stream', async () => {
    expect(await hashOnThread('sha512', bytes, [100_000])).toBe(sha('sha512', bytes));
    expect(await createThreadDigester('sha256').digest()).toBe(sha('sha256', Buffer.alloc(0)));
  });

  test('streams hashed at once stay apart', async () => {
    const others = [randomBytes(5 * MiB), randomBytes(2 * MiB + 1), randomBytes(7 * MiB)];
    const digests = await Promise.all(others.map((b, i) => hashOnThread('sha256', b, [40_000 + i * 9_999])));
    expect(digests).toEqual(others.map((b) => sha('sha256', b)));
  });

  test('an aborted stream does not disturb the next one', async () => {
    const dropped = createThreadDigester('sha256');
    for (let i = 0; i < 6; i++) await dropped.update(randomBytes(MiB));
    dropped.abort();
    expect(await hashOnThread('sha256', bytes, [200_000])).toBe(sha('sha256', bytes));
  });
});

describe('hashShared: bytes in shared memory, hashed where they are', () => {
  const bytes = randomBytes(5 * MiB + 777);
  const inShared = (from: Buffer): Buffer => {
    const view = Buffer.from(new SharedArrayBuffer(from.length + 4096), 1000, from.length);
    from.copy(view);
    return view;
  };

  test('gives the in-thread digest, at any offset, pieces sent without waiting', async () => {
    const digester = createThreadDigester('sha256');
    const pieces: Promise<void>[] = [];
    for (let at = 0; at < bytes.length; at += 1_048_583) {
      const piece = digester.hashShared(inShared(bytes.subarray(at, at + 1_048_583)));
      expect(piece).toBeInstanceOf(Promise);
      pieces.push(piece as Promise<void>);
    }
    await Promise.all(pieces);
    expect(await digester.digest()).toBe(sha('sha256', bytes));
  });

  test('copied and shared pieces reach the hash in the order given', async () => {
    const digester = createThreadDigester('sha256');
    const cuts = [70_000, 2 * MiB, 5, 3 * MiB];
    let at = 0;
    for (const [i, size] of cuts.entries()) {
      const part = bytes.subarray(at, at + size);
      // Odd pieces copied (one leaves a buffer half full, which must go before the shared piece after it).
      const wait = i % 2 === 0 ? digester.update(part) : digester.hashShared(inShared(part));
      if (wait) await wait;
      at += size;
    }
    await digester.update(bytes.subarray(at));
    expect(await digester.digest()).toBe(sha('sha256', bytes));
  });

  test('takes nothing from plain memory, or while a copy waits for room: the caller copies instead', async () => {
    const digester = createThreadDigester('sha256');
    expect(digester.hashShared(bytes.subarray(0, 100))).toBeUndefined();
    // Two buffers' worth and more: the copy waits for a buffer to come back.
    const waiting = digester.update(bytes);
    expect(waiting).toBeInstanceOf(Promise);
    expect(digester.hashShared(inShared(bytes.subarray(0, 100)))).toBeUndefined();
    await waiting;
    expect(await digester.digest()).toBe(sha('sha256', bytes));
  });

  test('a dropped stream lets its shared pieces go, and the next stream is right', async () => {
    const dropped = createThreadDigester('sha256');
    const pending = dropped.hashShared(inShared(bytes));
    dropped.abort();
    await pending;
    const next = createThreadDigester('sha256');
    await next.hashShared(inShared(bytes));
    expect(await next.digest()).toBe(sha('sha256', bytes));
  });
});

describe('createVerifyingStream over THREAD_HASH_MIN_BYTES', () => {
  const size = THREAD_HASH_MIN_BYTES + 3;
  const good = randomBytes(size);
  const expected = { digest: sha('sha256', good), size };
  const chunks = (bytes: Buffer): Buffer[] => {
    const out: Buffer[] = [];
    for (let at = 0; at < bytes.length; at += 65_536) out.push(bytes.subarray(at, at + 65_536));
    return out;
  };
  const drain = async (bytes: Buffer): Promise<number> => {
    let seen = 0;
    await pipeline(
      Readable.from(chunks(bytes)),
      createVerifyingStream(expected, 'test blob'),
      new Writable({
        write(chunk: Buffer, _encoding, callback) {
          seen += chunk.length;
          callback();
        },
      }),
    );
    return seen;
  };

  test('passes the right bytes through', async () => {
    expect(await drain(good)).toBe(size);
  });

  test('one changed byte is a DIGEST_MISMATCH before the end', async () => {
    const bad = Buffer.from(good);
    bad[size - 1000] = (bad[size - 1000] ?? 0) ^ 1;
    const error = await drain(bad).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(isOciError(error) && error.code).toBe('DIGEST_MISMATCH');
    expect(String((error as Error).message)).toContain(expected.digest);
  });
});

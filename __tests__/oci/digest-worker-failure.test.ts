/**
 * When the hashing thread dies (or cannot start), a stream it was hashing fails with one line saying to try
 * again, and every later stream is hashed on the main thread: still verified, never passed unchecked.
 */
import { describe, expect, test } from '@jest/globals';
import { createHash, randomBytes } from 'node:crypto';
import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createThreadDigester, stopHashingThreadForTests, threadHashing } from '../../src/core/oci/digest-worker.js';
import { createVerifyingStream } from '../../src/core/oci/digest.js';
import { isOciError } from '../../src/core/errors.js';
import { THREAD_HASH_MIN_BYTES } from '../../src/core/limits.js';

const MiB = 1024 * 1024;

async function verify(bytes: Buffer, expected: { digest: string; size: number }): Promise<unknown> {
  const chunks: Buffer[] = [];
  for (let at = 0; at < bytes.length; at += 65_536) chunks.push(bytes.subarray(at, at + 65_536));
  return pipeline(
    Readable.from(chunks),
    createVerifyingStream(expected, 'test blob'),
    new Writable({ write: (_c, _e, callback) => callback() }),
  ).then(
    () => 'ok',
    (e: unknown) => e,
  );
}

describe('the hashing thread stops', () => {
  test('the stream in flight fails with INCOMPLETE; later streams are verified on this thread', async () => {
    const digester = createThreadDigester('sha256');
    const sharing = createThreadDigester('sha256');
    await digester.update(randomBytes(5 * MiB));
    // Stopped while the stream is open (bytes sent, no digest yet). Asking for the digest first raced: a quick
    // worker could answer before it was terminated, and the test then failed on a loaded machine.
    await stopHashingThreadForTests();
    const error = await digester.digest().then(
      () => 'resolved',
      (e: unknown) => e,
    );
    expect(isOciError(error) && error.code).toBe('INCOMPLETE');
    expect(String((error as Error).message)).toMatch(/try again/);
    expect(threadHashing()).toBe(false);
    // A stream of shared pieces open at the time fails the same way, never hashing nothing and calling it done.
    const piece = sharing.hashShared(Buffer.from(new SharedArrayBuffer(MiB)));
    await expect(piece).rejects.toMatchObject({ code: 'INCOMPLETE' });

    const size = THREAD_HASH_MIN_BYTES + 1;
    const good = randomBytes(size);
    const expected = { digest: `sha256:${createHash('sha256').update(good).digest('hex')}`, size };
    expect(await verify(good, expected)).toBe('ok');
    const bad = Buffer.from(good);
    bad[7] = (bad[7] ?? 0) ^ 0x80;
    const mismatch = await verify(bad, expected);
    expect(isOciError(mismatch) && mismatch.code).toBe('DIGEST_MISMATCH');
  });
});

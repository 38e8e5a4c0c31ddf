/**
 * bulk-blob.ts: a blob fetched with bulk-get.ts is checked against its descriptor whichever way it is read. Read
 * as a stream by a slow reader, at a size hashed on the hashing thread (whose update can wait for a buffer, and
 * whose stream can end before the last chunk is taken); lent to a consumer; with a byte flipped or missing.
 */
import { afterAll, describe, expect, test } from '@jest/globals';
import { createHash, randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:net';
import { once } from 'node:events';
import { bulkGet, LENT_BATCHES } from '../../../src/core/stores/registry/bulk-get.js';
import { VerifiedBulkBlob } from '../../../src/core/stores/registry/bulk-blob.js';
import { THREAD_HASH_MIN_BYTES } from '../../../src/core/limits.js';

const servers: Server[] = [];
afterAll(() => {
  for (const server of servers) server.close();
});

/** A server that answers every GET with `bytes` (Content-Length: `bytes.length`). */
async function serving(bytes: Buffer): Promise<URL> {
  const server = createServer((socket) => {
    socket.on('error', () => {});
    socket.once('data', () => {
      socket.write(`HTTP/1.1 200 OK\r\nContent-Length: ${bytes.length}\r\n\r\n`);
      socket.end(bytes);
    });
  });
  servers.push(server);
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return new URL(`http://127.0.0.1:${(server.address() as { port: number }).port}/blob`);
}

const data = randomBytes(THREAD_HASH_MIN_BYTES + 3 * 1024 * 1024 + 7);
const desc = {
  mediaType: 'application/octet-stream',
  digest: `sha256:${createHash('sha256').update(data).digest('hex')}`,
  size: data.length,
};
const broken = (e: unknown): Error => Object.assign(new Error(`download broke: ${String(e)}`), { code: 'NETWORK' });

async function open(url: URL, expected = desc): Promise<VerifiedBulkBlob> {
  const response = await bulkGet({
    url,
    headers: {},
    connectTimeoutMs: 5000,
    headersTimeoutMs: 5000,
    bodyWindowMs: 5000,
    minBytesPerWindow: 1,
  });
  return new VerifiedBulkBlob(response.body, expected, 'blob', broken);
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

describe('read as a stream', () => {
  test('by a slow reader: every byte, verified, in order (five times, as the timing varies)', async () => {
    const url = await serving(data);
    for (let run = 0; run < 5; run++) {
      const parts: Buffer[] = [];
      let i = 0;
      for await (const chunk of (await open(url)) as AsyncIterable<Buffer>) {
        parts.push(chunk);
        if (++i % (5 + run) === 0) await tick();
      }
      expect(Buffer.concat(parts).equals(data)).toBe(true);
    }
  });

  test('a flipped last byte fails the stream before its end', async () => {
    const other = Buffer.from(data);
    other[other.length - 1] = (other[other.length - 1] ?? 0) ^ 1;
    const stream = await open(await serving(other));
    await expect(
      (async () => {
        for await (const _ of stream as AsyncIterable<Buffer>) void _;
      })(),
    ).rejects.toMatchObject({ code: 'DIGEST_MISMATCH' });
  });
});

describe('lent', () => {
  test('every byte reaches the consumer, and the lend resolves only for the right ones', async () => {
    const hash = createHash('sha256');
    await (
      await open(await serving(data))
    ).lend(async (chunk) => {
      hash.update(chunk);
      await tick();
    });
    expect(`sha256:${hash.digest('hex')}`).toBe(desc.digest);
  });

  test('a flipped byte or a short body rejects the lend', async () => {
    const other = Buffer.from(data);
    other[12345] = (other[12345] ?? 0) ^ 0x80;
    await expect((await open(await serving(other))).lend(async () => {})).rejects.toMatchObject({
      code: 'DIGEST_MISMATCH',
    });
    const short = { ...desc, size: desc.size + 1 };
    await expect((await open(await serving(data), short)).lend(async () => {})).rejects.toMatchObject({
      code: 'SIZE_MISMATCH',
    });
  });

  test('the hasher reads the shared batches where they are, and none is filled again before it is hashed', async () => {
    // A consumer done at once gives each batch back while the hashing thread may still be reading it: were the
    // batch filled again then, the hash would see other bytes and the lend would fail (five runs: timing varies).
    const url = await serving(data);
    for (let run = 0; run < 5; run++) {
      const batches = new Set<ArrayBufferLike>();
      let shared = 0;
      let chunks = 0;
      await (
        await open(url)
      ).lend(async (chunk) => {
        chunks++;
        if (chunk.buffer instanceof SharedArrayBuffer) shared++;
        batches.add(chunk.buffer);
      });
      expect(shared).toBe(chunks);
      expect(batches.size).toBeLessThanOrEqual(LENT_BATCHES + 1); // those out, and the one being filled
    }
  });

  test('more bytes than the descriptor says reject the lend as soon as they come', async () => {
    const smaller = { ...desc, size: desc.size - 1 };
    await expect((await open(await serving(data), smaller)).lend(async () => {})).rejects.toMatchObject({
      code: 'SIZE_MISMATCH',
      message: expect.stringContaining('more than the expected') as unknown as string,
    });
  });

  test("a consumer's own failure comes back as it is, not as a broken download", async () => {
    const failure = Object.assign(new Error('no space left'), { code: 'ENOSPC' });
    await expect(
      (await open(await serving(data))).lend(async () => {
        throw failure;
      }),
    ).rejects.toBe(failure);
  });
});

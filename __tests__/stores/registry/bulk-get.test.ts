/**
 * bulk-get.ts against a server on loopback that writes its answers byte by byte as a test scripts them: bodies
 * cut anywhere, framed by length, chunks or the close; lending that gives the same few buffers back and never
 * hands out one still lent; a stream reader that keeps every chunk; and what a server can do wrong — close
 * early, say nothing, trickle, send a huge head, be aborted — each one clear error, never a short body.
 */
import { afterAll, afterEach, describe, expect, test } from '@jest/globals';
import { createHash, randomBytes } from 'node:crypto';
import { createServer, type Server, type Socket } from 'node:net';
import { once } from 'node:events';
import {
  BULK_BATCH_BYTES,
  LENT_BATCHES,
  bulkGet,
  type BulkGetRequest,
} from '../../../src/core/stores/registry/bulk-get.js';
import { defaultRetryPolicy, defaultTimeouts, send } from '../../../src/core/stores/registry/http.js';

type Script = (socket: Socket, request: string) => Promise<void> | void;

const servers: Server[] = [];
const sockets = new Set<Socket>();
afterEach(() => {
  for (const s of sockets) s.destroy();
  sockets.clear();
});
afterAll(async () => {
  await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
});

/** A server that reads one request head per connection and answers with `script`; the heads it got. */
async function serve(script: Script): Promise<{ url: URL; requests: string[]; closed: Promise<void>[] }> {
  const requests: string[] = [];
  const closed: Promise<void>[] = [];
  const server = createServer((socket) => {
    sockets.add(socket);
    closed.push(new Promise((resolve) => socket.on('close', () => resolve())));
    socket.on('error', () => {});
    let text = '';
    const onData = (chunk: Buffer): void => {
      text += chunk.toString('latin1');
      if (!text.includes('\r\n\r\n')) return;
      socket.off('data', onData);
      requests.push(text);
      Promise.resolve(script(socket, text)).catch(() => socket.destroy());
    };
    socket.on('data', onData);
  });
  servers.push(server);
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  return { url: new URL(`http://127.0.0.1:${port}/v2/a/blobs/sha256:x`), requests, closed };
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Writes `bytes` in pieces of random size (seeded), pausing now and then so that reads cut them anywhere. */
async function writeInPieces(socket: Socket, bytes: Buffer, seed = 1, maxPiece = 300_000): Promise<void> {
  let state = seed;
  const next = () => (state = (state * 1103515245 + 12345) % 2 ** 31);
  for (let at = 0; at < bytes.length;) {
    const n = 1 + (next() % maxPiece);
    if (!socket.write(bytes.subarray(at, at + n))) await once(socket, 'drain');
    at += n;
    if (next() % 7 === 0) await pause(1);
  }
}

function chunkedWire(data: Buffer): Buffer {
  const parts: Buffer[] = [];
  for (let at = 0, i = 0; at < data.length; i++) {
    const piece = data.subarray(at, at + 1 + ((i * 7919) % 90_000));
    at += piece.length;
    parts.push(Buffer.from(`${piece.length.toString(16)}\r\n`), piece, Buffer.from('\r\n'));
  }
  parts.push(Buffer.from('0\r\n\r\n'));
  return Buffer.concat(parts);
}

const request = (url: URL, more: Partial<BulkGetRequest> = {}): BulkGetRequest => ({
  url,
  headers: { authorization: 'Bearer token-1', 'user-agent': 'test' },
  connectTimeoutMs: 5_000,
  headersTimeoutMs: 5_000,
  bodyWindowMs: 5_000,
  minBytesPerWindow: 1,
  ...more,
});

type Framing = 'length' | 'chunked' | 'close';
function answer(data: Buffer, framing: Framing): Buffer {
  if (framing === 'length')
    return Buffer.concat([Buffer.from(`HTTP/1.1 200 OK\r\nContent-Length: ${data.length}\r\n\r\n`), data]);
  if (framing === 'chunked')
    return Buffer.concat([Buffer.from('HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n'), chunkedWire(data)]);
  return Buffer.concat([Buffer.from('HTTP/1.1 200 OK\r\n\r\n'), data]);
}

async function readAll(stream: AsyncIterable<Buffer>): Promise<Buffer[]> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk);
  return chunks;
}

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

describe.each<Framing>(['length', 'chunked', 'close'])('a body framed by %s', (framing) => {
  const data = randomBytes(3 * BULK_BATCH_BYTES + 12_345);

  test('read as a stream: every byte, and every chunk still intact at the end (none is reused)', async () => {
    const { url, requests } = await serve(async (socket) => {
      await writeInPieces(socket, answer(data, framing), 7);
      socket.end();
    });
    const response = await bulkGet(request(url));
    expect(response.status).toBe(200);
    const chunks = await readAll(response.body);
    expect(Buffer.concat(chunks).equals(data)).toBe(true);
    expect(requests[0]).toMatch(/^GET \/v2\/a\/blobs\/sha256:x HTTP\/1\.1\r\nhost: 127\.0\.0\.1:\d+\r\n/);
    expect(requests[0]).toContain('\r\nauthorization: Bearer token-1\r\n');
    expect(requests[0]).toContain('\r\nconnection: close\r\n\r\n');
  });

  test('lent: every byte in order, the same few buffers, never more than LENT_BATCHES out at once', async () => {
    const { url } = await serve(async (socket) => {
      await writeInPieces(socket, answer(data, framing), 11);
      socket.end();
    });
    const response = await bulkGet(request(url));
    const hash = createHash('sha256');
    const seen = new Set<ArrayBufferLike>();
    const out = new Set<ArrayBufferLike>();
    let mostOut = 0;
    await response.body.lend(async (chunk) => {
      expect(out.has(chunk.buffer)).toBe(false); // a batch is never lent twice at once
      out.add(chunk.buffer);
      mostOut = Math.max(mostOut, out.size);
      seen.add(chunk.buffer);
      hash.update(chunk);
      await pause(5); // a slow consumer: reading must wait for it
      chunk.fill(0); // the consumer may do what it likes with a lent batch until it gives it back
      out.delete(chunk.buffer);
    });
    expect(hash.digest('hex')).toBe(sha(data));
    expect(mostOut).toBeLessThanOrEqual(LENT_BATCHES);
    expect(seen.size).toBeLessThanOrEqual(LENT_BATCHES + 1);
  });
});

test('a body of 40 MiB lent to a writer goes round in at most LENT_BATCHES + 1 buffers', async () => {
  const data = randomBytes(40 * 1024 * 1024);
  const { url } = await serve(async (socket) => {
    await writeInPieces(socket, answer(data, 'length'), 3, 1_000_000);
    socket.end();
  });
  const seen = new Set<ArrayBufferLike>();
  const hash = createHash('sha256');
  const response = await bulkGet(request(url));
  await response.body.lend(async (chunk) => {
    seen.add(chunk.buffer);
    hash.update(chunk);
    await pause(0);
  });
  expect(hash.digest('hex')).toBe(sha(data));
  expect(seen.size).toBeLessThanOrEqual(LENT_BATCHES + 1);
});

test.each<Framing>(['length', 'chunked', 'close'])(
  'a body framed by %s that arrives whole, with the close, before the reader starts is read whole',
  async (framing) => {
    const data = randomBytes(30_000);
    const { url } = await serve((socket) => {
      socket.end(answer(data, framing));
    });
    const streamed = await bulkGet(request(url));
    await pause(100);
    expect(Buffer.concat(await readAll(streamed.body)).equals(data)).toBe(true);
    const lent = await bulkGet(request(url));
    await pause(100);
    const parts: Buffer[] = [];
    await lent.body.lend(async (chunk) => void parts.push(Buffer.from(chunk)));
    expect(Buffer.concat(parts).equals(data)).toBe(true);
  },
);

test('an empty body ends at once, streamed or lent', async () => {
  const { url } = await serve((socket) => {
    socket.end('HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n');
  });
  const streamed = await bulkGet(request(url));
  expect(streamed.status).toBe(404);
  expect(await readAll(streamed.body)).toEqual([]);
  const lent = await bulkGet(request(url));
  const calls: number[] = [];
  await lent.body.lend(async (chunk) => void calls.push(chunk.length));
  expect(calls).toEqual([]);
});

test('an interim answer (103 Early Hints) is passed over for the real one', async () => {
  const data = randomBytes(1000);
  const { url } = await serve((socket) => {
    socket.write('HTTP/1.1 103 Early Hints\r\nLink: </x>; rel=preload\r\n\r\n');
    socket.end(answer(data, 'length'));
  });
  const response = await bulkGet(request(url));
  expect(response.status).toBe(200);
  expect(Buffer.concat(await readAll(response.body)).equals(data)).toBe(true);
});

describe('a server that misbehaves gets one clear error, never a short body', () => {
  test('closing in the middle of a body with a length', async () => {
    const { url } = await serve((socket) => {
      socket.end(
        Buffer.concat([Buffer.from('HTTP/1.1 200 OK\r\nContent-Length: 5000000\r\n\r\n'), randomBytes(3_000_000)]),
      );
    });
    const streamed = await bulkGet(request(url));
    await expect(readAll(streamed.body)).rejects.toMatchObject({ code: 'OCI_HTTP_CLOSED' });
    const lent = await bulkGet(request(url));
    await expect(lent.body.lend(async () => {})).rejects.toMatchObject({ code: 'OCI_HTTP_CLOSED' });
  });

  test('closing a chunked body before its last chunk', async () => {
    const { url } = await serve((socket) => {
      const wire = answer(randomBytes(100_000), 'chunked');
      socket.end(wire.subarray(0, wire.length - 5)); // without "0\r\n\r\n"
    });
    const streamed = await bulkGet(request(url));
    await expect(readAll(streamed.body)).rejects.toMatchObject({ code: 'OCI_HTTP_CLOSED' });
  });

  test('closing before any answer: a retryable failure, and send() tries again on a new connection', async () => {
    let connections = 0;
    const data = randomBytes(10_000);
    const { url } = await serve((socket) => {
      connections++;
      if (connections === 1) socket.destroy();
      else socket.end(answer(data, 'length'));
    });
    await expect(bulkGet(request(url))).rejects.toMatchObject({ code: 'OCI_HTTP_CLOSED' });
    connections = 0;
    const slept: number[] = [];
    const response = await send(
      { method: 'GET', url, headers: {}, bulk: true },
      { retry: { ...defaultRetryPolicy, sleep: async (ms) => void slept.push(ms) }, timeouts: defaultTimeouts },
    );
    expect(response.status).toBe(200);
    expect(slept).toHaveLength(1);
    expect(Buffer.concat(await readAll(response.body)).equals(data)).toBe(true);
  });

  test('a head larger than 64 KiB', async () => {
    const { url } = await serve((socket) => {
      socket.write(`HTTP/1.1 200 OK\r\n${'X-Padding: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\r\n'.repeat(3000)}`);
    });
    await expect(bulkGet(request(url))).rejects.toMatchObject({
      code: 'OCI_HTTP_PROTOCOL',
      message: /head is longer than 65536 bytes/,
    });
  });

  test('two different Content-Length values (a smuggling shape)', async () => {
    const { url } = await serve((socket) => {
      socket.end('HTTP/1.1 200 OK\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\nhello!');
    });
    await expect(bulkGet(request(url))).rejects.toMatchObject({ code: 'OCI_HTTP_PROTOCOL' });
  });

  test('no answer within the headers timeout', async () => {
    const { url } = await serve(() => {});
    await expect(bulkGet(request(url, { headersTimeoutMs: 200 }))).rejects.toMatchObject({
      code: 'OCI_HTTP_HEADERS_TIMEOUT',
    });
  });

  test('a body that trickles is stalled; a reader that holds the body back is not', async () => {
    const { url: trickling } = await serve(async (socket) => {
      socket.write('HTTP/1.1 200 OK\r\nContent-Length: 1000000\r\n\r\n');
      for (let i = 0; i < 100 && !socket.destroyed; i++) {
        socket.write('x');
        await pause(20);
      }
    });
    const slow = await bulkGet(request(trickling, { bodyWindowMs: 300, minBytesPerWindow: 64 * 1024 }));
    await expect(slow.body.lend(async () => {})).rejects.toMatchObject({ code: 'OCI_HTTP_STALLED' });

    const data = randomBytes(6 * BULK_BATCH_BYTES);
    const { url: fast } = await serve((socket) => {
      socket.end(answer(data, 'length'));
    });
    const held = await bulkGet(request(fast, { bodyWindowMs: 100, minBytesPerWindow: 64 * 1024 }));
    const hash = createHash('sha256');
    await held.body.lend(async (chunk) => {
      hash.update(chunk);
      await pause(250); // longer than two windows: the reader, not the server, is slow
    });
    expect(hash.digest('hex')).toBe(sha(data));
  });

  test('the command deadline aborts a body in the middle; the connection closes', async () => {
    const { url, closed } = await serve((socket) => {
      socket.write(
        Buffer.concat([Buffer.from('HTTP/1.1 200 OK\r\nContent-Length: 90000000\r\n\r\n'), randomBytes(100_000)]),
      );
    });
    const controller = new AbortController();
    const response = await bulkGet(request(url, { signal: controller.signal }));
    const reading = readAll(response.body);
    await pause(50);
    controller.abort(new Error('deadline passed'));
    await expect(reading).rejects.toThrow('deadline passed');
    await closed[0];
  });

  test('a reader that drops the body closes the connection', async () => {
    const { url, closed } = await serve((socket) => {
      socket.write(
        Buffer.concat([Buffer.from('HTTP/1.1 500 Oops\r\nContent-Length: 90000000\r\n\r\n'), randomBytes(1000)]),
      );
    });
    const response = await bulkGet(request(url));
    expect(response.status).toBe(500);
    await response.body.dump();
    await closed[0];
  });

  test('a consumer that fails stops the download with its own error, after every lent batch is back', async () => {
    const data = randomBytes(8 * BULK_BATCH_BYTES);
    const { url, closed } = await serve((socket) => {
      socket.end(answer(data, 'length'));
    });
    const response = await bulkGet(request(url));
    let out = 0;
    let calls = 0;
    const failure = Object.assign(new Error('disk full'), { code: 'ENOSPC' });
    await expect(
      response.body.lend(async () => {
        out++;
        const call = ++calls;
        await pause(call === 2 ? 1 : 30);
        out--;
        if (call === 2) throw failure;
      }),
    ).rejects.toBe(failure);
    expect(out).toBe(0);
    expect(calls).toBeLessThan(8);
    await closed[0];
  });
});

/**
 * HEAD requests keep their connection: a release checks every blob and manifest with a HEAD, and against a
 * distant registry a new connection per HEAD costs a round trip (three over TLS). Counted at the TCP level in
 * front of a real registry. A server that wrongly sends a body with its HEAD answer costs a connection, never
 * a wrong answer to the next request.
 */
import { afterAll, afterEach, beforeAll, expect, test } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { connect, createServer, type Server, type Socket } from 'node:net';
import { closeRegistryConnections } from '../../../src/core/stores/registry/http.js';
import { createRegistryTarget } from '../../../src/core/stores/registry/target.js';
import { useRegistry } from '../../harness/fixtures.js';
import { blobDescriptor, readAll, registryRef } from './fixtures.js';

const { registry } = useRegistry();

/** A TCP pipe to `port` that counts the connections made to it. */
async function countingPipe(port: number): Promise<{ host: string; accepted: () => number; stop(): Promise<void> }> {
  let accepted = 0;
  const sockets = new Set<Socket>();
  const server = createServer((client) => {
    accepted++;
    const upstream = connect(port, '127.0.0.1');
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('error', () => {});
      s.on('close', () => {
        client.destroy();
        upstream.destroy();
      });
    }
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    host: `127.0.0.1:${(server.address() as { port: number }).port}`,
    accepted: () => accepted,
    async stop() {
      for (const s of sockets) s.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

let pipe: Awaited<ReturnType<typeof countingPipe>>;
let servers: Server[] = [];
beforeAll(async () => {
  pipe = await countingPipe(Number(new URL(registry.url).port));
});
afterEach(async () => {
  await closeRegistryConnections();
  for (const s of servers) s.close();
  servers = [];
});
afterAll(async () => {
  await pipe.stop();
});

test('a push, and a run of HEADs, found and not found, each go over one connection', async () => {
  const repo = createRegistryTarget(registryRef(pipe.host, 'keep/alive'));
  const blobs = [1, 2, 3].map(() => randomBytes(1000));
  const first = pipe.accepted();
  for (const b of blobs) await repo.push(blobDescriptor(b), b); // a POST and a PUT each
  expect(pipe.accepted() - first).toBe(1);
  await closeRegistryConnections();
  const before = pipe.accepted();
  for (let i = 0; i < 4; i++) {
    for (const b of blobs) expect(await repo.exists(blobDescriptor(b))).toBe(true);
    expect(await repo.exists(blobDescriptor(randomBytes(10)))).toBe(false);
  }
  // 16 HEADs, each sent as soon as the one before was answered (undici frees a connection a moment after the
  // answer; a request sent before that would open another).
  expect(pipe.accepted() - before).toBe(1);
  // …and the connection still serves a GET after them, byte for byte.
  const b = blobs[0] as Buffer;
  expect((await readAll(await repo.fetch(blobDescriptor(b)))).equals(b)).toBe(true);
  expect(pipe.accepted() - before).toBe(1);
});

test('a server that sends a body with its HEAD answer: the next request still gets its own answer', async () => {
  const found = randomBytes(64);
  const desc = blobDescriptor(found);
  const path = `/v2/keep/odd/blobs/${desc.digest}`;
  let connections = 0;
  const server = createServer((socket) => {
    connections++;
    let pending = '';
    socket.on('error', () => {});
    socket.on('data', (chunk: Buffer) => {
      pending += chunk.toString('latin1');
      for (let end = pending.indexOf('\r\n\r\n'); end !== -1; end = pending.indexOf('\r\n\r\n')) {
        const [method, target] = pending.slice(0, end).split(' ');
        pending = pending.slice(end + 4);
        const head = (status: string, length: number) =>
          `HTTP/1.1 ${status}\r\ncontent-type: application/octet-stream\r\ncontent-length: ${length}\r\n` +
          `docker-content-digest: ${desc.digest}\r\n\r\n`;
        if (target !== path) socket.write(head('404 Not Found', 0));
        // The wrong part: a HEAD is answered as a GET, body and all.
        else if (method === 'HEAD' || method === 'GET')
          socket.write(Buffer.concat([Buffer.from(head('200 OK', 64)), found]));
      }
    });
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const host = `127.0.0.1:${(server.address() as { port: number }).port}`;
  const repo = createRegistryTarget(registryRef(host, 'keep/odd'), { retry: { attempts: 3, baseDelayMs: 1 } });
  for (let i = 0; i < 3; i++) {
    expect(await repo.exists(desc)).toBe(true);
    expect((await readAll(await repo.fetch(desc))).equals(found)).toBe(true);
    expect(await repo.exists(blobDescriptor(randomBytes(10)))).toBe(false);
  }
  expect(connections).toBeGreaterThan(1); // the connection after a HEAD's stray body is not used again
});

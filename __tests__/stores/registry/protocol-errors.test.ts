/**
 * Something that answers, but not in HTTP/1.1 (a wrong port, a TLS-only or broken proxy, a smuggling shape):
 * the error names the operation, the code and the address, and says to check what answers there rather than
 * whether the host is reachable (it is). Through a registry target, for a big blob (our own reader,
 * bulk-get.ts) and for a manifest (undici).
 */
import { afterAll, expect, test } from '@jest/globals';
import { once } from 'node:events';
import { createServer, type Server } from 'node:net';
import { BULK_GET_MIN_BYTES } from '../../../src/core/limits.js';
import { closeRegistryConnections } from '../../../src/core/stores/registry/http.js';
import { createRegistryTarget } from '../../../src/core/stores/registry/target.js';
import { MediaTypes } from '../../../src/core/oci/media-types.js';
import { registryRef } from './fixtures.js';

const servers: Server[] = [];
afterAll(async () => {
  await closeRegistryConnections();
  for (const s of servers) s.close();
});

/** A server that answers every request with `answer` and closes. */
async function answering(answer: string): Promise<string> {
  const server = createServer((socket) => {
    socket.on('error', () => {});
    socket.once('data', () => socket.end(answer));
  });
  servers.push(server);
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return `127.0.0.1:${(server.address() as { port: number }).port}`;
}

const digest = `sha256:${'ab'.repeat(32)}`;
const retry = { attempts: 1 };

test('a big blob answered with two Content-Length values', async () => {
  const host = await answering('HTTP/1.1 200 OK\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\nhello!');
  const repo = createRegistryTarget(registryRef(host, 'odd/repo'), { retry });
  const desc = { mediaType: 'application/octet-stream', digest, size: BULK_GET_MIN_BYTES + 1 };
  const error = await repo.fetch(desc).then(
    () => undefined,
    (e: unknown) => e as Error,
  );
  expect(error?.message).toMatch(
    new RegExp(
      `^GET blob ${digest} in ${host}/odd/repo: .*\\(OCI_HTTP_PROTOCOL\\): what answers at ${host} \\(the registry, or a proxy in front of it\\) does not speak HTTP/1.1`,
    ),
  );
  expect(error?.message).not.toMatch(/is reachable/);
});

test('a manifest answered with something that is not HTTP', async () => {
  const host = await answering('SSH-2.0-OpenSSH_9.2\r\n');
  const repo = createRegistryTarget(registryRef(host, 'odd/repo'), { retry });
  const desc = { mediaType: MediaTypes.ociManifest, digest, size: 100 };
  const error = await repo.fetch(desc).then(
    () => undefined,
    (e: unknown) => e as Error,
  );
  expect(error?.message).toMatch(
    /Response does not match the HTTP\/1.1 protocol.*: what answers at .* does not speak HTTP\/1.1/,
  );
  expect(error?.message).toContain(`http://${host}/v2/odd/repo/manifests/${digest}`);
});

test('a host that does not answer at all is still "check that … is reachable"', async () => {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const port = (server.address() as { port: number }).port;
  await new Promise((resolve) => server.close(resolve)); // nothing listens there now
  const repo = createRegistryTarget(registryRef(`127.0.0.1:${port}`, 'odd/repo'), { retry });
  const error = await repo.fetch({ mediaType: MediaTypes.ociManifest, digest, size: 100 }).then(
    () => undefined,
    (e: unknown) => e as Error,
  );
  expect(error?.message).toMatch(/check that 127\.0\.0\.1:\d+ is reachable/);
});

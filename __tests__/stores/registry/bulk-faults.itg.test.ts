/**
 * Big blobs (BULK_GET_MIN_BYTES and more, fetched by bulk-get.ts on connections of their own) from a real
 * registry behind the fault proxy: failed answers are tried again on a new connection; a stalled, cut, reset or
 * altered body is one clear error, never other bytes; a redirect to a CDN on another origin gets the blob without
 * the registry's Authorization.
 */
import { afterAll, afterEach, beforeAll, expect, test } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { staticCredentials } from '../../../src/core/stores/registry/auth/credentials.js';
import { closeRegistryConnections } from '../../../src/core/stores/registry/http.js';
import { createRegistryTarget, type RegistryOptions } from '../../../src/core/stores/registry/target.js';
import { BULK_GET_MIN_BYTES } from '../../../src/core/limits.js';
import { registryPaths, startFaultProxy, type Fault } from '../../harness/fault-proxy.js';
import { useRegistry } from '../../harness/fixtures.js';
import { startTokenRegistry } from '../../harness/token-server.js';
import { blobDescriptor, readAll, registryRef } from './fixtures.js';

const { proxy } = useRegistry({ proxy: true });
const retry = { attempts: 3, baseDelayMs: 5, maxDelayMs: 20, maxRetryAfterMs: 100 };
const target = (repository: string, extra: RegistryOptions = {}) =>
  createRegistryTarget(registryRef(proxy.host, repository), { retry, ...extra });
const bytes = randomBytes(BULK_GET_MIN_BYTES + 12_345);
const desc = blobDescriptor(bytes);
const blobGets = (): number => proxy.log.filter((e) => e.method === 'GET' && registryPaths.blob.test(e.path)).length;

beforeAll(async () => {
  await target('bulk/faults').push(desc, bytes);
});
afterEach(() => {
  proxy.clearRules();
  proxy.log.length = 0;
});
afterAll(async () => {
  await closeRegistryConnections();
});

test('503 twice, then the blob: read on the third connection, every byte verified', async () => {
  proxy.addRule({ method: 'GET', path: registryPaths.blob, first: 2, fault: { kind: 'status', status: 503 } });
  const back = await readAll(await target('bulk/faults').fetch(desc));
  expect(back.equals(bytes)).toBe(true);
  expect(blobGets()).toBe(3);
});

test.each<[string, Fault, RegExp]>([
  ['a stalled body', { kind: 'trickle', intervalMs: 100, bytes: 16 }, /download is stalled/],
  [
    'a body cut short',
    { kind: 'truncate', afterBytes: 3 * 1024 * 1024 },
    /closed in the middle of the body \(OCI_HTTP_CLOSED\)/,
  ],
  ['an answer lost with its connection', { kind: 'reset-after' }, /OCI_HTTP_CLOSED/],
  ['a flipped byte', { kind: 'flip-byte' }, /expected digest sha256:[0-9a-f]{64} but the bytes hash to/],
])('%s is one clear error naming the blob, never other bytes', async (_what, fault, expected) => {
  proxy.addRule({ method: 'GET', path: registryPaths.blob, fault });
  const repo = target('bulk/faults', { timeouts: { bodyMs: 400 } });
  const error = await repo
    .fetch(desc)
    .then(readAll)
    .then(
      () => undefined,
      (e: unknown) => e as Error,
    );
  expect(error?.message).toMatch(expected);
  expect(error?.message).toContain(desc.digest);
});

test("a redirect to a CDN on another origin: the blob arrives, and the registry's Authorization stays behind", async () => {
  const auth = await startTokenRegistry({ users: { erin: 'pw' } });
  const tokenProxy = await startFaultProxy(auth.registry.url);
  const cdnRequests: IncomingHttpHeaders[] = [];
  const cdn: Server = createServer((req, res) => {
    cdnRequests.push(req.headers);
    res.writeHead(200, { 'content-length': String(bytes.length), 'content-type': 'application/octet-stream' });
    res.end(bytes);
  });
  cdn.listen(0, 'localhost');
  await once(cdn, 'listening');
  try {
    const repo = createRegistryTarget(registryRef(tokenProxy.host, 'bulk/cdn'), {
      retry,
      credentials: staticCredentials({ username: 'erin', password: 'pw' }),
    });
    await repo.push(desc, bytes);
    const port = (cdn.address() as { port: number }).port;
    const rule = tokenProxy.addRule({
      method: 'GET',
      path: registryPaths.blob,
      fault: { kind: 'redirect', to: () => `http://localhost:${port}/signed/blob?sig=abc` },
    });
    const back = await readAll(await repo.fetch(desc));
    expect(rule.fired()).toBe(1);
    expect(back.equals(bytes)).toBe(true);
    expect(cdnRequests).toHaveLength(1);
    expect(cdnRequests[0]?.authorization).toBeUndefined();
    expect(cdnRequests[0]?.host).toBe(`localhost:${port}`);
  } finally {
    cdn.close();
    await tokenProxy.stop();
    await auth.stop();
  }
});

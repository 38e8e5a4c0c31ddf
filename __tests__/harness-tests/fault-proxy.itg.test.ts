import { afterAll, afterEach, beforeAll, expect, test } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { registryPaths, startFaultProxy } from '../harness/fault-proxy.js';
import { seededRandom } from '../harness/fault-rules.js';
import { startOriginServer, type OriginServer } from '../harness/origin-server.js';
import { blobStatus, pushBlobRaw, sha256Digest } from '../harness/raw-push.js';
import { useRegistry } from '../harness/fixtures.js';

const { registry, proxy } = useRegistry({ proxy: true });
let origin: OriginServer;
const blob = randomBytes(4096);
const digest = sha256Digest(blob);

beforeAll(async () => {
  origin = await startOriginServer();
  expect((await pushBlobRaw(registry.url, 'seed/repo', blob)).status).toBe(201);
});
afterEach(() => {
  proxy.clearRules();
  proxy.log.splice(0);
});
afterAll(async () => {
  await origin.stop();
});

const getBlob = (repository = 'seed/repo'): Promise<Response> => fetch(`${proxy.url}/v2/${repository}/blobs/${digest}`);
const statusOf = async (url: string, init?: RequestInit): Promise<number> => {
  const res = await fetch(url, init);
  await res.arrayBuffer();
  return res.status;
};

test('forwards transparently, keeps uploads on the proxy and logs bytes each way', async () => {
  const pushed = await pushBlobRaw(proxy.url, 'through/proxy', blob);
  expect(pushed.status).toBe(201);
  expect(new URL(pushed.location ?? '').host).toBe(proxy.host);
  expect(await blobStatus(registry.url, 'through/proxy', digest)).toBe(200);
  const res = await getBlob('through/proxy');
  expect(Buffer.from(await res.arrayBuffer())).toEqual(blob);
  expect(proxy.log.map((e) => [e.method, e.status])).toEqual([
    ['POST', 202],
    ['PUT', 201],
    ['GET', 200],
  ]);
  expect(proxy.log[1]?.bytesIn).toBe(blob.length);
  expect(proxy.log[2]?.bytesOut).toBe(blob.length);
  expect(proxy.uploadedBlobBytes()).toBe(blob.length);
  expect(proxy.log.every((e) => e.forwarded && e.ms >= 0 && e.startedAt > 0)).toBe(true);
});

test('nth, first and always pick the configured requests; the rule counts them', async () => {
  const nth = proxy.addRule({ method: 'GET', path: /^\/v2\/$/, nth: 2, fault: { kind: 'status', status: 503 } });
  const first = proxy.addRule({
    method: 'HEAD',
    path: registryPaths.blob,
    first: 2,
    fault: { kind: 'status', status: 500 },
  });
  const statuses = [];
  for (let i = 0; i < 3; i++) statuses.push(await statusOf(`${proxy.url}/v2/`));
  for (let i = 0; i < 3; i++)
    statuses.push(await statusOf(`${proxy.url}/v2/seed/repo/blobs/${digest}`, { method: 'HEAD' }));
  expect(statuses).toEqual([200, 503, 200, 500, 500, 200]);
  expect([nth.matched(), nth.fired(), first.matched(), first.fired()]).toEqual([3, 1, 3, 2]);
  proxy.addRule({ method: 'GET', fault: { kind: 'status', status: 502 } });
  expect(await statusOf(`${proxy.url}/v2/`)).toBe(502);
  expect(proxy.log.filter((e) => e.forwarded).length).toBe(3);
});

test('429 carries Retry-After', async () => {
  proxy.addRule({ path: /^\/v2\/$/, fault: { kind: 'status', status: 429, retryAfter: 2 } });
  const res = await fetch(`${proxy.url}/v2/`);
  expect(res.status).toBe(429);
  expect(res.headers.get('retry-after')).toBe('2');
});

test('a seeded rate is deterministic and close to the rate', async () => {
  const draw = seededRandom(42);
  const expected = Array.from({ length: 40 }, () => (draw() < 0.3 ? 500 : 200));
  proxy.addRule({ path: /^\/v2\/$/, rate: 0.3, seed: 42, fault: { kind: 'status', status: 500 } });
  const got = [];
  for (let i = 0; i < 40; i++) got.push(await statusOf(`${proxy.url}/v2/`));
  expect(got).toEqual(expected);
  const failures = got.filter((s) => s === 500).length;
  expect(failures).toBeGreaterThan(4);
  expect(failures).toBeLessThan(20);
});

test('reset before forwarding: the registry never sees the upload', async () => {
  proxy.addRule({ method: 'POST', fault: { kind: 'reset-before' } });
  await expect(fetch(`${proxy.url}/v2/reset/before/blobs/uploads/`, { method: 'POST' })).rejects.toThrow();
  expect(proxy.log[0]).toMatchObject({ forwarded: false, status: 0, faults: ['reset-before'] });
  expect(await statusOf(`${registry.url}/v2/reset/before/tags/list`)).toBe(404);
});

test('reset after forwarding and a status after forwarding: the commit happened, the answer is lost', async () => {
  proxy.addRule({ method: 'PUT', path: registryPaths.blobUploadSession, nth: 1, fault: { kind: 'reset-after' } });
  await expect(pushBlobRaw(proxy.url, 'reset/after', blob)).rejects.toThrow();
  expect(await blobStatus(registry.url, 'reset/after', digest)).toBe(200);
  proxy.addRule({
    method: 'PUT',
    path: registryPaths.blobUploadSession,
    fault: { kind: 'status', status: 500, forward: true },
  });
  expect((await pushBlobRaw(proxy.url, 'status/after', blob)).status).toBe(500);
  expect(await blobStatus(registry.url, 'status/after', digest)).toBe(200);
});

test('delay and trickle slow the answer down by the configured time', async () => {
  proxy.addRule({ path: /^\/v2\/$/, fault: { kind: 'delay', ms: 300 } });
  let started = Date.now();
  expect(await statusOf(`${proxy.url}/v2/`)).toBe(200);
  expect(Date.now() - started).toBeGreaterThanOrEqual(290);
  proxy.clearRules();
  const small = Buffer.from('0123456789');
  await pushBlobRaw(registry.url, 'trickle/repo', small);
  proxy.addRule({ method: 'GET', fault: { kind: 'trickle', intervalMs: 30, bytes: 1 } });
  started = Date.now();
  const res = await fetch(`${proxy.url}/v2/trickle/repo/blobs/${sha256Digest(small)}`);
  expect(Buffer.from(await res.arrayBuffer())).toEqual(small);
  expect(Date.now() - started).toBeGreaterThanOrEqual(280);
});

test('a truncated body fails the read; a flipped byte changes exactly one byte', async () => {
  proxy.addRule({ method: 'GET', nth: 1, fault: { kind: 'truncate', afterBytes: 1000 } });
  const truncated = await getBlob();
  await expect(truncated.arrayBuffer()).rejects.toThrow();
  expect(proxy.log[0]?.bytesOut).toBe(1000);
  proxy.addRule({ method: 'GET', nth: 1, fault: { kind: 'flip-byte', offset: 100 } });
  const flipped = Buffer.from(await (await getBlob()).arrayBuffer());
  expect(flipped.length).toBe(blob.length);
  expect([...flipped].map((b, i) => (b === blob[i] ? -1 : i)).filter((i) => i >= 0)).toEqual([100]);
  expect(sha256Digest(flipped)).not.toBe(digest);
});

test('rewritten Location sends the upload to another origin; redirect sends a GET there', async () => {
  proxy.addRule({
    method: 'POST',
    fault: { kind: 'rewrite-header', header: 'location', rewrite: (v) => v.replace(proxy.url, origin.url) },
  });
  const pushed = await pushBlobRaw(proxy.url, 'rewritten/location', blob, { 'x-probe': 'upload' });
  expect(new URL(pushed.location ?? '').host).toBe(origin.host);
  expect(origin.requests.at(-1)).toMatchObject({ method: 'PUT', bodyBytes: blob.length });
  expect(origin.requests.at(-1)?.headers['x-probe']).toBe('upload');
  proxy.clearRules();
  proxy.addRule({ method: 'GET', path: registryPaths.blob, fault: { kind: 'redirect', to: origin.url } });
  const res = await fetch(`${proxy.url}/v2/seed/repo/blobs/${digest}`, { headers: { 'x-probe': 'redirect' } });
  expect(await res.text()).toBe('other origin\n');
  expect(proxy.log.at(-1)).toMatchObject({ status: 307, forwarded: false });
  expect(origin.requests.at(-1)).toMatchObject({ method: 'GET', url: `/v2/seed/repo/blobs/${digest}` });
});

test('a 16 MiB chunked upload streams through the proxy and is counted', async () => {
  const big = randomBytes(16 * 1024 * 1024);
  const start = await fetch(`${proxy.url}/v2/big/blob/blobs/uploads/`, { method: 'POST' });
  await start.arrayBuffer();
  const location = new URL(start.headers.get('location') ?? '');
  expect(location.host).toBe(proxy.host);
  const patch = await fetch(location, {
    method: 'PATCH',
    headers: { 'content-type': 'application/octet-stream' },
    body: big,
  });
  await patch.arrayBuffer();
  expect(patch.status).toBe(202);
  const commit = new URL(patch.headers.get('location') ?? '');
  commit.searchParams.set('digest', sha256Digest(big));
  expect(await statusOf(commit.href, { method: 'PUT' })).toBe(201);
  expect(await blobStatus(registry.url, 'big/blob', sha256Digest(big))).toBe(200);
  expect(proxy.uploadedBlobBytes()).toBe(big.length);
  expect(proxy.log.map((e) => e.method)).toEqual(['POST', 'PATCH', 'PUT']);
});

test('stopping the proxy mid-trickle ends the transfer at once', async () => {
  const slow = await startFaultProxy(registry.url);
  slow.addRule({ method: 'GET', fault: { kind: 'trickle', intervalMs: 10000 } });
  const res = await fetch(`${slow.url}/v2/seed/repo/blobs/${digest}`);
  const body = res.arrayBuffer();
  const started = Date.now();
  await slow.stop();
  await expect(body).rejects.toThrow();
  expect(Date.now() - started).toBeLessThan(2000);
});

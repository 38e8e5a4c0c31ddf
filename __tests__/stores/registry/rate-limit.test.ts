/**
 * Rate limits as registries say them (REGISTRIES.md): `Retry-After`, `RateLimit-Reset`, the IETF draft's
 * `RateLimit: …;t=N`, Docker Hub's `ratelimit-remaining: 0;w=21600` window; JSON and plain-text 429 bodies. The
 * retry policy waits what the registry asks (the injected sleep records each wait, nothing is slept), bounded
 * by the command's deadline: a longer ask fails at once with one line naming the answer and when to retry.
 * A small scripted server on loopback answers in turn what each case lists, then 200.
 */
import { afterAll, beforeAll, beforeEach, expect, test } from '@jest/globals';
import { createServer, type OutgoingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { RegistryError } from '../../../src/core/errors.js';
import { parseReference, type RegistryReference } from '../../../src/core/oci/reference.js';
import { closeRegistryConnections } from '../../../src/core/stores/registry/http.js';
import { registryWait, setDeadline } from '../../../src/core/stores/registry/rate-limit.js';
import { createRegistryTarget } from '../../../src/core/stores/registry/target.js';
import { recordingRetry } from '../../reliability/in-process.js';

interface Scripted {
  status: number;
  headers: OutgoingHttpHeaders;
  body: string;
}
let server: Server;
let host: string;
let script: Scripted[] = [];
let requests: string[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    requests.push(`${req.method} ${req.url}`);
    req.resume();
    const next = script.shift();
    if (next) return void res.writeHead(next.status, next.headers).end(next.body);
    if (req.method === 'HEAD') return void res.writeHead(404).end(); // no blob is stored here
    res.writeHead(200, { 'content-type': 'application/json' }).end('{"name":"app","tags":["v1"]}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
});
beforeEach(() => {
  script = [];
  requests = [];
});
afterAll(async () => {
  await closeRegistryConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

const json429 = (headers: OutgoingHttpHeaders, message = 'You have reached your pull rate limit.'): Scripted => ({
  status: 429,
  headers: { 'content-type': 'application/json', ...headers },
  body: JSON.stringify({ errors: [{ code: 'TOOMANYREQUESTS', message }] }),
});
const text429 = (headers: OutgoingHttpHeaders): Scripted => ({
  status: 429,
  headers: { 'content-type': 'text/plain; charset=utf-8', ...headers },
  body: 'Too Many Requests (HAP429).\n',
});

/** A tag listing through a target whose command has `leftMs` before its deadline; the waits asked of sleep. */
async function listTags(leftMs: number | undefined) {
  const { retry, waits } = recordingRetry();
  const controller = new AbortController();
  if (leftMs !== undefined) setDeadline(controller.signal, Date.now() + leftMs);
  const target = createRegistryTarget(parseReference(`${host}/rl/app`) as RegistryReference, {
    retry,
    signal: controller.signal,
  });
  const result = await target.listTags().catch((e: unknown) => e);
  return { result, waits };
}

const HALF_HOUR = 30 * 60_000;

test.each<[string, Scripted, number]>([
  ['RateLimit-Reset (delta seconds), JSON body', json429({ 'ratelimit-reset': '7' }), 7000],
  ['RateLimit (draft: "policy";r=0;t=12)', json429({ ratelimit: '"default";r=0;t=12' }), 12_000],
  ['RateLimit (older draft: limit, remaining, reset)', json429({ ratelimit: 'limit=10, remaining=0, reset=3' }), 3000],
  ['ratelimit-reset, plain-text body', text429({ 'ratelimit-reset': '4' }), 4000],
  ['Retry-After of 2 min (within the deadline)', json429({ 'retry-after': '120' }), 120_000],
  ['Retry-After wins over ratelimit-reset', json429({ 'retry-after': '5', 'ratelimit-reset': '50' }), 5000],
  ['ECR: "Rate exceeded", Retry-After', json429({ 'retry-after': '2' }, 'Rate exceeded'), 2000],
])('429 with %s: the one wait is the registry’s', async (_name, answer, expected) => {
  script = [answer];
  const { result, waits } = await listTags(HALF_HOUR);
  expect(result).toEqual(['v1']);
  expect(waits).toEqual([expected]);
  expect(requests).toHaveLength(2);
});

test('X-RateLimit-Reset as epoch seconds: the wait runs until then', async () => {
  script = [json429({ 'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 20) })];
  const { result, waits } = await listTags(HALF_HOUR);
  expect(result).toEqual(['v1']);
  expect(waits).toHaveLength(1);
  expect(waits[0]).toBeGreaterThan(18_000);
  expect(waits[0]).toBeLessThanOrEqual(20_000);
});

test.each<[string, Scripted, RegExp]>([
  [
    'Docker Hub pull limit spent (ratelimit-remaining: 0;w=21600, no Retry-After), JSON body',
    json429({ 'ratelimit-limit': '100;w=21600', 'ratelimit-remaining': '0;w=21600', 'docker-ratelimit-source': 'x' }),
    /^GET tag list in 127\.0\.0\.1:\d+\/rl\/app: 429 TOOMANYREQUESTS \(You have reached your pull rate limit\.\): 127\.0\.0\.1:\d+ asks to wait 6 h \(ratelimit-limit: 100;w=21600, ratelimit-remaining: 0;w=21600\), more than the 30 min left before the deadline \(input "timeout"\): retry after \d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/,
  ],
  [
    'Docker Hub abuse limiter: plain text, ratelimit-remaining: 0;w=3600',
    text429({ 'ratelimit-remaining': '0;w=3600' }),
    /: 429 "Too Many Requests \(HAP429\)\.": .* asks to wait 60 min \(ratelimit-remaining: 0;w=3600\), more than the 30 min left .*: retry after /,
  ],
  [
    'Retry-After of an hour',
    json429({ 'retry-after': '3600' }),
    /asks to wait 60 min \(Retry-After: 3600\), more than the 30 min left before the deadline/,
  ],
])('429 with %s beyond the deadline: no wait, one try, one line saying when to retry', async (_n, answer, line) => {
  script = [answer];
  const { result, waits } = await listTags(HALF_HOUR);
  expect(result).toBeInstanceOf(RegistryError);
  const message = (result as Error).message;
  expect(message).toMatch(line);
  expect(message).not.toMatch(/\n/);
  expect((result as RegistryError).retryNotBefore).toBeGreaterThan(Date.now());
  expect(waits).toEqual([]);
  expect(requests).toHaveLength(1);
});

test('without a known deadline the limit is the policy’s maxRetryAfterMs (60 s): a 2 min ask is reported', async () => {
  script = [json429({ 'retry-after': '120' })];
  const { result, waits } = await listTags(undefined);
  expect((result as Error).message).toMatch(
    /asks to wait 2 min \(Retry-After: 120\), longer than this client waits \(60 s\)/,
  );
  expect(waits).toEqual([]);
});

test('a blob upload refused for longer than the deadline is not retried as a whole', async () => {
  script = [json429({ 'ratelimit-remaining': '0;w=21600' })];
  const { retry, waits } = recordingRetry();
  const controller = new AbortController();
  setDeadline(controller.signal, Date.now() + HALF_HOUR);
  const target = createRegistryTarget(parseReference(`${host}/rl/app`) as RegistryReference, {
    retry,
    signal: controller.signal,
  });
  const bytes = Buffer.from('layer');
  const digest = `sha256:${(await import('node:crypto')).createHash('sha256').update(bytes).digest('hex')}`;
  const error = await target
    .push({ mediaType: 'application/octet-stream', digest, size: bytes.length }, bytes)
    .catch((e: unknown) => e);
  expect((error as Error).message).toMatch(/POST blob upload .*: 429 .*asks to wait 6 h/);
  expect(waits).toEqual([]);
  expect(requests.filter((r) => r.startsWith('POST'))).toHaveLength(1);
});

test.each<[Record<string, string>, number, number | undefined]>([
  [{ 'retry-after': '0' }, 429, 0],
  [{ 'ratelimit-remaining': '5;w=21600' }, 429, undefined], // requests left: no wait asked
  [{ 'ratelimit-remaining': '0;w=21600' }, 503, undefined], // ratelimit-* only on a 429
  [{ 'retry-after': '9' }, 503, 9000],
  [{ ratelimit: 'garbage' }, 429, undefined],
])('registryWait(%j, %d) is %j ms', (headers, status, ms) => {
  expect(registryWait(status, headers)?.ms).toBe(ms);
});

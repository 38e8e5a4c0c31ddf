import { afterAll, afterEach, expect, test } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { RegistryError } from '../../../src/core/errors.js';
import { staticCredentials } from '../../../src/core/stores/registry/auth/credentials.js';
import { closeRegistryConnections } from '../../../src/core/stores/registry/http.js';
import { createRegistryTarget, type RegistryOptions } from '../../../src/core/stores/registry/target.js';
import { registryPaths, startFaultProxy } from '../../harness/fault-proxy.js';
import { useRegistry } from '../../harness/fixtures.js';
import { startTokenRegistry, type TokenRegistry } from '../../harness/token-server.js';
import { blobDescriptor, imageManifest, json, readAll, registryRef } from './fixtures.js';

const { proxy } = useRegistry({ proxy: true });
const retry = { attempts: 3, baseDelayMs: 5, maxDelayMs: 20, maxRetryAfterMs: 100 };
const target = (repository: string, extra: RegistryOptions = {}) =>
  createRegistryTarget(registryRef(proxy.host, repository), { retry, ...extra });
const count = (method: string, path: RegExp): number =>
  proxy.log.filter((e) => e.method === method && path.test(e.path)).length;

afterEach(() => {
  proxy.clearRules();
  proxy.log.length = 0;
});
afterAll(async () => {
  await closeRegistryConnections();
});

async function pushSmallImage(repository: string) {
  const repo = target(repository);
  const config = json({ os: 'linux', architecture: 'amd64' });
  const layer = randomBytes(256);
  await repo.push(blobDescriptor(config), config);
  await repo.push(blobDescriptor(layer), layer);
  const manifest = imageManifest(blobDescriptor(config), [blobDescriptor(layer)]);
  await repo.push(manifest.desc, manifest.bytes);
  return { manifest, layer, layerDesc: blobDescriptor(layer) };
}

test('503 answers are retried until the read succeeds', async () => {
  const { manifest } = await pushSmallImage('faults/retry');
  proxy.addRule({ method: 'GET', path: registryPaths.manifest, first: 2, fault: { kind: 'status', status: 503 } });
  expect(await readAll(await target('faults/retry').fetch(manifest.desc))).toEqual(manifest.bytes);
  expect(count('GET', registryPaths.manifest)).toBe(3);
});

test('a Retry-After longer than the client waits is reported at once, saying when to retry', async () => {
  const { layerDesc } = await pushSmallImage('faults/retry-after');
  proxy.addRule({
    method: 'HEAD',
    path: registryPaths.blob,
    nth: 1,
    fault: { kind: 'status', status: 429, retryAfter: 3600 },
  });
  const error = await target('faults/retry-after')
    .exists(layerDesc)
    .catch((e: unknown) => e);
  expect((error as Error).message).toMatch(/: 429 .*asks to wait 60 min \(Retry-After: 3600\).*: retry after /);
  expect(count('HEAD', registryPaths.blob)).toBe(1);
});

test('retries are bounded, and a 5xx that persists is one clear error', async () => {
  const { manifest } = await pushSmallImage('faults/bounded');
  proxy.addRule({ method: 'PUT', path: registryPaths.manifest, fault: { kind: 'status', status: 502 } });
  const error = await target('faults/bounded')
    .tag(manifest.desc, 'v1')
    .catch((e: unknown) => e);
  expect(error).toBeInstanceOf(RegistryError);
  expect((error as Error).message).toMatch(
    /^PUT manifest sha256:[0-9a-f]{64} as tag "v1" in 127\.0\.0\.1:\d+\/faults\/bounded: 502 .*try again later/,
  );
  expect(count('PUT', /\/manifests\/v1$/)).toBe(retry.attempts);
});

test('a 4xx other than 408/429 fails at once', async () => {
  const { manifest } = await pushSmallImage('faults/at-once');
  proxy.addRule({
    method: 'PUT',
    path: registryPaths.manifest,
    fault: { kind: 'status', status: 400, body: '{"errors":[{"code":"TAG_INVALID","message":"bad"}]}' },
  });
  await expect(target('faults/at-once').tag(manifest.desc, 'v1')).rejects.toMatchObject({
    status: 400,
    registryCodes: ['TAG_INVALID'],
  });
  expect(count('PUT', /\/manifests\/v1$/)).toBe(1);
});

test('a connection reset before a bytes upload is retried', async () => {
  const bytes = randomBytes(1000);
  proxy.addRule({ method: 'PUT', path: registryPaths.blobUploadSession, nth: 1, fault: { kind: 'reset-before' } });
  await target('faults/reset').push(blobDescriptor(bytes), bytes);
  expect(await readAll(await target('faults/reset').fetch(blobDescriptor(bytes)))).toEqual(bytes);
});

test('a streamed upload that breaks is retried whole, with a new session, when it can be re-opened', async () => {
  const bytes = randomBytes(5 * 1024 * 1024);
  proxy.addRule({
    method: 'PUT',
    path: registryPaths.blobUploadSession,
    nth: 1,
    fault: { kind: 'status', status: 500 },
  });
  let opened = 0;
  await target('faults/whole').pushBlobFrom(blobDescriptor(bytes), async () => {
    opened++;
    return Readable.from([bytes.subarray(0, 1 << 20), bytes.subarray(1 << 20)]);
  });
  expect(opened).toBe(2);
  expect(count('POST', registryPaths.blobUploadStart)).toBe(2);
  expect(count('DELETE', registryPaths.blobUploadSession)).toBe(1); // the failed session was cancelled
  const back = await readAll(await target('faults/whole').fetch(blobDescriptor(bytes)));
  expect(back.equals(bytes)).toBe(true); // (jest's toEqual is slow on megabytes)
});

test('a one-shot stream is never replayed: the upload fails once and its session is cancelled', async () => {
  const bytes = randomBytes(5 * 1024 * 1024);
  proxy.addRule({ method: 'PUT', path: registryPaths.blobUploadSession, fault: { kind: 'status', status: 503 } });
  await expect(target('faults/once').push(blobDescriptor(bytes), Readable.from([bytes]))).rejects.toMatchObject({
    status: 503,
  });
  expect(count('PUT', registryPaths.blobUploadSession)).toBe(1);
  expect(count('DELETE', registryPaths.blobUploadSession)).toBe(1);
  expect(await target('faults/once').exists(blobDescriptor(bytes))).toBe(false);
});

test.each([
  [
    'a stalled body times out',
    { kind: 'trickle', intervalMs: 3000, bytes: 16 } as const,
    /broke off \(UND_ERR_BODY_TIMEOUT\)/,
  ],
  ['a truncated body', { kind: 'truncate', afterBytes: 100 } as const, /broke off|bytes/],
  ['a flipped byte', { kind: 'flip-byte' } as const, /expected digest/],
])('%s is an error, never other bytes', async (_name, fault, expected) => {
  const { layerDesc } = await pushSmallImage('faults/body');
  proxy.addRule({ method: 'GET', path: registryPaths.blob, fault });
  // undici's body timer has about one second of resolution: 300 ms fires within ~1-2 s.
  const repo = target('faults/body', { timeouts: { bodyMs: 300 } });
  await expect(repo.fetch(layerDesc).then(readAll)).rejects.toThrow(expected);
});

test('a 401 invalid_token refreshes the token once and succeeds', async () => {
  const auth: TokenRegistry = await startTokenRegistry({ users: { erin: 'pw' } });
  const tokenProxy = await startFaultProxy(auth.registry.url);
  try {
    const repo = createRegistryTarget(registryRef(tokenProxy.host, 'faults/token'), {
      retry,
      credentials: staticCredentials({ username: 'erin', password: 'pw' }),
    });
    const bytes = Buffer.from('token refresh');
    await repo.push(blobDescriptor(bytes), bytes);
    expect(await repo.exists(blobDescriptor(bytes))).toBe(true); // a pull token is now cached
    const before = auth.tokens.requests.length;
    tokenProxy.addRule({
      method: 'HEAD',
      path: registryPaths.blob,
      nth: 1,
      fault: {
        kind: 'status',
        status: 401,
        headers: {
          'www-authenticate': `Bearer realm="${auth.tokens.realm}",service="${auth.tokens.service}",error="invalid_token"`,
        },
      },
    });
    expect(await repo.exists(blobDescriptor(bytes))).toBe(true);
    expect(auth.tokens.requests.length).toBe(before + 1);
  } finally {
    await tokenProxy.stop();
    await auth.stop();
  }
});

/**
 * The shared fixture (harness/fixtures.ts): useRegistry starts what it is asked for, in beforeAll, and stops
 * all of it in afterAll (checked after the describe block ends: nothing answers on its ports any more).
 */
import { afterAll, describe, expect, test } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { sha256, useRegistry } from '../harness/fixtures.js';
import { basicAuthorization } from '../harness/htpasswd.js';
import { pushBlobRaw } from '../harness/raw-push.js';

/** URLs the fixtures below served; after their blocks end, none may answer. */
const served: string[] = [];

describe('plain, behind the fault proxy', () => {
  const { registry, proxy } = useRegistry({ proxy: true });

  test('the proxy forwards to the registry and logs the request', async () => {
    served.push(registry.url, proxy.url);
    const blob = randomBytes(1000);
    expect((await pushBlobRaw(proxy.url, 'fixture/plain', blob)).status).toBe(201);
    const direct = await fetch(`${registry.url}/v2/fixture/plain/blobs/${sha256(blob)}`);
    expect(Buffer.from(await direct.arrayBuffer()).equals(blob)).toBe(true);
    expect(proxy.log.filter((e) => e.forwarded).map((e) => e.method)).toEqual(['POST', 'PUT']);
    expect(proxy.host).not.toBe(registry.host);
  });
});

describe('htpasswd auth, no proxy', () => {
  const fixture = useRegistry({ auth: { carol: 'c-secret' } });

  test('refuses without the password, answers with it; there is no proxy', async () => {
    served.push(fixture.registry.url);
    expect((await fetch(`${fixture.registry.url}/v2/`)).status).toBe(401);
    const ok = await fetch(`${fixture.registry.url}/v2/`, {
      headers: { authorization: basicAuthorization('carol', 'c-secret') },
    });
    expect(ok.status).toBe(200);
    expect(() => fixture.proxy.url).toThrow('useRegistry was not asked for a proxy');
  });
});

test('sha256 is the digest of the bytes, and of a string as UTF-8', () => {
  expect(sha256('')).toBe('sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  expect(sha256('é')).toBe(sha256(Buffer.from('é', 'utf8')));
});

afterAll(async () => {
  expect(served).toHaveLength(3);
  for (const url of served) await expect(fetch(`${url}/v2/`)).rejects.toThrow();
});

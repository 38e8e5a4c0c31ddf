import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { startFaultProxy, type FaultProxy } from '../harness/fault-proxy.js';
import { basicAuthorization } from '../harness/htpasswd.js';
import { startOriginServer, type OriginServer } from '../harness/origin-server.js';
import { blobStatus, pushBlobRaw, sha256Digest } from '../harness/raw-push.js';
import { revokedTokenRule } from '../harness/revocation.js';
import { startTokenRegistry, type TokenRegistry } from '../harness/token-server.js';

let fixture: TokenRegistry;
let proxy: FaultProxy;
let origin: OriginServer;
const blob = Buffer.from('token proxy blob\n');

beforeAll(async () => {
  fixture = await startTokenRegistry({ users: { ci: 'ci-secret' }, expireAtRegistry: true, tokenTtlSeconds: 60 });
  [proxy, origin] = await Promise.all([startFaultProxy(fixture.registry.url), startOriginServer()]);
});
afterAll(async () => {
  await Promise.all([proxy.stop(), origin.stop(), fixture.stop()]);
});

async function bearer(scope: string): Promise<string> {
  const url = `${fixture.tokens.realm}?service=${fixture.tokens.service}&scope=${scope}`;
  const res = await fetch(url, { headers: { authorization: basicAuthorization('ci', 'ci-secret') } });
  expect(res.status).toBe(200);
  return `Bearer ${((await res.json()) as { token: string }).token}`;
}

test('with expireAtRegistry the registry refuses a token once its expires_in has passed', async () => {
  // exp has whole-second precision: 3 s leaves the push at least 2 s, and 3.2 s later it is surely past
  fixture.tokens.setTokenTtl(3);
  const authorization = await bearer('repository:short/lived:pull,push');
  fixture.tokens.setTokenTtl(60);
  expect((await pushBlobRaw(fixture.registry.url, 'short/lived', blob, { authorization })).status).toBe(201);
  await new Promise((resolve) => setTimeout(resolve, 3200));
  expect(await blobStatus(fixture.registry.url, 'short/lived', sha256Digest(blob), { authorization })).toBe(401);
});

test('revokedTokenRule makes the proxied registry refuse tokens of a revoked user', async () => {
  const authorization = await bearer('repository:revoked/repo:pull,push');
  expect((await pushBlobRaw(proxy.url, 'revoked/repo', blob, { authorization })).status).toBe(201);
  const rule = proxy.addRule(revokedTokenRule(fixture.tokens));
  fixture.tokens.revoke('ci');
  const res = await fetch(`${proxy.url}/v2/revoked/repo/blobs/${sha256Digest(blob)}`, { headers: { authorization } });
  expect(res.status).toBe(401);
  expect(res.headers.get('www-authenticate')).toContain('error="invalid_token"');
  expect(rule.fired()).toBe(1);
  expect(await blobStatus(fixture.registry.url, 'revoked/repo', sha256Digest(blob), { authorization })).toBe(200);
  rule.remove();
});

test('a rewritten WWW-Authenticate realm points the client at another origin', async () => {
  proxy.addRule({
    fault: {
      kind: 'rewrite-header',
      header: 'www-authenticate',
      rewrite: (v) => v.replace(fixture.tokens.realm, `${origin.url}/token`),
    },
  });
  const res = await fetch(`${proxy.url}/v2/any/repo/tags/list`);
  await res.arrayBuffer();
  expect(res.status).toBe(401);
  expect(res.headers.get('www-authenticate')).toContain(`realm="${origin.url}/token"`);
  expect(proxy.log.at(-1)).toMatchObject({ status: 401, forwarded: true, faults: ['rewrite-header'] });
});

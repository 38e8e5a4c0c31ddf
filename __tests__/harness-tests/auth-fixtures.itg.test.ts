import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { useRegistry } from '../harness/fixtures.js';
import { basicAuthorization } from '../harness/htpasswd.js';
import { startOriginServer } from '../harness/origin-server.js';
import { pushBlobRaw, sha256Digest } from '../harness/raw-push.js';
import { decodeTokenPayload } from '../harness/token-jwt.js';
import { startTokenRegistry, type TokenRegistry } from '../harness/token-server.js';

const blob = Buffer.from('harness blob\n');
const blobDigest = sha256Digest(blob);

async function pushBlob(registryUrl: string, repository: string, authorization: string): Promise<number> {
  return (await pushBlobRaw(registryUrl, repository, blob, { authorization })).status;
}

describe('htpasswd registry', () => {
  const { registry } = useRegistry({ auth: { alice: 'alice-secret', bob: 'b:o b' } });

  test.each([
    ['no credentials', 401, undefined],
    ['a wrong password', 401, basicAuthorization('alice', 'wrong')],
    ['an unknown user', 401, basicAuthorization('carol', 'alice-secret')],
    ['alice', 200, basicAuthorization('alice', 'alice-secret')],
    ['a password with a colon and a space', 200, basicAuthorization('bob', 'b:o b')],
  ])('GET /v2/ with %s answers %i', async (_name, status, authorization) => {
    const res = await fetch(`${registry.url}/v2/`, authorization ? { headers: { authorization } } : {});
    await res.arrayBuffer();
    expect(res.status).toBe(status);
    if (status === 401) expect(res.headers.get('www-authenticate')).toMatch(/^Basic realm=/);
  });

  test('a blob pushed with Basic auth is read back', async () => {
    const authorization = basicAuthorization('alice', 'alice-secret');
    expect(await pushBlob(registry.url, 'basic/repo', authorization)).toBe(201);
    const res = await fetch(`${registry.url}/v2/basic/repo/blobs/${blobDigest}`, { headers: { authorization } });
    expect(Buffer.from(await res.arrayBuffer())).toEqual(blob);
  });
});

describe('token registry', () => {
  let fixture: TokenRegistry;
  beforeAll(async () => {
    fixture = await startTokenRegistry({
      users: { writer: 'w-secret', reader: 'r-secret', nobody: 'n-secret' },
      grants: [
        { user: 'writer', repository: 'team/*', actions: ['pull', 'push'] },
        { user: 'reader', repository: 'team/*', actions: ['pull'] },
        { user: 'nobody', repository: 'team/*', actions: [] },
      ],
      allowAnonymousPull: true,
    });
  });
  afterAll(async () => fixture.stop());

  async function token(scope: string, user?: string, password?: string): Promise<{ status: number; token?: string }> {
    const url = new URL(fixture.tokens.realm);
    url.searchParams.set('service', fixture.tokens.service);
    url.searchParams.append('scope', scope);
    const headers: Record<string, string> = user ? { authorization: basicAuthorization(user, password ?? '') } : {};
    const res = await fetch(url, { headers });
    if (res.status !== 200) return { status: res.status };
    const body = (await res.json()) as { token: string; access_token: string; expires_in: number };
    expect(body.access_token).toBe(body.token);
    return { status: 200, token: body.token };
  }

  test('the registry challenges with the token server realm and service', async () => {
    const res = await fetch(`${fixture.registry.url}/v2/team/app/tags/list`);
    await res.arrayBuffer();
    expect(res.status).toBe(401);
    const challenge = res.headers.get('www-authenticate') ?? '';
    expect(challenge).toContain(`realm="${fixture.tokens.realm}"`);
    expect(challenge).toContain(`service="${fixture.tokens.service}"`);
    expect(challenge).toContain('scope="repository:team/app:pull"');
  });

  test('a writer token pushes a blob that a reader token then pulls', async () => {
    const writer = await token('repository:team/app:pull,push', 'writer', 'w-secret');
    expect(decodeTokenPayload(writer.token ?? '')['access']).toEqual([
      { type: 'repository', name: 'team/app', actions: ['pull', 'push'] },
    ]);
    expect(await pushBlob(fixture.registry.url, 'team/app', `Bearer ${writer.token}`)).toBe(201);
    const reader = await token('repository:team/app:pull', 'reader', 'r-secret');
    const res = await fetch(`${fixture.registry.url}/v2/team/app/blobs/${blobDigest}`, {
      headers: { authorization: `Bearer ${reader.token}` },
    });
    expect(Buffer.from(await res.arrayBuffer())).toEqual(blob);
    expect(fixture.tokens.issued).toEqual(expect.arrayContaining([writer.token, reader.token]));
  });

  test.each([
    ['a pull-only grant', 'reader', 'r-secret', ['pull']],
    ['no grant', 'nobody', 'n-secret', []],
    ['an anonymous client', undefined, undefined, ['pull']],
  ])('%s is refused push', async (_name, user, password, actions) => {
    const got = await token('repository:team/app:pull,push', user, password);
    expect(decodeTokenPayload(got.token ?? '')['access']).toEqual([{ type: 'repository', name: 'team/app', actions }]);
    const status = await pushBlob(fixture.registry.url, 'team/app', `Bearer ${got.token}`);
    expect(status).toBe(401);
  });

  test('a wrong password gets 401 from the token server', async () => {
    expect((await token('repository:team/app:pull', 'writer', 'nope')).status).toBe(401);
  });

  test('unknown scopes get empty access, outside grants get no actions', async () => {
    const got = await token('registry:catalog:*', 'writer', 'w-secret');
    expect(decodeTokenPayload(got.token ?? '')['access']).toEqual([]);
    const other = await token('repository:elsewhere/app:pull,push', 'writer', 'w-secret');
    expect(decodeTokenPayload(other.token ?? '')['access']).toEqual([
      { type: 'repository', name: 'elsewhere/app', actions: [] },
    ]);
  });

  test('POST password and refresh_token grants; revoke stops issuing and marks old tokens', async () => {
    const form = (fields: Record<string, string>): Promise<Response> =>
      fetch(fixture.tokens.realm, {
        method: 'POST',
        body: new URLSearchParams({ service: fixture.tokens.service, ...fields }),
      });
    const first = await form({
      grant_type: 'password',
      username: 'writer',
      password: 'w-secret',
      scope: 'repository:team/x:pull',
      access_type: 'offline',
      client_id: 't',
    });
    expect(first.status).toBe(200);
    const body = (await first.json()) as { access_token: string; refresh_token: string };
    const second = await form({
      grant_type: 'refresh_token',
      refresh_token: body.refresh_token,
      scope: 'repository:team/x:push',
    });
    expect(second.status).toBe(200);
    const refreshed = (await second.json()) as { access_token: string };
    expect(decodeTokenPayload(refreshed.access_token)['sub']).toBe('writer');
    expect(fixture.tokens.isRevoked(`Bearer ${refreshed.access_token}`)).toBe(false);
    fixture.tokens.revoke('writer');
    expect(fixture.tokens.isRevoked(`Bearer ${refreshed.access_token}`)).toBe(true);
    expect((await form({ grant_type: 'refresh_token', refresh_token: body.refresh_token })).status).toBe(401);
    expect((await token('repository:team/app:pull', 'writer', 'w-secret')).status).toBe(401);
    expect((await token('repository:team/app:pull', 'reader', 'r-secret')).status).toBe(200);
  });
});

test('the origin server records every request and header', async () => {
  const origin = await startOriginServer();
  try {
    const res = await fetch(`${origin.url}/blob?x=1`, { method: 'PUT', headers: { 'x-probe': 'p1' }, body: 'abc' });
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('other origin\n');
    origin.setAnswer({ status: 404, body: 'gone' });
    const second = await fetch(`${origin.url}/two`);
    expect(second.status).toBe(404);
    expect(await second.text()).toBe('gone');
    expect(origin.requests.map((r) => [r.method, r.url, r.bodyBytes])).toEqual([
      ['PUT', '/blob?x=1', 3],
      ['GET', '/two', 0],
    ]);
    expect(origin.requests[0]?.headers['x-probe']).toBe('p1');
    expect(origin.transcript()).toContain('x-probe: p1');
  } finally {
    await origin.stop();
  }
});

/**
 * Token endpoints that refuse the OAuth2 POST of an identity token (GAR answers 404, Artifactory 401, per
 * REGISTRIES.md): the token is asked for by GET with Basic credentials instead. The endpoint is a small
 * stand-in (the harness token server accepts POST), recording what it was asked.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fetchToken } from '../../src/core/stores/registry/auth/token.js';
import { defaultRetryPolicy, defaultTimeouts } from '../../src/core/stores/registry/http.js';

let server: Server;
let realm: string;
let refuseWith = 404;
const seen: Array<{ method: string; authorization: string | undefined; scope: string | null }> = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    seen.push({
      method: req.method ?? '',
      authorization: req.headers.authorization,
      scope: url.searchParams.get('scope'),
    });
    req.resume();
    if (req.method === 'POST') return void res.writeHead(refuseWith).end('{"errors":[{"code":"UNSUPPORTED"}]}');
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ token: 'issued-by-get' }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  realm = `http://127.0.0.1:${(server.address() as AddressInfo).port}/token`;
});
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

test.each([
  ['Google Artifact Registry', 404],
  ['JFrog Artifactory', 401],
])('%s: an OAuth POST answered %d is asked again by GET with Basic credentials', async (_name, status) => {
  refuseWith = status;
  seen.length = 0;
  const issued = await fetchToken(
    {
      realm,
      service: 'registry',
      scopes: ['repository:p/r:pull,push'],
      credential: { identityToken: 'refresh-me' },
      registryHost: '127.0.0.1',
      allowsPlainHttp: () => true,
      userAgent: 'test',
    },
    { retry: { ...defaultRetryPolicy, attempts: 1 }, timeouts: defaultTimeouts },
  );
  expect(issued.token).toBe('issued-by-get');
  expect(seen.map((s) => s.method)).toEqual(['POST', 'GET']);
  expect(seen[1]?.scope).toBe('repository:p/r:pull,push');
  expect(seen[1]?.authorization).toBe(`Basic ${Buffer.from('<token>:refresh-me').toString('base64')}`);
});

/**
 * Credentials stay on the transport they were given for. A plain-HTTP registry (loopback here) answers with a
 * Bearer challenge whose realm is a cleartext host that is neither loopback nor listed in `plain-http`
 * (`[::ffff:7f00:1]`, IPv4-mapped loopback, which our code deliberately does not count as loopback), or
 * redirects a read there. A recording server listens at that address: it must receive nothing, least of all
 * the Basic credentials. Listing the host in `plain-http` allows it.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { join } from 'node:path';
import { openTarget } from '../../../src/core/stores/open-target.js';
import { tempDir } from '../../content/cache/fixtures.js';
import { registryPaths } from '../../harness/fault-proxy.js';
import { useRegistry } from '../../harness/fixtures.js';
import { startOriginServer, type OriginServer } from '../../harness/origin-server.js';
import { pullCli, pushRawIndex } from '../../pull/publish-raw.js';

const { registry, proxy } = useRegistry({ proxy: true });
let hostile: OriginServer;
let work: string;
/** The recording server, reached through an IPv4-mapped IPv6 address. */
let mappedHost: string;
const password = 'pa55-w0rd-never-in-cleartext';
const credentials = ['--username', 'alice', '--password', password];

beforeAll(async () => {
  hostile = await startOriginServer({ status: 200, body: '{"token":"stolen"}' });
  mappedHost = `[::ffff:7f00:1]:${new URL(hostile.url).port}`;
  work = await tempDir('oma-realm-');
  await pushRawIndex(openTarget(`${registry.host}/realm/app`), 'v1', [
    { platform: { os: 'linux', architecture: 'amd64' }, layers: [{ title: 'f.txt', bytes: Buffer.from('f\n') }] },
  ]);
});
afterAll(async () => {
  await hostile.stop();
});

const leaked = (): string[] => hostile.requests.map((r) => `${r.method} ${r.url} ${r.headers.authorization ?? ''}`);

test('the recording server is reachable at the IPv4-mapped address (else the test would prove nothing)', async () => {
  const res = await fetch(`http://${mappedHost}/probe`);
  expect(res.status).toBe(200);
  expect(hostile.requests.map((r) => r.url)).toEqual(['/probe']);
  hostile.requests.length = 0;
});

test('an http realm on a host that is neither loopback nor listed gets no request and no credentials', async () => {
  const rule = proxy.addRule({
    path: /^\/v2\//,
    fault: {
      kind: 'status',
      status: 401,
      headers: { 'www-authenticate': `Bearer realm="http://${mappedHost}/token",service="evil"` },
    },
  });
  const run = await pullCli(`${proxy.host}/realm/app:v1`, 'linux/amd64', join(work, 'out-1'), credentials);
  rule.remove();
  expect(run.code).toBe(1);
  expect(run.lines.at(-1)).toMatch(
    /token realm http:\/\/\[::ffff:7f00:1\]:\d+\/token is plain HTTP on a host that is neither loopback nor listed in "plain-http"/,
  );
  expect(run.lines.join('\n')).not.toContain(password);
  expect(leaked()).toEqual([]);
});

test('listed in plain-http, the same realm is used (the rule is the listing, not the address)', async () => {
  const rule = proxy.addRule({
    path: /^\/v2\//,
    first: 1,
    fault: {
      kind: 'status',
      status: 401,
      headers: { 'www-authenticate': `Bearer realm="http://${mappedHost}/token",service="listed"` },
    },
  });
  const run = await pullCli(`${proxy.host}/realm/app:v1`, 'linux/amd64', join(work, 'out-2'), [
    ...credentials,
    '--plain-http',
    '[::ffff:7f00:1]',
  ]);
  rule.remove();
  expect(run.code).toBe(0);
  expect(hostile.requests.map((r) => r.url)).toEqual([expect.stringMatching(/^\/token\?service=listed/)]);
  hostile.requests.length = 0;
});

test('an http redirect of a read to another, unlisted plain-HTTP host is refused before any request', async () => {
  const rule = proxy.addRule({
    method: 'GET',
    path: registryPaths.blob,
    fault: { kind: 'redirect', to: `http://${mappedHost}` },
  });
  const run = await pullCli(`${proxy.host}/realm/app:v1`, 'linux/amd64', join(work, 'out-3'), credentials);
  rule.remove();
  expect(rule.fired()).toBeGreaterThan(0);
  expect(run.code).toBe(1);
  expect(run.lines.at(-1)).toMatch(
    /refusing a redirect to http:\/\/\[::ffff:7f00:1\]:\d+\/v2\/realm\/app\/blobs\/sha256:[0-9a-f]+, a plain-HTTP host that is neither loopback nor listed/,
  );
  expect(leaked()).toEqual([]);
});

/**
 * A self-hosted runner behind a forward proxy: the action (`node dist/index.js`, inputs in INPUT_*) reaches the
 * registry through HTTP_PROXY, with the proxy's own Basic credentials, big blobs included (they leave our own
 * reader for undici's tunnel); NO_PROXY sends it direct; a proxy that refuses is one line naming the proxy
 * without its password, which appears nowhere in the log. The registry is docker-registry on loopback, reached
 * as `[::ffff:7f00:1]` so that our rules treat it as remote (loopback never goes through a proxy); the proxy
 * is a real CONNECT proxy on loopback that counts its tunnels.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BULK_GET_MIN_BYTES } from '../../../src/core/limits.js';
import { errorLines, runAction, skopeoRaw } from '../../e2e/run-action.js';
import { useRegistry } from '../../harness/fixtures.js';

const { registry } = useRegistry();
const password = 'pr0xy-s3cret';
const big = randomBytes(BULK_GET_MIN_BYTES + 4321);
let dir: string;
let host: string;
let proxy: { url: string; tunnels: string[]; refused: number; server: Server; sockets: Set<Socket> };

/** A CONNECT proxy that wants Basic `user:${password}`, and records where each tunnel went. */
async function startConnectProxy(): Promise<typeof proxy> {
  const tunnels: string[] = [];
  const sockets = new Set<Socket>();
  const state = {
    url: '',
    tunnels,
    refused: 0,
    sockets,
    server: createServer((_req, res) => res.writeHead(405).end()),
  };
  const expected = `Basic ${Buffer.from(`user:${password}`).toString('base64')}`;
  state.server.on('connect', (req, client: Socket) => {
    sockets.add(client);
    client.on('error', () => {});
    if (req.headers['proxy-authorization'] !== expected) {
      state.refused++;
      client.end('HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic\r\n\r\n');
      return;
    }
    tunnels.push(req.url ?? '');
    const target = new URL(`http://${req.url}`);
    const upstream = connect(Number(target.port), target.hostname.replace(/^\[(.*)\]$/, '$1'), () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.pipe(client).pipe(upstream);
    });
    sockets.add(upstream);
    upstream.on('error', () => client.destroy());
    client.on('close', () => upstream.destroy());
  });
  await new Promise<void>((resolve) => state.server.listen(0, '127.0.0.1', resolve));
  state.url = `http://127.0.0.1:${(state.server.address() as { port: number }).port}`;
  return state;
}

const withAuth = (pass: string) => proxy.url.replace('http://', `http://user:${pass}@`);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'oma-proxy-'));
  host = `[::ffff:7f00:1]:${new URL(registry.url).port}`;
  proxy = await startConnectProxy();
  writeFileSync(join(dir, 'tool.bin'), big);
  writeFileSync(join(dir, 'README'), 'through the proxy\n');
});

afterAll(async () => {
  for (const s of proxy.sockets) s.destroy();
  await new Promise((resolve) => proxy.server.close(resolve));
  rmSync(dir, { recursive: true, force: true });
});

const push = (env: Record<string, string>) =>
  runAction(
    {
      command: 'push',
      repository: `${host}/behind/proxy`,
      platform: 'linux/amd64',
      files: `${join(dir, 'tool.bin')}\n${join(dir, 'README')}`,
      'staging-prefix': 'st',
      'plain-http': host,
      cache: 'false',
    },
    env,
  );

const pull = (output: string, env: Record<string, string>) =>
  runAction(
    {
      command: 'pull',
      reference: `${host}/behind/proxy:st-linux-amd64`,
      platform: 'linux/amd64',
      output,
      'plain-http': host,
      cache: 'false',
    },
    env,
  );

test('push and pull go through HTTP_PROXY with its credentials; the password is nowhere in the log', async () => {
  const before = proxy.tunnels.length;
  const pushed = await push({ HTTP_PROXY: withAuth(password) });
  expect(errorLines(pushed)).toEqual([]);
  expect(pushed.code).toBe(0);
  const output = join(dir, 'out');
  const pulled = await pull(output, { http_proxy: withAuth(password) });
  expect(errorLines(pulled)).toEqual([]);
  expect(pulled.code).toBe(0);
  expect(readFileSync(join(output, 'tool.bin')).equals(big)).toBe(true);
  expect(readFileSync(join(output, 'README'), 'utf8')).toBe('through the proxy\n');
  // Every connection of both runs was a tunnel to the registry.
  const tunnels = proxy.tunnels.slice(before);
  expect(tunnels.length).toBeGreaterThan(0);
  expect(new Set(tunnels)).toEqual(new Set([host]));
  // The runner is told to mask it; no other line holds it.
  for (const run of [pushed, pulled]) {
    const lines = (run.stdout + run.stderr).split('\n').filter((l) => l.includes(password));
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line).toMatch(/^::add-mask::/);
  }
  // Read back directly, not through the proxy: the registry holds what was pushed.
  expect(skopeoRaw(`${registry.host}/behind/proxy:st-linux-amd64`)).toContain('"manifests"');
}, 120_000);

test.each([
  ['by its address', 'example.com,::ffff:7f00:1'],
  ['by a CIDR range holding its address', '10.0.0.0/8,127.0.0.0/8'],
])('NO_PROXY names the registry %s: no tunnel, and the pull still works', async (_how, noProxy) => {
  const before = proxy.tunnels.length;
  const output = join(dir, `direct-${noProxy.length}`);
  const run = await pull(output, { HTTP_PROXY: withAuth(password), NO_PROXY: noProxy });
  expect(errorLines(run)).toEqual([]);
  expect(readFileSync(join(output, 'tool.bin')).equals(big)).toBe(true);
  expect(proxy.tunnels.length).toBe(before);
});

test('a proxy that refuses the credentials: one line naming the proxy, without the password', async () => {
  const refusedBefore = proxy.refused;
  const run = await pull(join(dir, 'refused'), { HTTP_PROXY: withAuth('wrong-pw') });
  expect(run.code).not.toBe(0);
  const lines = errorLines(run);
  expect(lines).toHaveLength(1);
  expect(lines[0]).toContain(
    `the proxy ${proxy.url} answered 407 Proxy Authentication Required to CONNECT ${host}: check the user and password of the proxy in HTTPS_PROXY or HTTP_PROXY`,
  );
  for (const line of (run.stdout + run.stderr).split('\n').filter((l) => l.includes('wrong-pw'))) {
    expect(line).toMatch(/^::add-mask::/);
  }
  expect(proxy.refused).toBeGreaterThan(refusedBefore);
});

test('a proxy variable that is not a URL: one line naming the variable, not its value', async () => {
  const run = await pull(join(dir, 'bad'), { HTTPS_PROXY: 'socks4://me:hunter2@proxy:1080' });
  expect(run.code).not.toBe(0);
  expect(errorLines(run)).toEqual([
    expect.stringMatching(/the environment variable HTTPS_PROXY is not the URL of an HTTP proxy/),
  ]);
  expect(run.stdout + run.stderr).not.toContain('hunter2');
});

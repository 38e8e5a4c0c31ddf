/**
 * Slow and dead servers end in bounded time, with one line naming the operation. The budgets are injected
 * (registry options, the `timeout` input), so that each case ends in seconds: a server that accepts and never
 * answers, a Retry-After of an hour, a body that stops half-way, and the command's overall deadline.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { createServer as createHttpServer, type Server as HttpServer } from 'node:http';
import { createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { openTarget } from '../../src/core/stores/open-target.js';
import { pull } from '../../src/core/pull/pull.js';
import { parseReference, type RegistryReference } from '../../src/core/oci/reference.js';
import { createRegistryTarget } from '../../src/core/stores/registry/target.js';
import { silentLogger } from '../../src/core/logger.js';
import { tempDir } from '../content/cache/fixtures.js';
import { registryPaths } from '../harness/fault-proxy.js';
import { useRegistry } from '../harness/fixtures.js';
import { pullCli, pushRawIndex } from '../pull/publish-raw.js';

/** Accepts connections and never answers; counts them. */
let silent: Server;
let silentHost: string;
const sockets: Socket[] = [];
/** Answers every request 429 with Retry-After: 3600. */
let busy: HttpServer;
let busyHost: string;
let busyRequests = 0;
const { registry, proxy } = useRegistry({ proxy: true });
let work: string;

beforeAll(async () => {
  silent = createServer((socket) => void sockets.push(socket));
  await new Promise<void>((r) => silent.listen(0, '127.0.0.1', r));
  silentHost = `127.0.0.1:${(silent.address() as AddressInfo).port}`;
  busy = createHttpServer((_req, res) => {
    busyRequests++;
    res.writeHead(429, { 'retry-after': '3600', 'content-type': 'application/json' });
    res.end('{"errors":[{"code":"TOOMANYREQUESTS","message":"slow down"}]}');
  });
  await new Promise<void>((r) => busy.listen(0, '127.0.0.1', r));
  busyHost = `127.0.0.1:${(busy.address() as AddressInfo).port}`;
  work = await tempDir('oma-bounded-time-');
});
afterAll(async () => {
  for (const s of sockets) s.destroy();
  await new Promise((r) => silent.close(r));
  await new Promise((r) => busy.close(r));
});

const ref = (text: string): RegistryReference => parseReference(text) as RegistryReference;

describe('per-request budgets', () => {
  test('a server that never answers: one NETWORK line naming the operation, after two tries not five', async () => {
    sockets.length = 0;
    const target = createRegistryTarget(ref(`${silentHost}/dead/app`), {
      timeouts: { headersMs: 400, requestBudgetMs: 1000 },
    });
    const error = (await target.resolve('v1').catch((e: unknown) => e)) as Error;
    expect(error.message).toMatch(
      new RegExp(
        `^HEAD manifest tag "v1" in ${silentHost}/dead/app: the server did not answer \\(no response headers within the timeout\\)`,
      ),
    );
    expect(error.message).not.toMatch(/Headers Timeout Error/);
    expect(sockets.length).toBeGreaterThanOrEqual(1);
    expect(sockets.length).toBeLessThanOrEqual(3);
  }, 15_000);

  test('Retry-After: 3600 with the default budgets is reported at once, not waited for', async () => {
    busyRequests = 0;
    const target = createRegistryTarget(ref(`${busyHost}/busy/app`));
    const error = (await target.resolve('v1').catch((e: unknown) => e)) as Error;
    expect(error.message).toMatch(/429/);
    expect(busyRequests).toBe(1);
  }, 15_000);

  test('a body that stops half-way names the operation and the layer, never just "Body Timeout Error"', async () => {
    await pushRawIndex(openTarget(`${registry.host}/stall/app`), 'v1', [
      {
        platform: { os: 'linux', architecture: 'amd64' },
        layers: [{ title: 'big.bin', bytes: Buffer.alloc(256 * 1024, 3) }],
      },
    ]);
    const rule = proxy.addRule({
      method: 'GET',
      path: registryPaths.blob,
      fault: { kind: 'trickle', intervalMs: 60_000, bytes: 1 },
    });
    const target = createRegistryTarget(ref(`${proxy.host}/stall/app`), { timeouts: { bodyMs: 500 } });
    const error = (await pull(
      {
        reference: { ...ref(`${proxy.host}/stall/app`), tag: 'v1' },
        platform: { os: 'linux', architecture: 'amd64' },
        output: join(work, 'stall'),
      },
      { open: () => target, logger: silentLogger },
    ).catch((e: unknown) => e)) as Error;
    rule.remove();
    expect(error.message).not.toMatch(/^Body Timeout Error$/);
    expect(error.message).toMatch(/blob sha256:[0-9a-f]{64} in .*stall\/app/);
    expect(error.message).toMatch(/UND_ERR_BODY_TIMEOUT|stopped sending|stalled|broke off/);
  }, 15_000);
});

describe('the timeout input', () => {
  test('pull from a dead registry with --timeout 2s fails with one line naming the deadline', async () => {
    const run = await pullCli(`${silentHost}/dead/app:v1`, 'linux/amd64', join(work, 'dead'), ['--timeout', '2s']);
    expect(run.code).toBe(1);
    expect(run.lines).toHaveLength(1);
    expect(run.lines[0]).toMatch(
      /^oci-multiarch: error: pull did not finish within 2s \(input "timeout"\); it was stopped/,
    );
  }, 15_000);

  test.each(['5x', '-1', '0', '25h', 'soon'])('timeout %p is refused with one line', async (value) => {
    const run = await pullCli(`${silentHost}/dead/app:v1`, 'linux/amd64', join(work, 'bad'), [`--timeout=${value}`]);
    expect(run.code).toBe(1);
    expect(run.lines).toEqual([expect.stringMatching(/^oci-multiarch: error: input "timeout": .* is not a duration/)]);
  });
});

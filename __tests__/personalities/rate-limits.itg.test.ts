/**
 * Docker Hub's rate limits end to end (REGISTRIES.md "Docker Hub"): a `pull` through the Docker Hub personality
 * (Bearer tokens, 405 deletes) while the pull limit is spent — 429 TOOMANYREQUESTS with `ratelimit-limit:
 * 100;w=21600`, `ratelimit-remaining: 0;w=21600` and no `Retry-After` — ends at once with one line naming the
 * registry's answer and when to retry, writes nothing, and asks once; the abuse limiter's plain-text 429 with a
 * short `Retry-After` is waited out as asked and the pull completes. Run in this process through runCommand
 * (the `timeout` input's deadline bounds the waits), with a sleep that records each wait instead of sleeping.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { closeRegistryConnections } from '../../src/core/stores/registry/http.js';
import { errorLines } from '../e2e/run-action.js';
import { registryPaths, startFaultProxy, type FaultRule } from '../harness/fault-proxy.js';
import { personality } from '../harness/personalities.js';
import { startRegistry, type RunningRegistry } from '../harness/registry.js';
import { recordingRetry, runInProcess } from '../reliability/in-process.js';

let registry: RunningRegistry;
let work: string;
const file = () => join(work, 'tool-arm64.bin');

beforeAll(async () => {
  registry = await startRegistry();
  work = mkdtempSync(join(tmpdir(), 'oma-rate-limits-'));
  writeFileSync(file(), 'binary for linux/arm64\n');
  const repo = `${registry.host}/hub/tool`;
  const pushed = await runInProcess({
    command: 'push',
    repository: repo,
    platform: 'linux/arm64',
    files: file(),
    'staging-prefix': 'st',
  });
  expect(errorLines(pushed)).toEqual([]);
  const merged = await runInProcess({
    command: 'merge',
    repository: repo,
    'staging-prefix': 'st',
    platforms: 'linux/arm64',
    tags: '1.0.0',
  });
  expect(errorLines(merged)).toEqual([]);
}, 60_000);
afterAll(async () => {
  await closeRegistryConnections();
  await registry?.stop();
});

const pullLimitSpent: FaultRule = {
  method: 'GET',
  path: registryPaths.manifest,
  fault: {
    kind: 'status',
    status: 429,
    headers: {
      'ratelimit-limit': '100;w=21600',
      'ratelimit-remaining': '0;w=21600',
      'docker-ratelimit-source': '203.0.113.7',
    },
    body: JSON.stringify({
      errors: [{ code: 'TOOMANYREQUESTS', message: 'You have reached your unauthenticated pull rate limit.' }],
    }),
  },
};

test('Docker Hub, pull limit spent (no Retry-After): one line at once, naming the window and when to retry', async () => {
  const proxy = await startFaultProxy(registry.url);
  try {
    proxy.addRule(pullLimitSpent); // before the personality's rules: the limit answers before auth
    personality('docker-hub').install(proxy, registry.storage ?? '');
    const { retry, waits } = recordingRetry();
    const out = join(work, 'spent');
    const run = await runInProcess(
      {
        command: 'pull',
        reference: `${proxy.host}/hub/tool:1.0.0`,
        platform: 'linux/arm64',
        output: out,
        timeout: '20m',
      },
      {},
      retry,
    );
    expect(run.code).not.toBe(0);
    const lines = errorLines(run);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/429 TOOMANYREQUESTS \(You have reached your unauthenticated pull rate limit\.\)/);
    expect(lines[0]).toMatch(
      /asks to wait 6 h \(ratelimit-limit: 100;w=21600, ratelimit-remaining: 0;w=21600\), more than the 20 min left before the deadline \(input "timeout"\): retry after \d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ/,
    );
    expect(waits).toEqual([]);
    expect(proxy.log.filter((e) => e.method === 'GET' && e.status === 429)).toHaveLength(1);
    expect(existsSync(out) ? readdirSync(out) : []).toEqual([]);
  } finally {
    await proxy.stop();
  }
}, 60_000);

test('Docker Hub abuse limiter, plain text with Retry-After: 7: waited as asked, and the pull completes', async () => {
  const proxy = await startFaultProxy(registry.url);
  try {
    const rule = proxy.addRule({
      method: 'GET',
      path: registryPaths.manifest,
      nth: 1,
      fault: {
        kind: 'status',
        status: 429,
        retryAfter: 7,
        headers: { 'content-type': 'text/plain; charset=utf-8' },
        body: 'Too Many Requests (HAP429).\n',
      },
    });
    personality('docker-hub').install(proxy, registry.storage ?? '');
    const { retry, waits } = recordingRetry();
    const out = join(work, 'abuse');
    const run = await runInProcess(
      { command: 'pull', reference: `${proxy.host}/hub/tool:1.0.0`, platform: 'linux/arm64', output: out },
      {},
      retry,
    );
    expect(errorLines(run)).toEqual([]);
    expect(rule.fired()).toBe(1);
    expect(waits).toContain(7000);
    expect(readFileSync(join(out, 'tool-arm64.bin'))).toEqual(readFileSync(file()));
  } finally {
    await proxy.stop();
  }
}, 60_000);

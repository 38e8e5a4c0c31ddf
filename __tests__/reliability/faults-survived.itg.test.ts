/**
 * Promise 3 (faults are survived): a 16-platform push + merge through a proxy failing 10% of all requests
 * (seeded; 500, 502, 503 and resets) ends with the digests of a fault-free run; `Retry-After` is honoured
 * (the wait asked of the retry policy's sleep is the registry's) and bounded (a longer ask is reported); a storm of 429s slows a merge
 * down instead of failing it (run in this process, every wait really slept at 1/20 of its length).
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { closeRegistryConnections } from '../../src/core/stores/registry/http.js';
import { createRegistryTarget } from '../../src/core/stores/registry/target.js';
import { errorLines, runAction } from '../e2e/run-action.js';
import { registryPaths } from '../harness/fault-proxy.js';
import { useRegistry } from '../harness/fixtures.js';
import { blobDescriptor as describeBlob, registryRef } from '../stores/registry/fixtures.js';
import { completeTag, elapsed, FIXED_ENV, mergeInputs, platformList, stage } from './helpers.js';
import { recordingRetry, runInProcess, scaledRetry } from './in-process.js';

const { registry, proxy } = useRegistry({ proxy: true });
let work: string;
const platforms = platformList(16);
let reference: { children: string[]; index: string };

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'oma-survive-'));
  const pushed = await stage(work, `${registry.host}/ok/tool`, 'st', platforms, 'v1');
  const merged = await runAction(mergeInputs(`${registry.host}/ok/tool`, 'st', platforms, ['1.0']), FIXED_ENV);
  expect(errorLines(merged)).toEqual([]);
  reference = { children: pushed.map((r) => r.outputs['digest'] ?? ''), index: merged.outputs['digest'] ?? '' };
}, 120_000);
afterAll(async () => {
  await closeRegistryConnections();
});

test('16 platforms pushed and merged through 10% random faults give the digests of a fault-free run', async () => {
  const kinds = [
    { kind: 'status', status: 500 },
    { kind: 'status', status: 502 },
    { kind: 'status', status: 503 },
    { kind: 'reset-before' },
  ] as const;
  // Four independent seeded rules of 2.5% each: about 10% of all requests get one of the faults.
  const rules = kinds.map((fault, i) => proxy.addRule({ rate: 0.025, seed: 1000 + i, fault }));
  try {
    const pushed = await stage(work, `${proxy.host}/faulty/tool`, 'st', platforms, 'v1');
    const merged = await runAction(mergeInputs(`${proxy.host}/faulty/tool`, 'st', platforms, ['1.0']), FIXED_ENV);
    expect(errorLines(merged)).toEqual([]);
    expect(pushed.map((r) => r.outputs['digest'])).toEqual(reference.children);
    expect(merged.outputs['digest']).toBe(reference.index);
  } finally {
    for (const rule of rules) rule.remove();
  }
  expect(await completeTag(registry.url, 'faulty/tool', '1.0')).toBe(reference.index);
  const fired = rules.reduce((n, r) => n + r.fired(), 0);
  const matched = rules[0]?.matched() ?? 0;
  expect(matched).toBeGreaterThan(100);
  expect(fired / matched).toBeGreaterThan(0.05);
}, 180_000);

describe('Retry-After', () => {
  const layer = Buffer.from('retry-after layer\n');
  const desc = describeBlob(layer);
  beforeAll(async () => {
    await createRegistryTarget(registryRef(registry.host, 'ra/tool')).push(desc, layer);
  });

  test.each([
    ['delta seconds', () => '2', 2000, 2000],
    ['an HTTP date', () => new Date(Date.now() + 3000).toUTCString(), 1900, 3000],
  ])('in %s is honoured: the one wait is the one the registry asked for', async (_form, value, atLeast, atMost) => {
    const { retry, waits } = recordingRetry();
    const target = createRegistryTarget(registryRef(proxy.host, 'ra/tool'), { retry });
    const rule = proxy.addRule({
      method: 'HEAD',
      path: registryPaths.blob,
      nth: 1,
      fault: { kind: 'status', status: 429, retryAfter: value() },
    });
    const exists = await target.exists(desc);
    rule.remove();
    expect(exists).toBe(true);
    expect(rule.fired()).toBe(1);
    expect(waits).toHaveLength(1);
    expect(waits[0]).toBeGreaterThanOrEqual(atLeast);
    expect(waits[0]).toBeLessThanOrEqual(atMost);
  });

  test('longer than the limit (here 1.5 s for an answer of one hour) is not waited for: reported at once', async () => {
    const { retry, waits } = recordingRetry({ maxRetryAfterMs: 1500 });
    const target = createRegistryTarget(registryRef(proxy.host, 'ra/tool'), { retry });
    const rule = proxy.addRule({
      method: 'HEAD',
      path: registryPaths.blob,
      nth: 1,
      fault: { kind: 'status', status: 503, retryAfter: 3600 },
    });
    const error = await target.exists(desc).catch((e: unknown) => e);
    rule.remove();
    expect((error as Error).message).toMatch(/: 503 .*asks to wait 60 min \(Retry-After: 3600\).*retry after /);
    expect(rule.fired()).toBe(1);
    expect(waits).toEqual([]);
  });
});

test('a storm of 429s (every request for 2.5 s, Retry-After: 1) slows a merge down instead of failing it', async () => {
  // Time runs 20 times faster for both the storm and the merge's waits: a 125 ms storm, 50 ms waits.
  const SCALE = 20;
  const STORM_MS = 2500 / SCALE;
  let stormStart: number | undefined;
  let seen = 0;
  const rule = proxy.addRule({
    // The first two requests are in the storm whatever the clock says: on a loaded machine a retry could come
    // after the 125 ms, leaving one 429 where the test means a storm (a fresh-clone run failed that way).
    when: () => {
      stormStart ??= Date.now();
      seen++;
      return seen <= 2 || Date.now() < stormStart + STORM_MS;
    },
    fault: { kind: 'status', status: 429, retryAfter: 1 },
  });
  const { retry, waits } = scaledRetry(SCALE);
  const [merged, ms] = await elapsed(() =>
    runInProcess(mergeInputs(`${proxy.host}/ok/tool`, 'st', platforms, ['storm']), FIXED_ENV, retry),
  );
  rule.remove();
  expect(errorLines(merged)).toEqual([]);
  expect(merged.outputs['digest']).toBe(reference.index);
  expect(rule.fired()).toBeGreaterThan(1);
  expect(waits.length).toBeGreaterThan(0);
  expect(waits.every((w) => w === 1000)).toBe(true); // each 429 was waited out as long as it asked
  expect(ms).toBeGreaterThanOrEqual(STORM_MS);
  expect(await completeTag(registry.url, 'ok/tool', 'storm')).toBe(reference.index);
}, 60_000);

/**
 * Promise 1 (nothing lost, nothing half-published) for push, through the fault proxy: a fault on each kind of
 * request in turn. A transient fault ends with the same result as a run without faults; a persistent one ends
 * with one clear error, after every try the retry policy allows, while the staging tag keeps its previous,
 * complete index. The faulty runs go through runCommand in this process with a retry policy that records its
 * waits instead of sleeping them (in-process.ts); the fault-free references run the bundle (`node dist/index.js`).
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { errorLines, runAction } from '../e2e/run-action.js';
import { registryPaths, type FaultRule } from '../harness/fault-proxy.js';
import { useRegistry } from '../harness/fixtures.js';
import { closeRegistryConnections } from '../../src/core/stores/registry/http.js';
import { completeTag, platformFile, pushInputs, seen } from './helpers.js';
import { recordingRetry, runInProcess } from './in-process.js';

const { registry, proxy } = useRegistry({ proxy: true });
let work: string;
const platform = 'linux/amd64';
const stagingTag = 'st-linux-amd64';
/** The result of pushing v2 without faults: what every transient-fault run must end with. */
let expected: { digest: string; index: string };

const tagPut = /^\/v2\/.+\/manifests\/(?!sha256:)[^/]+$/;
const digestPut = /^\/v2\/.+\/manifests\/sha256:[0-9a-f]{64}$/;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'oma-nl-push-'));
  const run = await runAction(
    pushInputs(`${registry.host}/nl/ref`, platform, platformFile(work, platform, 'v2'), 'st'),
  );
  expect(run.code).toBe(0);
  const index = await completeTag(registry.url, 'nl/ref', stagingTag);
  expected = { digest: run.outputs['digest'] ?? '', index: index ?? '' };
  expect(expected.index).toMatch(/^sha256:/);
  // The previous staging push (v1) of every case, without faults. The file is written once, before the pushes
  // start: rewriting it per case truncated it under the processes already reading it (a flaky setup).
  const v1 = platformFile(work, platform, 'v1');
  const previous = await Promise.all(
    cases.map((_c, i) => runAction(pushInputs(`${registry.host}/nl/push-${i}`, platform, v1, 'st'))),
  );
  expect(previous.map((r) => r.code)).toEqual(cases.map(() => 0));
}, 120_000);
afterAll(async () => {
  await closeRegistryConnections();
});

/** Tries per request and per blob upload in the faulty runs (the defaults are 5 and 3). */
const policy = { attempts: 3, uploadAttempts: 2 };

type Case = [name: string, rule: FaultRule, outcome: 'completes' | 'fails'];
const cases: Case[] = [
  [
    'blob POST answered 503 once',
    { method: 'POST', path: registryPaths.blobUploadStart, nth: 1, fault: { kind: 'status', status: 503 } },
    'completes',
  ],
  [
    'blob POST reset before the registry sees it',
    { method: 'POST', path: registryPaths.blobUploadStart, nth: 1, fault: { kind: 'reset-before' } },
    'completes',
  ],
  [
    'blob POST always 500',
    { method: 'POST', path: registryPaths.blobUploadStart, fault: { kind: 'status', status: 500 } },
    'fails',
  ],
  [
    'blob PATCH always 500 (small blobs go in one PUT)',
    { method: 'PATCH', fault: { kind: 'status', status: 500 } },
    'completes',
  ],
  [
    'blob PUT reset before the registry sees it',
    { method: 'PUT', path: registryPaths.blobUploadSession, nth: 1, fault: { kind: 'reset-before' } },
    'completes',
  ],
  [
    'blob PUT committed but its answer lost',
    { method: 'PUT', path: registryPaths.blobUploadSession, nth: 1, fault: { kind: 'reset-after' } },
    'completes',
  ],
  [
    'blob PUT always 502',
    { method: 'PUT', path: registryPaths.blobUploadSession, fault: { kind: 'status', status: 502 } },
    'fails',
  ],
  [
    'manifest PUT 500 once',
    { method: 'PUT', path: digestPut, nth: 1, fault: { kind: 'status', status: 500 } },
    'completes',
  ],
  [
    'manifest PUT committed but its answer lost',
    { method: 'PUT', path: digestPut, nth: 1, fault: { kind: 'reset-after' } },
    'completes',
  ],
  ['manifest PUT always 500', { method: 'PUT', path: digestPut, fault: { kind: 'status', status: 500 } }, 'fails'],
  ['tag PUT 503 once', { method: 'PUT', path: tagPut, nth: 1, fault: { kind: 'status', status: 503 } }, 'completes'],
  [
    'tag PUT committed but its answer lost',
    { method: 'PUT', path: tagPut, nth: 1, fault: { kind: 'reset-after' } },
    'completes',
  ],
  ['tag PUT always 500', { method: 'PUT', path: tagPut, fault: { kind: 'status', status: 500 } }, 'fails'],
  [
    'HEAD of blobs and manifests 503 once',
    { method: 'HEAD', nth: 1, fault: { kind: 'status', status: 503 } },
    'completes',
  ],
];

describe('push: a fault on each kind of request', () => {
  test.each(cases.map(([name, rule, outcome], i) => [i, name, outcome, rule] as const))(
    '%d %s → %s',
    async (i, _name, outcome, rule) => {
      const repository = `nl/push-${i}`;
      const repo = `${proxy.host}/${repository}`;
      const before = await completeTag(registry.url, repository, stagingTag);
      expect(before).toBeDefined();

      const handle = proxy.addRule(rule);
      const { retry, waits } = recordingRetry(policy);
      const run = await runInProcess(pushInputs(repo, platform, platformFile(work, platform, 'v2'), 'st'), {}, retry);
      handle.remove();

      if (rule.method !== 'PATCH') {
        expect(handle.fired()).toBeGreaterThan(0);
        expect(waits.length).toBeGreaterThan(0); // each fault was met by a retry, after a wait
      }
      const after = await completeTag(registry.url, repository, stagingTag);
      if (outcome === 'completes') {
        expect(errorLines(run)).toEqual([]);
        expect(run.code).toBe(0);
        expect(run.outputs['digest']).toBe(expected.digest);
        expect(after).toBe(expected.index);
      } else {
        expect(run.code).not.toBe(0);
        // The failing request was sent as often as the policy allows, every try of it failing.
        expect(handle.fired()).toBeGreaterThanOrEqual(policy.attempts);
        expect(handle.fired() % policy.attempts).toBe(0);
        const errors = errorLines(run);
        expect(errors).toHaveLength(1);
        expect(errors[0]).toMatch(/\b50[023]\b/);
        expect(errors[0]).toContain(repository);
        expect(after).toBe(before);
      }
    },
  );

  test('small blobs are never sent with PATCH (so a PATCH fault cannot strike)', () => {
    expect(seen(proxy, 'PATCH', /./)).toEqual([]);
  });
});

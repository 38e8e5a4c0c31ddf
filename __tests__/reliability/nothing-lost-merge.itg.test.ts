/**
 * Promise 1 (nothing lost, nothing half-published) for merge: staging tags in registry A (read through proxy
 * A), the release in registry B (written through proxy B), so that every kind of request happens. Each case
 * first publishes a previous release (v1), then merges v2 with a fault: a transient fault ends with the
 * fault-free result; a persistent one with one clear error, after every try the retry policy allows, while both
 * release tags still hold the complete v1 index. The staging and the references run the bundle
 * (`node dist/index.js`); the faulty merges run through runCommand in this process with a retry policy that
 * records its waits instead of sleeping them (in-process.ts).
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { errorLines, runAction } from '../e2e/run-action.js';
import { registryPaths, type FaultRule } from '../harness/fault-proxy.js';
import { useRegistry } from '../harness/fixtures.js';
import { closeRegistryConnections } from '../../src/core/stores/registry/http.js';
import { completeTag, copyRelease, FIXED_ENV, manifestStatus, mergeInputs, platformList, stage } from './helpers.js';
import { recordingRetry, runInProcess } from './in-process.js';

const { registry: registryA, proxy: proxyA } = useRegistry({ proxy: true });
const { registry: registryB, proxy: proxyB } = useRegistry({ proxy: true });
const platforms = platformList(3);
const releaseTags = ['1.0', 'latest'];
let v1Index: string;
let v2Index: string;

const tagPut = /^\/v2\/.+\/manifests\/(?!sha256:)[^/]+$/;
const byDigest = /^\/v2\/.+\/manifests\/sha256:[0-9a-f]{64}$/;
const tags = (host: string, repository: string) => releaseTags.map((t) => `${host}/${repository}:${t}`);

beforeAll(async () => {
  const work = mkdtempSync(join(tmpdir(), 'oma-nl-merge-'));
  const source = `${registryA.host}/src/tool`;
  await stage(work, source, 'm1', platforms, 'v1');
  await stage(work, source, 'm2', platforms, 'v2');
  // Fault-free references; the previous release (v1) of every case.
  const ref = await runAction(mergeInputs(source, 'm2', platforms, tags(registryB.host, 'rel/ref')), FIXED_ENV);
  expect(errorLines(ref)).toEqual([]);
  v2Index = (await completeTag(registryB.url, 'rel/ref', '1.0')) ?? '';
  expect(v2Index).toBe(ref.outputs['digest']);
  const seed = await runAction(mergeInputs(source, 'm1', platforms, tags(registryB.host, 'rel/seed')), FIXED_ENV);
  expect(errorLines(seed)).toEqual([]);
  v1Index = seed.outputs['digest'] ?? '';
  await Promise.all(cases.map((_c, i) => copyRelease(registryB.url, 'rel/seed', `rel/m-${i}`)));
  expect(v1Index).not.toBe(v2Index);
}, 120_000);
afterAll(async () => {
  await closeRegistryConnections();
});

/** Tries per request and per blob upload in the faulty runs (the defaults are 5 and 3). */
const policy = { attempts: 3, uploadAttempts: 2 };

type Side = 'source' | 'release';
type Case = [name: string, side: Side, rule: FaultRule, outcome: 'completes' | 'fails'];
const status = (code: number) => ({ kind: 'status', status: code }) as const;
const cases: Case[] = [
  [
    'tag list GET 503 once',
    'source',
    { method: 'GET', path: registryPaths.tagsList, nth: 1, fault: status(503) },
    'completes',
  ],
  ['tag list GET always 500', 'source', { method: 'GET', path: registryPaths.tagsList, fault: status(500) }, 'fails'],
  [
    'staging index GET/HEAD reset once',
    'source',
    { method: ['GET', 'HEAD'], path: /\/manifests\/m2-/, nth: 1, fault: { kind: 'reset-before' } },
    'completes',
  ],
  [
    'staging index GET/HEAD always 502',
    'source',
    { method: ['GET', 'HEAD'], path: /\/manifests\/m2-/, fault: status(502) },
    'fails',
  ],
  [
    'manifest GET by digest 503 once',
    'source',
    { method: 'GET', path: byDigest, nth: 1, fault: status(503) },
    'completes',
  ],
  ['manifest GET by digest always 500', 'source', { method: 'GET', path: byDigest, fault: status(500) }, 'fails'],
  [
    'blob GET answer lost once',
    'source',
    { method: 'GET', path: registryPaths.blob, nth: 1, fault: { kind: 'reset-after' } },
    'completes',
  ],
  ['blob GET always 503', 'source', { method: 'GET', path: registryPaths.blob, fault: status(503) }, 'fails'],
  [
    'blob POST 503 once',
    'release',
    { method: 'POST', path: registryPaths.blobUploadStart, nth: 1, fault: status(503) },
    'completes',
  ],
  [
    'blob POST always 500',
    'release',
    { method: 'POST', path: registryPaths.blobUploadStart, fault: status(500) },
    'fails',
  ],
  [
    'blob PUT committed but its answer lost',
    'release',
    { method: 'PUT', path: registryPaths.blobUploadSession, nth: 2, fault: { kind: 'reset-after' } },
    'completes',
  ],
  [
    'blob PUT always 502',
    'release',
    { method: 'PUT', path: registryPaths.blobUploadSession, fault: status(502) },
    'fails',
  ],
  [
    'blob PATCH always 500 (small blobs go in one PUT)',
    'release',
    { method: 'PATCH', fault: status(500) },
    'completes',
  ],
  [
    'manifest PUT committed but its answer lost',
    'release',
    { method: 'PUT', path: byDigest, nth: 1, fault: { kind: 'reset-after' } },
    'completes',
  ],
  ['child manifest PUT always 500', 'release', { method: 'PUT', path: byDigest, fault: status(500) }, 'fails'],
  ['tag PUT 503 once', 'release', { method: 'PUT', path: tagPut, nth: 1, fault: status(503) }, 'completes'],
  [
    'second tag PUT always 500',
    'release',
    { method: 'PUT', path: /\/manifests\/latest$/, fault: status(500) },
    'fails',
  ],
  ['tag PUT always 500', 'release', { method: 'PUT', path: tagPut, fault: status(500) }, 'fails'],
  ['release HEAD 503 once', 'release', { method: 'HEAD', nth: 1, fault: status(503) }, 'completes'],
];

describe('merge: a fault on each kind of request', () => {
  test.each(cases.map(([name, side, rule, outcome], i) => [i, name, outcome, side, rule] as const))(
    '%d %s → %s',
    async (i, name, outcome, side, rule) => {
      const repository = `rel/m-${i}`;
      const handle = (side === 'source' ? proxyA : proxyB).addRule(rule);
      const { retry, waits } = recordingRetry(policy);
      const run = await runInProcess(
        mergeInputs(`${proxyA.host}/src/tool`, 'm2', platforms, tags(proxyB.host, repository)),
        FIXED_ENV,
        retry,
      );
      handle.remove();
      if (rule.method !== 'PATCH') {
        expect(handle.fired()).toBeGreaterThan(0);
        expect(waits.length).toBeGreaterThan(0); // each fault was met by a retry, after a wait
      }

      const now = await Promise.all(releaseTags.map((t) => completeTag(registryB.url, repository, t)));
      if (outcome === 'completes') {
        expect(errorLines(run)).toEqual([]);
        expect(run.outputs['digest']).toBe(v2Index);
        expect(now).toEqual([v2Index, v2Index]);
        return;
      }
      expect(run.code).not.toBe(0);
      // The failing request was sent as often as the policy allows, every try of it failing.
      expect(handle.fired()).toBeGreaterThanOrEqual(policy.attempts);
      const errors = errorLines(run);
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatch(/\b50[0-3]\b/);
      if (name === 'second tag PUT always 500') {
        // Tags move one by one, last of all: the first already holds the new complete index.
        expect(now).toEqual([v2Index, v1Index]);
      } else {
        expect(now).toEqual([v1Index, v1Index]);
      }
      if (name === 'child manifest PUT always 500') {
        // No index was ever pushed: the v2 index is absent, and no PUT of it reached the registry.
        expect(await manifestStatus(registryB.url, repository, v2Index)).toBe(404);
        const indexPuts = proxyB.log.filter(
          (e) => e.method === 'PUT' && e.path.endsWith(`/${repository}/manifests/${v2Index}`),
        );
        expect(indexPuts).toEqual([]);
      }
    },
  );
});

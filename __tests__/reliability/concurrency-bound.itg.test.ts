/**
 * `concurrency` means what it says: at most that many transfers in flight per registry for a whole command,
 * not that many platforms each with that many transfers. A merge of 8 platforms from registry A into
 * registry B, both behind proxies that hold every answer back (a distant registry), has its requests in flight
 * counted at each proxy from the proxy's own log; the release is then read back whole from B. A push holds to it
 * too: its image config, stored while big files go up as they are hashed, waits for a free place.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { STREAMED_PUSH_MIN_SIZE } from '../../src/core/artifact/pack-files.js';
import { closeRegistryConnections } from '../../src/core/stores/registry/http.js';
import { errorLines } from '../e2e/run-action.js';
import type { RequestLogEntry } from '../harness/fault-proxy.js';
import { useRegistry } from '../harness/fixtures.js';
import { completeTag, FIXED_ENV, mergeInputs, platformFile, platformList, pushInputs } from './helpers.js';
import { runInProcess } from './in-process.js';

const { registry: registryA, proxy: proxyA } = useRegistry({ proxy: true });
const { registry: registryB, proxy: proxyB } = useRegistry({ proxy: true });
const platforms = platformList(8);
const DELAY_MS = 15;

beforeAll(async () => {
  const work = mkdtempSync(join(tmpdir(), 'oma-bound-'));
  for (const p of platforms) {
    const run = await runInProcess(pushInputs(`${registryA.host}/src/tool`, p, platformFile(work, p, 'v1'), 'st'));
    expect(errorLines(run)).toEqual([]);
  }
  for (const proxy of [proxyA, proxyB]) proxy.addRule({ fault: { kind: 'delay', ms: DELAY_MS } });
}, 120_000);
afterAll(async () => {
  await closeRegistryConnections();
});

/** The most requests the proxy had open at once, from the start and end of each in its log. */
function peakInFlight(log: readonly RequestLogEntry[]): number {
  // At equal times an end comes first: a request answered at t freed its place before one arriving at t.
  const events = log.flatMap((e) => [
    [e.startedAt, 1],
    [e.startedAt + e.ms, -1],
  ]);
  events.sort((a, b) => (a[0] as number) - (b[0] as number) || (a[1] as number) - (b[1] as number));
  let now = 0;
  let peak = 0;
  for (const [, step] of events) {
    now += step as number;
    peak = Math.max(peak, now);
  }
  return peak;
}

test.each([1, 2, 3])(
  'a merge of 8 platforms into another registry at concurrency %i has at most that many requests in flight at either registry',
  async (concurrency) => {
    const repository = `rel/c${concurrency}`;
    proxyA.log.length = 0;
    proxyB.log.length = 0;
    const run = await runInProcess(
      {
        ...mergeInputs(`${proxyA.host}/src/tool`, 'st', platforms, [`${proxyB.host}/${repository}:1.0`]),
        concurrency: String(concurrency),
        cache: 'false',
      },
      FIXED_ENV,
    );
    expect(errorLines(run)).toEqual([]);
    const uploads = proxyB.log.filter((e) => e.method === 'PUT' && e.path.includes('/blobs/uploads/'));
    expect(uploads).toHaveLength(platforms.length * 2); // a config and a layer per platform, none shared
    expect(peakInFlight(proxyB.log)).toBeLessThanOrEqual(concurrency);
    expect(peakInFlight(proxyA.log)).toBeLessThanOrEqual(concurrency);
    // The bound is reached, not just respected: the transfers do run side by side.
    expect(peakInFlight(proxyB.log)).toBe(concurrency);
    expect(await completeTag(registryB.url, repository, '1.0')).toBe(run.outputs['digest']);
  },
);

test.each([1, 2])(
  'a push of %i big file(s) uploaded while hashed, at that concurrency, has at most that many requests in flight (the config waits its turn)',
  async (concurrency) => {
    const work = mkdtempSync(join(tmpdir(), 'oma-bound-push-'));
    const files = Array.from({ length: concurrency }, (_, i) => {
      const file = join(work, `big-${i}.bin`);
      writeFileSync(file, Buffer.alloc(STREAMED_PUSH_MIN_SIZE, i + 1));
      return file;
    });
    const repository = `push/c${concurrency}`;
    proxyB.log.length = 0;
    const run = await runInProcess({
      ...pushInputs(`${proxyB.host}/${repository}`, 'linux/amd64', files.join('\n'), 'st'),
      concurrency: String(concurrency),
    });
    expect(errorLines(run)).toEqual([]);
    // Each big file went up while it was hashed (one PATCH each), and the config blob through this proxy too.
    expect(proxyB.log.filter((e) => e.method === 'PATCH')).toHaveLength(concurrency);
    expect(proxyB.log.filter((e) => e.method === 'PUT' && e.path.includes('/blobs/uploads/'))).toHaveLength(
      concurrency + 1,
    );
    expect(peakInFlight(proxyB.log)).toBeLessThanOrEqual(concurrency);
    const tag = run.outputs['staging-tag'] as string;
    expect(await completeTag(registryB.url, repository, tag)).toBe(run.outputs['reference']?.split('@')[1]);
  },
  60_000,
);

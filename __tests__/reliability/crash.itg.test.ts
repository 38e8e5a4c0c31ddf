/**
 * Promises 1 and 6 under SIGKILL: `node dist/cli.js merge` is killed at 20 seeded random moments (the
 * release side goes through a proxy that delays every request, so kills land mid-way: during blob uploads,
 * child manifests, the index or the tags), then run again. After every kill each release tag holds a
 * complete index — the previous one or the new one — as read by an independent client (plain fetch); after
 * every re-run both tags hold the new index.
 */
import { beforeAll, expect, test } from '@jest/globals';
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { distDir, runCliProcess } from '../e2e/run-action.js';
import { seededRandom } from '../harness/fault-rules.js';
import { useRegistry } from '../harness/fixtures.js';
import { completeTag, copyRelease, elapsed, FIXED_ENV, platformList, stage } from './helpers.js';

const KILLS = 20;
/** Per request on the release side: stretches a merge to a few seconds so kills land inside it. */
const RELEASE_DELAY_MS = 25;
const platforms = platformList(4);

const { registry: registryA } = useRegistry();
const { registry: registryB, proxy: slow } = useRegistry({ proxy: true });
let v1: string;
let v2: string;

const cliArgs = (prefix: string, host: string, repository: string) => [
  'merge',
  '--repository',
  `${registryA.host}/src/tool`,
  '--staging-prefix',
  prefix,
  '--platforms',
  platforms.join(','),
  '--tags',
  `${host}/${repository}:1.0`,
  '--tags',
  `${host}/${repository}:latest`,
];
const env = { ...FIXED_ENV, PATH: process.env['PATH'] ?? '', HOME: tmpdir() };

async function mergeOk(prefix: string, host: string, repository: string): Promise<string> {
  const run = await runCliProcess(cliArgs(prefix, host, repository), env);
  expect(run.stderr).not.toContain('error');
  expect(run.code).toBe(0);
  return (JSON.parse(run.stdout) as { digest: string }).digest;
}

/** Runs the merge and SIGKILLs it after `ms`; resolves when the process is gone. */
function mergeKilledAfter(ms: number, repository: string): Promise<void> {
  const child = spawn(process.execPath, [join(distDir, 'cli.js'), ...cliArgs('m2', slow.host, repository)], {
    env,
    stdio: 'ignore',
  });
  const timer = setTimeout(() => child.kill('SIGKILL'), ms);
  return new Promise((resolve) =>
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    }),
  );
}

beforeAll(async () => {
  slow.addRule({ fault: { kind: 'delay', ms: RELEASE_DELAY_MS } });
  const work = mkdtempSync(join(tmpdir(), 'oma-crash-'));
  await stage(work, `${registryA.host}/src/tool`, 'm1', platforms, 'v1');
  await stage(work, `${registryA.host}/src/tool`, 'm2', platforms, 'v2');
  // The previous release (v1) once with the product, then copied into every round's repository with plain
  // HTTP (cross-repository mounts and manifest PUTs: fast, and independent of the code under test).
  v1 = await mergeOk('m1', registryB.host, 'rel/seed');
  await Promise.all(Array.from({ length: KILLS }, (_x, k) => copyRelease(registryB.url, 'rel/seed', `rel/crash-${k}`)));
  for (let k = 0; k < KILLS; k++) {
    expect(await completeTag(registryB.url, `rel/crash-${k}`, 'latest')).toBe(v1);
  }
  v2 = await mergeOk('m2', registryB.host, 'rel/reference');
}, 180_000);

test(`a merge killed at ${KILLS} random moments leaves complete indexes under the release tags; a re-run completes it`, async () => {
  // How long an undisturbed merge takes through the slow proxy: kills are spread over that span.
  const [, span] = await elapsed(() => mergeOk('m2', slow.host, 'rel/calibration'));
  const random = seededRandom(20240607);
  const states = new Map<string, number>();
  for (let k = 0; k < KILLS; k++) {
    const repository = `rel/crash-${k}`;
    // Stratified: kill k lands in the k-th twentieth of the span (at a seeded point within it), so the kills
    // cover the merge from its start to its end even when the calibration run was slower or faster than these.
    await mergeKilledAfter(Math.floor(((k + random()) / KILLS) * span), repository);
    const after = await Promise.all(['1.0', 'latest'].map((t) => completeTag(registryB.url, repository, t)));
    for (const digest of after) expect([v1, v2]).toContain(digest);
    const state = after.map((d) => (d === v1 ? 'old' : 'new')).join('/');
    states.set(state, (states.get(state) ?? 0) + 1);
    // Run again (without the delay): the release completes.
    expect(await mergeOk('m2', registryB.host, repository)).toBe(v2);
    expect(await Promise.all(['1.0', 'latest'].map((t) => completeTag(registryB.url, repository, t)))).toEqual([
      v2,
      v2,
    ]);
  }
  // The kills landed both before and after the tags moved (the spread is seeded).
  expect(states.get('old/old')).toBeGreaterThan(0);
  expect(states.get('new/new')).toBeGreaterThan(0);
}, 240_000);

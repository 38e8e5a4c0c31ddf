/**
 * The blob cache through the real, unmodified @actions/cache inside the bundle (`node dist/index.js`), against
 * a local cache service v2 (results-service.ts: the Twirp methods the library calls) with archives in Azurite,
 * and the environment a runner sets. A first merge into another registry reads the blobs from the source and
 * saves them; a second runner (the same RUNNER_TEMP path, empty, as on GitHub's runners) restores them and
 * reads no blob byte from the source, counted by the fault proxy in front of it; a cache service that fails is
 * one warning and the release is still published. What the service and the storage hold is read back here.
 */
import { afterAll, beforeAll, describe, expect, jest, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../../../src/cli/run.js';
import { freePort } from '../../../scripts/lib/registry-process.js';
import { runAction, skopeoRaw } from '../../e2e/run-action.js';
import { sha256, useRegistry } from '../../harness/fixtures.js';
import { startAzurite, type RunningAzurite } from './azurite.js';
import { tempDir } from './fixtures.js';
import { startResultsService, type ResultsService } from './results-service.js';

// npm, git and whole action runs, on a machine that may be loaded
jest.setTimeout(240_000);

const { registry: source, proxy } = useRegistry({ proxy: true });
const { registry: release } = useRegistry();
let azurite: RunningAzurite;
let service: ResultsService;
let work: string;
const layerDigests: string[] = [];

beforeAll(async () => {
  azurite = await startAzurite();
  service = await startResultsService(azurite.accountUrl);
  work = await tempDir('oma-actions-cache-service-');
  mkdirSync(join(work, 'workspace'));
  for (const platform of ['linux/amd64', 'linux/arm64']) {
    const file = join(work, platform.replace('/', '-'), 'tool.bin');
    mkdirSync(join(file, '..'), { recursive: true });
    const bytes = randomBytes(150_000);
    writeFileSync(file, bytes);
    layerDigests.push(sha256(bytes));
    // straight to the source registry: the proxy sees only the merges
    const code = await runCli(
      ['push', '--repository', `${source.host}/app`, '--platform', platform, '--files', file, '--staging-prefix', 's'],
      { HOME: work },
      { stdout: () => {}, stderr: () => {} },
    );
    expect(code).toBe(0);
  }
}, 120_000);
afterAll(async () => {
  await service?.stop();
  await azurite?.stop();
  if (work) rmSync(work, { recursive: true, force: true });
});

/** What a runner sets for a job using the cache service v2 (the values a hosted runner would give). */
function runnerEnv(runnerTemp: string): Record<string, string> {
  return {
    RUNNER_TEMP: runnerTemp,
    GITHUB_WORKSPACE: join(work, 'workspace'),
    GITHUB_ACTIONS: 'true',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: 'https://api.github.com',
    GITHUB_REPOSITORY: 'octo/tool',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_SHA: 'a'.repeat(40),
    GITHUB_RUN_ID: '1234',
    ACTIONS_RESULTS_URL: service.url,
    ACTIONS_RUNTIME_TOKEN: service.token,
    ACTIONS_CACHE_SERVICE_V2: 'True',
  };
}

/** One merge step on a fresh runner, through the bundle; returns what it wrote and what it read from the source. */
async function mergeStep(repository: string, env: Record<string, string> = {}) {
  const runnerTemp = join(work, 'runner-temp');
  rmSync(runnerTemp, { recursive: true, force: true });
  mkdirSync(runnerTemp);
  const from = proxy.log.length;
  const callsFrom = service.calls.length;
  const run = await runAction(
    {
      command: 'merge',
      repository: `${proxy.host}/app`,
      'staging-prefix': 's',
      tags: `${release.host}/${repository}:v1`,
    },
    { ...runnerEnv(runnerTemp), ...env },
  );
  const blobGets = proxy.log.slice(from).filter((e) => e.method === 'GET' && /\/blobs\/sha256:/.test(e.path));
  const lines = run.stdout.split('\n');
  return {
    ...run,
    warnings: lines.filter((l) => l.startsWith('::warning::')),
    errors: lines.filter((l) => l.startsWith('::error::')),
    sourceBlobBytes: blobGets.reduce((sum, e) => sum + e.bytesOut, 0),
    serviceCalls: service.calls.slice(callsFrom).map((c) => `${c.method} ${c.status}`),
  };
}

/** The release as an independent client reads it: its digest is the step's output. */
function expectPublished(repository: string, digest: string | undefined) {
  const raw = skopeoRaw(`${release.host}/${repository}:v1`);
  expect(sha256(raw)).toBe(digest);
  expect((JSON.parse(raw) as { manifests: unknown[] }).manifests).toHaveLength(2);
}

describe('@actions/cache against the cache service v2 and Azurite', () => {
  let savedKey = '';

  test('first runner: a miss, the blobs come from the source, one archive of them is saved and finalized', async () => {
    const run = await mergeStep('r1');
    expect(run.errors).toEqual([]);
    expect(run.warnings).toEqual([]);
    expect(run.code).toBe(0);
    expectPublished('r1', run.outputs['digest']);
    expect(run.sourceBlobBytes).toBeGreaterThanOrEqual(300_000);
    expect(run.serviceCalls).toEqual([
      'GetCacheEntryDownloadURL 200',
      'CreateCacheEntry 200',
      'FinalizeCacheEntryUpload 200',
    ]);
    expect(service.entries).toHaveLength(1);
    const [entry] = service.entries;
    expect(entry).toMatchObject({ finalized: true, key: expect.stringMatching(/^oci-multiarch-blobs-v1-/) });
    savedKey = entry?.key ?? '';
    expect(run.stdout).toContain(`cache: saved 4 blob(s) as ${savedKey}`);
    // the archive in the storage, read back: a tar of the cache directory holding both layers among its 4 blobs
    const archive = join(work, 'archive');
    await service.container.getBlobClient(entry?.blobName ?? '').downloadToFile(archive);
    const names = execFileSync('tar', ['-tf', archive], { encoding: 'utf8' })
      .split('\n')
      .filter((n) => /blobs\/sha256\/[0-9a-f]{64}$/.test(n))
      .map((n) => `sha256:${n.slice(-64)}`);
    expect(names).toHaveLength(4);
    expect(names).toEqual(expect.arrayContaining(layerDigests));
  });

  test('second runner: restores that archive and reads 0 blob bytes from the source; nothing new to save', async () => {
    const run = await mergeStep('r2');
    expect(run.warnings).toEqual([]);
    expect(run.code).toBe(0);
    expectPublished('r2', run.outputs['digest']);
    expect(run.stdout).toContain(`cache: restored ${savedKey}`);
    expect(run.sourceBlobBytes).toBe(0);
    expect(run.serviceCalls).toEqual(['GetCacheEntryDownloadURL 200']);
    expect(run.summary).toMatch(/Blob cache: 4 blob\(s\) \(.+\) from the cache, 0 \(0 B\) from the source\./);
    expect(service.entries).toHaveLength(1);
  });

  test.each([
    ['unreachable', 'r3', async () => ({ ACTIONS_RESULTS_URL: `http://127.0.0.1:${await freePort()}/` })],
    ['refusing the runtime token (401)', 'r4', async () => ({ ACTIONS_RUNTIME_TOKEN: 'expired-token' })],
  ])('a cache service %s is one warning, and the release is still published', async (_label, repository, failure) => {
    // a new repository, so that the merge has blobs to copy (a release already in place reads none)
    const run = await mergeStep(repository, await failure());
    expect(run.errors).toEqual([]);
    expect(run.code).toBe(0);
    expectPublished(repository, run.outputs['digest']);
    expect(run.warnings).toHaveLength(1);
    expect(run.warnings[0]).toMatch(/^::warning::Failed to restore: /);
    // @actions/cache swallows service failures (a miss, -1): our own lines must not claim more than it knows
    expect(run.stdout).toMatch(
      /\ncache: nothing restored for \S+\* \(no archive saved yet, or the cache service failed\)\n/,
    );
    expect(run.stdout).toMatch(
      /\ncache: \S+ not saved \(it exists already, another job is saving it, or the cache service did not take it\)\n/,
    );
    expect(run.stdout).not.toContain(service.token);
    expect(run.stdout).not.toContain('sig=');
    expect(service.entries).toHaveLength(1);
  });
});

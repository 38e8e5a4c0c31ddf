/**
 * Promise 6 (re-runs converge) beyond __tests__/e2e (which covers the same-registry re-runs): a push of a
 * directory and a merge into a second registry, each run twice, upload zero blob bytes the second time and
 * give the same digests. Promise 7 (safe cleanup) on the plain registry: releases whose children and blobs
 * are shared with staging content, and a one-platform release, stay whole after cleanup.
 */
import { beforeAll, describe, expect, test } from '@jest/globals';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { errorLines, runAction, skopeoTags } from '../e2e/run-action.js';
import { useRegistry } from '../harness/fixtures.js';
import { completeTag, FIXED_ENV, mergeInputs, platformList, stage } from './helpers.js';

const { registry: registryA, proxy: proxyA } = useRegistry({ proxy: true });
const { registry: registryB, proxy: proxyB } = useRegistry({ proxy: true });
let work: string;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'oma-converge-'));
});

describe('re-runs converge', () => {
  test('pushing a directory twice uploads nothing the second time and gives the same digests', async () => {
    const dir = join(work, 'tree');
    mkdirSync(join(dir, 'bin'), { recursive: true });
    writeFileSync(join(dir, 'bin', 'tool'), '#!/bin/sh\necho hi\n');
    writeFileSync(join(dir, 'README'), 'read me\n');
    const inputs = {
      command: 'push',
      repository: `${proxyA.host}/cv/dir`,
      platform: 'linux/amd64',
      files: dir,
      'staging-prefix': 'st',
    };
    const first = await runAction(inputs);
    expect(errorLines(first)).toEqual([]);
    const bytes = proxyA.uploadedBlobBytes();
    expect(bytes).toBeGreaterThan(0);
    const second = await runAction(inputs);
    expect(errorLines(second)).toEqual([]);
    expect(proxyA.uploadedBlobBytes()).toBe(bytes);
    expect(second.outputs['digest']).toBe(first.outputs['digest']);
    expect(second.outputs['reference']).toBe(first.outputs['reference']);
  });

  test('merging into a second registry twice uploads nothing the second time and gives the same digest', async () => {
    const platforms = platformList(4);
    await stage(work, `${registryA.host}/cv/tool`, 'st', platforms, 'v1');
    const inputs = mergeInputs(`${registryA.host}/cv/tool`, 'st', platforms, [`${proxyB.host}/cv/release:1.0`]);
    const first = await runAction(inputs, FIXED_ENV);
    expect(errorLines(first)).toEqual([]);
    const bytes = proxyB.uploadedBlobBytes();
    expect(bytes).toBeGreaterThan(0);
    const second = await runAction(inputs, FIXED_ENV);
    expect(errorLines(second)).toEqual([]);
    expect(proxyB.uploadedBlobBytes()).toBe(bytes);
    expect(second.outputs['digest']).toBe(first.outputs['digest']);
    expect(await completeTag(registryB.url, 'cv/release', '1.0')).toBe(first.outputs['digest']);
  });
});

describe('safe cleanup (plain registry; the ghcr.io path: __tests__/commands/ghcr-cleanup.itg.test.ts)', () => {
  const releaseTags = (repository: string) =>
    skopeoTags(`${registryA.host}/${repository}`).filter((t) => !t.startsWith('st'));

  test('a second release sharing children and blobs with the first: cleanup leaves both whole', async () => {
    const repository = 'cl/tool';
    const repo = `${registryA.host}/${repository}`;
    const platforms = platformList(3);
    await stage(work, repo, 'st1', platforms, 'v1');
    const first = await runAction({ ...mergeInputs(repo, 'st1', platforms, ['1.0']), cleanup: 'true' }, FIXED_ENV);
    expect(errorLines(first)).toEqual([]);
    // Round two: linux/amd64 is unchanged (same child manifest, same staging index digest as round one).
    const [same] = await stage(work, repo, 'st2', ['linux/amd64'], 'v1');
    await stage(work, repo, 'st2', platforms.slice(1), 'v2');
    const second = await runAction({ ...mergeInputs(repo, 'st2', platforms, ['2.0']), cleanup: 'true' }, FIXED_ENV);
    expect(errorLines(second)).toEqual([]);
    expect(skopeoTags(repo).sort()).toEqual(['1.0', '2.0']);
    expect(await completeTag(registryA.url, repository, '1.0')).toBe(first.outputs['digest']);
    expect(await completeTag(registryA.url, repository, '2.0')).toBe(second.outputs['digest']);
    expect(releaseTags(repository).sort()).toEqual(['1.0', '2.0']);
    const children = (run: typeof first) =>
      (JSON.parse(run.outputs['index'] ?? '{}') as { manifests: Array<{ digest: string }> }).manifests.map(
        (m) => m.digest,
      );
    expect(children(first)).toContain(same?.outputs['digest']);
    expect(children(second)).toContain(same?.outputs['digest']);
  });

  test('a one-platform release without annotations: cleanup never deletes what the release tag points at', async () => {
    const repository = 'cl/single';
    const repo = `${registryA.host}/${repository}`;
    await stage(work, repo, 'st', ['linux/amd64'], 'single');
    const run = await runAction({ ...mergeInputs(repo, 'st', ['linux/amd64'], ['1.0', 'latest']), cleanup: 'true' });
    expect(errorLines(run)).toEqual([]);
    expect(await completeTag(registryA.url, repository, '1.0')).toBe(run.outputs['digest']);
    expect(await completeTag(registryA.url, repository, 'latest')).toBe(run.outputs['digest']);
    expect(releaseTags(repository).sort()).toEqual(['1.0', 'latest']);
  });
});

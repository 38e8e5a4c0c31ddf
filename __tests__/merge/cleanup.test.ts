/**
 * merge's cleanup over memory targets (a memory repository deletes by digest, with every tag on it, as
 * distribution does) and one real layout directory (which can remove a single tag). The cases are those that
 * broke on real registries (__tests__/reliability/cleanup-safety.itg.test.ts, converge-cleanup.itg.test.ts):
 * cleanup may delete only the staging indexes push wrote for this merge's staging tags.
 */
import { describe, expect, test } from '@jest/globals';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { merge } from '../../src/core/merge/merge.js';
import { parsePlatform } from '../../src/core/oci/platform.js';
import { MediaTypes } from '../../src/core/oci/media-types.js';
import { releasedFromAnnotation, stagingEntry, stagingIndex, stagingTagFor } from '../../src/core/artifact/staging.js';
import { parseReference, type Reference } from '../../src/core/oci/reference.js';
import { createWorld, mergeRequest, readIndex, pushJson, REPO, stage, stageAll, tagMap } from './world.js';

const two = ['linux/amd64', 'linux/arm64'];
const gate = two.map((p) => parsePlatform(p));

/** Every child of the index a tag names is still readable: the release is whole. */
async function whole(world: ReturnType<typeof createWorld>, tag: string, repository = REPO): Promise<string> {
  const target = world.repo(repository);
  const { descriptor, index } = await readIndex(target, tag);
  for (const child of index.manifests) expect(await target.exists(child)).toBe(true);
  return descriptor.digest;
}

describe('cleanup deletes the staging indexes of this merge', () => {
  test('after the release: the staging tags are gone, the release and its children stay', async () => {
    const world = createWorld();
    const repo = world.repo();
    const staged = await stageAll(repo, 'staging', two, 'v1');
    const result = await merge(mergeRequest({ cleanup: true, platforms: gate, tags: ['1.0', 'latest'] }), world.deps);
    expect(Object.keys(await tagMap(repo)).sort()).toEqual(['1.0', 'latest']);
    for (const s of staged) expect(await repo.exists(s.index)).toBe(false);
    expect(await whole(world, '1.0')).toBe(result.composed.descriptor.digest);
    expect(result.cleanup?.deleted.sort()).toEqual(staged.map((s) => `${REPO}@${s.index.digest}`).sort());
    expect(result.cleanup?.kept).toEqual([]);
    // The release records the prefix it was made from: that is how a re-run knows it.
    expect(result.composed.index.annotations?.[releasedFromAnnotation]).toBe('staging');
  });

  test('without cleanup nothing is deleted and the release does not record the prefix', async () => {
    const world = createWorld();
    await stageAll(world.repo(), 'staging', two, 'v1');
    const result = await merge(mergeRequest(), world.deps);
    expect(Object.keys(await tagMap(world.repo())).sort()).toEqual([
      '1.0',
      'staging-linux-amd64',
      'staging-linux-arm64',
    ]);
    expect(result.cleanup).toBeUndefined();
    expect(result.composed.index.annotations?.[releasedFromAnnotation]).toBeUndefined();
  });

  test('a promotion merge (its source a release tag) keeps the source tag: it is no staging index', async () => {
    const world = createWorld();
    const repo = world.repo();
    await stageAll(repo, 'a', two, 'v1');
    const release = await merge(mergeRequest({ stagingPrefix: 'a' }), world.deps);
    const promoted = await merge(
      mergeRequest({
        sources: [`${REPO}:1.0`],
        tags: ['1.0-final'],
        indexAnnotations: { 'org.opencontainers.image.version': '1.0' },
        cleanup: true,
      }),
      world.deps,
    );
    expect(promoted.cleanup?.deleted).toEqual([]);
    expect(promoted.cleanup?.kept).toEqual([
      { reference: `${REPO}:1.0`, reason: 'not a staging index (no dev.oci-multiarch.staging)' },
    ]);
    expect(await whole(world, '1.0')).toBe(release.composed.descriptor.digest);
    expect(await whole(world, '1.0-final')).toBe(promoted.composed.descriptor.digest);
    // The staging tags of prefix a are not this merge's: they stay too.
    expect(Object.keys(await tagMap(repo)).sort()).toEqual(['1.0', '1.0-final', 'a-linux-amd64', 'a-linux-arm64']);
  });

  test('a release re-staged (a staging index over the release children), then merged with cleanup: 1.0 stays whole', async () => {
    const world = createWorld();
    const repo = world.repo();
    await stageAll(repo, 'a', two, 'v1');
    const release = await merge(mergeRequest({ stagingPrefix: 'a', cleanup: true }), world.deps);
    // What push --source REG/app:1.0 --platform linux/amd64 writes: a staging index over the release's child.
    const [amd] = release.composed.index.manifests;
    const tag = stagingTagFor('b', parsePlatform('linux/amd64'));
    const entry = stagingEntry(amd!, parsePlatform('linux/amd64'), undefined, undefined);
    const index = await pushJson(repo, MediaTypes.ociIndex, stagingIndex([entry], tag));
    await repo.tag(index, tag);
    const amd64 = await merge(mergeRequest({ stagingPrefix: 'b', tags: ['1.0-amd64'], cleanup: true }), world.deps);
    expect(await whole(world, '1.0')).toBe(release.composed.descriptor.digest);
    expect(await whole(world, '1.0-amd64')).toBe(amd64.composed.descriptor.digest);
    expect(Object.keys(await tagMap(repo)).sort()).toEqual(['1.0', '1.0-amd64']);
  });

  test('two runs staging identical content: distinct staging digests, cleaning up one leaves the other', async () => {
    const world = createWorld();
    const repo = world.repo();
    const first = await stage(repo, 'staging-100', 'linux/amd64', 'same');
    const second = await stage(repo, 'staging-200', 'linux/amd64', 'same');
    expect(first.image.digest).toBe(second.image.digest);
    expect(first.index.digest).not.toBe(second.index.digest);
    await merge(mergeRequest({ stagingPrefix: 'staging-100', tags: ['100'], cleanup: true }), world.deps);
    expect((await tagMap(repo))['staging-200-linux-amd64']).toBe(second.index.digest);
    const later = await merge(mergeRequest({ stagingPrefix: 'staging-200', tags: ['200'], cleanup: true }), world.deps);
    expect(await whole(world, '200')).toBe(later.composed.descriptor.digest);
    await whole(world, '100');
    expect(Object.keys(await tagMap(repo)).sort()).toEqual(['100', '200']);
  });

  test('a staging index read by a tag it was not staged for is kept (each staging index has its own tag)', async () => {
    const world = createWorld();
    const repo = world.repo();
    const staged = await stage(repo, 'a', 'linux/amd64', 'v1');
    await repo.tag(staged.index, 'b-linux-amd64'); // the same index under another prefix's name
    const result = await merge(mergeRequest({ stagingPrefix: 'b', cleanup: true, tags: ['b'] }), world.deps);
    expect(result.cleanup?.kept).toEqual([
      { reference: `${REPO}:b-linux-amd64`, reason: 'staged for tag "a-linux-amd64", not for "b-linux-amd64"' },
    ]);
    expect((await tagMap(repo))['a-linux-amd64']).toBe(staged.index.digest);
  });

  test('a staging source given by digest is kept: only a staging tag proves it is this merge’s', async () => {
    const world = createWorld();
    const staged = await stage(world.repo(), 'staging', 'linux/amd64', 'v1');
    const result = await merge(
      mergeRequest({ sources: [`${REPO}@${staged.index.digest}`], cleanup: true }),
      world.deps,
    );
    expect(result.cleanup?.kept.map((k) => k.reason)).toEqual(['given by digest, not by a staging tag']);
    expect(await world.repo().exists(staged.index)).toBe(true);
  });
});

describe('a digest another tag names is kept', () => {
  test('by a store that deletes by digest only (a registry, memory): kept, and the log says which tag', async () => {
    const world = createWorld();
    const repo = world.repo();
    const [amd, arm] = await stageAll(repo, 'c', two, 'v1');
    await repo.tag(amd!.index, 'keep-me');
    const result = await merge(mergeRequest({ stagingPrefix: 'c', cleanup: true }), world.deps);
    expect(await tagMap(repo)).toEqual({
      '1.0': result.composed.descriptor.digest,
      'c-linux-amd64': amd!.index.digest,
      'keep-me': amd!.index.digest,
    });
    expect(await repo.exists(arm!.index)).toBe(false);
    expect(world.lines.some((l) => /^warning: cleanup: kept .*c-linux-amd64.*keep-me/.test(l))).toBe(true);
  });

  test('by a layout, which can remove one tag: the staging tag goes, the digest stays for the other tag', async () => {
    const world = createWorld();
    const dir = mkdtempSync(join(tmpdir(), 'oma-merge-cleanup-'));
    const store = parseReference(`oci-layout:${dir}`);
    const layout = world.deps.open(store);
    const [amd, arm] = await stageAll(layout, 'c', two, 'v1');
    await layout.tag(amd!.index, 'keep-me');
    const result = await merge(
      mergeRequest({ repository: store, stagingPrefix: 'c', cleanup: true, tags: [`oci-layout:${dir}:1.0`] }),
      world.deps,
    );
    expect(result.cleanup?.untagged).toEqual([`oci-layout:${dir}:c-linux-amd64`]);
    expect(await tagMap(layout)).toEqual({ '1.0': result.composed.descriptor.digest, 'keep-me': amd!.index.digest });
    expect(await layout.exists(amd!.index)).toBe(true);
    expect(await layout.exists(arm!.index)).toBe(false);
  });
});

describe('re-runs', () => {
  test('"already released": a re-run after cleanup gives the same digest and bytes and changes nothing', async () => {
    const world = createWorld();
    const repo = world.repo();
    await stageAll(repo, 'staging-300', two, 'v1');
    const request = mergeRequest({ stagingPrefix: 'staging-300', cleanup: true, tags: ['1.0', 'latest'] });
    const first = await merge(request, world.deps);
    const tags = await tagMap(repo);
    expect(Object.keys(tags).sort()).toEqual(['1.0', 'latest']);
    world.lines.length = 0;
    const again = await merge(request, world.deps);
    expect(world.lines.some((l) => l.includes('already released'))).toBe(true);
    expect(again.composed.descriptor).toEqual(first.composed.descriptor);
    expect(Buffer.from(again.composed.bytes).equals(Buffer.from(first.composed.bytes))).toBe(true);
    // What the outputs say (digest, index, platforms) is the same; only the log names another source.
    const platforms = (r: typeof first) => r.composed.entries.map((e) => [e.platform, e.descriptor, e.attestation]);
    expect(platforms(again)).toEqual(platforms(first));
    expect(again.references).toEqual(first.references);
    expect(again.plan.every((p) => !p.moves)).toBe(true);
    expect(await tagMap(repo)).toEqual(tags);
  });

  test('a re-run that names one more tag puts the released index there too', async () => {
    const world = createWorld();
    await stageAll(world.repo(), 'staging', two, 'v1');
    const first = await merge(mergeRequest({ cleanup: true }), world.deps);
    const again = await merge(
      mergeRequest({ cleanup: true, tags: ['1.0', 'latest', 'reg.test/mirror:1.0'] }),
      world.deps,
    );
    expect(again.composed.descriptor.digest).toBe(first.composed.descriptor.digest);
    expect(await whole(world, 'latest')).toBe(first.composed.descriptor.digest);
    expect(await whole(world, '1.0', 'reg.test/mirror')).toBe(first.composed.descriptor.digest);
  });

  test('an interrupted cleanup (one staging tag left): the re-run keeps the whole release and removes the leftover', async () => {
    const world = createWorld();
    const repo = world.repo();
    const staged = await stageAll(repo, 'staging', two, 'v1');
    // The first run released and cleaned up; then the arm64 staging index is back as an interrupted cleanup
    // would have left it.
    const first = await merge(mergeRequest({ cleanup: true, platforms: gate }), world.deps);
    const leftover = staged[1]!;
    expect(await repo.exists(leftover.index)).toBe(false);
    // Re-stage exactly what push wrote for arm64 (same bytes, same digest): as if its delete never happened.
    const again = await stage(repo, 'staging', 'linux/arm64', 'v1');
    expect(again.index.digest).toBe(leftover.index.digest);
    const rerun = await merge(mergeRequest({ cleanup: true }), world.deps);
    expect(world.lines.some((l) => /already released.*staging tag\(s\) left/.test(l))).toBe(true);
    expect(rerun.composed.descriptor.digest).toBe(first.composed.descriptor.digest);
    expect(await whole(world, '1.0')).toBe(first.composed.descriptor.digest);
    expect((await readIndex(repo, '1.0')).index.manifests).toHaveLength(2); // not shrunk to the leftover
    expect(Object.keys(await tagMap(repo))).toEqual(['1.0']);
  });

  test('staging tags gone and the release tag holds something else: fails, names the prefix', async () => {
    const world = createWorld();
    await stageAll(world.repo(), 'staging-400', two, 'v1');
    await merge(mergeRequest({ stagingPrefix: 'staging-400', cleanup: true }), world.deps);
    await expect(merge(mergeRequest({ stagingPrefix: 'staging-401' }), world.deps)).rejects.toThrow(
      /no staging tags "staging-401-\*" in reg\.test\/app/,
    );
  });
});

describe('where the store cannot delete', () => {
  test('the GitHub Packages hook decides first: true deleted, false kept; the registry DELETE is not used', async () => {
    const calls: Array<[string, string, string]> = [];
    const world = createWorld({
      deleteStaging: async (ref: Reference, digest: string, tag: string) => {
        calls.push([ref.kind === 'registry' ? ref.repository : '', digest, tag]);
        return tag.endsWith('amd64');
      },
    });
    const repo = world.repo();
    const [amd, arm] = await stageAll(repo, 'staging', two, 'v1');
    const result = await merge(mergeRequest({ cleanup: true }), world.deps);
    expect(calls).toEqual([
      ['app', amd!.index.digest, 'staging-linux-amd64'],
      ['app', arm!.index.digest, 'staging-linux-arm64'],
    ]);
    expect(result.cleanup?.deleted).toEqual([`${REPO}@${amd!.index.digest}`]);
    expect(result.cleanup?.kept).toEqual([
      { reference: `${REPO}:staging-linux-arm64`, reason: 'the GitHub Packages API did not delete it (see above)' },
    ]);
    // The hook said it deleted; the memory store was not asked to, so both staging tags are still there.
    expect(Object.keys(await tagMap(repo)).sort()).toEqual(['1.0', 'staging-linux-amd64', 'staging-linux-arm64']);
  });

  test('a store without delete, or a delete that fails: kept with a warning, the release stands', async () => {
    const world = createWorld();
    const repo = world.repo();
    await stageAll(repo, 'staging', two, 'v1');
    let deletes = 0;
    const failing = {
      ...repo,
      delete: async () => {
        deletes++;
        throw new Error('HTTP 405 UNSUPPORTED');
      },
    };
    const deps = {
      ...world.deps,
      open: (ref: Reference) => (ref.kind === 'registry' ? failing : world.deps.open(ref)),
    };
    const result = await merge(mergeRequest({ cleanup: true }), deps);
    expect(deletes).toBe(2);
    expect(result.cleanup?.kept.map((k) => k.reason)).toEqual([
      'could not delete: HTTP 405 UNSUPPORTED',
      'could not delete: HTTP 405 UNSUPPORTED',
    ]);
    expect(await whole(world, '1.0')).toBe(result.composed.descriptor.digest);
    const { delete: _none, ...readOnly } = repo;
    const none = await merge(mergeRequest({ cleanup: true, tags: ['1.1'] }), { ...world.deps, open: () => readOnly });
    expect(none.cleanup?.kept.map((k) => k.reason)).toEqual([`${REPO} cannot delete`, `${REPO} cannot delete`]);
    expect(world.lines.filter((l) => l.startsWith('warning: cleanup: kept')).length).toBe(4);
  });
});

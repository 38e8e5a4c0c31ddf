/**
 * The merge use case over memory targets: what it composes (from staging tags, from sources, over a base), the
 * `platforms` gate, on-conflict, several release tags and repositories, and dry-run — each result read back
 * from the memory stores, never from what merge says it did.
 */
import { describe, expect, test } from '@jest/globals';
import { merge } from '../../src/core/merge/merge.js';
import { parsePlatform } from '../../src/core/oci/platform.js';
import {
  createWorld,
  mergeRequest,
  platformsOf,
  pushImage,
  pushIndex,
  readIndex,
  REPO,
  stage,
  stageAll,
  tagMap,
} from './world.js';

const two = ['linux/amd64', 'linux/arm64'];

describe('merge composes', () => {
  test('from the staging tags of a prefix: one index, children in platform order, under the release tag', async () => {
    const world = createWorld();
    const repo = world.repo();
    const staged = await stageAll(repo, 'staging', ['linux/arm64', 'linux/amd64', 'linux/arm/v7'], 'v1');
    await stage(repo, 'other', 'linux/s390x', 'v1'); // another prefix: not read
    const result = await merge(mergeRequest(), world.deps);
    const { descriptor, index } = await readIndex(repo, '1.0');
    expect(descriptor.digest).toBe(result.composed.descriptor.digest);
    expect(platformsOf(index)).toEqual(['linux/amd64', 'linux/arm/v7', 'linux/arm64']);
    expect(index.manifests.map((m) => m.digest).sort()).toEqual(staged.map((s) => s.image.digest).sort());
    expect(index.annotations?.['org.opencontainers.image.created']).toBe('2023-11-14T22:13:20Z');
    expect(world.lines).toContain(
      'info: Found 3 staging tag(s): staging-linux-amd64, staging-linux-arm-v7, staging-linux-arm64',
    );
    expect(result.references).toEqual([`${REPO}:1.0`]);
    expect(result.plan).toEqual([{ reference: `${REPO}:1.0`, current: undefined, moves: true }]);
  });

  test('from explicit sources in another repository: children and their blobs are copied to the release repository', async () => {
    const world = createWorld();
    const build = world.repo('reg.test/build');
    const amd = await pushImage(build, 'linux/amd64', 'b');
    const arm = await pushImage(build, 'linux/arm64', 'b');
    await pushIndex(build, [{ ...amd, platform: parsePlatform('linux/amd64') }], 'amd');
    await pushIndex(build, [{ ...arm, platform: parsePlatform('linux/arm64') }], 'arm');
    const result = await merge(
      mergeRequest({
        sources: ['reg.test/build:amd', 'reg.test/build:arm'],
        platforms: two.map((p) => parsePlatform(p)),
      }),
      world.deps,
    );
    const release = world.repo();
    const { index } = await readIndex(release, '1.0');
    expect(platformsOf(index)).toEqual(two);
    for (const child of index.manifests) expect(await release.exists(child)).toBe(true);
    expect(result.published[0]?.report.uploaded.count).toBe(4); // 2 configs + 2 layers
    expect(Object.keys(await tagMap(build)).sort()).toEqual(['amd', 'arm']); // sources untouched
  });

  test('the same request twice gives the same bytes and moves no tag the second time', async () => {
    const world = createWorld();
    await stageAll(world.repo(), 'staging', two, 'v1');
    const first = await merge(mergeRequest({ tags: ['1.0', 'latest'] }), world.deps);
    const again = await merge(mergeRequest({ tags: ['1.0', 'latest'] }), world.deps);
    expect(Buffer.from(again.composed.bytes).equals(Buffer.from(first.composed.bytes))).toBe(true);
    expect(again.published[0]?.moved).toEqual([]);
    expect(again.published[0]?.unchanged).toEqual(['1.0', 'latest']);
    expect(again.published[0]?.report.uploaded.count).toBe(0);
    expect(again.plan.every((p) => !p.moves)).toBe(true);
  });

  test('several tags in two repositories: each tag names the index, each repository holds every child', async () => {
    const world = createWorld();
    await stageAll(world.repo(), 'staging', two, 'v1');
    const result = await merge(mergeRequest({ tags: ['1.0', 'latest', 'reg.test/mirror:1.0'] }), world.deps);
    const digest = result.composed.descriptor.digest;
    expect((await tagMap(world.repo()))['1.0']).toBe(digest);
    expect((await tagMap(world.repo()))['latest']).toBe(digest);
    expect(await tagMap(world.repo('reg.test/mirror'))).toEqual({ '1.0': digest });
    for (const child of result.composed.index.manifests)
      expect(await world.repo('reg.test/mirror').exists(child)).toBe(true);
    expect(result.published.map((p) => [p.destination, p.moved])).toEqual([
      [REPO, ['1.0', 'latest']],
      ['reg.test/mirror', ['1.0']],
    ]);
  });

  test('an existing release tag moves, and the plan says from where', async () => {
    const world = createWorld();
    const repo = world.repo();
    await stageAll(repo, 'old', two, 'v1');
    const before = await merge(mergeRequest({ stagingPrefix: 'old' }), world.deps);
    await stageAll(repo, 'staging', two, 'v2');
    const after = await merge(mergeRequest(), world.deps);
    expect(after.plan).toEqual([{ reference: `${REPO}:1.0`, current: before.composed.descriptor.digest, moves: true }]);
    expect((await repo.resolve('1.0')).digest).toBe(after.composed.descriptor.digest);
  });
});

describe('the platforms gate', () => {
  test('a missing platform fails before anything is written; the release tag stays where it was', async () => {
    const world = createWorld();
    const repo = world.repo();
    await stageAll(repo, 'old', two, 'v1');
    const released = await merge(mergeRequest({ stagingPrefix: 'old' }), world.deps);
    await stage(repo, 'staging', 'linux/amd64', 'v2');
    const tagsBefore = await tagMap(repo);
    await expect(
      merge(
        mergeRequest({ platforms: two.map((p) => parsePlatform(p)), tags: ['1.0', 'reg.test/mirror:1.0'] }),
        world.deps,
      ),
    ).rejects.toThrow(/linux\/arm64/);
    expect(await tagMap(repo)).toEqual(tagsBefore);
    expect(tagsBefore['1.0']).toBe(released.composed.descriptor.digest);
    expect(await tagMap(world.repo('reg.test/mirror'))).toEqual({});
    for (const d of released.composed.index.manifests)
      expect(await world.repo('reg.test/mirror').exists(d)).toBe(false);
  });

  test('an extra platform fails too', async () => {
    const world = createWorld();
    await stageAll(world.repo(), 'staging', [...two, 'linux/s390x'], 'v1');
    await expect(merge(mergeRequest({ platforms: two.map((p) => parsePlatform(p)) }), world.deps)).rejects.toThrow(
      /linux\/s390x/,
    );
    expect(await tagMap(world.repo())).not.toHaveProperty('1.0');
  });

  test('exactly the platforms: passes', async () => {
    const world = createWorld();
    await stageAll(world.repo(), 'staging', two, 'v1');
    const result = await merge(mergeRequest({ platforms: two.map((p) => parsePlatform(p)) }), world.deps);
    expect((await world.repo().resolve('1.0')).digest).toBe(result.composed.descriptor.digest);
  });
});

describe('on-conflict', () => {
  const conflicting = async () => {
    const world = createWorld();
    const repo = world.repo();
    const first = await pushImage(repo, 'linux/amd64', 'first');
    const second = await pushImage(repo, 'linux/amd64', 'second');
    await pushIndex(repo, [{ ...first, platform: parsePlatform('linux/amd64') }], 'first');
    await pushIndex(repo, [{ ...second, platform: parsePlatform('linux/amd64') }], 'second');
    return { world, first, second, sources: [`${REPO}:first`, `${REPO}:second`] };
  };

  test('error (the default): two manifests for one platform fail, nothing is tagged', async () => {
    const { world, sources } = await conflicting();
    await expect(merge(mergeRequest({ sources }), world.deps)).rejects.toThrow(/linux\/amd64/);
    expect(Object.keys(await tagMap(world.repo())).sort()).toEqual(['first', 'second']);
  });

  test('replace: the later source wins', async () => {
    const { world, second, sources } = await conflicting();
    await merge(mergeRequest({ sources, onConflict: 'replace' }), world.deps);
    const { index } = await readIndex(world.repo(), '1.0');
    expect(index.manifests.map((m) => m.digest)).toEqual([second.digest]);
  });
});

describe('base', () => {
  test('a platform appended to an existing release keeps the entries of the release', async () => {
    const world = createWorld();
    const repo = world.repo();
    await stageAll(repo, 'old', two, 'v1');
    const released = await merge(mergeRequest({ stagingPrefix: 'old' }), world.deps);
    const [s390x] = await stageAll(repo, 'staging', ['linux/s390x'], 'v1');
    await merge(mergeRequest({ base: `${REPO}:1.0`, tags: ['1.1'] }), world.deps);
    const { index } = await readIndex(repo, '1.1');
    expect(platformsOf(index)).toEqual([...two, 'linux/s390x']);
    expect(index.manifests.slice(0, 2).map((m) => m.digest)).toEqual(
      released.composed.index.manifests.map((m) => m.digest),
    );
    expect(index.manifests[2]?.digest).toBe(s390x?.image.digest);
    expect((await repo.resolve('1.0')).digest).toBe(released.composed.descriptor.digest);
  });

  test('a source with a platform of the base replaces that entry', async () => {
    const world = createWorld();
    const repo = world.repo();
    await stageAll(repo, 'old', two, 'v1');
    await merge(mergeRequest({ stagingPrefix: 'old' }), world.deps);
    const [amd] = await stageAll(repo, 'staging', ['linux/amd64'], 'v2');
    await merge(mergeRequest({ base: `${REPO}:1.0`, tags: ['1.1'] }), world.deps);
    const { index } = await readIndex(repo, '1.1');
    expect(platformsOf(index)).toEqual(two);
    expect(index.manifests[0]?.digest).toBe(amd?.image.digest);
  });
});

describe('dry-run', () => {
  test('writes nothing anywhere, and gives the digest the real run then gives', async () => {
    const world = createWorld();
    const repo = world.repo();
    await stageAll(repo, 'staging', two, 'v1');
    const before = await tagMap(repo);
    const dry = await merge(
      mergeRequest({ dryRun: true, cleanup: true, tags: ['1.0', 'reg.test/mirror:1.0'] }),
      world.deps,
    );
    expect(await tagMap(repo)).toEqual(before);
    expect(await tagMap(world.repo('reg.test/mirror'))).toEqual({});
    for (const child of dry.composed.index.manifests)
      expect(await world.repo('reg.test/mirror').exists(child)).toBe(false);
    expect(await repo.exists(dry.composed.descriptor)).toBe(false);
    expect(dry.published).toEqual([]);
    expect(dry.cleanup).toBeUndefined();
    expect(dry.destinations?.map((d) => [d.destination, d.index, d.children.map((c) => c.action)])).toEqual([
      [REPO, 'push', ['present', 'present']],
      ['reg.test/mirror', 'push', ['copy', 'copy']],
    ]);
    const real = await merge(mergeRequest({ cleanup: true, tags: ['1.0', 'reg.test/mirror:1.0'] }), world.deps);
    expect(real.composed.descriptor.digest).toBe(dry.composed.descriptor.digest);
  });
});

/**
 * The order merge writes in, over a memory destination that records every write: children (and their blobs)
 * before the index, the index before the tags; and a child that cannot be stored means no index and no tag
 * (the real-registry twin: "a child manifest PUT that always fails" in __tests__/e2e/merge.e2e.itg.test.ts).
 */
import { describe, expect, test } from '@jest/globals';
import type { Target } from '../../src/core/content/target.js';
import { merge } from '../../src/core/merge/merge.js';
import { isIndexType, isManifestType } from '../../src/core/oci/media-types.js';
import { repositoryOf, type Reference } from '../../src/core/oci/reference.js';
import { createWorld, mergeRequest, stageAll, tagMap } from './world.js';

const two = ['linux/amd64', 'linux/arm64'];

/** The memory target with every write recorded in `log`, and a push that fails for the digests in `refuse`. */
function recording(target: Target, log: string[], refuse: Set<string> = new Set()): Target {
  const kind = (mediaType: string) =>
    isIndexType(mediaType) ? 'index' : isManifestType(mediaType) ? 'manifest' : 'blob';
  return {
    ...target,
    async push(desc, content, options) {
      if (refuse.has(desc.digest)) throw new Error(`refused ${desc.digest}`);
      await target.push(desc, content, options);
      log.push(`push ${kind(desc.mediaType)} ${desc.digest}`);
    },
    async tag(desc, tag) {
      await target.tag(desc, tag);
      log.push(`tag ${tag} ${desc.digest}`);
    },
  };
}

describe('merge writes children first, then the index, then the tags', () => {
  test('every child manifest is stored before the index, and the index before any tag', async () => {
    const world = createWorld();
    await stageAll(world.repo(), 'staging', two, 'v1');
    const log: string[] = [];
    const mirror = recording(world.repo('reg.test/mirror'), log);
    const deps = {
      ...world.deps,
      open: (ref: Reference) => (repositoryOf(ref) === 'reg.test/mirror' ? mirror : world.deps.open(ref)),
    };
    const result = await merge(mergeRequest({ tags: ['reg.test/mirror:1.0', 'reg.test/mirror:latest'] }), deps);
    const index = `push index ${result.composed.descriptor.digest}`;
    const at = (line: string) => log.indexOf(line);
    expect(at(index)).toBeGreaterThan(-1);
    for (const child of result.composed.index.manifests) {
      expect(at(`push manifest ${child.digest}`)).toBeGreaterThan(-1);
      expect(at(`push manifest ${child.digest}`)).toBeLessThan(at(index));
    }
    const blobs = log.filter((l) => l.startsWith('push blob'));
    expect(blobs).toHaveLength(4);
    for (const blob of blobs) expect(at(blob)).toBeLessThan(at(index));
    expect(log.filter((l) => l.startsWith('tag '))).toEqual([
      `tag 1.0 ${result.composed.descriptor.digest}`,
      `tag latest ${result.composed.descriptor.digest}`,
    ]);
    expect(at(`tag 1.0 ${result.composed.descriptor.digest}`)).toBeGreaterThan(at(index));
  });

  test('a child that cannot be stored: the merge fails, no index, the release tags stay where they were', async () => {
    const world = createWorld();
    await stageAll(world.repo(), 'old', two, 'v1');
    const mirrorRepo = world.repo('reg.test/mirror');
    const before = await merge(mergeRequest({ stagingPrefix: 'old', tags: ['reg.test/mirror:1.0'] }), world.deps);
    await stageAll(world.repo(), 'staging', two, 'v2');
    const log: string[] = [];
    const refuse = new Set<string>();
    const mirror = recording(mirrorRepo, log, refuse);
    const deps = {
      ...world.deps,
      open: (ref: Reference) => (repositoryOf(ref) === 'reg.test/mirror' ? mirror : world.deps.open(ref)),
    };
    // The v2 arm64 image manifest is refused by the mirror.
    const { image } = (await stageAll(world.repo('reg.test/scratch'), 'x', ['linux/arm64'], 'v2'))[0]!;
    refuse.add(image.digest);
    await expect(merge(mergeRequest({ tags: ['reg.test/mirror:1.0', 'reg.test/mirror:2.0'] }), deps)).rejects.toThrow(
      /refused/,
    );
    expect(await tagMap(mirrorRepo)).toEqual({ '1.0': before.composed.descriptor.digest });
    expect(log.filter((l) => l.startsWith('push index') || l.startsWith('tag '))).toEqual([]);
  });
});

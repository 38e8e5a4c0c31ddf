/**
 * What travels with a release over memory targets: buildx attestation manifests (in the index, after their
 * subject), referrers (manifests whose subject is a child), cosign's `sha256-<hex>.sig|.att|.sbom` tags, and
 * which annotations reach the index entries (`descriptor-annotations`). Read back from the release repository.
 */
import { describe, expect, test } from '@jest/globals';
import { pushBytes } from '../../src/core/content/read.js';
import type { Target } from '../../src/core/content/target.js';
import { merge } from '../../src/core/merge/merge.js';
import { Annotations, type Descriptor } from '../../src/core/oci/descriptor.js';
import { MediaTypes } from '../../src/core/oci/media-types.js';
import { parsePlatform } from '../../src/core/oci/platform.js';
import { createWorld, mergeRequest, pushImage, pushIndex, pushJson, readIndex, stage, tagMap } from './world.js';

/** A small manifest about `subject`: with `subject` set it is a referrer (an SBOM, a signature). */
async function pushAbout(target: Target, subject: Descriptor, label: string, asReferrer: boolean): Promise<Descriptor> {
  const empty = await pushBytes(target, 'application/vnd.oci.empty.v1+json', Buffer.from('{}'));
  const layer = await pushBytes(target, 'text/plain', Buffer.from(`${label} of ${subject.digest}\n`));
  return pushJson(target, MediaTypes.ociManifest, {
    schemaVersion: 2,
    mediaType: MediaTypes.ociManifest,
    artifactType: `application/vnd.example.${label}`,
    config: empty,
    layers: [layer],
    ...(asReferrer ? { subject: { mediaType: subject.mediaType, digest: subject.digest, size: subject.size } } : {}),
  });
}

describe('merge carries', () => {
  test('buildx attestation manifests: placed after their subject, stored in the release repository', async () => {
    const world = createWorld();
    const build = world.repo('reg.test/build');
    const amd = await pushImage(build, 'linux/amd64', 'b');
    const arm = await pushImage(build, 'linux/arm64', 'b');
    const attest = async (subject: Descriptor) => ({
      ...(await pushAbout(build, subject, 'attestation', false)),
      platform: { os: 'unknown', architecture: 'unknown' },
      annotations: {
        [Annotations.dockerReferenceType]: 'attestation-manifest',
        [Annotations.dockerReferenceDigest]: subject.digest,
      },
    });
    const amdAtt = await attest(amd);
    const armAtt = await attest(arm);
    await pushIndex(
      build,
      [
        { ...arm, platform: parsePlatform('linux/arm64') },
        { ...amd, platform: parsePlatform('linux/amd64') },
        armAtt,
        amdAtt,
      ],
      'buildx',
    );
    const result = await merge(mergeRequest({ sources: ['reg.test/build:buildx'] }), world.deps);
    const release = world.repo();
    const { index } = await readIndex(release, '1.0');
    expect(index.manifests.map((m) => m.digest)).toEqual([amd.digest, amdAtt.digest, arm.digest, armAtt.digest]);
    expect(index.manifests[1]?.annotations).toEqual(amdAtt.annotations);
    for (const m of index.manifests) expect(await release.exists(m)).toBe(true);
    expect(result.composed.entries.map((e) => e.attestation)).toEqual([false, true, false, true]);
  });

  test('referrers of the children (signatures, SBOMs), and theirs', async () => {
    const world = createWorld();
    const build = world.repo('reg.test/build');
    const staged = await stage(build, 'staging', 'linux/amd64', 'v1');
    const sbom = await pushAbout(build, staged.image, 'sbom', true);
    const signature = await pushAbout(build, sbom, 'signature', true);
    const result = await merge(mergeRequest({ sources: ['reg.test/build:staging-linux-amd64'] }), world.deps);
    const release = world.repo();
    expect((await release.referrers?.(staged.image))?.map((d) => d.digest)).toEqual([sbom.digest]);
    expect((await release.referrers?.(sbom))?.map((d) => d.digest)).toEqual([signature.digest]);
    expect(result.published[0]?.report.referrers).toBe(2);
  });

  test("cosign's sha256-<hex>.sig/.att/.sbom tags of each child go with it to the release repository", async () => {
    const world = createWorld();
    const build = world.repo('reg.test/build');
    const staged = await stage(build, 'staging', 'linux/amd64', 'v1');
    const cosignTag = (suffix: string) => `${staged.image.digest.replace(':', '-')}.${suffix}`;
    const sig = await pushAbout(build, staged.image, 'cosign-sig', false);
    const att = await pushAbout(build, staged.image, 'cosign-att', false);
    await build.tag(sig, cosignTag('sig'));
    await build.tag(att, cosignTag('att'));
    await merge(mergeRequest({ sources: ['reg.test/build:staging-linux-amd64'] }), world.deps);
    const tags = await tagMap(world.repo());
    expect(tags[cosignTag('sig')]).toBe(sig.digest);
    expect(tags[cosignTag('att')]).toBe(att.digest);
    expect(tags[cosignTag('sbom')]).toBeUndefined();
    expect(await world.repo().exists(sig)).toBe(true);
  });
});

describe('annotations of staging entries', () => {
  const annotations = {
    'org.opencontainers.image.ref.name': '1.2.3.linux-amd64',
    'sh.brew.bottle.digest': 'x',
    'com.example.secret-ish': 'internal',
  };

  test('only what descriptor-annotations allows reaches the release index (globs too)', async () => {
    const world = createWorld();
    await stage(world.repo(), 'staging', 'linux/amd64', 'v1', { annotations });
    await merge(
      mergeRequest({ descriptorAnnotations: ['org.opencontainers.image.ref.name', 'sh.brew.*'] }),
      world.deps,
    );
    const { index } = await readIndex(world.repo(), '1.0');
    expect(index.manifests[0]?.annotations).toEqual({
      'org.opencontainers.image.ref.name': '1.2.3.linux-amd64',
      'sh.brew.bottle.digest': 'x',
    });
  });

  test('without descriptor-annotations the entry carries none', async () => {
    const world = createWorld();
    await stage(world.repo(), 'staging', 'linux/amd64', 'v1', { annotations });
    await merge(mergeRequest(), world.deps);
    const { index } = await readIndex(world.repo(), '1.0');
    expect(index.manifests[0]?.annotations).toBeUndefined();
  });

  test('index annotations given by the user are on the index; the defaults give way to them', async () => {
    const world = createWorld();
    await stage(world.repo(), 'staging', 'linux/amd64', 'v1');
    await merge(
      mergeRequest({
        indexAnnotations: { 'org.opencontainers.image.version': '1.0' },
        defaults: { createdEpochSeconds: 0, revision: 'abc' },
      }),
      world.deps,
    );
    const { index } = await readIndex(world.repo(), '1.0');
    expect(index.annotations).toEqual({
      'org.opencontainers.image.created': '1970-01-01T00:00:00Z',
      'org.opencontainers.image.revision': 'abc',
      'org.opencontainers.image.version': '1.0',
    });
  });
});

/**
 * One conformance suite for every Target (memory, OCI layout, registry): each backend must store and
 * return exactly what was pushed, verify what it accepts, and resolve and tag the same way.
 */
import { Readable } from 'node:stream';
import { afterEach, describe, expect, test } from '@jest/globals';
import { pushTagged } from '../../src/core/content/push-tagged.js';
import type { Target } from '../../src/core/content/target.js';
import { digestOf } from '../../src/core/oci/digest.js';
import { MediaTypes } from '../../src/core/oci/media-types.js';
import { emptyConfig, fetchBytes, image, index, layer, pushAll } from './fixtures.js';

export interface TargetUnderTest {
  target: Target;
  cleanup?: () => Promise<void>;
}

/**
 * Known gaps of a backend, run as `test.failing` so the suite stays green and turns red the day the
 * gap is fixed (then drop it from the list):
 * - `referrers-of-pushed-manifests`: pushing a manifest with a `subject` does not make it appear in
 *   `referrers(subject)` (a registry without the referrers API needs the pusher to update the
 *   `<alg>-<hex>` fallback tag).
 */
export type KnownGap = 'referrers-of-pushed-manifests';

export function runTargetConformance(
  name: string,
  makeTarget: () => Promise<TargetUnderTest>,
  options: { knownGaps?: readonly KnownGap[] } = {},
): void {
  describe(`${name}: Target conformance`, () => {
    const cleanups: (() => Promise<void>)[] = [];
    const fresh = async (): Promise<Target> => {
      const made = await makeTarget();
      if (made.cleanup) cleanups.push(made.cleanup);
      return made.target;
    };
    afterEach(async () => {
      for (const cleanup of cleanups.splice(0)) await cleanup();
    });

    test.each([
      ['0 bytes', 0, 'bytes'],
      ['1 byte', 1, 'bytes'],
      ['3 MiB, streamed in chunks', 3 * 1024 * 1024 + 17, 'stream'],
    ] as const)('a blob of %s is pushed, found and fetched back identical', async (_label, size, how) => {
      const target = await fresh();
      const blob = layer(size);
      expect(await target.exists(blob.descriptor)).toBe(false);
      const chunks = Array.from({ length: Math.ceil(size / 65536) }, (_, i) =>
        blob.bytes.subarray(i * 65536, (i + 1) * 65536),
      );
      await target.push(blob.descriptor, how === 'stream' ? Readable.from(chunks) : blob.bytes);
      expect(await target.exists(blob.descriptor)).toBe(true);
      expect((await fetchBytes(target, blob.descriptor)).equals(blob.bytes)).toBe(true);
      // pushing it again is harmless
      await target.push(blob.descriptor, blob.bytes);
      expect((await fetchBytes(target, blob.descriptor)).equals(blob.bytes)).toBe(true);
    });

    test.each([
      ['another digest', (b: Buffer) => ({ digest: digestOf(Buffer.concat([b, Buffer.from('x')])), size: b.length })],
      ['a smaller size', (b: Buffer) => ({ digest: digestOf(b), size: b.length - 1 })],
      ['a larger size', (b: Buffer) => ({ digest: digestOf(b), size: b.length + 1 })],
    ])('a push whose bytes do not match the descriptor (%s) is refused and leaves nothing', async (_label, wrong) => {
      const target = await fresh();
      const bytes = Buffer.from('some layer bytes');
      const desc = { mediaType: MediaTypes.ociLayerTarGzip, ...wrong(bytes) };
      await expect(target.push(desc, Readable.from([bytes]))).rejects.toThrow();
      expect(await target.exists(desc)).toBe(false);
      expect(await target.exists({ ...desc, digest: digestOf(bytes), size: bytes.length })).toBe(false);
      await expect(fetchBytes(target, desc)).rejects.toThrow();
    });

    test('the empty config and an image manifest: resolve by digest and by tag, tag moves', async () => {
      const target = await fresh();
      const first = layer('layer one');
      const second = layer('layer two');
      const one = image(emptyConfig, [first], { artifactType: 'application/vnd.example.one' });
      const two = image(emptyConfig, [second], { artifactType: 'application/vnd.example.two' });
      await pushAll(target, [emptyConfig, first, second, one, two]);
      expect((await fetchBytes(target, emptyConfig.descriptor)).toString()).toBe('{}');
      expect(await target.resolve(one.descriptor.digest)).toMatchObject(one.descriptor);
      await target.tag(one.descriptor, 'v1');
      expect(await target.resolve('v1')).toMatchObject(one.descriptor);
      expect((await fetchBytes(target, one.descriptor)).equals(one.bytes)).toBe(true);
      await target.tag(two.descriptor, 'v1');
      await target.tag(two.descriptor, 'latest');
      expect(await target.resolve('v1')).toMatchObject(two.descriptor);
      expect(await target.resolve('latest')).toMatchObject(two.descriptor);
      if (target.listTags) expect(await target.listTags()).toEqual(['latest', 'v1']);
    });

    test('pushTagged stores a manifest under a tag in one step (or push + tag), found by tag and by digest', async () => {
      const target = await fresh();
      const blob = layer('tagged on push');
      const manifest = image(emptyConfig, [blob]);
      await pushAll(target, [emptyConfig, blob]);
      await pushTagged(target, manifest.descriptor, manifest.bytes, 'release');
      expect(await target.exists(manifest.descriptor)).toBe(true);
      expect(await target.resolve('release')).toMatchObject(manifest.descriptor);
      expect(await target.resolve(manifest.descriptor.digest)).toMatchObject(manifest.descriptor);
      expect((await fetchBytes(target, manifest.descriptor)).equals(manifest.bytes)).toBe(true);
      // bytes that do not match the descriptor are refused, and the tag stays where it was
      const other = image(emptyConfig, [blob], { annotations: { other: 'yes' } });
      await expect(pushTagged(target, other.descriptor, manifest.bytes, 'release')).rejects.toThrow();
      expect(await target.resolve('release')).toMatchObject(manifest.descriptor);
    });

    test('nested indexes resolve with their media type and keep their bytes', async () => {
      const target = await fresh();
      const blob = layer(100);
      const manifest = image(emptyConfig, [blob]);
      const inner = index([{ content: manifest, platform: { os: 'linux', architecture: 'amd64' } }]);
      const outer = index([{ content: inner }]);
      await pushAll(target, [emptyConfig, blob, manifest, inner, outer]);
      await target.tag(outer.descriptor, 'nested');
      expect(await target.resolve('nested')).toMatchObject({
        mediaType: MediaTypes.ociIndex,
        digest: outer.descriptor.digest,
        size: outer.descriptor.size,
      });
      expect(await target.resolve(inner.descriptor.digest)).toMatchObject(inner.descriptor);
      expect((await fetchBytes(target, outer.descriptor)).equals(outer.bytes)).toBe(true);
      expect((await fetchBytes(target, inner.descriptor)).equals(inner.bytes)).toBe(true);
    });

    const artifactWithSubject = async (target: Target) => {
      const blob = layer('the image');
      const subject = image(emptyConfig, [blob]);
      const sbom = layer('{"sbom":true}');
      const artifact = image(emptyConfig, [sbom], {
        artifactType: 'application/vnd.example.sbom',
        subject: subject.descriptor,
        annotations: { 'org.example.kind': 'sbom' },
      });
      await pushAll(target, [emptyConfig, blob, subject, sbom, artifact]);
      return { subject, artifact };
    };

    test('an artifact with subject and artifactType is stored and read back', async () => {
      const target = await fresh();
      const { artifact } = await artifactWithSubject(target);
      expect(await target.resolve(artifact.descriptor.digest)).toMatchObject(artifact.descriptor);
      expect((await fetchBytes(target, artifact.descriptor)).equals(artifact.bytes)).toBe(true);
    });

    const referrersTest = options.knownGaps?.includes('referrers-of-pushed-manifests') ? test.failing : test;
    referrersTest('a pushed artifact is listed among the referrers of its subject', async () => {
      const target = await fresh();
      if (!target.referrers) return;
      const { subject, artifact } = await artifactWithSubject(target);
      expect(await target.referrers(subject.descriptor)).toEqual([
        expect.objectContaining({
          ...artifact.descriptor,
          artifactType: 'application/vnd.example.sbom',
          annotations: { 'org.example.kind': 'sbom' },
        }),
      ]);
      expect(await target.referrers(artifact.descriptor)).toEqual([]);
    });

    test('unknown tags and digests are NOT_FOUND; tagging an absent manifest fails', async () => {
      const target = await fresh();
      const manifest = image(emptyConfig, [layer(10)]);
      await pushAll(target, [emptyConfig]);
      await expect(target.resolve('nope')).rejects.toMatchObject({ code: 'NOT_FOUND' });
      await expect(target.resolve(manifest.descriptor.digest)).rejects.toMatchObject({ code: 'NOT_FOUND' });
      await expect(target.tag(manifest.descriptor, 'v1')).rejects.toThrow();
    });

    test('a fetch with a descriptor of the wrong size fails instead of returning other bytes', async () => {
      const target = await fresh();
      const blob = layer('exactly these bytes');
      await target.push(blob.descriptor, blob.bytes);
      await expect(fetchBytes(target, { ...blob.descriptor, size: blob.descriptor.size + 5 })).rejects.toThrow();
    });

    test('delete removes a manifest and its tags where supported', async () => {
      const target = await fresh();
      if (!target.delete) return;
      const manifest = image(emptyConfig, [layer('to delete')]);
      await pushAll(target, [emptyConfig, ...[layer('to delete')], manifest]);
      await target.tag(manifest.descriptor, 'doomed');
      await target.delete(manifest.descriptor);
      await expect(target.resolve('doomed')).rejects.toThrow();
      expect(await target.exists(manifest.descriptor)).toBe(false);
    });
  });
}

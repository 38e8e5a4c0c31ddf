/**
 * A Target held in memory: for packing an artifact before a push, and for tests. Content is verified
 * on push (nothing unverified becomes visible) and kept by digest; tags map to manifest descriptors.
 */
import { Readable } from 'node:stream';
import { verifyBytes } from '../oci/digest.js';
import { OciError } from '../errors.js';
import { isDigest } from '../oci/digest.js';
import type { Descriptor } from '../oci/descriptor.js';
import { isManifestOrIndexType } from '../oci/media-types.js';
import { assertTag } from '../oci/reference.js';
import { parseManifestJson, referrerDescriptor, subjectOf } from '../oci/manifest-json.js';
import { collectStream, MAX_MANIFEST_READ } from './read.js';
import type { Target, TargetLocation } from './target.js';
import { MAX_MEMORY_BLOB } from '../limits.js';

interface Stored {
  descriptor: Descriptor;
  bytes: Buffer;
}

export function createMemoryTarget(name = 'memory'): Target {
  const blobs = new Map<string, Stored>();
  const manifests = new Map<string, Stored>();
  const tags = new Map<string, Descriptor>();
  const location: TargetLocation = { kind: 'memory' };

  const identity = (d: Descriptor): Descriptor => ({ mediaType: d.mediaType, digest: d.digest, size: d.size });
  const lookup = (digest: string): Stored | undefined => manifests.get(digest) ?? blobs.get(digest);
  const notFound = (what: string) => new OciError('NOT_FOUND', `${what} not found in ${name}`);

  return {
    location,
    name,
    async fetch(desc) {
      const stored = lookup(desc.digest);
      if (!stored) throw notFound(`${desc.mediaType} ${desc.digest}`);
      verifyBytes(stored.bytes, desc, `${desc.digest} in ${name}`);
      return Readable.from([stored.bytes], { objectMode: false });
    },
    async exists(desc) {
      return lookup(desc.digest)?.bytes.length === desc.size;
    },
    async resolve(reference) {
      const found = isDigest(reference) ? manifests.get(reference)?.descriptor : tags.get(reference);
      if (!found) throw notFound(`manifest ${reference}`);
      return { ...found };
    },
    async push(desc, content) {
      const isManifest = isManifestOrIndexType(desc.mediaType);
      const what = `${desc.mediaType} ${desc.digest} pushed to ${name}`;
      const bytes =
        content instanceof Uint8Array
          ? Buffer.from(content)
          : await collectStream(content, isManifest ? MAX_MANIFEST_READ : MAX_MEMORY_BLOB, what);
      verifyBytes(bytes, desc, what);
      if (isManifest) {
        parseManifestJson(bytes, what);
        manifests.set(desc.digest, { descriptor: identity(desc), bytes });
      } else {
        blobs.set(desc.digest, { descriptor: identity(desc), bytes });
      }
    },
    async tag(desc, tag) {
      assertTag(tag);
      const stored = manifests.get(desc.digest);
      if (!stored) throw notFound(`manifest ${desc.digest} (to tag as "${tag}"; push it first)`);
      tags.set(tag, { ...stored.descriptor });
    },
    async listTags() {
      return [...tags.keys()].sort();
    },
    async referrers(desc) {
      const out: Descriptor[] = [];
      for (const { descriptor, bytes } of manifests.values()) {
        const json = parseManifestJson(bytes, `${descriptor.digest} in ${name}`);
        if (subjectOf(json)?.digest === desc.digest) out.push(referrerDescriptor(descriptor, json));
      }
      return out.sort((a, b) => (a.digest < b.digest ? -1 : a.digest > b.digest ? 1 : 0));
    },
    async delete(desc) {
      if (!manifests.delete(desc.digest)) throw notFound(`manifest ${desc.digest}`);
      for (const [tag, d] of tags) if (d.digest === desc.digest) tags.delete(tag);
    },
  };
}

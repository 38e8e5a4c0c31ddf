/**
 * A published release read once for attach and discover: the tag or digest resolved, the manifest or index
 * parsed, and its platform entries (attestation manifests are not platforms) ready to choose from.
 */
import { MAX_MANIFEST_READ, readAll } from '../content/read.js';
import type { ReadOnlyTarget } from '../content/target.js';
import type { Descriptor, Platform } from '../oci/descriptor.js';
import { parseManifestBody } from '../oci/manifest.js';
import { formatReference, versionOf, type VersionedReference } from '../oci/reference.js';
import { findPlatformEntry, listedPlatforms } from '../oci/select-entry.js';

export interface ResolvedRelease {
  kind: 'index' | 'manifest';
  descriptor: Descriptor;
  /** The index's entries (empty for a manifest). */
  entries: Descriptor[];
  /** The entry for exactly `platform`, if the index has one. */
  entryFor(platform: Platform): Descriptor | undefined;
  /** The platforms listed, for messages. */
  platforms(): string;
}

export async function resolveRelease(source: ReadOnlyTarget, reference: VersionedReference): Promise<ResolvedRelease> {
  const name = formatReference(reference);
  const version = versionOf(reference);
  const { descriptor, bytes } = source.fetchReference
    ? await source.fetchReference(version)
    : await source
        .resolve(version)
        .then(async (d) => ({ descriptor: d, bytes: await readAll(source, d, MAX_MANIFEST_READ) }));
  const parsed = parseManifestBody(bytes, descriptor.mediaType, `${name}@${descriptor.digest}`);
  const entries = parsed.kind === 'index' ? parsed.index.manifests : [];
  return {
    kind: parsed.kind,
    descriptor,
    entries,
    entryFor: (platform) => findPlatformEntry(entries, platform, { exact: true }),
    platforms: () => listedPlatforms(entries),
  };
}

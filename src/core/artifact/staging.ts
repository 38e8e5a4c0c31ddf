/**
 * The hand-off format between push and merge: a staging tag resolves to a small image index with one entry
 * per staged manifest, carrying the whole index entry (platform, artifactType, annotations), so merge never
 * guesses. See docs/adr/0001-staging-format-and-platform.md.
 */
import { OciError } from '../errors.js';
import type { Descriptor, ImageIndex, Platform } from '../oci/descriptor.js';
import { MediaTypes } from '../oci/media-types.js';
import { platformSlug } from '../oci/platform.js';
import { assertTag } from '../oci/reference.js';
import { MAX_TAG_LENGTH } from '../limits.js';

/** Marks an index as written by push, so cleanup can tell staging indexes from releases. */
export const stagingAnnotation = 'dev.oci-multiarch.staging';
/**
 * The staging tag push wrote the index for. Cleanup deletes an index only when read by that very tag, and two
 * runs (two prefixes) staging identical content never share a staging digest.
 */
export const stagingTagAnnotation = 'dev.oci-multiarch.staging.tag';
/**
 * On a release index merged with cleanup: the staging prefix it was composed from. Cleanup removes the staging
 * tags, so this is how a re-run recognises its own release ("already released") instead of failing.
 */
export const releasedFromAnnotation = 'dev.oci-multiarch.staging-prefix';

export function stagingTagFor(prefix: string, platform: Platform): string {
  const tag = `${prefix}-${platformSlug(platform)}`;
  if (tag.length > MAX_TAG_LENGTH) {
    throw new OciError(
      'INVALID_INPUT',
      `staging tag "${tag}" is longer than ${MAX_TAG_LENGTH} characters: use a shorter staging-prefix or set staging-tag`,
    );
  }
  return assertTag(tag, 'staging tag');
}

export function stagingIndex(entries: Descriptor[], stagingTag: string): ImageIndex {
  return {
    schemaVersion: 2,
    mediaType: MediaTypes.ociIndex,
    manifests: entries,
    annotations: { [stagingAnnotation]: 'true', [stagingTagAnnotation]: stagingTag },
  };
}

/** Whether `index` is a staging index push wrote for `tag` (the only kind cleanup may delete), or why not. */
export function notStagedFor(index: ImageIndex | undefined, tag: string): string | undefined {
  const annotations = index?.annotations ?? {};
  if (!index || annotations[stagingAnnotation] !== 'true') return `not a staging index (no ${stagingAnnotation})`;
  const staged = annotations[stagingTagAnnotation];
  if (staged === undefined)
    return `a staging index without ${stagingTagAnnotation} (an older push): not provably this run's`;
  if (staged !== tag) return `staged for tag "${staged}", not for "${tag}"`;
  return undefined;
}

/** The index entry of a staged manifest: descriptor fields in a fixed order, annotations sorted. */
export function stagingEntry(
  manifest: Pick<Descriptor, 'mediaType' | 'digest' | 'size'>,
  platform: Platform,
  artifactType: string | undefined,
  annotations: Record<string, string> | undefined,
): Descriptor {
  const entry: Descriptor = { mediaType: manifest.mediaType, digest: manifest.digest, size: manifest.size };
  if (artifactType) entry.artifactType = artifactType;
  entry.platform = platform;
  if (annotations && Object.keys(annotations).length > 0) entry.annotations = sortedRecord(annotations);
  return entry;
}

export function sortedRecord(values: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(values).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

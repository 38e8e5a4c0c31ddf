/**
 * Annotations of the composed index: those lifted from each child manifest into its descriptor
 * (`descriptor-annotations`), and those of the index itself (user annotations over defaults).
 */
import { OciError } from '../errors.js';
import { Annotations } from '../oci/descriptor.js';
import { createAnnotationMatcher } from '../oci/annotations.js';
import type { ContentGraph, FlatEntry, IndexAnnotationDefaults } from './types.js';

/**
 * Copies the child manifest's annotations whose keys match `patterns` (exact keys or globs such as
 * `sh.brew.*`) into its index descriptor. Annotations already on the descriptor (from a staging index)
 * stay as they are. Attestation manifests are left alone.
 */
export function liftDescriptorAnnotations(
  entries: readonly FlatEntry[],
  graph: ContentGraph,
  patterns: readonly string[] | undefined,
): FlatEntry[] {
  if (!patterns || patterns.length === 0) return [...entries];
  const matches = createAnnotationMatcher(patterns);
  return entries.map((entry) => {
    if (entry.attestation) return entry;
    const manifest = graph.manifests.get(entry.descriptor.digest);
    if (!manifest) {
      throw new OciError(
        'INVALID_INPUT',
        `descriptor-annotations: the manifest ${entry.descriptor.digest} of source "${entry.source}" ` +
          'was not loaded, so its annotations cannot be lifted',
      );
    }
    const lifted = Object.entries(manifest.annotations ?? {}).filter(([key]) => matches(key));
    if (lifted.length === 0) return entry;
    const annotations: Record<string, string> = Object.fromEntries(lifted);
    Object.assign(annotations, entry.descriptor.annotations ?? {});
    return { ...entry, descriptor: { ...entry.descriptor, annotations } };
  });
}

/**
 * The index annotations: `created` from the given epoch (never the clock, so re-runs give the same bytes),
 * `source` and `revision` from the CI context, and the user's annotations over all of them.
 */
export function buildIndexAnnotations(
  user: Readonly<Record<string, string>> | undefined,
  defaults: IndexAnnotationDefaults | undefined,
): Record<string, string> {
  const out: Record<string, string> = {};
  if (defaults?.createdEpochSeconds !== undefined) {
    out[Annotations.created] = epochToRfc3339(defaults.createdEpochSeconds);
  }
  if (defaults?.source) out[Annotations.source] = defaults.source;
  if (defaults?.revision) out[Annotations.revision] = defaults.revision;
  return { ...out, ...(user ?? {}) };
}

/** Whole seconds since the epoch as RFC 3339 UTC without fractions (`2024-01-02T03:04:05Z`). */
export function epochToRfc3339(seconds: number): string {
  if (!Number.isSafeInteger(seconds) || seconds < 0 || seconds > maxEpochSeconds) {
    throw new OciError(
      'INVALID_INPUT',
      `created time: "${seconds}" is not a whole number of seconds since 1970 (as SOURCE_DATE_EPOCH is)`,
    );
  }
  return new Date(seconds * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** 9999-12-31T23:59:59Z: the last instant RFC 3339 can write with a four-digit year. */
const maxEpochSeconds = 253402300799;

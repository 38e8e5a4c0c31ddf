/** Choosing an index entry for a platform: push needs the exact one, pull the closest compatible one. */
import { Annotations, type Descriptor, type Platform } from '../oci/descriptor.js';
import { formatPlatform, platformMatch } from '../oci/platform.js';

/** The closest entry for `want` (exact first; with `exact`, only exact); attestation manifests never. */
export function findPlatformEntry(
  entries: readonly Descriptor[],
  want: Platform,
  options: { exact: boolean },
): Descriptor | undefined {
  let best: { desc: Descriptor; rank: number } | undefined;
  for (const desc of entries) {
    if (!desc.platform || desc.annotations?.[Annotations.dockerReferenceType]) continue;
    const { matches, rank } = platformMatch(want, desc.platform);
    if (!matches || (options.exact && rank !== 0)) continue;
    if (!best || rank < best.rank) best = { desc, rank };
  }
  return best?.desc;
}

/** The platforms an index lists, for messages: `linux/amd64, linux/arm64` or `none`. */
export function listedPlatforms(entries: readonly Descriptor[]): string {
  const names = entries
    .filter((d) => d.platform && d.platform.os !== 'unknown')
    .map((d) => formatPlatform(d.platform as Platform));
  return names.join(', ') || 'none';
}

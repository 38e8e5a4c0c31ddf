/**
 * discover: what is attached to a release — the referrers of the index and of each platform's manifest
 * (signatures, SBOMs, provenance), through the referrers API or the fallback tag, read-only.
 */
import type { Target } from '../content/target.js';
import { OciError } from '../errors.js';
import { createLimit } from '../copy/limit.js';
import { Annotations, type Descriptor } from '../oci/descriptor.js';
import { formatPlatform } from '../oci/platform.js';
import type { Reference, VersionedReference } from '../oci/reference.js';
import { resolveRelease } from './release-target.js';

export interface DiscoverRequest {
  reference: VersionedReference;
  concurrency: number;
}

export interface DiscoveredReferrer {
  /** The digest it refers to: the index, or one platform's manifest. */
  subject: string;
  /** The subject's platform (`linux/arm64`); absent for the index itself. */
  platform?: string;
  artifactType?: string;
  mediaType: string;
  digest: string;
  size: number;
  annotations: Record<string, string>;
}

export interface DiscoverResult {
  /** The release resolved (index or manifest). */
  digest: string;
  referrers: DiscoveredReferrer[];
}

export async function discover(
  request: DiscoverRequest,
  deps: { open(ref: Reference): Target },
): Promise<DiscoverResult> {
  const source = deps.open(request.reference);
  const list = source.referrers?.bind(source);
  if (!list) {
    throw new OciError(
      'INVALID_INPUT',
      `${source.name} cannot list referrers: discover needs a registry or an oci-layout`,
    );
  }
  const release = await resolveRelease(source, request.reference);
  const subjects: Array<{ desc: Descriptor; platform?: string }> = [{ desc: release.descriptor }];
  for (const entry of release.entries) {
    // Attestation manifests (buildx's unknown/unknown entries) are evidence themselves, not platforms.
    if (!entry.platform || entry.annotations?.[Annotations.dockerReferenceType]) continue;
    subjects.push({ desc: entry, platform: formatPlatform(entry.platform) });
  }
  const limit = createLimit(request.concurrency);
  const found = await Promise.all(
    subjects.map(({ desc, platform }) =>
      limit(async () => {
        const referrers = await list(desc);
        return referrers.sort(byTypeThenDigest).map((r): DiscoveredReferrer => ({
          subject: desc.digest,
          ...(platform ? { platform } : {}),
          ...(r.artifactType ? { artifactType: r.artifactType } : {}),
          mediaType: r.mediaType,
          digest: r.digest,
          size: r.size,
          annotations: r.annotations ?? {},
        }));
      }),
    ),
  );
  return { digest: release.descriptor.digest, referrers: found.flat() };
}

const byTypeThenDigest = (a: Descriptor, b: Descriptor): number =>
  (a.artifactType ?? '').localeCompare(b.artifactType ?? '') ||
  (a.digest < b.digest ? -1 : a.digest > b.digest ? 1 : 0);

/**
 * cosign's tag schema: before the referrers API, cosign stores a manifest's signature, attestations and SBOM
 * under tags named after its digest (`sha256-<hex>.sig`, `.att`, `.sbom`) in the same repository. These tags
 * are how cosign finds them, so a copy that carries the evidence must carry the tags, not only the content.
 */
import { isOciError } from '../errors.js';
import type { Descriptor } from '../oci/descriptor.js';
import type { ReadOnlyTarget } from '../content/target.js';

export const cosignSuffixes = ['sig', 'att', 'sbom'] as const;

/** `sha256:abc…` → `sha256-abc….sig` etc. (only sha256: longer digests would not fit in a tag). */
export function cosignTagsFor(digest: string): string[] {
  if (!digest.startsWith('sha256:')) return [];
  return cosignSuffixes.map((suffix) => `${digest.replace(':', '-')}.${suffix}`);
}

/** What a tag points at, or undefined when there is no such tag. */
export async function resolveIfTagged(target: ReadOnlyTarget, tag: string): Promise<Descriptor | undefined> {
  try {
    return await target.resolve(tag);
  } catch (e) {
    if (isOciError(e, 'NOT_FOUND')) return undefined;
    throw e;
  }
}

/**
 * After a successful release, remove the staging indexes that push left behind — never anything reachable
 * from a release tag. Where the registry (or the token) cannot delete, warn and go on.
 */
import { isOciError, messageOf } from '../errors.js';
import type { ComposeResult } from '../index/compose.js';
import type { Descriptor } from '../oci/descriptor.js';
import { MediaTypes } from '../oci/media-types.js';
import { formatReference, repositoryOf, withVersion, type Reference } from '../reference.js';
import type { MergeDeps } from './merge.js';

export interface CleanupOutcome {
  deleted: string[];
  kept: Array<{ reference: string; reason: string }>;
}

export async function cleanupStaging(
  sources: readonly Reference[],
  roots: ReadonlyMap<string, { ref: Reference; descriptor: Descriptor }>,
  composed: ComposeResult,
  deps: Pick<MergeDeps, 'open' | 'logger' | 'deleteStaging'>,
): Promise<CleanupOutcome> {
  const outcome: CleanupOutcome = { deleted: [], kept: [] };
  // Everything a release tag reaches: the index and its children (their blobs are never staging roots).
  const protectedDigests = new Set([composed.descriptor.digest, ...composed.index.manifests.map((d) => d.digest)]);
  const done = new Set<string>();
  for (const [digest, { ref }] of roots) {
    const name = formatReference(ref);
    if (!sources.some((s) => formatReference(s) === name)) continue; // the base is not staging
    if (!ref.tag) {
      outcome.kept.push({ reference: name, reason: 'given by digest, not a staging tag' });
      continue;
    }
    if (protectedDigests.has(digest)) {
      outcome.kept.push({ reference: name, reason: 'reachable from a release tag' });
      continue;
    }
    const key = `${repositoryOf(ref)}@${digest}`;
    if (done.has(key)) continue;
    done.add(key);
    try {
      const deleted = await deleteOne(ref, digest, deps);
      if (deleted) outcome.deleted.push(formatReference(withVersion(ref, { digest })));
      else outcome.kept.push({ reference: name, reason: 'the registry cannot delete' });
    } catch (e) {
      const reason = isOciError(e) ? e.message : messageOf(e);
      deps.logger.warning(`cleanup: could not delete ${name} (${digest}): ${reason}`);
      outcome.kept.push({ reference: name, reason });
    }
  }
  for (const d of outcome.deleted) deps.logger.info(`deleted staging index ${d}`);
  return outcome;
}

async function deleteOne(
  ref: Reference,
  digest: string,
  deps: Pick<MergeDeps, 'open' | 'logger' | 'deleteStaging'>,
): Promise<boolean> {
  const decided = deps.deleteStaging ? await deps.deleteStaging(ref, digest) : undefined;
  if (decided !== undefined) return decided;
  const target = deps.open(ref);
  if (!target.delete) {
    deps.logger.warning(`cleanup: ${target.name} cannot delete; left ${formatReference(ref)} in place`);
    return false;
  }
  await target.delete({ mediaType: MediaTypes.ociIndex, digest, size: 0 });
  return true;
}

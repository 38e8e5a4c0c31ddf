/**
 * After a successful release, remove the staging indexes that push wrote for this merge's staging tags — and
 * nothing else. A DELETE by digest removes every tag on the manifest (distribution, and a layout), so before
 * deleting we check that no other tag names the digest; where one does, a store that can remove a single tag
 * (a layout) loses only the staging tag, and a registry that deletes by digest only keeps it and says why.
 * Where the registry (or the token) cannot delete, warn and go on: the release itself succeeded.
 */
import { isOciError, messageOf } from '../errors.js';
import type { Descriptor, ImageIndex } from '../oci/descriptor.js';
import type { Target } from '../content/target.js';
import type { Logger } from '../logger.js';
import { formatReference, repositoryOf, withVersion, type Reference } from '../oci/reference.js';
import { runBounded } from '../copy/limit.js';
import { notStagedFor } from '../artifact/staging.js';

export interface CleanupOutcome {
  deleted: string[];
  /** Staging tags removed while their digest stays (another tag names it). */
  untagged: string[];
  kept: Array<{ reference: string; reason: string }>;
}

/** What cleanup needs from its caller (merge's deps are these and more). */
export interface CleanupDeps {
  open(ref: Reference): Target;
  logger: Logger;
  /**
   * Deletes staging indexes where the registry cannot (ghcr.io): true deleted, false kept, undefined not
   * this registry (then the registry's DELETE is used).
   */
  deleteStaging?: (ref: Reference, digest: string, stagingTag: string) => Promise<boolean | undefined>;
}

export interface StagingRoot {
  ref: Reference;
  descriptor: Descriptor;
}

export interface CleanupScope {
  /** The sources of this merge, as read (the base is never among them). */
  roots: readonly StagingRoot[];
  /** Every index read, by digest: the staging annotations say whether push wrote it for the tag it was read by. */
  indexes: ReadonlyMap<string, ImageIndex>;
  /** The release index and its children: never deleted. */
  released: ReadonlySet<string>;
  concurrency: number;
}

export async function cleanupStaging(scope: CleanupScope, deps: CleanupDeps): Promise<CleanupOutcome> {
  const outcome: CleanupOutcome = { deleted: [], untagged: [], kept: [] };
  const scans = new Map<string, Promise<Map<string, string[]>>>();
  const done = new Set<string>();
  for (const { ref, descriptor } of scope.roots) {
    const digest = descriptor.digest;
    const name = formatReference(ref);
    const keep = (reason: string, warn = false) => {
      outcome.kept.push({ reference: name, reason });
      const line = `cleanup: kept ${name} (${digest}): ${reason}`;
      if (warn) deps.logger.warning(line);
      else deps.logger.info(line);
    };
    const tag = ref.tag;
    if (!tag || ref.digest) {
      keep('given by digest, not by a staging tag');
      continue;
    }
    if (scope.released.has(digest)) {
      keep('the release reaches it');
      continue;
    }
    const notOurs = notStagedFor(scope.indexes.get(digest), tag);
    if (notOurs) {
      keep(notOurs);
      continue;
    }
    const key = `${repositoryOf(ref)}@${digest}`;
    if (done.has(key)) continue;
    done.add(key);
    try {
      const viaApi = deps.deleteStaging ? await deps.deleteStaging(ref, digest, tag) : undefined;
      if (viaApi === true) outcome.deleted.push(formatReference(withVersion(ref, { digest })));
      if (viaApi === false) keep('the GitHub Packages API did not delete it (see above)');
      if (viaApi !== undefined) continue;
      const target = deps.open(ref);
      if (!target.delete) {
        keep(`${target.name} cannot delete`, true);
        continue;
      }
      let scan = scans.get(repositoryOf(ref));
      if (!scan) scans.set(repositoryOf(ref), (scan = tagsByDigest(target, scope.concurrency)));
      const others = ((await scan).get(digest) ?? []).filter((t) => t !== tag);
      if (others.length === 0) {
        await target.delete({ mediaType: descriptor.mediaType, digest, size: descriptor.size });
        outcome.deleted.push(formatReference(withVersion(ref, { digest })));
      } else if (target.untag) {
        await target.untag(tag);
        outcome.untagged.push(name);
        deps.logger.info(`cleanup: removed staging tag ${name}; ${digest} stays, ${others.join(', ')} also name it`);
      } else {
        keep(
          `tag(s) ${others.join(', ')} also name it, and ${target.name} deletes by digest only (that would remove them too)`,
          true,
        );
      }
    } catch (e) {
      keep(`could not delete: ${isOciError(e) ? e.message : messageOf(e)}`, true);
    }
  }
  for (const d of outcome.deleted) deps.logger.info(`deleted staging index ${d}`);
  return outcome;
}

/** Every tag of the repository, grouped by the digest it names (checked just before deleting). */
async function tagsByDigest(target: Target, concurrency: number): Promise<Map<string, string[]>> {
  if (!target.listTags)
    throw new Error(`${target.name} cannot list tags, so it cannot be checked that no other tag names the digest`);
  const byDigest = new Map<string, string[]>();
  await runBounded(await target.listTags(), concurrency, async (tag) => {
    let digest: string;
    try {
      digest = (await target.resolve(tag)).digest;
    } catch (e) {
      if (isOciError(e, 'NOT_FOUND')) return; // deleted meanwhile
      throw e;
    }
    byDigest.set(digest, [...(byDigest.get(digest) ?? []), tag]);
  });
  for (const tags of byDigest.values()) tags.sort();
  return byDigest;
}

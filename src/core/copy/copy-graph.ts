/**
 * The one traversal: copies the graph under `root` from any target to any other, children strictly
 * before parents, and tags the root last.
 *
 * - Each manifest is fetched once from the source and pushed with its raw bytes (never re-serialised).
 * - Work is deduplicated by digest: a node reached twice, even concurrently, is copied once.
 * - At most `concurrency` transfers (fetch, exists, push, mount) are in flight; callers copying several graphs
 *   into one destination at once pass one shared `limit` instead, so the bound holds for all of them together.
 * - A manifest the destination already holds is still walked (its children are checked with exists(),
 *   which moves no bytes): correctness first, since a layout or a memory target does not verify on push
 *   that a manifest's children are present. A re-run therefore uploads nothing but still reads the
 *   source's manifests once each.
 * - With `referrers`, the referrers of every manifest reached are copied too (and theirs), after their
 *   subject (listed while the subject's children are copied, pushed once it is stored) and before the tags; so are cosign's `sha256-<hex>.sig|.att|.sbom` tags (cosign-tags.ts), tagged
 *   alike in the destination unless it already has that tag elsewhere (then it is kept, with a warning).
 * - The first failure aborts the transfers in flight and is thrown, naming the side and the descriptor.
 */
import { isManifestOrIndexType } from '../oci/media-types.js';
import type { Descriptor } from '../oci/descriptor.js';
import { OciError } from '../errors.js';
import { silentLogger, type Logger } from '../logger.js';
import { MAX_MANIFEST_READ, readAll } from '../content/read.js';
import { pushTagged } from '../content/push-tagged.js';
import type { ReadOnlyTarget, Target } from '../content/target.js';
import { cosignTagsFor, resolveIfTagged } from './cosign-tags.js';
import { copyBlob, type BlobAction, type BlobEvent, type ProgressEvent } from './copy-blob.js';
import { isAbortError, onSide } from './copy-errors.js';
import { createLimit, type Limit } from './limit.js';
import { successors } from './successors.js';

export type { BlobAction, BlobEvent, ProgressEvent } from './copy-blob.js';

/** Four parallel transfers: enough to hide latency, few enough to be polite to a registry. */
export const DEFAULT_COPY_CONCURRENCY = 4;

/** Any readable target; one that can list referrers (`referrers`) lets `options.referrers` work. */
export type CopySource = ReadOnlyTarget & Pick<Target, 'referrers'>;

export interface CopyGraphOptions {
  /** Tags for the root in the destination, applied after everything else, in this order. */
  tags?: string[];
  concurrency?: number;
  /** The transfers' limiter, shared with other copies running at the same time; `concurrency` is then unused. */
  limit?: Limit;
  /** Copy the referrers (signatures, SBOMs...) of every manifest copied, when the source can list them. */
  referrers?: boolean;
  signal?: AbortSignal;
  logger?: Logger;
  /** Called once per blob (not per manifest) with what happened to it. */
  onBlob?: (event: BlobEvent) => void;
  /** Called as the bytes of an uploaded blob flow. */
  onProgress?: (event: ProgressEvent) => void;
  /**
   * Blobs the caller has already put in the destination (digest → what happened: 'uploaded' or 'exists'),
   * such as a big file streamed while it was hashed: neither checked nor copied again, reported as given.
   * A manifest listed here is not walked either (attach's subject, read from the destination a moment ago).
   */
  stored?: ReadonlyMap<string, BlobAction>;
}

export interface Tally {
  count: number;
  bytes: number;
}

/** Blobs by fate (manifests and indexes are counted apart). */
export interface CopyReport {
  uploaded: Tally;
  mounted: Tally;
  existing: Tally;
  /** Non-distributable layers, left to their URLs. */
  skipped: Tally;
  /** Manifests and indexes pushed. */
  manifests: number;
  /** Manifests and indexes the destination already held. */
  manifestsExisting: number;
  /** Referrers found (copied or already there). */
  referrers: number;
}

export async function copyGraph(
  source: CopySource,
  destination: Target,
  root: Descriptor,
  options: CopyGraphOptions = {},
): Promise<CopyReport> {
  const logger = options.logger ?? silentLogger;
  const tags = options.tags ?? [];
  if (tags.length > 0 && !isManifestOrIndexType(root.mediaType)) {
    throw new OciError('INVALID_INPUT', `cannot tag ${root.digest}: ${root.mediaType} is not a manifest or index`);
  }
  const limit = options.limit ?? createLimit(options.concurrency ?? DEFAULT_COPY_CONCURRENCY);
  const controller = new AbortController();
  const signal = options.signal ? AbortSignal.any([options.signal, controller.signal]) : controller.signal;
  const zero = (): Tally => ({ count: 0, bytes: 0 });
  const report: CopyReport = {
    uploaded: zero(),
    mounted: zero(),
    existing: zero(),
    skipped: zero(),
    manifests: 0,
    manifestsExisting: 0,
    referrers: 0,
  };
  const tallies: Record<BlobAction, Tally> = {
    uploaded: report.uploaded,
    mounted: report.mounted,
    exists: report.existing,
    skipped: report.skipped,
  };
  // With no referrers to copy after it, the root can be stored under its first tag in one step (a registry's
  // PUT by tag): tags still come after everything else.
  const tagRootOnPush = tags.length > 0 && !(options.referrers && source.referrers);
  let rootTagged = false;
  const visited = new Map<string, Promise<void>>();
  const referrerTasks: Promise<void>[] = [];
  let firstError: unknown;

  const fail = (e: unknown): never => {
    if (firstError === undefined && !isAbortError(e)) firstError = e;
    controller.abort();
    throw e;
  };

  const visit = (desc: Descriptor): Promise<void> => {
    let task = visited.get(desc.digest);
    if (!task) {
      const manifest = isManifestOrIndexType(desc.mediaType);
      if (manifest && options.stored?.has(desc.digest)) task = Promise.resolve();
      else task = (manifest ? copyManifest(desc) : copyOneBlob(desc)).catch(fail);
      task.catch(() => {}); // awaited by every parent; this only keeps an early failure from being "unhandled"
      visited.set(desc.digest, task);
    }
    return task;
  };

  const copyOneBlob = async (desc: Descriptor): Promise<void> => {
    const context = { source, destination, signal, ...(options.onProgress ? { onProgress: options.onProgress } : {}) };
    const action = options.stored?.get(desc.digest) ?? (await limit(() => copyBlob(desc, context)));
    const bytes = action === 'uploaded' ? desc.size : 0;
    tallies[action].count++;
    tallies[action].bytes += desc.size;
    logger.debug(`${desc.digest} (${desc.size} bytes): ${action}`);
    options.onBlob?.({ descriptor: desc, action, bytes });
  };

  const copyManifest = async (desc: Descriptor): Promise<void> => {
    const bytes = await limit(() =>
      onSide('source', source, desc, () => readAll(source, desc, MAX_MANIFEST_READ, { signal })),
    );
    const children = await onSide('source', source, desc, async () => successors(desc, bytes));
    // Reads go ahead while the children are copied: whether the destination holds this node, and (from the source)
    // its referrers, whose copies wait for this node anyway (it is their subject) and whose tags wait for it too.
    const presence = limit(() => onSide('destination', destination, desc, () => destination.exists(desc)));
    presence.catch(() => {}); // awaited below, after the children; a failure there is reported then
    if (options.referrers && source.referrers) referrerTasks.push(copyReferrers(desc).catch(fail));
    await Promise.all(children.map(visit));
    const present = await presence;
    if (present) {
      report.manifestsExisting++;
    } else if (tagRootOnPush && desc.digest === root.digest) {
      const tag = tags[0] as string;
      await limit(() =>
        onSide('destination', destination, desc, () => pushTagged(destination, desc, bytes, tag, { signal })),
      );
      rootTagged = true;
      report.manifests++;
    } else {
      await limit(() => onSide('destination', destination, desc, () => destination.push(desc, bytes, { signal })));
      report.manifests++;
      logger.debug(`${desc.mediaType} ${desc.digest}: pushed to ${destination.name}`);
    }
  };

  const copyReferrers = async (subject: Descriptor): Promise<void> => {
    const list = source.referrers?.bind(source);
    if (!list) return;
    const found = await limit(() => onSide('source', source, subject, () => list(subject)));
    report.referrers += found.length;
    await Promise.all([
      ...found.map(visit),
      ...cosignTagsFor(subject.digest).map((tag) => copyCosignTag(subject, tag)),
    ]);
  };

  const copyCosignTag = async (subject: Descriptor, tag: string): Promise<void> => {
    const tagged = await limit(() => onSide('source', source, subject, () => resolveIfTagged(source, tag)));
    if (!tagged || !isManifestOrIndexType(tagged.mediaType)) return;
    report.referrers++;
    await visit(tagged);
    await visited.get(subject.digest); // the tag names the subject: it goes once the subject is stored
    const there = await limit(() =>
      onSide('destination', destination, tagged, () => resolveIfTagged(destination, tag)),
    );
    if (there === undefined) {
      await limit(() => onSide('destination', destination, tagged, () => destination.tag(tagged, tag)));
      logger.debug(`tagged ${destination.name}:${tag} → ${tagged.digest}`);
    } else if (there.digest !== tagged.digest) {
      logger.warning(
        `${destination.name}:${tag} already holds ${there.digest}, not ${tagged.digest} from ${source.name}: left as it is`,
      );
    }
  };

  try {
    await visit(root);
    while (referrerTasks.length > 0) await Promise.all(referrerTasks.splice(0));
    for (const [i, tag] of tags.entries()) {
      if (i > 0 || !rootTagged) await onSide('destination', destination, root, () => destination.tag(root, tag));
      logger.info(`tagged ${destination.name}:${tag} → ${root.digest}`);
    }
  } catch (e) {
    throw firstError ?? e;
  }
  return report;
}

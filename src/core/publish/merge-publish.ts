/**
 * Publishing a composed index to one destination repository: children (and every blob they reference) first,
 * each checked present, then the index, then the tags — a tag already at the digest is left alone. A failure
 * at any point leaves the release tags as they were.
 */
import { pushTagged } from '../content/push-tagged.js';
import type { ReadOnlyTarget, Target, TargetLocation } from '../content/target.js';
import { OciError } from '../errors.js';
import { createLimit } from '../graph/limit.js';
import { copyGraph, type BlobEvent, type ProgressEvent, type CopyReport } from '../graph/copy-graph.js';
import type { Logger } from '../logger.js';
import type { Descriptor } from '../oci/descriptor.js';

export interface PublishPlan {
  destination: Target;
  tags: string[];
  /** What each tag points at now, when the caller has just resolved them (saves a round trip per tag). */
  current?: ReadonlyMap<string, string | undefined>;
}

export interface PublishOutcome {
  destination: string;
  report: CopyReport;
  /** Tags moved to the index (tags already there are not listed). */
  moved: string[];
  unchanged: string[];
}

export interface PublishOptions {
  concurrency: number;
  logger: Logger;
  onBlob?: (event: BlobEvent) => void;
  onProgress?: (event: ProgressEvent) => void;
}

export async function publishIndex(
  plan: PublishPlan,
  index: { descriptor: Descriptor; bytes: Uint8Array },
  children: readonly Descriptor[],
  holders: ReadonlyMap<string, ReadOnlyTarget>,
  options: PublishOptions,
): Promise<PublishOutcome> {
  const { destination } = plan;
  const total = emptyReport();
  // Children first, each from the store it was found in; copyGraph skips what is there and mounts within a registry.
  // All children share one limiter: `concurrency` transfers in flight for this destination, not per child.
  const transfers = createLimit(options.concurrency);
  const stop = new AbortController();
  // A child copyGraph copied (or found) is there: it has just been stored or seen. Only the others are asked.
  const copied = new Set<string>();
  await Promise.all(
    children.map(async (child) => {
      const holder = holders.get(child.digest);
      if (!holder) throw new OciError('INCOMPLETE', `no source holds child ${child.digest}: cannot publish the index`);
      if (sameStore(holder.location, destination.location)) return;
      const report = await copyGraph(holder, destination, child, {
        limit: transfers,
        signal: stop.signal,
        referrers: true,
        logger: options.logger,
        ...(options.onBlob ? { onBlob: options.onBlob } : {}),
        ...(options.onProgress ? { onProgress: options.onProgress } : {}),
      }).catch((e: unknown) => {
        stop.abort(); // the first failure stops the other children's transfers
        throw e;
      });
      addReport(total, report);
      copied.add(child.digest);
    }),
  );
  const missing: string[] = [];
  await Promise.all(
    children
      .filter((child) => !copied.has(child.digest))
      .map((child) =>
        transfers(async () => {
          if (!(await destination.exists(child))) missing.push(child.digest);
        }),
      ),
  );
  if (missing.length > 0) {
    throw new OciError(
      'INCOMPLETE',
      `not pushing the index to ${destination.name}: ${missing.length} child manifest(s) missing there (${missing.slice(0, 3).join(', ')})`,
    );
  }
  const digest = index.descriptor.digest;
  const now = async (tag: string) => (plan.current?.has(tag) ? plan.current.get(tag) : currentDigest(destination, tag));
  // A tag already at the index shows it is stored; without what the tags point at, ask the destination.
  const stored = plan.current
    ? [...plan.current.values()].includes(digest)
    : await destination.exists(index.descriptor);
  const moved: string[] = [];
  const unchanged: string[] = [];
  for (const tag of plan.tags) ((await now(tag)) === digest ? unchanged : moved).push(tag);
  // The index goes under the first tag that moves, in one step where the target can (a registry's PUT by tag).
  const [first, ...rest] = moved;
  if (!stored && first !== undefined) await pushTagged(destination, index.descriptor, index.bytes, first);
  else if (!stored) await destination.push(index.descriptor, index.bytes);
  else if (first !== undefined) await destination.tag(index.descriptor, first);
  for (const tag of rest) await destination.tag(index.descriptor, tag);
  return { destination: destination.name, report: total, moved, unchanged };
}

export async function currentDigest(target: ReadOnlyTarget, tag: string): Promise<string | undefined> {
  try {
    return (await target.resolve(tag)).digest;
  } catch (e) {
    if (e instanceof OciError && e.code === 'NOT_FOUND') return undefined;
    throw e;
  }
}

export function sameStore(a: TargetLocation, b: TargetLocation): boolean {
  if (a.kind === 'registry' && b.kind === 'registry') return a.registry === b.registry && a.repository === b.repository;
  if (a.kind === 'layout' && b.kind === 'layout') return a.path === b.path;
  return false;
}

export const emptyReport = (): CopyReport => ({
  uploaded: { count: 0, bytes: 0 },
  mounted: { count: 0, bytes: 0 },
  existing: { count: 0, bytes: 0 },
  skipped: { count: 0, bytes: 0 },
  manifests: 0,
  manifestsExisting: 0,
  referrers: 0,
});

/** Adds every tally and count of `add` into `into`. */
export function addReport(into: CopyReport, add: CopyReport): void {
  for (const key of ['uploaded', 'mounted', 'existing', 'skipped'] as const) {
    into[key].count += add[key].count;
    into[key].bytes += add[key].bytes;
  }
  into.manifests += add.manifests;
  into.manifestsExisting += add.manifestsExisting;
  into.referrers += add.referrers;
}

/** Runs `fn` over `items`, at most `limit` at once (copyGraph's semaphore). */
export async function runBounded<T>(items: readonly T[], limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  const bounded = createLimit(limit);
  await Promise.all(items.map((item) => bounded(() => fn(item))));
}

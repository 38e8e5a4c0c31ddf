/**
 * Publishing a composed index to one destination repository: children (and every blob they reference) first,
 * each checked present, then the index, then the tags — a tag already at the digest is left alone. A failure
 * at any point leaves the release tags as they were.
 */
import { pushTagged } from '../content/push-tagged.js';
import type { ReadOnlyTarget } from '../content/target.js';
import { OciError } from '../errors.js';
import { createLimit } from '../copy/limit.js';
import { addReport, emptyReport } from '../copy/report.js';
import { copyGraph, type BlobEvent, type ProgressEvent, type CopyReport } from '../copy/copy-graph.js';
import type { Logger } from '../logger.js';
import type { Descriptor } from '../oci/descriptor.js';
import type { Destination } from './state.js';
import { sameStore } from '../stores/open-target.js';

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
  to: Destination,
  index: { descriptor: Descriptor; bytes: Uint8Array },
  children: readonly Descriptor[],
  holderOf: (digest: string) => ReadOnlyTarget | undefined,
  options: PublishOptions,
): Promise<PublishOutcome> {
  const destination = to.target;
  const total = emptyReport();
  // Children first, each from the store it was found in; copyGraph skips what is there and mounts within a registry.
  // All children share one limiter: `concurrency` transfers in flight for this destination, not per child.
  const transfers = createLimit(options.concurrency);
  const stop = new AbortController();
  // A child copyGraph copied (or found) is there: it has just been stored or seen. Only the others are asked.
  const copied = new Set<string>();
  await Promise.all(
    children.map(async (child) => {
      const holder = holderOf(child.digest);
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
  // A tag already at the index shows it is stored (load has just resolved every tag: no round trip here).
  const stored = [...to.current.values()].includes(digest);
  const moved: string[] = [];
  const unchanged: string[] = [];
  for (const ref of to.refs) (to.current.get(ref.tag as string) === digest ? unchanged : moved).push(ref.tag as string);
  // The index goes under the first tag that moves, in one step where the target can (a registry's PUT by tag).
  const [first, ...rest] = moved;
  if (!stored && first !== undefined) await pushTagged(destination, index.descriptor, index.bytes, first);
  else if (!stored) await destination.push(index.descriptor, index.bytes);
  else if (first !== undefined) await destination.tag(index.descriptor, first);
  for (const tag of rest) await destination.tag(index.descriptor, tag);
  return { destination: destination.name, report: total, moved, unchanged };
}

/**
 * One blob from source to destination: already there, skipped (non-distributable), mounted from another
 * repository of the same registry, or streamed (fetch piped into push, flat memory, verified on both ends).
 */
import { pipeline, Transform, type Readable } from 'node:stream';
import type { Descriptor } from '../oci/descriptor.js';
import type { ReadOnlyTarget, Target } from '../content/target.js';
import { mountSource } from '../stores/open-target.js';
import { copyError, onSide } from './copy-errors.js';

export type BlobAction = 'exists' | 'mounted' | 'uploaded' | 'skipped';

export interface BlobEvent {
  descriptor: Descriptor;
  action: BlobAction;
  /** Bytes moved for this blob: its size when uploaded, 0 otherwise. */
  bytes: number;
}

export interface ProgressEvent {
  /** The blob; for a file uploaded while it is hashed, the digest is not known yet and `name` is set. */
  descriptor: Descriptor;
  /** What to call the transfer in progress lines when not by its digest. */
  name?: string;
  /** Bytes streamed so far for this blob. */
  transferred: number;
  total: number;
}

export interface BlobCopyContext {
  source: ReadOnlyTarget;
  destination: Target;
  signal: AbortSignal;
  onProgress?: (event: ProgressEvent) => void;
}

/** Layers that must not be pushed anywhere but their own URLs (docker foreign layers, OCI non-distributable). */
export const isNonDistributable = (desc: Descriptor): boolean =>
  desc.mediaType.includes('nondistributable') || desc.mediaType.includes('.foreign.');

/** Where a mount could come from: the source repository, when both sides are repositories of one registry. */
export function mountSourceOf(source: ReadOnlyTarget, destination: Target): string | undefined {
  return destination.mount ? mountSource(source.location, destination.location) : undefined;
}

export async function copyBlob(desc: Descriptor, context: BlobCopyContext): Promise<BlobAction> {
  const { source, destination, signal } = context;
  if (await onSide('destination', destination, desc, () => destination.exists(desc))) return 'exists';
  if (isNonDistributable(desc)) return 'skipped';
  const fromRepository = mountSourceOf(source, destination);
  if (fromRepository !== undefined && destination.mount) {
    const mount = destination.mount.bind(destination);
    if (await onSide('destination', destination, desc, () => mount(desc, fromRepository))) return 'mounted';
  }
  // Opened by a destination that can (a registry) while it starts its upload session, so the GET here and the
  // POST there overlap; opened again if the upload fails in a way worth another try.
  let sourceError: unknown;
  let opened: Readable | undefined;
  const open = async (counted: boolean): Promise<Readable> => {
    sourceError = undefined;
    const stream = await onSide('source', source, desc, () => source.fetch(desc, { signal }));
    stream.once('error', (e) => {
      sourceError ??= e;
    });
    opened = context.onProgress && !counted ? counting(stream, desc, context.onProgress) : stream;
    return opened;
  };
  const report = context.onProgress;
  try {
    if (destination.pushBlobFrom) {
      // The destination tells the progress itself, as it sends: no stream in between to count the bytes.
      const onProgress =
        report && ((transferred: number) => report({ descriptor: desc, transferred, total: desc.size }));
      await destination.pushBlobFrom(desc, () => open(true), { signal, ...(onProgress ? { onProgress } : {}) });
    } else {
      await destination.push(desc, await open(false), { signal });
    }
  } catch (e) {
    if (opened && !opened.destroyed) {
      opened.on('error', () => {}); // the error that destroying causes is expected
      opened.destroy();
    }
    throw sourceError !== undefined
      ? copyError('source', source, desc, sourceError)
      : copyError('destination', destination, desc, e);
  }
  return 'uploaded';
}

function counting(stream: Readable, desc: Descriptor, report: (event: ProgressEvent) => void): Readable {
  let transferred = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      transferred += chunk.length;
      report({ descriptor: desc, transferred, total: desc.size });
      callback(null, chunk);
    },
  });
  pipeline(stream, counter, () => {
    // an error destroys `counter`, and the destination's push sees it
  });
  return counter;
}

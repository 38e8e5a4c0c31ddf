/** Small helpers over any Target: bounded whole reads (manifests), pushing bytes, descriptors of bytes. */
import { Readable } from 'node:stream';
import { digestOf, verifyBytes } from '../oci/digest.js';
import { OciError } from '../errors.js';
import type { Descriptor } from '../oci/descriptor.js';
import type { FetchOptions, ReadOnlyTarget, Target } from './target.js';
import { MAX_MANIFEST_READ } from '../limits.js';
export { MAX_MANIFEST_PUSH, MAX_MANIFEST_READ } from '../limits.js';

/** The descriptor of bytes held in memory. */
export const descriptorOf = (mediaType: string, bytes: Uint8Array): Descriptor => ({
  mediaType,
  digest: digestOf(bytes),
  size: bytes.length,
});

/**
 * The one bounded collector: a whole stream into one Buffer, failing with TOO_LARGE as soon as more than
 * `limit` bytes arrive (never a silent cut; the rest is never read, the stream is dropped). Registry answers
 * (stores/registry/http.ts readCapped) and stores' manifests alike are read through it.
 */
export async function collectStream(stream: Readable, limit: number, what: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of stream) {
      const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as Uint8Array);
      total += buffer.length;
      if (total > limit) throw new OciError('TOO_LARGE', `${what} is larger than the ${limit} bytes allowed`);
      chunks.push(buffer);
    }
  } finally {
    if (!stream.destroyed) dropStream(stream);
  }
  return Buffer.concat(chunks, total);
}

/** Drops a stream without reading it; the abort error that destroying causes is expected, not unhandled. */
export function dropStream(stream: Readable): void {
  stream.on('error', () => {});
  stream.destroy();
}

/**
 * Fetches `desc` whole into memory with a byte cap (manifests: MAX_MANIFEST_READ), verified against
 * its size and digest.
 */
export async function readAll(
  target: ReadOnlyTarget,
  desc: Descriptor,
  limit: number,
  options?: FetchOptions,
): Promise<Buffer> {
  const what = `${desc.mediaType} ${desc.digest} from ${target.name}`;
  if (desc.size > limit) {
    throw new OciError(
      'TOO_LARGE',
      `${what} is ${desc.size} bytes, over the ${limit} bytes limit for reading it whole`,
    );
  }
  const bytes = await collectStream(await target.fetch(desc, options), limit, what);
  verifyBytes(bytes, desc, what);
  return bytes;
}

/**
 * A tag or digest to its descriptor and verified bytes: one round trip where the target can (a registry's GET
 * by tag), else resolve() then a bounded read.
 */
export async function readReference(
  target: ReadOnlyTarget,
  reference: string,
  options?: FetchOptions,
): Promise<{ descriptor: Descriptor; bytes: Uint8Array }> {
  if (target.fetchReference) return target.fetchReference(reference, options);
  const descriptor = await target.resolve(reference);
  return { descriptor, bytes: await readAll(target, descriptor, MAX_MANIFEST_READ, options) };
}

/** Pushes bytes held in memory under their own descriptor, and returns that descriptor. */
export async function pushBytes(
  target: Target,
  mediaType: string,
  bytes: Uint8Array,
  options?: FetchOptions,
): Promise<Descriptor> {
  const desc = descriptorOf(mediaType, bytes);
  await target.push(desc, bytes, options);
  return desc;
}

/** A Readable over bytes, for targets that accept either. */
export const toReadable = (content: Readable | Uint8Array): Readable =>
  content instanceof Uint8Array ? Readable.from([Buffer.from(content)], { objectMode: false }) : content;

/**
 * The `blobs/<alg>/<hex>` part of a layout. Writes stream into a temporary file in the same directory,
 * verified for size and digest on the way, and are renamed into place only when they match: a partial
 * or wrong blob is never visible under its digest. Reads are verified as they stream.
 */
import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, open, rename, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { addAbortSignal, pipeline as pipelineCallback, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createVerifyingStream, parseDigest } from '../digest.js';
import { OciError } from '../errors.js';
import type { Descriptor } from '../oci/descriptor.js';
import { toReadable } from '../content/read.js';

/** The blob's path; the digest is parsed strictly first, so it can never escape blobs/. */
export function blobPath(root: string, digest: string): string {
  const { algorithm, hex } = parseDigest(digest);
  return join(root, 'blobs', algorithm, hex);
}

/** True when the blob is stored with the descriptor's size. */
export async function hasBlob(root: string, desc: Descriptor): Promise<boolean> {
  const info = await stat(blobPath(root, desc.digest)).catch(() => undefined);
  return info !== undefined && info.isFile() && info.size === desc.size;
}

export async function writeBlob(
  root: string,
  desc: Descriptor,
  content: Readable | Uint8Array,
  what: string,
  signal?: AbortSignal,
): Promise<void> {
  const path = blobPath(root, desc.digest);
  const dir = join(path, '..');
  await mkdir(dir, { recursive: true });
  // A name that is never a valid blob name (starts with '.'), in the same directory so rename is atomic.
  const temp = join(dir, `.tmp-${parseDigest(desc.digest).hex.slice(0, 16)}-${randomBytes(6).toString('hex')}`);
  try {
    const out = createWriteStream(temp, { flags: 'wx' });
    const verify = createVerifyingStream(desc, what);
    await (signal
      ? pipeline(toReadable(content), verify, out, { signal })
      : pipeline(toReadable(content), verify, out));
    await rename(temp, path);
  } catch (e) {
    await unlink(temp).catch(() => {});
    throw e;
  }
}

/** Opens a blob as a verifying stream; NOT_FOUND when absent. */
export async function openBlob(root: string, desc: Descriptor, what: string, signal?: AbortSignal): Promise<Readable> {
  const path = blobPath(root, desc.digest);
  const handle = await open(path, 'r').catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'ENOENT') throw new OciError('NOT_FOUND', `${what} not found (no file ${path})`);
    throw e;
  });
  const verify = createVerifyingStream(desc, what);
  pipelineCallback(handle.createReadStream(), verify, () => {
    // errors reach the consumer through `verify`, which pipeline destroys with them
  });
  return signal ? addAbortSignal(signal, verify) : verify;
}

/**
 * The `blobs/<alg>/<hex>` part of a layout. Writes stream into a temporary file in the same directory,
 * verified for size and digest on the way, and are renamed into place only when they match: a partial
 * or wrong blob is never visible under its digest. Reads are verified as they stream, open regular files only
 * (a FIFO would block forever, a link to /dev/zero never ends) and never read past the size they expect.
 */
import { randomBytes } from 'node:crypto';
import { constants, createWriteStream } from 'node:fs';
import { mkdir, open, rename, stat, unlink, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { addAbortSignal, pipeline as pipelineCallback, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createVerifyingStream, parseDigest } from '../../oci/digest.js';
import { describeFsError, OciError } from '../../errors.js';
import type { Descriptor } from '../../oci/descriptor.js';
import { toReadable } from '../../content/read.js';

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

/**
 * Opens `path` for reading if it is a regular file (symlinks are followed, then checked): O_NONBLOCK so that
 * opening a FIFO does not wait for a writer, then fstat on the open handle (no race with a swapped file).
 * NOT_FOUND when absent; UNSAFE for a FIFO, device, socket or directory; other errors as sentences.
 */
export async function openRegularFile(path: string, what: string): Promise<{ handle: FileHandle; size: number }> {
  const handle = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0)).catch(
    (e: NodeJS.ErrnoException) => {
      if (e.code === 'ENOENT') throw new OciError('NOT_FOUND', `${what} not found (no file ${path})`);
      throw describeFsError(e, `reading ${what}`);
    },
  );
  const info = await handle.stat();
  if (!info.isFile()) {
    await handle.close();
    throw new OciError(
      'UNSAFE',
      `${what}: ${path} is not a regular file (a FIFO, device, socket or directory); refusing to read it`,
    );
  }
  return { handle, size: info.size };
}

/** Reads a regular file whole, refusing one over `limit` bytes (and never reading more than limit + 1). */
export async function readRegularFile(path: string, limit: number, what: string): Promise<Buffer> {
  const { handle, size } = await openRegularFile(path, what);
  try {
    if (size > limit)
      throw new OciError('TOO_LARGE', `${what}: ${path} is ${size} bytes, over the ${limit} bytes limit`);
    const buffer = Buffer.alloc(Math.min(size, limit) + 1);
    let filled = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
      if (filled > limit) throw new OciError('TOO_LARGE', `${what}: ${path} grew past the ${limit} bytes limit`);
    }
    return buffer.subarray(0, filled);
  } finally {
    await handle.close();
  }
}

/** Opens a blob as a verifying stream that reads at most one byte more than the descriptor's size; NOT_FOUND when absent. */
export async function openBlob(root: string, desc: Descriptor, what: string, signal?: AbortSignal): Promise<Readable> {
  const path = blobPath(root, desc.digest);
  const { handle, size } = await openRegularFile(path, what);
  if (size !== desc.size) {
    await handle.close();
    throw new OciError('SIZE_MISMATCH', `${what}: ${path} holds ${size} bytes, expected ${desc.size}`);
  }
  const verify = createVerifyingStream(desc, what);
  pipelineCallback(handle.createReadStream({ start: 0, end: desc.size }), verify, () => {
    // errors reach the consumer through `verify`, which pipeline destroys with them
  });
  return signal ? addAbortSignal(signal, verify) : verify;
}

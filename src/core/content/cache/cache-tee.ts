/**
 * Tees a blob into the cache while it streams to its consumer: each chunk is written to a temporary file in
 * the blob's directory before it is passed on (so memory stays flat and the slower side sets the pace), the
 * bytes are verified against the descriptor, and only a complete, verified file is renamed into place. A
 * cache that cannot be written (disk full, permissions) is reported once and the copy goes on without it.
 */
import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { rename, unlink } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { pipeline, Transform, type Readable, type TransformCallback } from 'node:stream';
import { finished } from 'node:stream/promises';
import { createVerifyingStream, markVerifying, parseDigest, verifiesAs } from '../../oci/digest.js';
import { messageOf } from '../../errors.js';
import { canLend } from '../lend.js';
import { dropStream } from '../read.js';
import type { Descriptor } from '../../oci/descriptor.js';

export interface TeeOptions {
  /** For messages, e.g. `application/vnd.oci.image.layer.v1.tar+gzip sha256:… from ghcr.io/o/r`. */
  what: string;
  /** Called once: true when the file is in place, false when it is not (failed, aborted, or unwritable). */
  onSettled(stored: boolean): void;
  /** Told why the cache could not keep the blob (the consumer's stream is not affected). */
  onCacheError(message: string): void;
}

/** A temporary name that is never a blob name (it starts with '.'), in the blob's own directory. */
export const tempPathFor = (finalPath: string, digest: string): string =>
  join(dirname(finalPath), `.tmp-${parseDigest(digest).hex.slice(0, 16)}-${randomBytes(6).toString('hex')}`);

export function teeIntoFile(source: Readable, desc: Descriptor, finalPath: string, options: TeeOptions): Readable {
  const temp = tempPathFor(finalPath, desc.digest);
  const file = createWriteStream(temp, { flags: 'wx' });
  let fileError: unknown;
  let settled = false;
  file.on('error', (e) => {
    fileError ??= e;
  });
  const settle = (stored: boolean): void => {
    if (settled) return;
    settled = true;
    options.onSettled(stored);
  };
  // Removes the temporary file, once: it can go only after it is closed, and a stream dropped at once may not
  // even have opened it yet. The tee does not close, nor does a lend settle, until this is done, so whoever
  // sees either finds no `.tmp-` file left behind.
  let removal: Promise<void> | undefined;
  const abandon = (): Promise<void> =>
    (removal ??= new Promise<void>((resolve) => {
      const remove = (): void => void unlink(temp).then(resolve, resolve);
      if (file.closed) remove();
      else {
        file.once('close', remove);
        file.destroy();
      }
    }));
  const writable = (): boolean => fileError === undefined && !file.destroyed;

  const writeChunk = (chunk: Buffer): Promise<void> =>
    new Promise((resolve) => {
      if (!writable() || file.write(chunk)) return resolve();
      const done = (): void => {
        file.off('drain', done);
        file.off('error', done);
        file.off('close', done);
        resolve();
      };
      file.on('drain', done);
      file.on('error', done);
      file.on('close', done);
    });

  const storeFile = async (): Promise<boolean> => {
    if (writable()) {
      try {
        file.end();
        await finished(file);
        await rename(temp, finalPath);
        return true;
      } catch (e) {
        fileError ??= e;
      }
    }
    options.onCacheError(`cannot keep ${desc.digest} in the cache: ${messageOf(fileError)}`);
    await abandon();
    return false;
  };

  const tee = new Transform({
    transform(chunk: Buffer, _encoding, callback: TransformCallback) {
      writeChunk(chunk).then(
        () => callback(null, chunk),
        (e: unknown) => callback(e as Error),
      );
    },
    // Runs only after the verifier let the last byte through: the file is complete and its digest checked.
    flush(callback: TransformCallback) {
      storeFile().then(
        (stored) => {
          settle(stored);
          callback();
        },
        (e: unknown) => callback(e as Error),
      );
    },
    destroy(error, callback) {
      if (!settled) {
        void abandon();
        settle(false);
      }
      // Dropped before it was read or lent: the source is closed too (its own failure is nobody's now).
      if (!started) dropStream(source);
      // The error and 'close' reach the consumer once the temporary file is gone.
      if (removal) void removal.then(() => callback(error));
      else callback(error);
    },
  });
  // A source that checks its own bytes (a registry's blob stream) is not hashed a second time here; and what
  // comes out of the tee fails as its source does, so a consumer (an upload) need not hash it either.
  const selfChecking = verifiesAs(source, desc);
  let started = false;
  const connect = (): void => {
    started = true;
    const stages = selfChecking ? [source] : [source, createVerifyingStream(desc, options.what)];
    pipeline([...stages, tee], () => {
      // an error destroys `tee`, and the consumer sees it
    });
  };
  markVerifying(tee, desc);
  if (!selfChecking || !canLend(source)) {
    connect();
    return tee;
  }
  // A source that lends its chunks (a big blob's download, content/lend.ts) is lent on through the cache: each
  // chunk goes to the cache file and to the consumer at once, and back to the source once both are done with it.
  // Nothing flows until the reader either reads (the stream above) or lends.
  const readStream = tee._read.bind(tee);
  tee._read = (size: number): void => {
    if (!started) connect();
    readStream(size);
  };
  const writeLent = (chunk: Buffer): Promise<void> =>
    new Promise((resolve) => {
      // A cache that cannot be written is reported by storeFile; the consumer goes on.
      if (!writable()) resolve();
      else file.write(chunk, () => resolve());
    });
  const lend = async (consume: (chunk: Buffer) => Promise<void>): Promise<void> => {
    if (started) throw new Error(`${desc.digest} is already being read`);
    started = true;
    try {
      await source.lend(async (chunk) => {
        await Promise.all([writeLent(chunk), consume(chunk)]);
      });
    } catch (e) {
      tee.destroy();
      await abandon();
      throw e;
    }
    // The source resolved its lend: every byte arrived and matched the digest.
    settle(await storeFile());
    tee.destroy();
  };
  return Object.assign(tee, { lend });
}

/**
 * Writes a stream of bytes (a blob, verified while it streams) into a new file with few, large writes: the
 * chunks are gathered into batches of BATCH_BYTES and each batch goes to the file with one positional
 * writev, up to MAX_WRITES_IN_FLIGHT at a time. The thread pool writes while this thread receives and hashes
 * the next bytes, where a write stream (16 KiB at a time, one write in flight) made the download wait for
 * the disk after every chunk. Memory stays bounded: at most (MAX_WRITES_IN_FLIGHT + 1) × BATCH_BYTES are held.
 * Batches are 2 MiB: each hand-off to the thread pool wakes a thread, which on a virtual machine costs a tenth
 * of a millisecond or more (1 MiB batches made 1,024 of them per GiB); larger ones hold more fresh memory.
 */
import { constants } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { canLend, type Lender } from '../../content/lend.js';

export const BATCH_BYTES = 2 * 1024 * 1024;
export const MAX_WRITES_IN_FLIGHT = 2;

/**
 * O_EXCL and O_NOFOLLOW: the file is new, and never reached through a symlink swapped in (where the platform has
 * O_NOFOLLOW). The extractor (tar-extract.ts) creates its files with the same flags.
 */
export const newFileFlags = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0);

/**
 * Creates `path` (it must not exist) and writes all of `input` into it; returns the bytes written. A source
 * that lends its chunks (content/lend.ts) is written from its own buffers, each given back once written.
 */
export async function writeNewFile(input: AsyncIterable<Buffer>, path: string, mode = 0o644): Promise<number> {
  const handle = await open(path, newFileFlags, mode);
  if (canLend(input)) return writeLent(input, handle);
  const inFlight = new Set<Promise<void>>();
  let failure: { error: unknown } | undefined;
  let position = 0;
  let batch: Buffer[] = [];
  let batchBytes = 0;

  const flush = (): void => {
    const buffers = batch;
    const at = position;
    const total = batchBytes;
    position += total;
    batch = [];
    batchBytes = 0;
    const write = writeAll(handle, buffers, at, total).then(
      () => {
        inFlight.delete(write);
      },
      (error: unknown) => {
        inFlight.delete(write);
        failure ??= { error };
      },
    );
    inFlight.add(write);
  };

  try {
    for await (const chunk of input) {
      if (failure) break;
      if (chunk.length === 0) continue;
      batch.push(chunk);
      batchBytes += chunk.length;
      if (batchBytes < BATCH_BYTES) continue;
      flush();
      while (inFlight.size >= MAX_WRITES_IN_FLIGHT) await Promise.race(inFlight);
    }
    if (!failure && batchBytes > 0) flush();
  } finally {
    // Every write settles before the file is closed, whether the input ended, failed or a write failed.
    await Promise.all(inFlight);
    await handle.close().catch((error: unknown) => {
      failure ??= { error };
    });
  }
  if (failure) throw failure.error;
  return position;
}

/** Writes each lent chunk at its place in the file (a few at once, as the lender allows), then closes it. */
async function writeLent(input: Lender, handle: FileHandle): Promise<number> {
  let position = 0;
  try {
    await input.lend((chunk) => {
      const at = position;
      position += chunk.length;
      return writeAll(handle, [chunk], at, chunk.length);
    });
  } catch (e) {
    await handle.close().catch(() => {}); // the lend's failure is the one to report
    throw e;
  }
  await handle.close();
  return position;
}

/** One writev of `buffers` at `at`, continued until all `total` bytes are written (a short write is legal). */
async function writeAll(handle: FileHandle, buffers: Buffer[], at: number, total: number): Promise<void> {
  let done = (await handle.writev(buffers, at)).bytesWritten;
  while (done < total) {
    const rest = Buffer.concat(buffers).subarray(done);
    const { bytesWritten } = await handle.write(rest, 0, rest.length, at + done);
    if (bytesWritten === 0) throw new Error(`writing ${total} bytes at ${at}: the file system took none`);
    done += bytesWritten;
  }
}

/**
 * A cross-process lock for read-modify-write of a layout's index.json: a lock file created with
 * O_EXCL ('wx'), retried with jittered backoff, and broken when it is stale (its holder crashed).
 *
 * Breaking a stale lock: the waiter renames the lock file to a unique name (only one waiter can win
 * that rename), then checks that what it moved is the very file it judged stale (same inode and
 * mtime). If another process had meanwhile taken a fresh lock, the waiter puts it back with link(),
 * which fails rather than overwrite should a third process have locked in between.
 */
import { randomBytes } from 'node:crypto';
import { link, open, rename, stat, unlink } from 'node:fs/promises';
import { OciError } from '../../errors.js';

/** The holder only reads and rewrites one small file; a lock this old belongs to a dead process. */
export const LOCK_STALE_MS = 10_000;
/** How long a writer waits for the lock before giving up with a clear error. */
export const LOCK_WAIT_MS = 60_000;
const BACKOFF_START_MS = 2;
const BACKOFF_MAX_MS = 100;

export async function withFileLock<T>(lockPath: string, fn: () => Promise<T>): Promise<T> {
  await acquire(lockPath);
  try {
    return await fn();
  } finally {
    await unlink(lockPath).catch(() => {});
  }
}

async function acquire(lockPath: string): Promise<void> {
  const deadline = Date.now() + LOCK_WAIT_MS;
  let delay = BACKOFF_START_MS;
  for (;;) {
    try {
      const handle = await open(lockPath, 'wx');
      await handle.writeFile(`${process.pid} ${new Date().toISOString()}\n`);
      await handle.close();
      return;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    if (await breakIfStale(lockPath)) continue;
    if (Date.now() > deadline) {
      throw new OciError(
        'CONFLICT',
        `could not lock ${lockPath} within ${LOCK_WAIT_MS / 1000} s: another process is writing this OCI layout. ` +
          'If none is, delete the lock file and retry.',
      );
    }
    await new Promise((r) => setTimeout(r, delay / 2 + Math.random() * delay));
    delay = Math.min(delay * 2, BACKOFF_MAX_MS);
  }
}

async function breakIfStale(lockPath: string): Promise<boolean> {
  const seen = await stat(lockPath).catch(() => undefined);
  if (!seen) return true; // released meanwhile: try again at once
  if (Date.now() - seen.mtimeMs < LOCK_STALE_MS) return false;
  const moved = `${lockPath}.stale-${randomBytes(6).toString('hex')}`;
  try {
    await rename(lockPath, moved);
  } catch {
    return true; // another waiter broke it first
  }
  const what = await stat(moved).catch(() => undefined);
  if (what && (what.ino !== seen.ino || what.mtimeMs !== seen.mtimeMs)) {
    // We moved a fresh lock taken after our check: give it back (fails if someone locked since).
    await link(moved, lockPath).catch(() => {});
  }
  await unlink(moved).catch(() => {});
  return true;
}

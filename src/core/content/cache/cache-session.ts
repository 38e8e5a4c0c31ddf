/**
 * One command's use of the blob cache: the directory, plus (in the action) a saved archive of it.
 *
 * - Restore happens lazily, before the first blob is read: a run that reads no blob (everything already
 *   in place, or mounted) never downloads an archive.
 * - Save happens at the end, only when blobs came from a source (otherwise the restored archive already
 *   holds everything this run read). The directory is first pruned to the blobs this run used, so archives
 *   do not grow from run to run, and the key is derived from those digests.
 * - Save and restore pass the same paths list. Every archive failure is a warning: the copy itself never
 *   depends on the cache.
 */
import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { messageOf } from '../../errors.js';
import type { Logger } from '../../logger.js';
import { createBlobCache, type BlobCache, type CacheStats } from './blob-cache.js';
import { cacheKey, cacheKeyPrefix } from './cache-keys.js';

/** Saves and restores a directory under a key: @actions/cache in the action (src/action/cache.ts). */
export interface CacheArchive {
  /** False where there is no cache service (outside GitHub Actions, or not configured). */
  isAvailable(): Promise<boolean>;
  /** The key restored (exact or by prefix), or undefined on a miss. */
  restore(paths: string[], primaryKey: string, restoreKeys: string[]): Promise<string | undefined>;
  /** The archive's id, or -1 when nothing was saved (the key exists already, or saving is not allowed). */
  save(paths: string[], key: string): Promise<number>;
}

export interface CacheSessionOptions {
  dir: string;
  /** What the run is about (command, repository, platform): archives of one scope restore each other. */
  scope: string;
  archive?: CacheArchive;
  logger: Logger;
  formatSize?: (bytes: number) => string;
}

export interface CacheOutcome {
  stats: CacheStats;
  restoredKey?: string;
  savedKey?: string;
}

export interface CacheSession {
  cache: BlobCache;
  /** The paths given to the archive, on save and on restore alike. */
  paths: string[];
  /** Saves the archive when there is something new; never throws. */
  finish(): Promise<CacheOutcome>;
}

export function openCacheSession(options: CacheSessionOptions): CacheSession {
  const { archive, logger } = options;
  const paths = [join(options.dir, 'blobs')];
  const prefix = cacheKeyPrefix(options.scope);
  const outcome: Omit<CacheOutcome, 'stats'> = {};
  let available: Promise<boolean> | undefined;
  const isAvailable = (): Promise<boolean> => {
    available ??= (archive ? archive.isAvailable() : Promise.resolve(false)).catch((e: unknown) => {
      logger.warning(`cache: cannot tell whether the cache service is available (${messageOf(e)}); not using it`);
      return false;
    });
    return available;
  };

  const restore = async (): Promise<void> => {
    if (!archive) return;
    if (!(await isAvailable())) {
      logger.info(`cache: no cache service here; blobs are cached in ${options.dir} for this job only`);
      return;
    }
    try {
      const key = await archive.restore(paths, prefix, [prefix]);
      if (key) {
        outcome.restoredKey = key;
        logger.info(`cache: restored ${key}`);
      } else logger.info(`cache: nothing restored for ${prefix}* (no archive saved yet, or the cache service failed)`);
    } catch (e) {
      logger.warning(`cache: restore failed (${messageOf(e)}); blobs are fetched from their sources`);
    }
  };

  const cache = createBlobCache(options.dir, {
    logger,
    beforeFirstRead: restore,
    ...(options.formatSize ? { formatSize: options.formatSize } : {}),
  });

  const finish = async (): Promise<CacheOutcome> => {
    const stats = cache.stats();
    if (!archive || stats.fromSource.count === 0 || !(await isAvailable())) return { ...outcome, stats };
    const key = cacheKey(prefix, cache.used());
    if (key === outcome.restoredKey) return { ...outcome, stats };
    try {
      await pruneTo(options.dir, cache.used());
      const id = await archive.save(paths, key);
      // @actions/cache answers -1 for an existing key, and also when the service failed (after its own warning)
      if (id === -1)
        logger.info(
          `cache: ${key} not saved (it exists already, another job is saving it, or the cache service did not take it)`,
        );
      else {
        outcome.savedKey = key;
        logger.info(`cache: saved ${cache.used().size} blob(s) as ${key}`);
      }
    } catch (e) {
      logger.warning(`cache: save failed (${messageOf(e)}); the next run fetches these blobs again`);
    }
    return { ...outcome, stats };
  };

  return { cache, paths, finish };
}

/** Removes every file under `<dir>/blobs/<alg>/` that is not one of `keep` (temporary files included). */
export async function pruneTo(dir: string, keep: ReadonlySet<string>): Promise<void> {
  const blobs = join(dir, 'blobs');
  for (const algorithm of await readdir(blobs).catch(() => [] as string[])) {
    const folder = join(blobs, algorithm);
    const names = await readdir(folder).catch(() => undefined);
    if (!names) {
      await rm(folder, { recursive: true, force: true });
      continue;
    }
    for (const name of names) {
      if (!keep.has(`${algorithm}:${name}`)) await rm(join(folder, name), { recursive: true, force: true });
    }
  }
}

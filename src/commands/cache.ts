/** A command's blob cache session: opened from the shared inputs, finished (and saved) whatever the work did. */
import { resolve } from 'node:path';
import type { CacheStats } from '../core/content/cache/blob-cache.js';
import { openCacheSession, type CacheOutcome, type CacheSession } from '../core/content/cache/cache-session.js';
import type { Logger } from '../core/logger.js';
import type { CommonRequest } from './inputs/common.js';
import type { CommandIO } from './io.js';
import { formatBytes } from './format.js';

/**
 * The command's blob cache, or undefined: `cache: false` turns it off; the directory is `cache-dir`, else the
 * action's default (the CLI has none). In the action the directory is also restored and saved as an archive.
 */
export function openCommandCache(common: CommonRequest, io: CommandIO, scope: string): CacheSession | undefined {
  if (!common.cache) return undefined;
  const dir = common.cacheDir ?? io.cache?.defaultDir;
  if (dir === undefined) return undefined;
  const archive = io.cache?.archive;
  return openCacheSession({
    dir: resolve(dir),
    scope,
    logger: io.logger,
    formatSize: formatBytes,
    ...(archive ? { archive } : {}),
  });
}

/** Runs `work`, then finishes the cache session (saving what it fetched) whether `work` succeeded or not. */
export async function withCacheSession<T>(
  session: CacheSession | undefined,
  logger: Logger,
  work: () => Promise<T>,
): Promise<{ result: T; cache?: CacheOutcome }> {
  if (!session) return { result: await work() };
  const finish = async (): Promise<CacheOutcome> => {
    const outcome = await session.finish();
    // A run that fetched nothing through the cache has nothing to say about it.
    const { fromCache, fromSource, discarded } = outcome.stats;
    if (fromCache.count + fromSource.count + discarded > 0)
      logger.info(`Blob cache: ${describeCacheStats(outcome.stats)}`);
    return outcome;
  };
  let result: T;
  try {
    result = await work();
  } catch (e) {
    await finish();
    throw e;
  }
  return { result, cache: await finish() };
}

/** `2 blob(s) (1.5 MiB) from the cache, 1 (10 B) from the source`, for logs and summaries. */
export const describeCacheStats = (stats: CacheStats): string =>
  `${stats.fromCache.count} blob(s) (${formatBytes(stats.fromCache.bytes)}) from the cache, ` +
  `${stats.fromSource.count} (${formatBytes(stats.fromSource.bytes)}) from the source` +
  (stats.discarded > 0 ? `, ${stats.discarded} corrupt cache file(s) discarded` : '');

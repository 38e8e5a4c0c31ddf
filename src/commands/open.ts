/**
 * One way to open targets for a command: credentials, plain-http hosts, logging and masking wired in, and
 * registry repositories read through the blob cache when the command has one.
 */
import { resolve } from 'node:path';
import type { BlobCache, CacheStats } from '../core/content/cache/blob-cache.js';
import { openCacheSession, type CacheOutcome, type CacheSession } from '../core/content/cache/cache-session.js';
import { withBlobCache } from '../core/content/cache/with-blob-cache.js';
import { openTarget } from '../core/stores/open-target.js';
import type { Logger } from '../core/logger.js';
import type { Target } from '../core/content/target.js';
import type { Reference } from '../core/oci/reference.js';
import type { CommonRequest } from './inputs/common.js';
import { buildCredentials } from './credentials.js';
import type { CommandIO } from './io.js';

export function targetOpener(
  common: CommonRequest,
  primary: Reference | undefined,
  io: CommandIO,
  blobCache?: BlobCache,
): (ref: Reference) => Target {
  const credentials = buildCredentials(common, primary, io.ambientCredentials, io.setSecret, io.github.actor);
  const cache = new Map<string, Target>();
  return (ref) => {
    const key = ref.kind === 'layout' ? `layout:${ref.path}` : `${ref.registry}/${ref.repository}`;
    const known = cache.get(key);
    if (known) return known;
    const opened = openTarget(ref, {
      registry: {
        plainHttpHosts: common.plainHttp,
        credentials,
        logger: io.logger,
        onSecret: io.setSecret,
        ...(io.retry ? { retry: io.retry } : {}),
        ...(io.signal ? { signal: io.signal } : {}),
      },
    });
    // Layouts are local already: caching their blobs would only copy files around.
    const target = blobCache && ref.kind === 'registry' ? withBlobCache(opened, blobCache) : opened;
    cache.set(key, target);
    return target;
  };
}

export const formatBytes = (n: number): string => {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let value = n;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return unit === 0 ? `${n} B` : `${value.toFixed(1)} ${units[unit]}`;
};

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

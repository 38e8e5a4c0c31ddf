/**
 * A content-addressed directory of blobs (`blobs/<alg>/<hex>`, the OCI image-layout naming) used as a
 * read-through cache: a blob is fetched from its source at most once per cache, then served from disk.
 *
 * - Every cached file is hashed before it is served (and verified again as it streams): a corrupted or
 *   planted file is discarded and the blob fetched again; it is never used.
 * - A miss streams from the source to the consumer and into a temporary file at once (cache-tee.ts); the
 *   file is renamed into place only when complete and verified.
 * - Concurrent requests for one digest wait for the first: the second is served from the cache.
 */
import { open, mkdir, rm, type FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';
import { addAbortSignal, pipeline, type Readable } from 'node:stream';
import { createDigester, createVerifyingStream, parseDigest } from '../../oci/digest.js';
import { messageOf } from '../../errors.js';
import type { FetchOptions } from '../target.js';
import { blobPath } from '../../stores/layout/blob-store.js';
import { silentLogger, type Logger } from '../../logger.js';
import type { Descriptor } from '../../oci/descriptor.js';
import { teeIntoFile } from './cache-tee.js';

export interface CacheTally {
  count: number;
  bytes: number;
}

export interface CacheStats {
  /** Blobs served from a verified cache file. */
  fromCache: CacheTally;
  /** Blobs fetched from their source (and stored in the cache on the way). */
  fromSource: CacheTally;
  /** Cache files that failed verification and were thrown away. */
  discarded: number;
}

export interface BlobCache {
  readonly dir: string;
  /**
   * The blob `desc`: from a verified cache file when there is one, otherwise from `fromSource` (called at
   * most once), teed into the cache as it streams. The stream errors if the bytes do not match `desc`.
   */
  fetchThrough(desc: Descriptor, fromSource: () => Promise<Readable>, options?: FetchOptions): Promise<Readable>;
  stats(): CacheStats;
  /** Digests served in this run, from the cache or the source. */
  used(): ReadonlySet<string>;
}

export interface BlobCacheOptions {
  logger?: Logger;
  /** Runs once, before the first blob is looked up (e.g. restoring the directory from a saved archive). */
  beforeFirstRead?: () => Promise<void>;
  /** Formats a size for the logs. */
  formatSize?: (bytes: number) => string;
}

export function createBlobCache(dir: string, options: BlobCacheOptions = {}): BlobCache {
  const logger = options.logger ?? silentLogger;
  const size = options.formatSize ?? ((n: number) => `${n} bytes`);
  const stats: CacheStats = { fromCache: { count: 0, bytes: 0 }, fromSource: { count: 0, bytes: 0 }, discarded: 0 };
  const used = new Set<string>();
  const inFlight = new Map<string, Promise<void>>();
  let ready: Promise<void> | undefined;
  let warnedWrite = false;

  const readCached = async (desc: Descriptor, signal?: AbortSignal): Promise<Readable | undefined> => {
    const path = blobPath(dir, desc.digest);
    const what = `cached ${desc.digest}`;
    let handle: FileHandle;
    try {
      handle = await open(path, 'r');
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'ENOTDIR') await discard(path, desc, messageOf(e));
      return undefined;
    }
    let problem: string | undefined;
    try {
      problem = await checkFile(handle, desc);
    } catch (e) {
      problem = messageOf(e);
    }
    if (problem !== undefined) {
      await handle.close().catch(() => {});
      await discard(path, desc, problem);
      return undefined;
    }
    const verify = createVerifyingStream(desc, what);
    pipeline(handle.createReadStream({ start: 0 }), verify, () => {
      // errors reach the consumer through `verify`
    });
    return signal ? addAbortSignal(signal, verify) : verify;
  };

  const discard = async (path: string, desc: Descriptor, why: string): Promise<void> => {
    stats.discarded++;
    logger.warning(`cache: discarded ${path} (${why}); fetching ${desc.digest} again`);
    await rm(path, { recursive: true, force: true }).catch(() => {});
  };

  /** Fetches from the source and tees into the cache; `release` frees the digest once the file is settled. */
  const fillFromSource = async (
    desc: Descriptor,
    fromSource: () => Promise<Readable>,
    release: () => void,
  ): Promise<Readable> => {
    // The directory first: no await may stand between opening the source stream and handing it on, or an
    // early error of that stream would have no listener.
    const path = blobPath(dir, desc.digest);
    let cacheable = true;
    try {
      await mkdir(dirname(path), { recursive: true });
    } catch (e) {
      cacheError(`cannot create ${dirname(path)}: ${messageOf(e)}`);
      cacheable = false;
    }
    const stream = await fromSource();
    stats.fromSource.count++;
    stats.fromSource.bytes += desc.size;
    used.add(desc.digest);
    if (!cacheable) {
      release();
      return stream;
    }
    logger.debug(`${desc.digest} (${size(desc.size)}): from the source, kept in the cache`);
    return teeIntoFile(stream, desc, path, {
      what: `${desc.mediaType} ${desc.digest}`,
      onSettled: release,
      onCacheError: cacheError,
    });
  };

  const cacheError = (message: string): void => {
    if (warnedWrite) return logger.debug(`cache: ${message}`);
    warnedWrite = true;
    logger.warning(`cache: ${message}; blobs are copied without it`);
  };

  const fetchThrough = async (
    desc: Descriptor,
    fromSource: () => Promise<Readable>,
    fetchOptions?: FetchOptions,
  ): Promise<Readable> => {
    parseDigest(desc.digest);
    ready ??= (options.beforeFirstRead ?? (async () => {}))();
    await ready;
    for (let pending = inFlight.get(desc.digest); pending; pending = inFlight.get(desc.digest)) await pending;
    // Mark the digest busy before the next await, so that a concurrent request waits for this one.
    let resolveBusy: () => void = () => {};
    const busy = new Promise<void>((resolve) => {
      resolveBusy = resolve;
    });
    const release = (): void => {
      if (inFlight.get(desc.digest) === busy) inFlight.delete(desc.digest);
      resolveBusy();
    };
    inFlight.set(desc.digest, busy);
    try {
      const cached = await readCached(desc, fetchOptions?.signal);
      if (cached) {
        release();
        stats.fromCache.count++;
        stats.fromCache.bytes += desc.size;
        used.add(desc.digest);
        logger.info(`${desc.digest} (${size(desc.size)}): from the cache`);
        return cached;
      }
      return await fillFromSource(desc, fromSource, release);
    } catch (e) {
      release();
      throw e;
    }
  };

  return { dir, fetchThrough, stats: () => structuredClone(stats), used: () => used };
}

/** Why the open file cannot be `desc` (size, type or digest), or undefined when it is. */
async function checkFile(handle: FileHandle, desc: Descriptor): Promise<string | undefined> {
  const info = await handle.stat();
  if (!info.isFile()) return 'not a regular file';
  if (info.size !== desc.size) return `${info.size} bytes, expected ${desc.size}`;
  const digester = createDigester(parseDigest(desc.digest).algorithm);
  for await (const chunk of handle.createReadStream({ start: 0, autoClose: false })) digester.update(chunk as Buffer);
  const actual = digester.digest();
  return actual === desc.digest ? undefined : `its bytes hash to ${actual}`;
}

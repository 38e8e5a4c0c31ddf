/**
 * One way to open targets for a command: credentials, plain-http hosts, logging and masking wired in, and
 * registry repositories read through the blob cache when the command has one (its session: cache.ts).
 */
import type { BlobCache } from '../core/content/cache/blob-cache.js';
import { withBlobCache } from '../core/content/cache/with-blob-cache.js';
import { openTarget } from '../core/stores/open-target.js';
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

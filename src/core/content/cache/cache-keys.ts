/**
 * Keys for saved cache archives (@actions/cache in the action). A key is immutable once saved, so it is
 * derived from content: `<version>-<scope hash>-<hash of the sorted digests the run used>`. The scope (the
 * command, its repository and platform) keeps unrelated runs apart; restores look up the newest archive of
 * the scope by prefix, since which blobs a run needs is only known once it has read the manifests.
 */
import { createHash } from 'node:crypto';

/** Bump when the directory layout or the key scheme changes: old archives are then ignored. */
export const CACHE_KEY_VERSION = 'oci-multiarch-blobs-v1';
/** @actions/cache refuses longer keys (and commas). */
export const MAX_CACHE_KEY_LENGTH = 512;
/** Scope hash length in hex: enough to keep scopes apart, short enough to read in a log. */
const SCOPE_HASH_LENGTH = 16;

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/** The prefix shared by every archive of one scope, e.g. `oci-multiarch-blobs-v1-0123456789abcdef-`. */
export const cacheKeyPrefix = (scope: string): string =>
  `${CACHE_KEY_VERSION}-${sha256(scope).slice(0, SCOPE_HASH_LENGTH)}-`;

/** The key of an archive holding exactly `digests` (order and duplicates do not matter). */
export function cacheKey(prefix: string, digests: Iterable<string>): string {
  const sorted = [...new Set(digests)].sort();
  return `${prefix}${sha256(sorted.join('\n'))}`;
}

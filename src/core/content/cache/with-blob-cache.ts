/**
 * A read-through wrapper: the same target, whose blob fetches go through a BlobCache. Everything else —
 * `location` and `name` (copyGraph mounts within a registry by them), exists, resolve, push, tag, mount,
 * referrers — is the wrapped target's own, so a cache never hides what a store really holds. Manifests and
 * indexes are small and read once per run: they are fetched from the target as they are.
 */
import type { FetchOptions, ReadOnlyTarget } from '../target.js';
import type { Descriptor } from '../../oci/descriptor.js';
import { isManifestOrIndexType } from '../../oci/media-types.js';
import type { BlobCache } from './blob-cache.js';

export function withBlobCache<T extends ReadOnlyTarget>(source: T, cache: BlobCache): T {
  const wrapped: Record<string, unknown> = {};
  for (const key of Object.keys(source)) {
    const value: unknown = (source as unknown as Record<string, unknown>)[key];
    wrapped[key] = typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(source) : value;
  }
  wrapped['fetch'] = (desc: Descriptor, options?: FetchOptions) =>
    isManifestOrIndexType(desc.mediaType)
      ? source.fetch(desc, options)
      : cache.fetchThrough(desc, () => source.fetch(desc, options), options);
  return wrapped as unknown as T;
}

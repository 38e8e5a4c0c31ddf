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

/**
 * A Proxy, not a copy: every property is read from the target when asked for (own or inherited, present or
 * absent), so a class-based target or a capability added later can never be missed; only `fetch` is replaced.
 */
export function withBlobCache<T extends ReadOnlyTarget>(source: T, cache: BlobCache): T {
  const fetch = (desc: Descriptor, options?: FetchOptions) =>
    isManifestOrIndexType(desc.mediaType)
      ? source.fetch(desc, options)
      : cache.fetchThrough(desc, () => source.fetch(desc, options), options);
  return new Proxy(source, {
    get(target, key) {
      if (key === 'fetch') return fetch;
      const value: unknown = Reflect.get(target, key, target);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}

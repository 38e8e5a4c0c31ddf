/**
 * The blob cache's archive in the action: @actions/cache, loaded only when a run first needs it (a push of
 * files never does), so start-up stays fast. Saving an existing key is not an error: @actions/cache answers -1.
 */
import type { CacheArchive } from '../core/content/cache/cache-session.js';

type ActionsCache = typeof import('@actions/cache');

export function actionsCacheArchive(load: () => Promise<ActionsCache> = () => import('@actions/cache')): CacheArchive {
  let loaded: Promise<ActionsCache> | undefined;
  const cache = (): Promise<ActionsCache> => (loaded ??= load());
  return {
    isAvailable: async () => (await cache()).isFeatureAvailable(),
    restore: async (paths, primaryKey, restoreKeys) => (await cache()).restoreCache(paths, primaryKey, restoreKeys),
    save: async (paths, key) => (await cache()).saveCache(paths, key),
  };
}

/**
 * Node's on-disk compile cache for the bundle (Node ≥ 22.1 has module.enableCompileCache; GitHub's runners run
 * Node 24): a second run in the same job reads V8's cached code for the ~1 MB of JavaScript it loads instead of
 * compiling it again. Node picks the directory (NODE_COMPILE_CACHE, else one under os.tmpdir()) and checks each
 * entry against the source it was made from. The entries call this before they import the rest of the bundle;
 * a Node without it, a cache that cannot be written, or NODE_DISABLE_COMPILE_CACHE only mean no cache.
 */
import * as nodeModule from 'node:module';

export function enableCompileCache(): void {
  const enable = (nodeModule as { enableCompileCache?: () => unknown }).enableCompileCache;
  try {
    enable?.();
  } catch {
    // no cache: start-up is as before
  }
}

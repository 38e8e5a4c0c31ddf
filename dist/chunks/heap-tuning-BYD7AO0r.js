import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import * as nodeModule from 'node:module';
import { s as setKnownV8Flags } from './v8-flags-Dk539qL4.js';

/**
 * Node's on-disk compile cache for the bundle (Node ≥ 22.1 has module.enableCompileCache; GitHub's runners run
 * Node 24): a second run in the same job reads V8's cached code for the ~1 MB of JavaScript it loads instead of
 * compiling it again. Node picks the directory (NODE_COMPILE_CACHE, else one under os.tmpdir()) and checks each
 * entry against the source it was made from. The entries call this before they import the rest of the bundle;
 * a Node without it, a cache that cannot be written, or NODE_DISABLE_COMPILE_CACHE only mean no cache.
 */
function enableCompileCache() {
    const enable = nodeModule.enableCompileCache;
    try {
        enable?.();
    }
    catch {
        // no cache: start-up is as before
    }
}

/**
 * V8's young generation kept at its first size (`--semi-space-growth-factor=1`). Every chunk a transfer reads
 * (socket reads, zlib's output, 256 KiB each) is a new buffer whose memory is handed back only when a scavenge
 * finds it dead. With a young generation that grows, the few JS objects a pull allocates trigger a scavenge
 * only every few MiB, so the buffers pile up and each new one lands on fresh pages: on a VM where the first
 * touch of a page costs 10–30 µs that was a quarter of a 10,000-file pull's CPU time. Kept small, scavenges
 * come often and cheap, and malloc hands the same memory out again. The flag is read each time V8 would grow
 * the young generation, so setting it at start-up works; it exists from V8 11 (Node 20) to V8 13 (Node 24)
 * (core/v8-flags.ts).
 */
function keepYoungGenerationSmall() {
    setKnownV8Flags('--semi-space-growth-factor=1');
}

export { enableCompileCache as e, keepYoungGenerationSmall as k };

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
import { setKnownV8Flags } from './core/v8-flags.js';

export function keepYoungGenerationSmall(): void {
  setKnownV8Flags('--semi-space-growth-factor=1');
}

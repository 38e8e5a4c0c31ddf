/**
 * How much a directory layer may unpack to. gzip turns a run of zeros ~1000:1, so a 1 MB layer could fill
 * 1 GiB of disk; real layers (binaries, text, assets) compress 2–10:1 and seldom past 50:1. The limits (in
 * core/limits.ts) leave honest layers well alone and stop a bomb early, while it is extracted into pull's private
 * staging directory (nothing of it reaches `output`).
 */
import { MAX_EXPANSION_RATIO, MAX_UNPACKED_TOTAL, MIN_UNPACK_ALLOWANCE } from '../../limits.js';
export { MAX_EXPANSION_RATIO, MAX_UNPACKED_TOTAL, MIN_UNPACK_ALLOWANCE } from '../../limits.js';

/** The unpack limit of a layer of `compressedSize` bytes, when `alreadyUnpacked` bytes were unpacked before it. */
export function unpackLimitFor(compressedSize: number, alreadyUnpacked: number): number {
  const byRatio = Math.max(MIN_UNPACK_ALLOWANCE, compressedSize * MAX_EXPANSION_RATIO);
  return Math.max(0, Math.min(byRatio, MAX_UNPACKED_TOTAL - alreadyUnpacked));
}

/**
 * How much a directory layer may unpack to. gzip turns a run of zeros ~1000:1, so a 1 MB layer could fill
 * 1 GiB of disk; real layers (binaries, text, assets) compress 2–10:1 and seldom past 50:1. The limits below
 * leave honest layers well alone and stop a bomb early, while it is extracted into pull's private staging
 * directory (nothing of it reaches `output`).
 */

/** Decompressed tar bytes per compressed byte: four times the most compressible honest layers we have seen. */
export const MAX_EXPANSION_RATIO = 200;
/** Whatever the ratio, a layer may always unpack to this much: small, very repetitive layers stay allowed. */
export const MIN_UNPACK_ALLOWANCE = 64 * 1024 * 1024;
/**
 * The most one pull unpacks in all layers together: above the free disk of any hosted runner (about 14 GB), so
 * it only stops what could never have fit.
 */
export const MAX_UNPACKED_TOTAL = 32 * 1024 * 1024 * 1024;

/** The unpack limit of a layer of `compressedSize` bytes, when `alreadyUnpacked` bytes were unpacked before it. */
export function unpackLimitFor(compressedSize: number, alreadyUnpacked: number): number {
  const byRatio = Math.max(MIN_UNPACK_ALLOWANCE, compressedSize * MAX_EXPANSION_RATIO);
  return Math.max(0, Math.min(byRatio, MAX_UNPACKED_TOTAL - alreadyUnpacked));
}

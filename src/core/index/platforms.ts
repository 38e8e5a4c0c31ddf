/** Platform identity, the deterministic entry order and the `platforms` completeness gate. */
import { OciError } from '../errors.js';
import type { Platform } from '../oci/descriptor.js';
import { comparePlatforms, formatPlatform, normalisePlatform } from '../oci/platform.js';
import type { FlatEntry } from './types.js';

/** What makes two entries "the same platform": os, architecture, variant and os.version, normalised. */
export function platformKey(p: Platform): string {
  const n = normalisePlatform(p);
  return [n.os, n.architecture, n.variant ?? '', n['os.version'] ?? ''].join('|');
}

/** `linux/arm/v7`, or `darwin/arm64 (macOS 14)` when an os.version is set: for messages and summaries. */
export function describePlatform(p: Platform | undefined): string {
  if (!p) return '(no platform)';
  const version = p['os.version'];
  return version ? `${formatPlatform(p)} (${version})` : formatPlatform(p);
}

/** Platform (os, architecture, variant, os.version) then digest. */
export function compareEntries(a: FlatEntry, b: FlatEntry): number {
  if (a.platform && b.platform) {
    const byPlatform = comparePlatforms(a.platform, b.platform);
    if (byPlatform !== 0) return byPlatform;
  } else if (a.platform || b.platform) {
    return a.platform ? -1 : 1;
  }
  return a.descriptor.digest < b.descriptor.digest ? -1 : a.descriptor.digest > b.descriptor.digest ? 1 : 0;
}

/**
 * Whether an expected platform covers a found one: same os, architecture and variant, and the same
 * os.version when the expected one names it (`darwin/arm64` covers every macOS version of darwin/arm64).
 */
export function expectedCovers(expected: Platform, found: Platform): boolean {
  const e = normalisePlatform(expected);
  const f = normalisePlatform(found);
  return (
    e.os === f.os &&
    e.architecture === f.architecture &&
    (e.variant ?? '') === (f.variant ?? '') &&
    (e['os.version'] === undefined || e['os.version'] === f['os.version'])
  );
}

export interface PlatformGap {
  missing: Platform[];
  unexpected: Array<{ platform: Platform; sources: string[] }>;
}

/** What differs between the expected platforms and the entries found (attestations are not platforms). */
export function platformGap(expected: readonly Platform[], entries: readonly FlatEntry[]): PlatformGap {
  const found = new Map<string, { platform: Platform; sources: string[] }>();
  for (const entry of entries) {
    if (entry.attestation || !entry.platform) continue;
    const key = platformKey(entry.platform);
    const seen = found.get(key) ?? { platform: entry.platform, sources: [] };
    if (!seen.sources.includes(entry.source)) seen.sources.push(entry.source);
    found.set(key, seen);
  }
  const wanted = uniquePlatforms(expected);
  const missing = wanted.filter((e) => ![...found.values()].some((f) => expectedCovers(e, f.platform)));
  const unexpected = [...found.values()]
    .filter((f) => !wanted.some((e) => expectedCovers(e, f.platform)))
    .sort((a, b) => comparePlatforms(a.platform, b.platform));
  return { missing: missing.sort(comparePlatforms), unexpected };
}

/**
 * The completeness gate: if `platforms` was given, the found set must equal it. Every missing and every
 * unexpected platform is named in one error, so one failed run tells the whole story.
 */
export function checkCompleteness(expected: readonly Platform[] | undefined, entries: readonly FlatEntry[]): void {
  if (!expected || expected.length === 0) return;
  const { missing, unexpected } = platformGap(expected, entries);
  if (missing.length === 0 && unexpected.length === 0) return;
  const parts: string[] = [];
  if (missing.length > 0) {
    parts.push(
      `missing ${missing.map(describePlatform).join(', ')} (no source brought ${missing.length === 1 ? 'it' : 'them'})`,
    );
  }
  if (unexpected.length > 0) {
    const named = unexpected.map((u) => `${describePlatform(u.platform)} (from ${u.sources.join(', ')})`);
    parts.push(`unexpected ${named.join(', ')}`);
  }
  throw new OciError(
    'INCOMPLETE',
    `merge: the platforms found do not match \`platforms\` (${uniquePlatforms(expected)
      .map(describePlatform)
      .join(', ')}): ${parts.join('; ')}. Nothing was pushed. Check that every matrix job pushed its ` +
      'staging tag, or correct `platforms`',
  );
}

function uniquePlatforms(list: readonly Platform[]): Platform[] {
  const byKey = new Map<string, Platform>();
  for (const p of list) byKey.set(platformKey(p), normalisePlatform(p));
  return [...byKey.values()];
}

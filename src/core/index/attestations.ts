/**
 * buildx attestation manifests (`vnd.docker.reference.type: attestation-manifest`, platform unknown/unknown)
 * belong to the manifest named by `vnd.docker.reference.digest`: they follow it in the index, and go when it goes.
 */
import type { FlatEntry } from './types.js';

export interface PlacedEntries {
  /** The final order: each manifest followed by its attestations (sorted by digest). */
  entries: FlatEntry[];
  /** Attestations left out because their subject is not in the result. */
  dropped: FlatEntry[];
}

/**
 * Places attestations right after their subject in the already ordered `manifests`. An attestation whose
 * subject is absent is dropped; the same attestation twice is kept once.
 */
export function placeAttestations(manifests: readonly FlatEntry[], attestations: readonly FlatEntry[]): PlacedEntries {
  const present = new Set(manifests.map((m) => m.descriptor.digest));
  const bySubject = new Map<string, FlatEntry[]>();
  const dropped: FlatEntry[] = [];
  const seen = new Set<string>();
  for (const attestation of attestations) {
    const digest = attestation.descriptor.digest;
    if (seen.has(digest)) continue;
    seen.add(digest);
    const subject = attestation.subject;
    if (subject === undefined || !present.has(subject)) {
      dropped.push(attestation);
      continue;
    }
    const list = bySubject.get(subject) ?? [];
    list.push(attestation);
    bySubject.set(subject, list);
  }
  const entries: FlatEntry[] = [];
  const placed = new Set<string>();
  for (const manifest of manifests) {
    entries.push(manifest);
    const subject = manifest.descriptor.digest;
    if (placed.has(subject)) continue;
    placed.add(subject);
    const own = bySubject.get(subject) ?? [];
    entries.push(...own.sort(byDigest));
  }
  return { entries, dropped: dropped.sort(byDigest) };
}

const byDigest = (a: FlatEntry, b: FlatEntry): number =>
  a.descriptor.digest < b.descriptor.digest ? -1 : a.descriptor.digest > b.descriptor.digest ? 1 : 0;

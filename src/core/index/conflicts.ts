/**
 * Conflicts: one platform, one manifest. Base entries give way to any source with the same platform; two
 * sources with different manifests for one platform follow `on-conflict`. The same manifest twice is
 * not a conflict: it is kept once.
 */
import { OciError } from '../errors.js';
import { describePlatform, platformKey } from './platforms.js';
import type { ConflictPolicy, FlatEntry } from './types.js';

interface Slot {
  /** The entries kept for this platform (more than one only when the base index itself had several). */
  kept: FlatEntry[];
  /** Every distinct manifest that sources brought for this platform, in order: for the error message. */
  contenders: FlatEntry[];
}

/**
 * The entries that survive: base entries whose platform no source brings, then per platform the source
 * entry that wins. Attestations pass through untouched (their subject decides later whether they stay).
 */
export function resolveConflicts(
  baseEntries: readonly FlatEntry[],
  sourceEntries: readonly FlatEntry[],
  policy: ConflictPolicy = 'error',
): FlatEntry[] {
  const slots = new Map<string, Slot>();
  const attestations: FlatEntry[] = [];
  for (const entry of [...baseEntries, ...sourceEntries]) {
    if (entry.attestation || !entry.platform) {
      attestations.push(entry);
      continue;
    }
    const key = platformKey(entry.platform);
    const slot = slots.get(key);
    if (!slot) {
      slots.set(key, { kept: [entry], contenders: entry.fromBase ? [] : [entry] });
    } else if (entry.fromBase) {
      // The existing index is kept as it is, even where it lists one platform twice.
      if (!slot.kept.some((k) => k.descriptor.digest === entry.descriptor.digest)) slot.kept.push(entry);
    } else {
      placeSourceEntry(slot, entry, policy);
    }
  }
  const conflicts = [...slots.values()].filter((s) => s.contenders.length > 1);
  if (policy === 'error' && conflicts.length > 0) throw conflictError(conflicts);
  return [...[...slots.values()].flatMap((s) => s.kept), ...attestations];
}

function placeSourceEntry(slot: Slot, entry: FlatEntry, policy: ConflictPolicy): void {
  const digest = entry.descriptor.digest;
  const fromSources = slot.kept.filter((k) => !k.fromBase);
  if (fromSources.length === 0) {
    // Only base entries so far: a source always wins over the base.
    slot.kept = [entry];
    slot.contenders = [entry];
    return;
  }
  if (slot.contenders.some((c) => c.descriptor.digest === digest)) {
    // The same manifest again: a duplicate, not a conflict. Under `replace`, the later source still takes it.
    if (policy === 'replace') slot.kept = [entry];
    return;
  }
  slot.contenders.push(entry);
  if (policy === 'replace') slot.kept = [entry];
}

function conflictError(conflicts: readonly Slot[]): OciError {
  const lines = conflicts.map((slot) => {
    const first = slot.contenders[0];
    const who = slot.contenders.map((c) => `"${c.source}" (${c.descriptor.digest})`).join(' and ');
    return `${describePlatform(first?.platform)}: ${who}`;
  });
  return new OciError(
    'CONFLICT',
    `merge: several sources bring different manifests for the same platform — ${lines.join('; ')}. ` +
      'Nothing was pushed. Remove the extra source, or set `on-conflict: replace` to let the later source win',
  );
}

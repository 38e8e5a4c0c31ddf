/**
 * Choosing an index entry for a platform: push needs the exact one, pull the closest compatible one. os.version
 * counts when it is asked for (`darwin/arm64:macOS 14` takes only that bottle) and, for pull's default on macOS
 * and Windows, the newest entry not newer than the host wins, as brew and containerd choose.
 */
import { Annotations, type Descriptor, type Platform } from './descriptor.js';
import { compareOsVersions, formatPlatformWithVersion, platformMatch } from './platform.js';

export interface SelectOptions {
  /** Only an exact os/architecture/variant match. */
  exact: boolean;
  /** The host's os.version, when the platform is the host's default: newer entries are not candidates. */
  hostVersion?: string;
}

/** The closest entry for `want`; attestation manifests never. */
export function findPlatformEntry(
  entries: readonly Descriptor[],
  want: Platform,
  options: SelectOptions,
): Descriptor | undefined {
  const wantVersion = want['os.version']?.trim().toLowerCase();
  const host = options.hostVersion;
  const hostLength = host ? (host.match(/\d+/g) ?? []).length : undefined;
  let best: { desc: Descriptor; rank: number; version: string | undefined } | undefined;
  for (const desc of entries) {
    if (!desc.platform || desc.annotations?.[Annotations.dockerReferenceType]) continue;
    const { matches, rank } = platformMatch(want, desc.platform);
    if (!matches || (options.exact && rank !== 0)) continue;
    const version = desc.platform['os.version'];
    if (wantVersion !== undefined && version?.trim().toLowerCase() !== wantVersion) continue;
    if (host && version !== undefined && (compareOsVersions(version, host, hostLength) ?? 1) > 0) continue;
    if (!best || better({ rank, version }, best, host !== undefined)) best = { desc, rank, version };
  }
  return best?.desc;
}

/**
 * Closer platform first. Then, for a host, a versioned entry (the newest) before an unversioned one; otherwise
 * the unversioned entry, else the newest version.
 */
function better(
  a: { rank: number; version: string | undefined },
  b: { rank: number; version: string | undefined },
  forHost: boolean,
): boolean {
  if (a.rank !== b.rank) return a.rank < b.rank;
  if (a.version === b.version) return false;
  if (a.version === undefined) return !forHost;
  if (b.version === undefined) return forHost;
  return (compareOsVersions(a.version, b.version) ?? 0) > 0;
}

/** The platforms an index lists, for messages: `linux/amd64, darwin/arm64:macOS 14` or `none`. */
export function listedPlatforms(entries: readonly Descriptor[]): string {
  const names = entries
    .filter((d) => d.platform && d.platform.os !== 'unknown')
    .map((d) => formatPlatformWithVersion(d.platform as Platform));
  return names.join(', ') || 'none';
}

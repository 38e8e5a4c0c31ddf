/** Platforms: parse `os/arch[/variant][:os.version]`, normalise the names people use, format, compare, match, slug. */
import { release as osRelease } from 'node:os';
import { OciError, quote } from '../errors.js';
import type { Platform } from './descriptor.js';

const archAliases: Record<string, string> = {
  aarch64: 'arm64',
  x86_64: 'amd64',
  'x86-64': 'amd64',
  x64: 'amd64',
  i386: '386',
  i686: '386',
  armhf: 'arm',
  armel: 'arm',
};
const osAliases: Record<string, string> = { macos: 'darwin', osx: 'darwin', win32: 'windows' };
const knownOs = new Set([
  'aix',
  'android',
  'darwin',
  'dragonfly',
  'freebsd',
  'illumos',
  'ios',
  'js',
  'linux',
  'netbsd',
  'openbsd',
  'plan9',
  'solaris',
  'wasip1',
  'windows',
  'unknown',
]);
const knownArch = new Set([
  '386',
  'amd64',
  'arm',
  'arm64',
  'loong64',
  'mips',
  'mips64',
  'mips64le',
  'mipsle',
  'ppc64',
  'ppc64le',
  'riscv64',
  's390x',
  'wasm',
  'unknown',
]);
const segment = /^[a-z0-9][a-z0-9._-]*$/;

/**
 * Parses and normalises `os/arch[/variant][:os.version]`, ORAS's form (e.g. `linux/aarch64` → linux/arm64,
 * `linux/arm64/v8` → linux/arm64, `darwin/arm64:macOS 14` keeps os.version `macOS 14` as written).
 */
export function parsePlatform(value: string): Platform {
  const colon = value.indexOf(':');
  const text = (colon >= 0 ? value.slice(0, colon) : value).trim().toLowerCase();
  const osVersion = colon >= 0 ? value.slice(colon + 1).trim() : undefined;
  const parts = text.split('/');
  if (parts.length < 2 || parts.length > 3 || parts.some((p) => !segment.test(p)) || osVersion === '') {
    throw new OciError(
      'INVALID_PLATFORM',
      `invalid platform ${quote(value)}: expected os/arch[/variant][:os.version], e.g. linux/arm64, linux/arm/v7 or darwin/arm64:macOS 14`,
    );
  }
  const [os = '', arch = '', variant] = parts;
  const platform = normalisePlatform(variant ? { os, architecture: arch, variant } : { os, architecture: arch });
  if (osVersion !== undefined) platform['os.version'] = osVersion;
  if (!knownOs.has(platform.os)) {
    throw new OciError(
      'INVALID_PLATFORM',
      `invalid platform ${quote(value)}: unknown os ${quote(platform.os)} (e.g. linux, darwin, windows)`,
    );
  }
  if (!knownArch.has(platform.architecture)) {
    throw new OciError(
      'INVALID_PLATFORM',
      `invalid platform ${quote(value)}: unknown architecture ${quote(platform.architecture)} (e.g. amd64, arm64, arm, riscv64)`,
    );
  }
  return platform;
}

/** Maps aliases to OCI names and drops redundant variants (arm64/v8), keeping every other field. */
export function normalisePlatform(p: Platform): Platform {
  const os = osAliases[p.os] ?? p.os;
  const architecture = archAliases[p.architecture] ?? p.architecture;
  let variant = p.variant;
  if (architecture === 'arm64' && variant === 'v8') variant = undefined;
  if (p.architecture === 'aarch64' && variant === 'v8') variant = undefined;
  const out: Platform = { ...p, os, architecture };
  if (variant) out.variant = variant;
  else delete out.variant;
  return out;
}

/** `os/arch[/variant]` */
export function formatPlatform(p: Platform): string {
  return [p.os, p.architecture, p.variant].filter(Boolean).join('/');
}

/** ORAS's form `os/arch[/variant][:os.version]`, as outputs and summaries show a platform. */
export function formatPlatformWithVersion(p: Platform): string {
  const version = p['os.version'];
  return version ? `${formatPlatform(p)}:${version}` : formatPlatform(p);
}

/** A tag-safe name: `linux/arm/v7` → `linux-arm-v7`; `os.version` is appended when present. */
export function platformSlug(p: Platform): string {
  const parts = [p.os, p.architecture, p.variant, p['os.version']].filter((x): x is string => Boolean(x));
  return parts
    .join('-')
    .toLowerCase()
    .replace(/[^a-z0-9_.-]+/g, '-')
    .replace(/^[.-]+/, '');
}

/** Same os, architecture, variant and os.version (after normalisation). */
export function samePlatform(a: Platform, b: Platform): boolean {
  return comparePlatforms(a, b) === 0;
}

/** The deterministic order: os, architecture, variant, os.version. */
export function comparePlatforms(a: Platform, b: Platform): number {
  const na = normalisePlatform(a);
  const nb = normalisePlatform(b);
  return (
    cmp(na.os, nb.os) ||
    cmp(na.architecture, nb.architecture) ||
    cmp(na.variant ?? '', nb.variant ?? '') ||
    cmp(na['os.version'] ?? '', nb['os.version'] ?? '')
  );
}

const armOrder = ['v5', 'v6', 'v7', 'v8'];
/**
 * Whether `have` can run where `want` is asked: same os and architecture, and for arm a variant no newer
 * than the one wanted (v7 runs v6 and v5). `rank` is lower for a closer match (0 exact).
 */
export function platformMatch(want: Platform, have: Platform): { matches: boolean; rank: number } {
  const w = normalisePlatform(want);
  const h = normalisePlatform(have);
  if (w.os !== h.os || w.architecture !== h.architecture) return { matches: false, rank: Infinity };
  if ((w.variant ?? '') === (h.variant ?? '')) return { matches: true, rank: 0 };
  if (w.architecture === 'arm') {
    const wi = armOrder.indexOf(w.variant ?? 'v7');
    const hi = armOrder.indexOf(h.variant ?? 'v7');
    if (wi >= 0 && hi >= 0 && hi <= wi) return { matches: true, rank: 1 + (wi - hi) };
    return { matches: false, rank: Infinity };
  }
  if (!h.variant) return { matches: true, rank: 1 };
  return { matches: false, rank: Infinity };
}

/**
 * Orders two os.version strings by their numbers (`macOS 14.5` < `macOS 15`, `10.0.17763.1` < `10.0.20348`),
 * looking only at the first `upTo` numbers when given (a host's `10.0.20348` covers `10.0.20348.2113`).
 * Undefined when either has no number or their words differ (`macOS 14` and `10.0.1` are not comparable).
 */
export function compareOsVersions(a: string, b: string, upTo?: number): number | undefined {
  const words = (v: string) =>
    v
      .replace(/[\d.]+/g, ' ')
      .trim()
      .toLowerCase()
      .replace(/\s+/g, ' ');
  const numbers = (v: string) => (v.match(/\d+/g) ?? []).map(Number);
  const na = numbers(a).slice(0, upTo);
  const nb = numbers(b).slice(0, upTo);
  if (na.length === 0 || nb.length === 0) return undefined;
  if (words(a) !== '' && words(b) !== '' && words(a) !== words(b)) return undefined;
  for (let i = 0; i < Math.max(na.length, nb.length); i++) {
    const d = (na[i] ?? 0) - (nb[i] ?? 0);
    if (d !== 0) return d < 0 ? -1 : 1;
  }
  return 0;
}

/**
 * The os.version of the machine, as publishers write it: `macOS 14.4` on darwin (from the kernel release:
 * Darwin 23 is macOS 14, Darwin 25 is macOS 26), `10.0.22631` on Windows; undefined elsewhere.
 */
export function hostOsVersion(
  nodePlatform: string = process.platform,
  release: string = osRelease(),
): string | undefined {
  const [major = NaN, minor = 0] = release.split('.').map(Number);
  if (nodePlatform === 'darwin' && Number.isFinite(major)) {
    if (major >= 25) return `macOS ${major + 1}.${minor}`;
    if (major >= 20) return `macOS ${major - 9}.${minor}`;
    return `macOS 10.${major - 4}`;
  }
  if (nodePlatform === 'win32' && /^\d+\.\d+\.\d+/.test(release)) return release;
  return undefined;
}

/** The platform of the machine running this code, in OCI names. */
export function hostPlatform(nodePlatform: string = process.platform, nodeArch: string = process.arch): Platform {
  const os = nodePlatform === 'win32' ? 'windows' : nodePlatform;
  const arch: Record<string, string> = {
    x64: 'amd64',
    ia32: '386',
    arm64: 'arm64',
    arm: 'arm',
    ppc64: 'ppc64le',
    s390x: 's390x',
    riscv64: 'riscv64',
    loong64: 'loong64',
  };
  const architecture = arch[nodeArch] ?? nodeArch;
  return architecture === 'arm' ? { os, architecture, variant: 'v7' } : { os, architecture };
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

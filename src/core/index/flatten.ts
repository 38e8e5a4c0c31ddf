/**
 * Flatten: every source becomes a list of manifest entries. Indexes contribute their entries (nested indexes
 * recursively), a plain manifest becomes one entry whose platform comes from its image config.
 */
import { parseDigest } from '../oci/digest.js';
import { OciError } from '../errors.js';
import { Annotations, type Descriptor, type ImageManifest, type Platform } from '../oci/descriptor.js';
import { isIndexType, isManifestType } from '../oci/media-types.js';
import { formatPlatform, normalisePlatform } from '../oci/platform.js';
import type { ContentGraph, FlatEntry, SourceNode } from './types.js';
import { MAX_INDEX_DEPTH } from '../limits.js';
export { MAX_INDEX_DEPTH } from '../limits.js';

export const attestationManifestType = 'attestation-manifest';

/** The entries of every source, in source order (and in index order within a source). */
export function flattenSources(sources: readonly SourceNode[], graph: ContentGraph, fromBase = false): FlatEntry[] {
  return sources.flatMap((source) => flattenSource(source, graph, fromBase));
}

/** The entries of one source: an index (flattened) or a plain manifest (one entry). */
export function flattenSource(source: SourceNode, graph: ContentGraph, fromBase = false): FlatEntry[] {
  const root = checkedDescriptor(source.descriptor, source, 'its root descriptor');
  const walk: Walk = { source, graph, fromBase, visited: new Set(), out: [] };
  if (kindOf(root, graph) === 'index') {
    walkIndex(walk, root, 0, [], undefined);
  } else {
    walk.out.push(manifestEntry(walk, root, root.platform));
  }
  return walk.out;
}

interface Walk {
  source: SourceNode;
  graph: ContentGraph;
  fromBase: boolean;
  /** Indexes already walked for this source: a diamond is walked once. */
  visited: Set<string>;
  out: FlatEntry[];
}

function walkIndex(
  walk: Walk,
  indexDescriptor: Descriptor,
  depth: number,
  path: readonly string[],
  inherited: Platform | undefined,
): void {
  const { source, graph } = walk;
  const digest = indexDescriptor.digest;
  if (path.includes(digest)) {
    throw new OciError(
      'INVALID_MANIFEST',
      `source "${source.name}": index ${digest} contains itself (${[...path, digest].join(' → ')}); ` +
        'an index cannot be merged when its entries form a cycle',
    );
  }
  if (depth > MAX_INDEX_DEPTH) {
    throw new OciError(
      'INVALID_MANIFEST',
      `source "${source.name}": indexes nest deeper than ${MAX_INDEX_DEPTH} levels (at ${digest}); ` +
        'flatten the source before merging it',
    );
  }
  if (walk.visited.has(digest)) return;
  walk.visited.add(digest);
  const index = graph.indexes.get(digest);
  if (!index) {
    throw new OciError('INVALID_INPUT', `source "${source.name}": index ${digest} was not loaded before composing`);
  }
  for (const raw of index.manifests) {
    const child = checkedDescriptor(raw, source, `an entry of index ${digest}`);
    if (isAttestation(child)) {
      walk.out.push(attestationEntry(walk, child));
    } else if (kindOf(child, graph) === 'index') {
      walkIndex(walk, child, depth + 1, [...path, digest], child.platform ?? inherited);
    } else {
      walk.out.push(manifestEntry(walk, child, child.platform ?? inherited));
    }
  }
}

function manifestEntry(walk: Walk, descriptor: Descriptor, given: Platform | undefined): FlatEntry {
  const manifest = walk.graph.manifests.get(descriptor.digest);
  const platform = checkedPlatform(given ?? configPlatform(walk, descriptor, manifest), walk.source, descriptor);
  const artifactType = descriptor.artifactType ?? manifest?.artifactType;
  const out: Descriptor = { ...descriptor, platform };
  if (artifactType !== undefined) out.artifactType = artifactType;
  return { descriptor: out, platform, source: walk.source.name, attestation: false, fromBase: walk.fromBase };
}

function attestationEntry(walk: Walk, descriptor: Descriptor): FlatEntry {
  const platform = descriptor.platform ? normalisePlatform(descriptor.platform) : undefined;
  const out: Descriptor = { ...descriptor };
  if (platform) out.platform = platform;
  const entry: FlatEntry = {
    descriptor: out,
    platform,
    source: walk.source.name,
    attestation: true,
    fromBase: walk.fromBase,
  };
  const subject = descriptor.annotations?.[Annotations.dockerReferenceDigest];
  if (subject !== undefined) entry.subject = subject;
  return entry;
}

/** The platform of a manifest that has none on its descriptor: its image config's `os` and `architecture`. */
function configPlatform(walk: Walk, descriptor: Descriptor, manifest: ImageManifest | undefined): Platform {
  const what = `source "${walk.source.name}": manifest ${descriptor.digest}`;
  const config = manifest ? walk.graph.configs.get(manifest.config.digest) : undefined;
  if (!config?.os || !config.architecture) {
    throw new OciError(
      'INVALID_INPUT',
      `${what} has no platform: neither its descriptor nor ${
        manifest ? `its config (${manifest.config.mediaType})` : 'a loaded manifest'
      } names an os and architecture. Stage it with \`push\` and a \`platform\` (the staging index records ` +
        'the platform), or give an image whose config has os and architecture',
    );
  }
  const platform: Platform = { os: config.os, architecture: config.architecture };
  if (config.variant) platform.variant = config.variant;
  if (config['os.version']) platform['os.version'] = config['os.version'];
  if (config['os.features']?.length) platform['os.features'] = [...config['os.features']];
  return platform;
}

function checkedPlatform(platform: Platform, source: SourceNode, descriptor: Descriptor): Platform {
  const usable = (s: unknown): boolean => typeof s === 'string' && s.length > 0;
  if (!usable(platform.os) || !usable(platform.architecture)) {
    throw new OciError(
      'INVALID_PLATFORM',
      `source "${source.name}": manifest ${descriptor.digest} has an incomplete platform ` +
        `"${formatPlatform(platform)}" (os and architecture are both required)`,
    );
  }
  return normalisePlatform(platform);
}

/** A copy holding only what an index entry carries (no `urls`, no embedded `data`), digest checked. */
function checkedDescriptor(d: Descriptor, source: SourceNode, where: string): Descriptor {
  try {
    parseDigest(d.digest);
  } catch (e) {
    throw new OciError('INVALID_DIGEST', `source "${source.name}", ${where}: ${(e as Error).message}`, { cause: e });
  }
  if (!Number.isSafeInteger(d.size) || d.size < 0) {
    throw new OciError('INVALID_MANIFEST', `source "${source.name}", ${where}: ${d.digest} has an invalid size`);
  }
  const out: Descriptor = { mediaType: d.mediaType, digest: d.digest, size: d.size };
  if (d.artifactType !== undefined) out.artifactType = d.artifactType;
  if (d.platform) out.platform = d.platform;
  if (d.annotations) out.annotations = { ...d.annotations };
  return out;
}

export const isAttestation = (d: Descriptor): boolean =>
  d.annotations?.[Annotations.dockerReferenceType] === attestationManifestType;

/** Index or manifest: by media type first, then by what the loader found under that digest. */
function kindOf(d: Descriptor, graph: ContentGraph): 'index' | 'manifest' {
  if (isIndexType(d.mediaType)) return 'index';
  if (isManifestType(d.mediaType)) return 'manifest';
  return graph.indexes.has(d.digest) ? 'index' : 'manifest';
}

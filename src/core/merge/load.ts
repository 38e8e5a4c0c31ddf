/**
 * Loads what merge composes from: each source's root (index or manifest), nested indexes, and — only where
 * composition needs them — child manifests (for lifted annotations) and image configs (for the platform of
 * a plain manifest). Remembers which store holds each digest, so publishing can copy from there.
 */
import { MAX_MANIFEST_READ, readAll, readReference } from '../content/read.js';
import type { ReadOnlyTarget } from '../content/target.js';
import { OciError } from '../errors.js';
import { MAX_INDEX_DEPTH } from '../index/flatten.js';
import type { ConfigPlatform, ContentGraph, SourceNode } from '../index/types.js';
import type { Descriptor, ImageIndex, ImageManifest } from '../oci/descriptor.js';
import { parseManifestBody } from '../oci/manifest.js';
import { isIndexType, isManifestType } from '../oci/media-types.js';
import { formatReference, type Reference } from '../reference.js';

/** An image config is small JSON; a bigger one is not an image config. */
export const MAX_CONFIG_READ = 1024 * 1024;

export interface LoadedGraph {
  graph: ContentGraph;
  /** digest → the store it was found in */
  holders: Map<string, ReadOnlyTarget>;
}

export function createLoadedGraph(): LoadedGraph {
  return {
    graph: { manifests: new Map(), indexes: new Map(), configs: new Map() },
    holders: new Map(),
  };
}

/** Loads one source (by tag or digest) into `loaded` and returns its SourceNode. */
export async function loadSource(
  loaded: LoadedGraph,
  ref: Reference,
  target: ReadOnlyTarget,
  options: { needManifests: boolean },
): Promise<SourceNode> {
  const name = formatReference(ref);
  const version = ref.digest ?? ref.tag;
  if (!version) throw new OciError('INVALID_INPUT', `source ${name} needs a tag or a digest`);
  // One round trip where the target can: a GET by tag answers with the bytes and the digest.
  const { descriptor: root, bytes } = await readReference(target, version);
  await loadNode(loaded, target, root, name, options.needManifests, 0, bytes);
  return { name, descriptor: root };
}

async function loadNode(
  loaded: LoadedGraph,
  target: ReadOnlyTarget,
  desc: Descriptor,
  name: string,
  needManifests: boolean,
  depth: number,
  bytes?: Uint8Array,
): Promise<void> {
  if (!loaded.holders.has(desc.digest)) loaded.holders.set(desc.digest, target);
  if (isIndexType(desc.mediaType)) {
    if (depth > MAX_INDEX_DEPTH)
      throw new OciError('INVALID_INPUT', `source ${name}: indexes nested deeper than ${MAX_INDEX_DEPTH}`);
    const index = await readParsed(loaded, target, desc, name, 'index', bytes);
    await Promise.all(index.manifests.map((child) => loadNode(loaded, target, child, name, needManifests, depth + 1)));
    return;
  }
  if (!isManifestType(desc.mediaType)) return;
  // A root manifest always needs its config (its platform); children only when annotations are lifted.
  if (depth > 0 && !needManifests) return;
  const manifest = await readParsed(loaded, target, desc, name, 'manifest', bytes);
  if (depth === 0 && !loaded.graph.configs.has(manifest.config.digest)) {
    (loaded.graph.configs as Map<string, ConfigPlatform>).set(
      manifest.config.digest,
      await readConfig(target, manifest.config),
    );
  }
}

/** Reads and parses a manifest or index once (kept in the graph), checking it is the kind `want` says. */
async function readParsed<K extends 'index' | 'manifest'>(
  loaded: LoadedGraph,
  target: ReadOnlyTarget,
  desc: Descriptor,
  name: string,
  want: K,
  bytes?: Uint8Array,
): Promise<K extends 'index' ? ImageIndex : ImageManifest> {
  type Result = K extends 'index' ? ImageIndex : ImageManifest;
  const indexes = loaded.graph.indexes as Map<string, ImageIndex>;
  const manifests = loaded.graph.manifests as Map<string, ImageManifest>;
  const known = want === 'index' ? indexes.get(desc.digest) : manifests.get(desc.digest);
  if (known) return known as Result;
  const parsed = parseManifestBody(
    bytes ?? (await readAll(target, desc, MAX_MANIFEST_READ)),
    desc.mediaType,
    `${want} ${desc.digest} of ${name}`,
  );
  if (parsed.kind !== want) {
    throw new OciError(
      'INVALID_MANIFEST',
      `${desc.digest} of ${name} is described as ${want === 'index' ? 'an index' : 'a manifest'} but is not one`,
    );
  }
  if (parsed.kind === 'index') indexes.set(desc.digest, parsed.index);
  else manifests.set(desc.digest, parsed.manifest);
  return (parsed.kind === 'index' ? parsed.index : parsed.manifest) as Result;
}

/** The platform fields of an image config ({} when it has none or is not JSON). push checks its input with it. */
export async function readConfig(target: ReadOnlyTarget, desc: Descriptor): Promise<ConfigPlatform> {
  if (desc.size > MAX_CONFIG_READ) return {};
  try {
    const json: unknown = JSON.parse((await readAll(target, desc, MAX_CONFIG_READ)).toString('utf8'));
    if (typeof json !== 'object' || json === null) return {};
    const c = json as Record<string, unknown>;
    const out: ConfigPlatform = {};
    if (typeof c['os'] === 'string') out.os = c['os'];
    if (typeof c['architecture'] === 'string') out.architecture = c['architecture'];
    if (typeof c['variant'] === 'string') out.variant = c['variant'];
    if (typeof c['os.version'] === 'string') out['os.version'] = c['os.version'];
    if (Array.isArray(c['os.features']))
      out['os.features'] = c['os.features'].filter((f): f is string => typeof f === 'string');
    return out;
  } catch (e) {
    if (e instanceof SyntaxError) return {};
    throw e;
  }
}

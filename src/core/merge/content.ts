/**
 * What merge has read, and where from: each source's root (index or manifest), nested indexes, and — only where
 * composition needs them — child manifests (for lifted annotations) and image configs (for the platform of a
 * plain manifest). Like an index value in go-containerregistry, it knows where each child lives: publishing
 * copies every child from the store it was read from.
 */
import { MAX_MANIFEST_READ, readAll, readReference } from '../content/read.js';
import type { ReadOnlyTarget } from '../content/target.js';
import { OciError } from '../errors.js';
import { MAX_INDEX_DEPTH } from '../index/flatten.js';
import type { ConfigPlatform, ContentGraph, SourceNode } from '../index/types.js';
import type { Descriptor, ImageIndex, ImageManifest } from '../oci/descriptor.js';
import { parseManifestBody } from '../oci/manifest.js';
import { MAX_CONFIG_READ } from '../limits.js';
import { isIndexType, isManifestType } from '../oci/media-types.js';
import { formatReference, type Reference } from '../oci/reference.js';

export interface MergeContent {
  /** Everything read, by digest (read-only: composition and cleanup look, only `load` adds). */
  readonly graph: ContentGraph;
  /** The store a digest was first found in (undefined: never read). */
  holderOf(digest: string): ReadOnlyTarget | undefined;
  /** Reads one source (by tag or digest) and what composition needs under it; returns its SourceNode. */
  load(ref: Reference, target: ReadOnlyTarget, options: { needManifests: boolean }): Promise<SourceNode>;
}

export function createMergeContent(): MergeContent {
  const manifests = new Map<string, ImageManifest>();
  const indexes = new Map<string, ImageIndex>();
  const configs = new Map<string, ConfigPlatform>();
  const holders = new Map<string, ReadOnlyTarget>();

  /** Reads and parses a manifest or index once (kept), checking it is the kind `want` says. */
  async function readParsed<K extends 'index' | 'manifest'>(
    target: ReadOnlyTarget,
    desc: Descriptor,
    name: string,
    want: K,
    bytes?: Uint8Array,
  ): Promise<K extends 'index' ? ImageIndex : ImageManifest> {
    type Result = K extends 'index' ? ImageIndex : ImageManifest;
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

  async function loadNode(
    target: ReadOnlyTarget,
    desc: Descriptor,
    name: string,
    needManifests: boolean,
    depth: number,
    bytes?: Uint8Array,
  ): Promise<void> {
    if (!holders.has(desc.digest)) holders.set(desc.digest, target);
    if (isIndexType(desc.mediaType)) {
      if (depth > MAX_INDEX_DEPTH)
        throw new OciError('INVALID_INPUT', `source ${name}: indexes nested deeper than ${MAX_INDEX_DEPTH}`);
      const index = await readParsed(target, desc, name, 'index', bytes);
      await Promise.all(index.manifests.map((child) => loadNode(target, child, name, needManifests, depth + 1)));
      return;
    }
    if (!isManifestType(desc.mediaType)) return;
    // A root manifest always needs its config (its platform); children only when annotations are lifted.
    if (depth > 0 && !needManifests) return;
    const manifest = await readParsed(target, desc, name, 'manifest', bytes);
    if (depth === 0 && !configs.has(manifest.config.digest)) {
      configs.set(manifest.config.digest, await readConfig(target, manifest.config));
    }
  }

  return {
    graph: { manifests, indexes, configs },
    holderOf: (digest) => holders.get(digest),
    async load(ref, target, options) {
      const name = formatReference(ref);
      const version = ref.digest ?? ref.tag;
      if (!version) throw new OciError('INVALID_INPUT', `source ${name} needs a tag or a digest`);
      // One round trip where the target can: a GET by tag answers with the bytes and the digest.
      const { descriptor: root, bytes } = await readReference(target, version);
      await loadNode(target, root, name, options.needManifests, 0, bytes);
      return { name, descriptor: root };
    },
  };
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

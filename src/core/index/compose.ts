/**
 * composeIndex: the whole `merge` composition as one pure function over descriptors. Flatten the sources
 * (and the base), resolve same-platform conflicts, order the entries, place attestations after their
 * subject, check the `platforms` gate, lift descriptor annotations, and serialise to stable bytes.
 */
import { digestOf } from '../oci/digest.js';
import { OciError } from '../errors.js';
import type { Descriptor, ImageIndex, Platform } from '../oci/descriptor.js';
import { MAX_MANIFEST_PUSH } from '../limits.js';
import { isMediaType, MediaTypes } from '../oci/media-types.js';
import { placeAttestations } from './attestations.js';
import { buildIndexAnnotations, liftDescriptorAnnotations } from './annotations.js';
import { resolveConflicts } from './conflicts.js';
import { flattenSource, flattenSources } from './flatten.js';
import { checkCompleteness, compareEntries } from './platforms.js';
import { serialiseIndex, sortedAnnotations } from './serialise.js';
import { type ComposedEntry, type ComposedIndex, type ComposeRequest } from './types.js';

export interface ComposeResult extends ComposedIndex {
  /** Attestations left out because their subject is not in the index (for the log). */
  dropped: ComposedEntry[];
}

export function composeIndex(request: ComposeRequest): ComposeResult {
  const policy = request.onConflict ?? 'error';
  checkRequest(request);
  const sourceEntries = flattenSources(request.sources, request.graph);
  const baseEntries = request.base ? flattenSource(request.base, request.graph, true) : [];
  const resolved = resolveConflicts(baseEntries, sourceEntries, policy);
  const manifests = resolved.filter((e) => !e.attestation).sort(compareEntries);
  if (manifests.length === 0) {
    throw new OciError(
      'INCOMPLETE',
      `merge: the sources (${request.sources.map((s) => `"${s.name}"`).join(', ')}) hold no manifests; nothing to merge`,
    );
  }
  const placed = placeAttestations(
    manifests,
    resolved.filter((e) => e.attestation),
  );
  checkCompleteness(request.platforms, placed.entries);
  const entries = liftDescriptorAnnotations(placed.entries, request.graph, request.descriptorAnnotations);

  const index = { schemaVersion: 2, mediaType: MediaTypes.ociIndex } as ImageIndex;
  if (request.artifactType !== undefined) index.artifactType = request.artifactType;
  index.manifests = entries.map((e) => orderedDescriptor(e.descriptor));
  const annotations = sortedAnnotations(buildIndexAnnotations(request.indexAnnotations, request.defaults));
  if (annotations) index.annotations = annotations;

  const bytes = serialiseIndex(index);
  if (bytes.length > MAX_MANIFEST_PUSH) {
    throw new OciError(
      'TOO_LARGE',
      `merge: the composed index is ${bytes.length} bytes with ${entries.length} entries, above the ` +
        `${MAX_MANIFEST_PUSH}-byte (4 MiB) limit that registries enforce; nothing was pushed. ` +
        'Lift fewer `descriptor-annotations`, shorten the annotations, or split the release',
    );
  }
  const descriptor: Descriptor = { mediaType: MediaTypes.ociIndex, digest: digestOf(bytes), size: bytes.length };
  if (request.artifactType !== undefined) descriptor.artifactType = request.artifactType;
  const toComposed = (e: (typeof entries)[number], i: number): ComposedEntry => ({
    platform: e.platform,
    descriptor: index.manifests[i] ?? orderedDescriptor(e.descriptor),
    source: e.source,
    attestation: e.attestation,
  });
  return {
    index,
    bytes,
    descriptor,
    entries: entries.map(toComposed),
    dropped: placed.dropped.map((e) => ({
      platform: e.platform,
      descriptor: orderedDescriptor(e.descriptor),
      source: e.source,
      attestation: true,
    })),
  };
}

function checkRequest(request: ComposeRequest): void {
  if (request.sources.length === 0 && !request.base) {
    throw new OciError('INVALID_INPUT', 'merge: no sources to compose (no staging tags found and no `sources` given)');
  }
  if (request.artifactType !== undefined && !isMediaType(request.artifactType)) {
    throw new OciError(
      'INVALID_INPUT',
      `artifact-type: "${request.artifactType}" is not a media type (type/subtype, e.g. application/vnd.example.bottle)`,
    );
  }
}

/** The same descriptor with its keys in serialisation order and its annotations sorted. */
function orderedDescriptor(d: Descriptor): Descriptor {
  const out = { mediaType: d.mediaType } as Descriptor;
  if (d.artifactType !== undefined) out.artifactType = d.artifactType;
  out.digest = d.digest;
  out.size = d.size;
  if (d.platform) out.platform = orderedPlatform(d.platform);
  const annotations = sortedAnnotations(d.annotations);
  if (annotations) out.annotations = annotations;
  return out;
}

function orderedPlatform(p: Platform): Platform {
  const out: Platform = { architecture: p.architecture, os: p.os };
  if (p['os.version'] !== undefined) out['os.version'] = p['os.version'];
  if (p['os.features'] !== undefined) out['os.features'] = [...p['os.features']];
  if (p.variant !== undefined) out.variant = p.variant;
  if (p.features !== undefined) out.features = [...p.features];
  return out;
}

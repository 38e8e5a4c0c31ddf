/**
 * merge's second step: the index to publish. Composes the sources (the pure composeIndex, given the request's
 * composition options as they are), or — when this staging prefix was already released and the staging tags
 * left are only what an interrupted cleanup left — takes that release as it is.
 */
import { createAnnotationMatcher } from '../oci/annotations.js';
import type { ImageIndex } from '../oci/descriptor.js';
import { composeIndex, type ComposeResult } from '../index/compose.js';
import type { ContentGraph } from '../index/types.js';
import { formatReference } from '../oci/reference.js';
import { releasedFromAnnotation, stagingAnnotation } from '../artifact/staging.js';
import { noStagingTags } from './load.js';
import { currentOf, type ComposedMerge, type LoadedMerge } from './state.js';

export function composeMerge(state: LoadedMerge): ComposedMerge {
  const { request, deps, prefix, released, sources, base } = state;
  // The request carries the composition options under their own names; only what was read replaces its references.
  const { sources: _refs, base: _baseRef, ...options } = request;
  const fresh =
    sources.length > 0
      ? composeIndex({
          ...options,
          // With cleanup the release records its staging prefix: a re-run finds it when the staging tags are gone.
          indexAnnotations:
            prefix && request.cleanup
              ? { ...request.indexAnnotations, [releasedFromAnnotation]: prefix }
              : request.indexAnnotations,
          sources: sources.map((s) => s.node),
          graph: restrictStagingAnnotations(state.content.graph, request.descriptorAnnotations),
          ...(base ? { base } : {}),
        })
      : undefined;
  const index = released && (!fresh || leftOverFrom(fresh, released)) ? released : fresh;
  if (!index) throw noStagingTags(request, deps);
  if (index === released) {
    const holding = request.tags.filter((r) => currentOf(state, r) === released.descriptor.digest);
    deps.logger.info(
      `already released: ${holding.map((r) => formatReference(r)).join(', ')} hold${holding.length === 1 ? 's' : ''} ` +
        `${released.descriptor.digest}, the index staging prefix "${prefix}" produced` +
        (sources.length > 0 ? ` (the ${sources.length} staging tag(s) left are what an interrupted cleanup left)` : ''),
    );
  }
  deps.logger.info(
    `Index ${index.descriptor.digest} (${index.descriptor.size} bytes, ${index.entries.length} entries)`,
  );
  return { ...state, composed: index };
}

/**
 * Staging tags that compose into a part of the release already made (every child is in it, fewer of them):
 * what an interrupted cleanup leaves. Publishing them would shrink the release.
 */
function leftOverFrom(fresh: ComposeResult, released: ComposeResult): boolean {
  if (fresh.descriptor.digest === released.descriptor.digest) return true;
  const inRelease = new Set(released.index.manifests.map((d) => d.digest));
  return (
    fresh.index.manifests.length < released.index.manifests.length &&
    fresh.index.manifests.every((d) => inRelease.has(d.digest))
  );
}

/**
 * A staging entry carries every annotation of its manifest (the hand-off); what reaches the release index is
 * only what `descriptor-annotations` allows (and the attestation links of a buildx entry staged by `push --source`).
 * Other sources (buildx indexes) keep their descriptors as they are. The graph read stays as it was read.
 */
function restrictStagingAnnotations(graph: ContentGraph, allowlist: readonly string[]): ContentGraph {
  const allowed = createAnnotationMatcher(allowlist);
  const indexes = new Map<string, ImageIndex>();
  for (const [digest, index] of graph.indexes) {
    if (index.annotations?.[stagingAnnotation] !== 'true') {
      indexes.set(digest, index);
      continue;
    }
    const manifests = index.manifests.map((entry) => {
      // vnd.docker.reference.* tie an attestation manifest to its subject: structure, not lifted metadata.
      const kept = Object.entries(entry.annotations ?? {}).filter(
        ([key]) => allowed(key) || key.startsWith('vnd.docker.reference.'),
      );
      const { annotations: _dropped, ...rest } = entry;
      return kept.length > 0 ? { ...rest, annotations: Object.fromEntries(kept) } : rest;
    });
    indexes.set(digest, { ...index, manifests });
  }
  return { ...graph, indexes };
}

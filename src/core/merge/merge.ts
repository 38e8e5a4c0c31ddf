/**
 * merge: the single writer. Reads the staging tags (or explicit sources), composes one index (pure), then
 * publishes it to every destination — children first, then the index, then the tags — and optionally cleans up
 * the staging indexes.
 */
import type { Target } from '../content/target.js';
import { OciError } from '../errors.js';
import type { BlobEvent, ProgressEvent } from '../graph/copy-graph.js';
import { composeIndex, type ComposeResult } from '../index/compose.js';
import type { ConflictPolicy, IndexAnnotationDefaults, SourceNode } from '../index/types.js';
import type { Logger } from '../logger.js';
import type { Platform } from '../oci/descriptor.js';
import { formatReference, repositoryOf, withVersion, type Reference } from '../reference.js';
import { cleanupStaging, type CleanupOutcome } from './cleanup.js';
import { createAnnotationMatcher } from '../oci/annotations.js';
import type { ContentGraph } from '../index/types.js';
import type { ImageIndex } from '../oci/descriptor.js';
import { releasedFromAnnotation, stagingAnnotation } from '../publish/staging.js';
import { createLoadedGraph, loadSource, type LoadedGraph } from './load.js';
import { readReference } from '../content/read.js';
import { Annotations, type Descriptor } from '../oci/descriptor.js';
import { parseManifestBody } from '../oci/manifest.js';
import { isIndexType } from '../oci/media-types.js';
import { normalisePlatform } from '../oci/platform.js';
import { planDestination, type DestinationPlan } from './plan.js';
import { runBounded } from '../graph/limit.js';
import { publishIndex, currentDigest, type PublishOutcome } from './publish.js';

export interface MergeRequest {
  repository: Reference;
  /** Discover `<prefix>-*` tags in `repository` (when `sources` is empty). */
  stagingPrefix?: string;
  sources: Reference[];
  platforms?: Platform[];
  /** Every destination, each with its tag. */
  tags: Reference[];
  indexAnnotations: Record<string, string>;
  descriptorAnnotations: string[];
  artifactType?: string;
  base?: Reference;
  onConflict: ConflictPolicy;
  cleanup: boolean;
  dryRun: boolean;
  concurrency: number;
  defaults: IndexAnnotationDefaults;
}

export interface MergeDeps {
  open(ref: Reference): Target;
  logger: Logger;
  onBlob?: (event: BlobEvent) => void;
  onProgress?: (event: ProgressEvent) => void;
  /**
   * Deletes staging indexes where the registry cannot (ghcr.io): true deleted, false kept, undefined not
   * this registry (then the registry's DELETE is used).
   */
  deleteStaging?: (ref: Reference, digest: string, stagingTag: string) => Promise<boolean | undefined>;
}

export interface PlannedTag {
  reference: string;
  current: string | undefined;
  moves: boolean;
}

export interface MergeResult {
  composed: ComposeResult;
  references: string[];
  published: PublishOutcome[];
  plan: PlannedTag[];
  /** dry-run only: what each destination has and what would move there */
  destinations?: DestinationPlan[];
  cleanup?: CleanupOutcome;
}

export async function merge(request: MergeRequest, deps: MergeDeps): Promise<MergeResult> {
  const { logger } = deps;
  if (request.tags.length === 0)
    throw new OciError('INVALID_INPUT', 'input "tags" is empty: name at least one release tag');
  const prefix = request.sources.length === 0 ? request.stagingPrefix : undefined;
  const sourceRefs = request.sources.length > 0 ? request.sources : await discover(request, deps);
  const groups = groupByRepository(request.tags);
  const current = await currentTags(groups, deps);
  const loaded = createLoadedGraph();
  // With cleanup the staging tags go once released: a re-run recognises the release this prefix produced.
  const released =
    prefix && (sourceRefs.length === 0 || request.cleanup)
      ? await findReleased(groups, current, prefix, loaded, deps)
      : undefined;
  if (sourceRefs.length === 0 && !released) throw noStagingTags(request, deps);
  const needManifests = request.descriptorAnnotations.length > 0;
  const sources: SourceNode[] = await logger.group(`Read ${sourceRefs.length} source(s)`, async () => {
    // Read in parallel (bounded), kept in the order given: a later source wins a conflict under `replace`.
    const nodes: SourceNode[] = new Array<SourceNode>(sourceRefs.length);
    await runBounded([...sourceRefs.keys()], request.concurrency, async (i) => {
      const ref = sourceRefs[i] as Reference;
      nodes[i] = await loadSource(loaded, ref, deps.open(ref), { needManifests });
    });
    for (const node of nodes) logger.info(`${node.name}: ${node.descriptor.digest}`);
    return nodes;
  });
  const base = request.base
    ? await loadSource(loaded, request.base, deps.open(request.base), { needManifests })
    : undefined;
  restrictStagingAnnotations(loaded.graph, request.descriptorAnnotations);
  const fresh =
    sources.length > 0
      ? composeIndex({
          sources,
          graph: loaded.graph,
          ...(base ? { base } : {}),
          ...(request.platforms ? { platforms: request.platforms } : {}),
          onConflict: request.onConflict,
          descriptorAnnotations: request.descriptorAnnotations,
          annotations:
            prefix && request.cleanup
              ? { ...request.indexAnnotations, [releasedFromAnnotation]: prefix }
              : request.indexAnnotations,
          defaults: request.defaults,
          ...(request.artifactType ? { artifactType: request.artifactType } : {}),
        })
      : undefined;
  const composed = released && (!fresh || leftOverFrom(fresh, released)) ? released : fresh;
  if (!composed) throw noStagingTags(request, deps);
  if (composed === released) {
    const holding = request.tags.filter((r) => current.get(formatReference(r)) === released.descriptor.digest);
    logger.info(
      `already released: ${holding.map((r) => formatReference(r)).join(', ')} hold${holding.length === 1 ? 's' : ''} ` +
        `${released.descriptor.digest}, the index staging prefix "${prefix}" produced` +
        (sourceRefs.length > 0
          ? ` (the ${sourceRefs.length} staging tag(s) left are what an interrupted cleanup left)`
          : ''),
    );
  }
  logger.info(
    `Index ${composed.descriptor.digest} (${composed.descriptor.size} bytes, ${composed.entries.length} entries)`,
  );
  const plan = request.tags.map((r) => {
    const reference = formatReference(r);
    const now = current.get(reference);
    return { reference, current: now, moves: now !== composed.descriptor.digest };
  });
  if (request.dryRun) {
    const destinations = await Promise.all(
      [...groups.values()].map((refs) =>
        planDestination(deps.open(refs[0] as Reference), composed.descriptor, composed.index.manifests, loaded.holders),
      ),
    );
    return { composed, references: plan.map((p) => p.reference), published: [], plan, destinations };
  }
  const published: PublishOutcome[] = [];
  const children = composed.index.manifests;
  for (const [, refs] of groups) {
    const first = refs[0] as Reference;
    const destination = deps.open(first);
    const tags = refs.map((r) => r.tag as string);
    const now = new Map(refs.map((r) => [r.tag as string, current.get(formatReference(r))]));
    published.push(
      await logger.group(`Publish to ${repositoryOf(first)}`, () =>
        publishIndex({ destination, tags, current: now }, composed, children, loaded.holders, {
          concurrency: request.concurrency,
          logger,
          ...(deps.onBlob ? { onBlob: deps.onBlob } : {}),
          ...(deps.onProgress ? { onProgress: deps.onProgress } : {}),
        }),
      ),
    );
  }
  const references = request.tags.map((r) => formatReference(r));
  const result: MergeResult = { composed, references, published, plan };
  if (request.cleanup) {
    const roots = sources.map((node, i) => ({ ref: sourceRefs[i] as Reference, descriptor: node.descriptor }));
    const scope = {
      roots,
      indexes: loaded.graph.indexes,
      released: new Set([composed.descriptor.digest, ...children.map((d) => d.digest)]),
      concurrency: request.concurrency,
    };
    result.cleanup = await logger.group('Clean up staging', () => cleanupStaging(scope, deps));
  }
  return result;
}

async function discover(request: MergeRequest, deps: MergeDeps): Promise<Reference[]> {
  const prefix = request.stagingPrefix;
  if (!prefix) throw new OciError('INVALID_INPUT', 'give "sources", or a "staging-prefix" to discover staging tags');
  const target = deps.open(request.repository);
  if (!target.listTags) throw new OciError('INVALID_INPUT', `${target.name} cannot list tags: give "sources" instead`);
  const tags = (await target.listTags()).filter((t) => t.startsWith(`${prefix}-`)).sort();
  if (tags.length > 0) deps.logger.info(`Found ${tags.length} staging tag(s): ${tags.join(', ')}`);
  return tags.map((tag) => withVersion(request.repository, { tag }));
}

function noStagingTags(request: MergeRequest, deps: MergeDeps): OciError {
  return new OciError(
    'NOT_FOUND',
    `no staging tags "${request.stagingPrefix}-*" in ${deps.open(request.repository).name}: did the push jobs run with the same staging-prefix?`,
  );
}

/** What each release tag names now (undefined: no such tag), by formatted reference. */
async function currentTags(
  groups: Map<string, Reference[]>,
  deps: MergeDeps,
): Promise<Map<string, string | undefined>> {
  const current = new Map<string, string | undefined>();
  for (const [, refs] of groups) {
    const target = deps.open(refs[0] as Reference);
    for (const ref of refs) current.set(formatReference(ref), await currentDigest(target, ref.tag as string));
  }
  return current;
}

/**
 * The index a release tag holds that this staging prefix produced (merge with cleanup records the prefix on
 * it), loaded so it can be published as it is to the tags that do not hold it yet.
 */
async function findReleased(
  groups: Map<string, Reference[]>,
  current: ReadonlyMap<string, string | undefined>,
  prefix: string,
  loaded: LoadedGraph,
  deps: MergeDeps,
): Promise<ComposeResult | undefined> {
  const seen = new Set<string>();
  for (const [, refs] of groups) {
    const target = deps.open(refs[0] as Reference);
    for (const ref of refs) {
      const digest = current.get(formatReference(ref));
      if (!digest || seen.has(`${repositoryOf(ref)}@${digest}`)) continue;
      seen.add(`${repositoryOf(ref)}@${digest}`);
      const { descriptor, bytes } = await readReference(target, digest);
      if (!isIndexType(descriptor.mediaType)) continue;
      const parsed = parseManifestBody(bytes, descriptor.mediaType, formatReference(ref));
      if (parsed.kind !== 'index' || parsed.index.annotations?.[releasedFromAnnotation] !== prefix) continue;
      await loadSource(loaded, withVersion(ref, { digest }), target, { needManifests: false });
      return composedFrom(descriptor, bytes, parsed.index, formatReference(ref));
    }
  }
  return undefined;
}

/** A published index as a ComposeResult, its bytes as they are. */
function composedFrom(descriptor: Descriptor, bytes: Uint8Array, index: ImageIndex, name: string): ComposeResult {
  const entries = index.manifests.map((d) => ({
    platform: d.platform ? normalisePlatform(d.platform) : undefined,
    descriptor: d,
    source: name,
    attestation: d.annotations?.[Annotations.dockerReferenceType] === 'attestation-manifest',
  }));
  const identity: Descriptor = { mediaType: descriptor.mediaType, digest: descriptor.digest, size: descriptor.size };
  if (index.artifactType) identity.artifactType = index.artifactType;
  return { index, bytes, descriptor: identity, entries, dropped: [] };
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

function groupByRepository(tags: readonly Reference[]): Map<string, Reference[]> {
  const groups = new Map<string, Reference[]>();
  for (const ref of tags) {
    if (!ref.tag || ref.digest)
      throw new OciError('INVALID_INPUT', `release reference ${formatReference(ref)} must have a tag and no digest`);
    const key = repositoryOf(ref);
    groups.set(key, [...(groups.get(key) ?? []), ref]);
  }
  return groups;
}

/**
 * A staging entry carries every annotation of its manifest (the hand-off); what reaches the release index is
 * only what `descriptor-annotations` allows (and the attestation links of a buildx entry staged by `push --source`).
 * Other sources (buildx indexes) keep their descriptors as they are.
 */
function restrictStagingAnnotations(graph: ContentGraph, allowlist: readonly string[]): void {
  const allowed = createAnnotationMatcher(allowlist);
  const indexes = graph.indexes as Map<string, ImageIndex>;
  for (const [digest, index] of indexes) {
    if (index.annotations?.[stagingAnnotation] !== 'true') continue;
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
}

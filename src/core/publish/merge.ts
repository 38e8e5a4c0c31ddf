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
import { stagingAnnotation } from './staging.js';
import { createLoadedGraph, loadSource } from './merge-load.js';
import { planDestination, type DestinationPlan } from './merge-plan.js';
import { publishIndex, currentDigest, runBounded, type PublishOutcome } from './merge-publish.js';

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
  deleteStaging?: (ref: Reference, digest: string) => Promise<boolean | undefined>;
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
  const sourceRefs = request.sources.length > 0 ? request.sources : await discover(request, deps);
  const loaded = createLoadedGraph();
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
  const composed = composeIndex({
    sources,
    graph: loaded.graph,
    ...(base ? { base } : {}),
    ...(request.platforms ? { platforms: request.platforms } : {}),
    onConflict: request.onConflict,
    descriptorAnnotations: request.descriptorAnnotations,
    annotations: request.indexAnnotations,
    defaults: request.defaults,
    ...(request.artifactType ? { artifactType: request.artifactType } : {}),
  });
  logger.info(
    `Index ${composed.descriptor.digest} (${composed.descriptor.size} bytes, ${composed.entries.length} entries)`,
  );
  const groups = groupByRepository(request.tags);
  const plan = await planTags(groups, composed.descriptor.digest, deps);
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
    const current = new Map(
      refs.map((r) => [r.tag as string, plan.find((p) => p.reference === formatReference(r))?.current]),
    );
    published.push(
      await logger.group(`Publish to ${repositoryOf(first)}`, () =>
        publishIndex({ destination, tags, current }, composed, children, loaded.holders, {
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
    result.cleanup = await logger.group('Clean up staging', () =>
      cleanupStaging(sourceRefs, loaded.roots, composed, deps),
    );
  }
  return result;
}

async function discover(request: MergeRequest, deps: MergeDeps): Promise<Reference[]> {
  const prefix = request.stagingPrefix;
  if (!prefix) throw new OciError('INVALID_INPUT', 'give "sources", or a "staging-prefix" to discover staging tags');
  const target = deps.open(request.repository);
  if (!target.listTags) throw new OciError('INVALID_INPUT', `${target.name} cannot list tags: give "sources" instead`);
  const tags = (await target.listTags()).filter((t) => t.startsWith(`${prefix}-`)).sort();
  if (tags.length === 0) {
    throw new OciError(
      'NOT_FOUND',
      `no staging tags "${prefix}-*" in ${target.name}: did the push jobs run with the same staging-prefix?`,
    );
  }
  deps.logger.info(`Found ${tags.length} staging tag(s): ${tags.join(', ')}`);
  return tags.map((tag) => withVersion(request.repository, { tag }));
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

async function planTags(groups: Map<string, Reference[]>, digest: string, deps: MergeDeps): Promise<PlannedTag[]> {
  const plan: PlannedTag[] = [];
  for (const [, refs] of groups) {
    const target = deps.open(refs[0] as Reference);
    for (const ref of refs) {
      const current = await currentDigest(target, ref.tag as string);
      plan.push({ reference: formatReference(ref), current, moves: current !== digest });
    }
  }
  return plan;
}

/**
 * A staging entry carries every annotation of its manifest (the hand-off); what reaches the release index is
 * only what `descriptor-annotations` allows. Other sources (buildx indexes) keep their descriptors as they are.
 */
function restrictStagingAnnotations(graph: ContentGraph, allowlist: readonly string[]): void {
  const allowed = createAnnotationMatcher(allowlist);
  const indexes = graph.indexes as Map<string, ImageIndex>;
  for (const [digest, index] of indexes) {
    if (index.annotations?.[stagingAnnotation] !== 'true') continue;
    const manifests = index.manifests.map((entry) => {
      const kept = Object.entries(entry.annotations ?? {}).filter(([key]) => allowed(key));
      const { annotations: _dropped, ...rest } = entry;
      return kept.length > 0 ? { ...rest, annotations: Object.fromEntries(kept) } : rest;
    });
    indexes.set(digest, { ...index, manifests });
  }
}

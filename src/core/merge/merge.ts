/**
 * merge: the single writer. Steps over one state (state.ts): load the staging tags (or explicit sources) and what
 * the release tags name → compose one index (pure) → for a dry run, plan; else publish it to every destination
 * (children first, then the index, then the tags) → optionally clean up the staging indexes.
 */
import type { ComposeResult } from '../index/compose.js';
import { formatReference } from '../oci/reference.js';
import { cleanupStaging, type CleanupOutcome } from './cleanup.js';
import { composeMerge } from './compose.js';
import { loadMerge } from './load.js';
import { planDestination, type DryRunPlan } from './plan.js';
import { publishIndex, type PublishOutcome } from './publish.js';
import { currentOf, type ComposedMerge, type MergeDeps, type MergeRequest, type TagMove } from './state.js';

export type { MergeDeps, MergeRequest, TagMove } from './state.js';

export interface MergeResult {
  composed: ComposeResult;
  references: string[];
  published: PublishOutcome[];
  plan: TagMove[];
  /** dry-run only: what each destination has and what would move there */
  destinations?: DryRunPlan[];
  cleanup?: CleanupOutcome;
}

export async function merge(request: MergeRequest, deps: MergeDeps): Promise<MergeResult> {
  const state = composeMerge(await loadMerge(request, deps));
  const { composed } = state;
  const plan = request.tags.map((r) => {
    const current = currentOf(state, r);
    return { reference: formatReference(r), current, moves: current !== composed.descriptor.digest };
  });
  const references = plan.map((p) => p.reference);
  if (request.dryRun) return { composed, references, published: [], plan, destinations: await planDryRun(state) };
  const result: MergeResult = { composed, references, published: await publish(state), plan };
  if (request.cleanup) result.cleanup = await deps.logger.group('Clean up staging', () => cleanup(state));
  return result;
}

function planDryRun(state: ComposedMerge): Promise<DryRunPlan[]> {
  const { descriptor, index } = state.composed;
  return Promise.all(
    state.destinations.map((d) => planDestination(d.target, descriptor, index.manifests, state.content.holderOf)),
  );
}

async function publish(state: ComposedMerge): Promise<PublishOutcome[]> {
  const { deps, request } = state;
  const published: PublishOutcome[] = [];
  for (const destination of state.destinations) {
    published.push(
      await deps.logger.group(`Publish to ${destination.repository}`, () =>
        publishIndex(destination, state.composed, state.composed.index.manifests, state.content.holderOf, {
          concurrency: request.concurrency,
          logger: deps.logger,
          ...(deps.onBlob ? { onBlob: deps.onBlob } : {}),
          ...(deps.onProgress ? { onProgress: deps.onProgress } : {}),
        }),
      ),
    );
  }
  return published;
}

function cleanup(state: ComposedMerge): Promise<CleanupOutcome> {
  const { descriptor, index } = state.composed;
  return cleanupStaging(
    {
      roots: state.sources.map(({ ref, node }) => ({ ref, descriptor: node.descriptor })),
      indexes: state.content.graph.indexes,
      released: new Set([descriptor.digest, ...index.manifests.map((d) => d.digest)]),
      concurrency: state.request.concurrency,
    },
    state.deps,
  );
}

/**
 * The one value a merge works over. `load` fills it (what the sources hold and where each child lives, the
 * release repositories and what their tags name now); `compose` adds the index; `plan`, `publish` and `cleanup`
 * read it. Each step takes the state and nothing loose beside it.
 */
import type { Target } from '../content/target.js';
import type { BlobEvent, ProgressEvent } from '../copy/copy-graph.js';
import type { ComposeResult } from '../index/compose.js';
import type { ComposeOptions, ConflictPolicy, IndexAnnotationDefaults, SourceNode } from '../index/types.js';
import type { Platform } from '../oci/descriptor.js';
import { repositoryOf, type Reference } from '../oci/reference.js';
import type { CleanupDeps } from './cleanup.js';
import type { MergeContent } from './content.js';

/** What to merge, as the request layer has checked it; the composition options are passed on as they are. */
export interface MergeRequest extends ComposeOptions {
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

/** open, logger and deleteStaging (for cleanup), and the transfer callbacks. */
export interface MergeDeps extends CleanupDeps {
  onBlob?: (event: BlobEvent) => void;
  onProgress?: (event: ProgressEvent) => void;
}

/** One release repository: its tags and what each names now (undefined: no such tag). */
export interface Destination {
  /** `registry/repository` or `oci-layout:path`, as the references name it. */
  repository: string;
  target: Target;
  /** The release references in this repository, in the order given. */
  refs: Reference[];
  current: ReadonlyMap<string, string | undefined>;
}

/** A source as read: the reference it was read by and its root. */
export interface LoadedSource {
  ref: Reference;
  node: SourceNode;
}

export interface LoadedMerge {
  request: MergeRequest;
  deps: MergeDeps;
  /** The staging prefix the sources were discovered by (undefined when `sources` were given). */
  prefix: string | undefined;
  content: MergeContent;
  destinations: Destination[];
  /** In the order given: a later source wins a conflict under `replace`. */
  sources: LoadedSource[];
  base: SourceNode | undefined;
  /** The release this staging prefix already made (merge with cleanup records the prefix on it). */
  released: ComposeResult | undefined;
}

export interface ComposedMerge extends LoadedMerge {
  /** The index to publish: freshly composed, or `released` as it is. */
  composed: ComposeResult;
}

/** Whether a release tag moves to the index. */
export interface TagMove {
  reference: string;
  current: string | undefined;
  moves: boolean;
}

/** What a release reference names now (undefined: no such tag), as load resolved it. */
export function currentOf(state: Pick<LoadedMerge, 'destinations'>, ref: Reference): string | undefined {
  const tag = ref.tag as string;
  const repository = repositoryOf(ref);
  return state.destinations.find((d) => d.repository === repository)?.current.get(tag);
}

/**
 * A registry-shaped world held in memory for the merge use-case tests: one memory Target per repository
 * (which, like distribution, deletes by digest with every tag on it and cannot remove a single tag),
 * images and staging indexes written as push writes them (stagingEntry/stagingIndex), a logger that keeps
 * its lines, and a MergeRequest with the defaults the request layer would give. Nothing touches the network.
 */
import { createMemoryTarget } from '../../src/core/content/memory.js';
import { createLayoutTarget } from '../../src/core/stores/layout/layout-target.js';
import { readAll, MAX_MANIFEST_READ } from '../../src/core/content/read.js';
import { jsonContent } from '../../src/core/oci/manifest.js';
import type { Target } from '../../src/core/content/target.js';
import { pushBytes } from '../../src/core/content/read.js';
import type { Logger } from '../../src/core/logger.js';
import type { MergeDeps, MergeRequest } from '../../src/core/merge/merge.js';
import type { Descriptor, ImageIndex, Platform } from '../../src/core/oci/descriptor.js';
import { MediaTypes } from '../../src/core/oci/media-types.js';
import { parsePlatform } from '../../src/core/oci/platform.js';
import { stagingEntry, stagingIndex, stagingTagFor } from '../../src/core/artifact/staging.js';
import { parseReference, repositoryOf, type Reference } from '../../src/core/oci/reference.js';

/** Pushes a JSON document as the canonical writer serialises it; returns its descriptor. */
export async function pushJson(target: Target, mediaType: string, value: unknown): Promise<Descriptor> {
  const { bytes, descriptor } = jsonContent(mediaType, value);
  await target.push(descriptor, bytes);
  return descriptor;
}

export const REPO = 'reg.test/app';

export interface World {
  /** The memory target of a repository (`reg.test/app`), created on first use. */
  repo(name?: string): Target;
  /** What merge is given: open() maps a reference to its repository's memory target. */
  deps: MergeDeps;
  /** Every line logged, as `level: message`. */
  lines: string[];
  /** Every repository opened so far. */
  repositories(): string[];
}

export function createWorld(extra: Partial<MergeDeps> = {}): World {
  const repos = new Map<string, Target>();
  const lines: string[] = [];
  const repo = (name = REPO): Target => {
    let target = repos.get(name);
    if (!target) repos.set(name, (target = createMemoryTarget(name)));
    return target;
  };
  const logger: Logger = {
    debug: (m) => lines.push(`debug: ${m}`),
    info: (m) => lines.push(`info: ${m}`),
    warning: (m) => lines.push(`warning: ${m}`),
    group: (name, fn) => {
      lines.push(`group: ${name}`);
      return fn();
    },
  };
  return {
    repo,
    // A layout reference opens the real directory store (it can untag); every other one a memory repository.
    deps: {
      open: (ref: Reference) => (ref.kind === 'layout' ? createLayoutTarget(ref.path) : repo(repositoryOf(ref))),
      logger,
      ...extra,
    },
    lines,
    repositories: () => [...repos.keys()].sort(),
  };
}

/** A one-layer image for `platform`; `label` changes its bytes (so its digest). */
export async function pushImage(
  target: Target,
  platform: string,
  label: string,
  options: { annotations?: Record<string, string> } = {},
): Promise<Descriptor> {
  const p = parsePlatform(platform);
  const config = await pushJson(target, MediaTypes.ociConfig, {
    architecture: p.architecture,
    os: p.os,
    ...(p.variant ? { variant: p.variant } : {}),
  });
  const layer = await pushBytes(target, MediaTypes.ociLayerTar, Buffer.from(`layer ${label} for ${platform}\n`));
  return pushJson(target, MediaTypes.ociManifest, {
    schemaVersion: 2,
    mediaType: MediaTypes.ociManifest,
    config,
    layers: [layer],
    ...(options.annotations ? { annotations: options.annotations } : {}),
  });
}

/** What push writes for one platform: the image, and a staging index under `<prefix>-<platform slug>`. */
export async function stage(
  target: Target,
  prefix: string,
  platform: string,
  label: string,
  options: { annotations?: Record<string, string> } = {},
): Promise<{ image: Descriptor; index: Descriptor; tag: string }> {
  const p: Platform = parsePlatform(platform);
  const image = await pushImage(target, platform, label, options);
  const tag = stagingTagFor(prefix, p);
  const index = await pushJson(
    target,
    MediaTypes.ociIndex,
    stagingIndex([stagingEntry(image, p, undefined, options.annotations)], tag),
  );
  await target.tag(index, tag);
  return { image, index, tag };
}

/** Stages each platform under `prefix`. */
export async function stageAll(
  target: Target,
  prefix: string,
  platforms: readonly string[],
  label: string,
): Promise<Array<{ image: Descriptor; index: Descriptor; tag: string }>> {
  const out = [];
  for (const p of platforms) out.push(await stage(target, prefix, p, label));
  return out;
}

/** A plain (non-staging) index over `entries`, tagged `tag`: a buildx output or a release. */
export async function pushIndex(target: Target, entries: Descriptor[], tag: string): Promise<Descriptor> {
  const index = await pushJson(target, MediaTypes.ociIndex, {
    schemaVersion: 2,
    mediaType: MediaTypes.ociIndex,
    manifests: entries,
  });
  await target.tag(index, tag);
  return index;
}

/** The index a tag names, read back from the target. */
export async function readIndex(target: Target, tag: string): Promise<{ descriptor: Descriptor; index: ImageIndex }> {
  const descriptor = await target.resolve(tag);
  const bytes = await readAll(target, descriptor, MAX_MANIFEST_READ);
  return { descriptor, index: JSON.parse(bytes.toString('utf8')) as ImageIndex };
}

/** Every tag of the target with the digest it names. */
export async function tagMap(target: Target): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const tag of (await target.listTags?.()) ?? []) out[tag] = (await target.resolve(tag)).digest;
  return out;
}

/** A merge request as the request layer builds it: release tags in REPO unless given as full references. */
export function mergeRequest(
  overrides: Partial<Omit<MergeRequest, 'tags' | 'sources' | 'base'>> & {
    tags?: string[];
    sources?: string[];
    base?: string;
  } = {},
): MergeRequest {
  const { tags = ['1.0'], sources = [], base, ...rest } = overrides;
  const repository = parseReference(REPO);
  const request: MergeRequest = {
    repository,
    stagingPrefix: 'staging',
    indexAnnotations: {},
    descriptorAnnotations: [],
    onConflict: 'error',
    cleanup: false,
    dryRun: false,
    concurrency: 4,
    defaults: { createdEpochSeconds: 1700000000 },
    ...rest,
    tags: tags.map((t) => parseReference(t.includes('/') ? t : `${REPO}:${t}`)),
    sources: sources.map((s) => parseReference(s)),
  };
  if (base !== undefined) request.base = parseReference(base);
  return request;
}

export const platformsOf = (index: ImageIndex): string[] =>
  index.manifests.map((m) =>
    m.platform
      ? `${m.platform.os}/${m.platform.architecture}${m.platform.variant ? `/${m.platform.variant}` : ''}`
      : '?',
  );

/**
 * merge's first step: everything it reads before composing. The staging tags (or the sources given), what each
 * release tag names now, the release a re-run of this staging prefix already made, the base — into one
 * LoadedMerge. Nothing is written here.
 */
import { readReference } from '../content/read.js';
import { OciError } from '../errors.js';
import { resolveIfTagged } from '../copy/cosign-tags.js';
import { runBounded } from '../copy/limit.js';
import type { ComposeResult } from '../index/compose.js';
import { Annotations, type Descriptor, type ImageIndex } from '../oci/descriptor.js';
import { parseManifestBody } from '../oci/manifest.js';
import { isIndexType } from '../oci/media-types.js';
import { normalisePlatform } from '../oci/platform.js';
import { releasedFromAnnotation } from '../artifact/staging.js';
import { formatReference, repositoryOf, withVersion, type Reference } from '../oci/reference.js';
import { createMergeContent, type MergeContent } from './content.js';
import type { Destination, LoadedMerge, LoadedSource, MergeDeps, MergeRequest } from './state.js';

export async function loadMerge(request: MergeRequest, deps: MergeDeps): Promise<LoadedMerge> {
  const { logger } = deps;
  if (request.tags.length === 0)
    throw new OciError('INVALID_INPUT', 'input "tags" is empty: name at least one release tag');
  const prefix = request.sources.length === 0 ? request.stagingPrefix : undefined;
  const sourceRefs = request.sources.length > 0 ? request.sources : await discover(request, deps);
  const destinations = await openDestinations(request.tags, deps);
  const content = createMergeContent();
  // With cleanup the staging tags go once released: a re-run recognises the release this prefix produced.
  const released =
    prefix && (sourceRefs.length === 0 || request.cleanup)
      ? await findReleased(destinations, prefix, content)
      : undefined;
  if (sourceRefs.length === 0 && !released) throw noStagingTags(request, deps);
  const needManifests = request.descriptorAnnotations.length > 0;
  const sources = await logger.group(`Read ${sourceRefs.length} source(s)`, async () => {
    // Read in parallel (bounded), kept in the order given: a later source wins a conflict under `replace`.
    const loaded = new Array<LoadedSource>(sourceRefs.length);
    await runBounded([...sourceRefs.keys()], request.concurrency, async (i) => {
      const ref = sourceRefs[i] as Reference;
      loaded[i] = { ref, node: await content.load(ref, deps.open(ref), { needManifests }) };
    });
    for (const { node } of loaded) logger.info(`${node.name}: ${node.descriptor.digest}`);
    return loaded;
  });
  const base = request.base ? await content.load(request.base, deps.open(request.base), { needManifests }) : undefined;
  return { request, deps, prefix, content, destinations, sources, base, released };
}

export function noStagingTags(request: MergeRequest, deps: MergeDeps): OciError {
  return new OciError(
    'NOT_FOUND',
    `no staging tags "${request.stagingPrefix}-*" in ${deps.open(request.repository).name}: did the push jobs run with the same staging-prefix?`,
  );
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

/** The release tags grouped by repository (in the order given), each with what its tags name now. */
async function openDestinations(tags: readonly Reference[], deps: MergeDeps): Promise<Destination[]> {
  const groups = new Map<string, Reference[]>();
  for (const ref of tags) {
    if (!ref.tag || ref.digest)
      throw new OciError('INVALID_INPUT', `release reference ${formatReference(ref)} must have a tag and no digest`);
    const key = repositoryOf(ref);
    groups.set(key, [...(groups.get(key) ?? []), ref]);
  }
  const destinations: Destination[] = [];
  for (const [repository, refs] of groups) {
    const target = deps.open(refs[0] as Reference);
    const current = new Map<string, string | undefined>();
    for (const ref of refs) current.set(ref.tag as string, (await resolveIfTagged(target, ref.tag as string))?.digest);
    destinations.push({ repository, target, refs, current });
  }
  return destinations;
}

/**
 * The index a release tag holds that this staging prefix produced (merge with cleanup records the prefix on
 * it), loaded so it can be published as it is to the tags that do not hold it yet.
 */
async function findReleased(
  destinations: readonly Destination[],
  prefix: string,
  content: MergeContent,
): Promise<ComposeResult | undefined> {
  const seen = new Set<string>();
  for (const { target, refs, current } of destinations) {
    for (const ref of refs) {
      const digest = current.get(ref.tag as string);
      if (!digest || seen.has(`${repositoryOf(ref)}@${digest}`)) continue;
      seen.add(`${repositoryOf(ref)}@${digest}`);
      const { descriptor, bytes } = await readReference(target, digest);
      if (!isIndexType(descriptor.mediaType)) continue;
      const parsed = parseManifestBody(bytes, descriptor.mediaType, formatReference(ref));
      if (parsed.kind !== 'index' || parsed.index.annotations?.[releasedFromAnnotation] !== prefix) continue;
      await content.load(withVersion(ref, { digest }), target, { needManifests: false });
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

/**
 * push: one platform's artifact (files, or an existing manifest or index) to a staging tag whose index entry
 * carries platform, artifactType and annotations. The matrix-job half of the workflow.
 */
import { basename } from 'node:path';
import { readFileChunks } from '../content/file-chunks.js';
import type { ReadOnlyTarget, Target } from '../content/target.js';
import { readAll, MAX_MANIFEST_PUSH, MAX_MANIFEST_READ } from '../content/read.js';
import { digestOf } from '../oci/digest.js';
import { OciError } from '../errors.js';
import { copyGraph, type BlobAction, type BlobEvent, type CopyReport, type ProgressEvent } from '../copy/copy-graph.js';
import { createLimit } from '../copy/limit.js';
import type { Logger } from '../logger.js';
import { Annotations, type Descriptor, type Platform } from '../oci/descriptor.js';
import { jsonContent, parseManifestBody } from '../oci/manifest.js';
import { formatPlatform, normalisePlatform, platformSlug } from '../oci/platform.js';
import { isManifestType, MediaTypes } from '../oci/media-types.js';
import {
  assertTag,
  formatReference,
  versionOf,
  withVersion,
  type Reference,
  type VersionedReference,
} from '../oci/reference.js';
import { packFiles, platformConfig, unpackAnnotation, type FileSpec } from '../artifact/pack-files.js';
import { findPlatformEntry, listedPlatforms } from '../oci/select-entry.js';
import { stagedLayers } from './staged-layers.js';
import { readConfig } from '../merge/content.js';
import { addReport, emptyReport } from '../copy/report.js';
import { MAX_TAG_LENGTH } from '../limits.js';
import { stagingEntry, stagingIndex, stagingTagFor } from '../artifact/staging.js';

interface PushCommon {
  repository: Reference;
  artifactType?: string;
  annotations: Record<string, string>;
  concurrency: number;
}

/** Files are staged under the platform given; a source, under its image config's when none is given. */
type PushWhat =
  | { files: FileSpec[]; platform: Platform; source?: undefined }
  | { files: FileSpec[]; source: VersionedReference; platform?: Platform };

/** The staging tag as given, or `<stagingPrefix>-<platform slug>` once the platform is known. */
type PushStaging = { stagingTag: string; stagingPrefix?: string } | { stagingTag?: undefined; stagingPrefix: string };

/** What push needs, checked by the request layer (src/commands/inputs/push.ts): the type admits no half request. */
export type PushRequest = PushCommon & PushWhat & PushStaging;

/** A request whose platform and staging tag are known. */
type Resolved = PushRequest & { platform: Platform; stagingTag: string };

export interface PushDeps {
  open(ref: Reference): Target;
  logger: Logger;
  tempRoot: string;
  onBlob?: (event: BlobEvent) => void;
  onProgress?: (event: ProgressEvent) => void;
}

export interface PushResult {
  /** The staged manifest (for an index source, the entry chosen for the platform) */
  digest: string;
  stagingTag: string;
  /** The staging index by digest */
  reference: string;
  /** The index entry merge will read */
  descriptor: Descriptor;
  stagingIndex: Descriptor;
  /** The platforms staged (several for an index source pushed without a platform). */
  platforms: Platform[];
  report: CopyReport;
  files: Array<{ title: string; digest: string; size: number }>;
}

export async function push(request: PushRequest, deps: PushDeps): Promise<PushResult> {
  const destination = deps.open(request.repository);
  if (request.source) return pushSource(request, request.source, destination, deps);
  const platform = request.platform;
  return pushFiles({ ...request, platform, stagingTag: stagingTagOf(request, [platform]) }, destination, deps);
}

/** The staging tag: given, or the prefix and the platform slug(s); several platforms join with `_`. */
function stagingTagOf(request: PushRequest, platforms: readonly Platform[]): string {
  if (request.stagingTag !== undefined) return request.stagingTag;
  const prefix = request.stagingPrefix;
  if (platforms.length === 1) return stagingTagFor(prefix, platforms[0] as Platform);
  const joined = `${prefix}-${platforms.map(platformSlug).join('_')}`;
  if (joined.length <= MAX_TAG_LENGTH) return assertTag(joined, 'staging tag');
  const list = platforms.map((p) => platformSlug(p)).join(',');
  return assertTag(`${prefix}-platforms-${digestOf(Buffer.from(list)).slice(7, 19)}`, 'staging tag');
}

async function pushFiles(request: Resolved, destination: Target, deps: PushDeps): Promise<PushResult> {
  // Refused before any file is hashed or uploaded: big files go up while they are hashed.
  assertFits(manifestSizeBound(request), 'the manifest of these files', 'list fewer files or shorter annotations');
  const pushStreamed = destination.pushStreamed?.bind(destination);
  const stored = new Map<string, BlobAction>();
  let storingConfig: Promise<void> | undefined;
  // One limiter for the files and the config stored beside them: `concurrency` transfers in flight, not one more.
  const transfers = createLimit(request.concurrency);
  const packOptions = {
    platform: request.platform,
    annotations: request.annotations,
    tempRoot: deps.tempRoot,
    limit: transfers,
    ...(pushStreamed ? { stagedLayers: await stagedLayers(destination, request.stagingTag) } : {}),
    // Big files go to the destination as they are hashed: one read instead of two. The small config blob
    // goes meanwhile when there is a free place, so that nothing but the manifests is left once the file is in.
    ...(pushStreamed
      ? {
          streamFile: async (path: string, size: number, signal: AbortSignal) => {
            const name = basename(path);
            deps.logger.info(`${name}: uploading while hashing`);
            // Not awaited here: with every place taken by files, it goes once one of them is done.
            storingConfig ??= transfers(() => storeConfig(destination, request.platform, stored, deps.logger));
            const report = deps.onProgress;
            const blob = await pushStreamed(
              () => (report ? reportingProgress(readFileChunks(path), name, size, report) : readFileChunks(path)),
              { signal },
            );
            stored.set(blob.digest, 'uploaded');
            return blob;
          },
        }
      : {}),
  };
  const packed = await deps.logger
    .group(`Pack ${request.files.length} file(s) for ${formatPlatform(request.platform)}`, async () => {
      const artifact = await packFiles(
        request.files,
        request.artifactType ? { ...packOptions, artifactType: request.artifactType } : packOptions,
      );
      // Inside the group: each file's line belongs to the step that packed it.
      for (const layer of artifact.layers) {
        deps.logger.info(
          `${layer.descriptor.annotations?.['org.opencontainers.image.title']}: ${layer.descriptor.size} bytes ${layer.descriptor.digest}`,
        );
      }
      return artifact;
    })
    .finally(() => storingConfig);
  try {
    const entry = stagingEntry(packed.manifest, request.platform, request.artifactType, request.annotations);
    const index = indexBytes([entry], request.stagingTag);
    packed.source.addBytes(index.descriptor, index.bytes);
    const report = await deps.logger.group(
      `Push to ${formatReference(withVersion(request.repository, { tag: request.stagingTag }))}`,
      () =>
        copyGraph(packed.source, destination, index.descriptor, {
          ...copyOptions(request, deps, [request.stagingTag]),
          stored,
        }),
    );
    return result(
      request.repository,
      request.stagingTag,
      packed.manifest.digest,
      entry,
      index.descriptor,
      report,
      packed.layers.map((l) => ({
        title: l.descriptor.annotations?.['org.opencontainers.image.title'] ?? '',
        digest: l.descriptor.digest,
        size: l.descriptor.size,
      })),
      [request.platform],
    );
  } finally {
    await packed.dispose();
  }
}

async function pushSource(
  request: PushRequest,
  sourceRef: VersionedReference,
  destination: Target,
  deps: PushDeps,
): Promise<PushResult> {
  const name = formatReference(sourceRef);
  const version = versionOf(sourceRef);
  const source = deps.open(sourceRef);
  const root = await source.resolve(version);
  const bytes = await readAll(source, root, MAX_MANIFEST_READ);
  // Registries refuse a manifest over 4 MiB: refused here, before any of its blobs is uploaded.
  assertFits(bytes.length, `source ${formatReference(sourceRef)} (${root.digest})`, 'it cannot be staged as it is');
  const parsed = parseManifestBody(bytes, root.mediaType, formatReference(sourceRef));
  if (parsed.kind === 'index') {
    // Only the entries for the platform (all, when none is given) and the attestation manifests about them are
    // staged, in a staging index of our own: the source index itself may be a release, which cleanup must never
    // reach. Every entry's platform is checked against its image config.
    const chosen = request.platform
      ? [selectEntry(parsed.index.manifests, request.platform, name)]
      : platformEntries(parsed.index.manifests, name);
    const platforms: Platform[] = [];
    for (const c of chosen) platforms.push(await truePlatform(source, c, c.platform, 'its index entry', name));
    const digests = new Set(chosen.map((c) => c.digest));
    const attestations = parsed.index.manifests.filter((d) =>
      digests.has(d.annotations?.[Annotations.dockerReferenceDigest] ?? ''),
    );
    const entries = [...chosen, ...attestations];
    for (const e of entries) assertFits(e.size, `manifest ${e.digest} of ${name}`, 'it cannot be staged as it is');
    const stagingTag = stagingTagOf(request, platforms);
    const index = indexBytes(entries, stagingTag);
    const target = formatReference(withVersion(request.repository, { tag: stagingTag }));
    const report = await deps.logger.group(
      `Stage ${platforms.map(formatPlatform).join(', ')} of ${name} as ${target}`,
      async () => {
        const total = emptyReport();
        for (const e of entries)
          addReport(total, await copyGraph(source, destination, e, copyOptions(request, deps, [])));
        await destination.push(index.descriptor, index.bytes);
        await destination.tag(index.descriptor, stagingTag);
        return total;
      },
    );
    const first = chosen[0] as Descriptor;
    const digest = chosen.length === 1 ? first.digest : root.digest;
    return result(request.repository, stagingTag, digest, first, index.descriptor, report, [], platforms);
  }
  const annotations = { ...(parsed.manifest.annotations ?? {}), ...request.annotations };
  const artifactType = request.artifactType ?? parsed.manifest.artifactType;
  const platform = await truePlatform(source, root, request.platform, 'input "platform"', name);
  const stagingTag = stagingTagOf(request, [platform]);
  const entry = stagingEntry(root, platform, artifactType, annotations);
  const index = indexBytes([entry], stagingTag);
  assertFits(index.bytes.length, `the staging index for ${name}`, 'use shorter annotations');
  const report = await deps.logger.group(`Copy ${name} into ${formatReference(request.repository)}`, () =>
    copyGraph(source, destination, root, copyOptions(request, deps, [])),
  );
  await destination.push(index.descriptor, index.bytes);
  await destination.tag(index.descriptor, stagingTag);
  return result(request.repository, stagingTag, root.digest, entry, index.descriptor, report, [], [platform]);
}

/** Every platform entry of an index pushed without a platform (attestation and unknown/unknown ones aside). */
function platformEntries(entries: readonly Descriptor[], sourceName: string): Descriptor[] {
  const found = entries.filter(
    (d) => d.platform && d.platform.os !== 'unknown' && !d.annotations?.[Annotations.dockerReferenceType],
  );
  if (found.length === 0) {
    throw new OciError('INVALID_INPUT', `source ${sourceName} is an index without platform entries: give "platform"`);
  }
  return found;
}

/**
 * The platform to stage a source manifest under: what `claimed` says, checked against the manifest's image
 * config (the truth an image carries). A contradiction fails before anything is written, naming both; a
 * config without os/architecture (an artifact) leaves `claimed` as it is; a variant or os.version that only
 * the config gives is added.
 */
async function truePlatform(
  source: ReadOnlyTarget,
  desc: Descriptor,
  claimed: Platform | undefined,
  claimedBy: string,
  sourceName: string,
): Promise<Platform> {
  const unclaimed = () =>
    new OciError(
      'INVALID_INPUT',
      `source ${sourceName} (${desc.digest}) names no platform in an image config: give "platform" (os/arch[/variant])`,
    );
  if (!isManifestType(desc.mediaType)) {
    if (claimed) return claimed;
    throw unclaimed();
  }
  const parsed = parseManifestBody(await readAll(source, desc, MAX_MANIFEST_READ), desc.mediaType, desc.digest);
  const config =
    parsed.kind === 'manifest' && imageConfigTypes.has(parsed.manifest.config.mediaType)
      ? await readConfig(source, parsed.manifest.config)
      : {};
  if (!config.os || !config.architecture) {
    if (claimed) return claimed;
    throw unclaimed();
  }
  const truth = normalisePlatform({
    os: config.os,
    architecture: config.architecture,
    ...(config.variant ? { variant: config.variant } : {}),
    ...(config['os.version'] ? { 'os.version': config['os.version'] } : {}),
  });
  if (!claimed) return truth;
  const given = normalisePlatform(claimed);
  const differs = (a: string | undefined, b: string | undefined) => a !== undefined && b !== undefined && a !== b;
  if (
    given.os !== truth.os ||
    given.architecture !== truth.architecture ||
    differs(given.variant, truth.variant) ||
    differs(given['os.version'], truth['os.version'])
  ) {
    const shown = (p: Platform) => `${formatPlatform(p)}${p['os.version'] ? ` (os.version ${p['os.version']})` : ''}`;
    throw new OciError(
      'INVALID_PLATFORM',
      `push: ${sourceName} (${desc.digest}) is built for ${shown(truth)} (its image config says so), but ${claimedBy} says ${shown(claimed)}; nothing was staged: fix "platform" or the source`,
    );
  }
  const out: Platform = { ...claimed };
  if (!given.variant && truth.variant) out.variant = truth.variant;
  if (!given['os.version'] && truth['os.version']) out['os.version'] = truth['os.version'];
  return out;
}

const imageConfigTypes = new Set([MediaTypes.ociConfig, 'application/vnd.docker.container.image.v1+json']);

/** The entry of a source index for the requested platform (attestations are carried along by the copy). */
function selectEntry(entries: Descriptor[], platform: Platform, sourceName: string): Descriptor {
  const found = findPlatformEntry(entries, platform, { exact: true });
  if (found) return found;
  throw new OciError(
    'INVALID_INPUT',
    `source ${sourceName} is an index without an entry for platform ${formatPlatform(platform)} (it has: ${listedPlatforms(entries)})`,
  );
}

/** Passes the chunks of a file uploaded while hashed through, telling progress by file name. */
async function* reportingProgress(
  chunks: AsyncIterable<Buffer>,
  name: string,
  total: number,
  report: (event: ProgressEvent) => void,
): AsyncGenerator<Buffer> {
  const descriptor: Descriptor = { mediaType: MediaTypes.octetStream, digest: '', size: total };
  let transferred = 0;
  report({ descriptor, name, transferred, total });
  for await (const chunk of chunks) {
    transferred += chunk.length;
    yield chunk;
    report({ descriptor, name, transferred, total });
  }
}

/**
 * Stores the config blob of the artifact being packed (checked first: a re-run finds it there). A failure is
 * left to the copy, which tries again and reports it in its own words.
 */
async function storeConfig(
  destination: Target,
  platform: Platform,
  stored: Map<string, BlobAction>,
  logger: Logger,
): Promise<void> {
  const config = platformConfig(platform);
  try {
    if (await destination.exists(config.descriptor)) {
      stored.set(config.descriptor.digest, 'exists');
    } else {
      await destination.push(config.descriptor, config.bytes);
      stored.set(config.descriptor.digest, 'uploaded');
    }
  } catch (e) {
    logger.debug(`config ${config.descriptor.digest}: not stored ahead (${String(e)}); the copy will try again`);
  }
}

/**
 * The largest the manifest (and the staging index) of `request.files` can be, known before any file is read:
 * every digest is as long as a sha256 one, every size is given the most digits a size can have, every layer the
 * longer media type and the unpack annotation of a directory.
 */
function manifestSizeBound(request: Resolved): number {
  const layer = (spec: FileSpec): Descriptor => ({
    mediaType: spec.mediaType ?? MediaTypes.ociLayerTarGzip,
    digest: placeholderDigest,
    size: Number.MAX_SAFE_INTEGER,
    annotations: { [Annotations.title]: basename(spec.path), [unpackAnnotation]: 'true' },
  });
  const config = { mediaType: MediaTypes.ociConfig, digest: placeholderDigest, size: Number.MAX_SAFE_INTEGER };
  const manifest = {
    schemaVersion: 2,
    mediaType: MediaTypes.ociManifest,
    ...(request.artifactType ? { artifactType: request.artifactType } : {}),
    config,
    layers: request.files.map(layer),
    ...(Object.keys(request.annotations).length > 0 ? { annotations: request.annotations } : {}),
  };
  const manifestSize = Buffer.byteLength(JSON.stringify(manifest));
  const entry = stagingEntry(
    { mediaType: MediaTypes.ociManifest, digest: placeholderDigest, size: Number.MAX_SAFE_INTEGER },
    request.platform,
    request.artifactType,
    request.annotations,
  );
  return Math.max(manifestSize, indexBytes([entry], request.stagingTag).bytes.length);
}

const placeholderDigest = `sha256:${'0'.repeat(64)}`;

function assertFits(size: number, what: string, hint: string): void {
  if (size <= MAX_MANIFEST_PUSH) return;
  throw new OciError(
    'TOO_LARGE',
    `push: ${what} is ${size} bytes, above the ${MAX_MANIFEST_PUSH}-byte (4 MiB) manifest limit registries enforce; nothing was uploaded: ${hint}`,
  );
}

const indexBytes = (entries: Descriptor[], stagingTag: string): { bytes: Buffer; descriptor: Descriptor } =>
  jsonContent(MediaTypes.ociIndex, stagingIndex(entries, stagingTag));

function copyOptions(request: PushRequest, deps: PushDeps, tags: string[]) {
  return {
    tags,
    concurrency: request.concurrency,
    referrers: true,
    logger: deps.logger,
    ...(deps.onBlob ? { onBlob: deps.onBlob } : {}),
    ...(deps.onProgress ? { onProgress: deps.onProgress } : {}),
  };
}

function result(
  repository: Reference,
  stagingTag: string,
  digest: string,
  descriptor: Descriptor,
  index: Descriptor,
  report: CopyReport,
  files: PushResult['files'],
  platforms: Platform[],
): PushResult {
  return {
    digest,
    stagingTag,
    reference: formatReference(withVersion(repository, { digest: index.digest })),
    descriptor,
    stagingIndex: index,
    platforms,
    report,
    files,
  };
}

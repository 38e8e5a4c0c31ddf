/**
 * push: one platform's artifact (files, or an existing manifest or index) to a staging tag whose index entry
 * carries platform, artifactType and annotations. The matrix-job half of the workflow.
 */
import { basename } from 'node:path';
import { readFileChunks } from '../content/file-chunks.js';
import type { Target } from '../content/target.js';
import { readAll, MAX_MANIFEST_READ } from '../content/read.js';
import { digestOf } from '../digest.js';
import { OciError } from '../errors.js';
import {
  copyGraph,
  type BlobAction,
  type BlobEvent,
  type CopyReport,
  type ProgressEvent,
} from '../graph/copy-graph.js';
import type { Logger } from '../logger.js';
import type { Descriptor, Platform } from '../oci/descriptor.js';
import { parseManifestBody } from '../oci/manifest.js';
import { formatPlatform } from '../oci/platform.js';
import { MediaTypes } from '../oci/media-types.js';
import { formatReference, withVersion, type Reference } from '../reference.js';
import { packFiles, platformConfig, type FileSpec } from './pack-files.js';
import { findPlatformEntry, listedPlatforms } from './select-entry.js';
import { stagedLayers } from './staged-layers.js';
import { stagingEntry, stagingIndex } from './staging.js';

export interface PushRequest {
  repository: Reference;
  platform: Platform;
  files: FileSpec[];
  source?: Reference;
  artifactType?: string;
  annotations: Record<string, string>;
  stagingTag: string;
  concurrency: number;
}

export interface PushDeps {
  open(ref: Reference): Target;
  logger: Logger;
  tempRoot: string;
  onBlob?: (event: BlobEvent) => void;
  onProgress?: (event: ProgressEvent) => void;
}

export interface PushResult {
  /** The staged manifest (or, for an index source, the index) */
  digest: string;
  stagingTag: string;
  /** The staging index by digest */
  reference: string;
  /** The index entry merge will read */
  descriptor: Descriptor;
  stagingIndex: Descriptor;
  report: CopyReport;
  files: Array<{ title: string; digest: string; size: number }>;
}

export async function push(request: PushRequest, deps: PushDeps): Promise<PushResult> {
  const destination = deps.open(request.repository);
  return request.source
    ? pushSource(request, request.source, destination, deps)
    : pushFiles(request, destination, deps);
}

async function pushFiles(request: PushRequest, destination: Target, deps: PushDeps): Promise<PushResult> {
  const pushStreamed = destination.pushStreamed?.bind(destination);
  const stored = new Map<string, BlobAction>();
  let storingConfig: Promise<void> | undefined;
  const packOptions = {
    platform: request.platform,
    annotations: request.annotations,
    tempRoot: deps.tempRoot,
    concurrency: request.concurrency,
    ...(pushStreamed ? { stagedLayers: await stagedLayers(destination, request.stagingTag) } : {}),
    // Big files go to the destination as they are hashed: one read instead of two. The small config blob
    // goes meanwhile, on another connection, so that nothing but the manifests is left once the file is in.
    ...(pushStreamed
      ? {
          streamFile: async (path: string, size: number, signal: AbortSignal) => {
            const name = basename(path);
            deps.logger.info(`${name}: uploading while hashing`);
            storingConfig ??= storeConfig(destination, request.platform, stored, deps.logger);
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
    const index = indexBytes([entry]);
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
      request,
      packed.manifest.digest,
      entry,
      index.descriptor,
      report,
      packed.layers.map((l) => ({
        title: l.descriptor.annotations?.['org.opencontainers.image.title'] ?? '',
        digest: l.descriptor.digest,
        size: l.descriptor.size,
      })),
    );
  } finally {
    await packed.dispose();
  }
}

async function pushSource(
  request: PushRequest,
  sourceRef: Reference,
  destination: Target,
  deps: PushDeps,
): Promise<PushResult> {
  const version = sourceRef.digest ?? sourceRef.tag;
  if (!version) {
    throw new OciError(
      'INVALID_INPUT',
      `input "source" ${formatReference(sourceRef)} needs a tag or a digest (e.g. @sha256:…)`,
    );
  }
  const source = deps.open(sourceRef);
  const root = await source.resolve(version);
  const bytes = await readAll(source, root, MAX_MANIFEST_READ);
  const parsed = parseManifestBody(bytes, root.mediaType, formatReference(sourceRef));
  const target = formatReference(withVersion(request.repository, { tag: request.stagingTag }));
  if (parsed.kind === 'index') {
    const entry = selectEntry(parsed.index.manifests, request.platform, formatReference(sourceRef));
    const report = await deps.logger.group(`Stage ${formatReference(sourceRef)} as ${target}`, () =>
      copyGraph(source, destination, root, copyOptions(request, deps, [request.stagingTag])),
    );
    return result(request, root.digest, entry, root, report, []);
  }
  const report = await deps.logger.group(
    `Copy ${formatReference(sourceRef)} into ${formatReference(request.repository)}`,
    () => copyGraph(source, destination, root, copyOptions(request, deps, [])),
  );
  const annotations = { ...(parsed.manifest.annotations ?? {}), ...request.annotations };
  const artifactType = request.artifactType ?? parsed.manifest.artifactType;
  const entry = stagingEntry(root, request.platform, artifactType, annotations);
  const index = indexBytes([entry]);
  await destination.push(index.descriptor, index.bytes);
  await destination.tag(index.descriptor, request.stagingTag);
  return result(request, root.digest, entry, index.descriptor, report, []);
}

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

function indexBytes(entries: Descriptor[]): { bytes: Buffer; descriptor: Descriptor } {
  const bytes = Buffer.from(JSON.stringify(stagingIndex(entries)));
  return { bytes, descriptor: { mediaType: MediaTypes.ociIndex, digest: digestOf(bytes), size: bytes.length } };
}

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
  request: PushRequest,
  digest: string,
  descriptor: Descriptor,
  index: Descriptor,
  report: CopyReport,
  files: PushResult['files'],
): PushResult {
  return {
    digest,
    stagingTag: request.stagingTag,
    reference: formatReference(withVersion(request.repository, { digest: index.digest })),
    descriptor,
    stagingIndex: index,
    report,
    files,
  };
}

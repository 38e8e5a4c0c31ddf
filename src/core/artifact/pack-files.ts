/**
 * `files` mode of push: each `PATH[:MEDIATYPE]` becomes a layer titled by its base name (a directory becomes
 * one deterministic tar+gzip layer), plus a small image config carrying the platform, plus the manifest.
 * Files are streamed and hashed once; nothing is held whole in memory.
 */
import { createWriteStream } from 'node:fs';
import { chmod, mkdtemp, rm, stat } from 'node:fs/promises';
import * as nodePath from 'node:path';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createDirectoryTarGz } from './tar/tar-gz.js';
import { createDigester, createHashingStream } from '../oci/digest.js';
import { jsonContent } from '../oci/manifest.js';
import { OciError } from '../errors.js';
import { createLimit, type Limit } from '../copy/limit.js';
import { Annotations, type Descriptor, type ImageManifest, type Platform } from '../oci/descriptor.js';
import { isMediaType, MediaTypes } from '../oci/media-types.js';
import { readFileChunks } from '../content/file-chunks.js';
import { createFileSource, type FileSource } from '../content/file-source.js';
import { sortedRecord } from './staging.js';

/** Marks a layer that push made from a directory: pull unpacks it. */
export const unpackAnnotation = 'dev.oci-multiarch.unpack';
/**
 * The permission bits of a single executable file, in octal (`0755`): pull applies them, so a binary comes back
 * runnable. Only executables carry it, so a umask difference between runners does not change a manifest.
 */
export const modeAnnotation = 'dev.oci-multiarch.mode';

/** The mode to record for a file (undefined unless some execute bit is set). */
export const recordedMode = (mode: number): string | undefined =>
  mode & 0o111 ? `0${(mode & 0o777).toString(8).padStart(3, '0')}` : undefined;

/** The mode a layer asks pull to apply, if it carries a valid one. */
export function layerMode(desc: Descriptor): number | undefined {
  const value = desc.annotations?.[modeAnnotation];
  return value && /^0?[0-7]{3}$/.test(value) ? parseInt(value, 8) : undefined;
}

/** Gives a pulled file the mode its layer recorded (an executable comes back executable). */
export async function applyLayerMode(path: string, desc: Descriptor): Promise<void> {
  const mode = layerMode(desc);
  if (mode !== undefined) await chmod(path, mode);
}

/**
 * A layer's title: the base name of the path as written, whatever the separators (`C:\dist\tool.exe` and
 * `dist/tool` alike); `paths` is node:path for this machine, path.win32 or path.posix in tests.
 */
export function layerTitle(filePath: string, paths: nodePath.PlatformPath = nodePath): string {
  return paths.basename(filePath);
}

/**
 * ORAS's file store marks directory layers the same way (oras-go content/file): `unpack: "true"`, and the
 * digest of the uncompressed tar, whose entries all sit under the layer's title (`<title>/…`).
 */
export const orasUnpackAnnotation = 'io.deis.oras.content.unpack';
export const orasDigestAnnotation = 'io.deis.oras.content.digest';

export interface FileSpec {
  path: string;
  mediaType?: string;
}

/** `PATH[:MEDIATYPE]`: the media type is what follows the last ':' when it looks like one (type/subtype). */
export function parseFileSpec(line: string): FileSpec {
  const colon = line.lastIndexOf(':');
  const candidate = colon > 0 ? line.slice(colon + 1) : '';
  if (colon > 0 && candidate.includes('/') && isMediaType(candidate)) {
    return { path: line.slice(0, colon), mediaType: candidate };
  }
  return { path: line };
}

/**
 * Files at least this big are pushed while they are hashed (one read instead of two) when the destination
 * can. Below it hashing first costs milliseconds and keeps the check that lets a re-run upload nothing.
 */
export const STREAMED_PUSH_MIN_SIZE = 32 * 1024 * 1024;

export interface PackedArtifact {
  source: FileSource;
  manifest: Descriptor;
  layers: Array<{ descriptor: Descriptor; path: string; directory: boolean }>;
  /** Removes temporary files (directory archives). */
  dispose(): Promise<void>;
}

export interface PackOptions {
  /** The platform the image config carries; without it (a referrer made by attach) the config is OCI's empty `{}`. */
  platform?: Platform;
  artifactType?: string;
  /** The manifest this one refers to (attach): the registry lists it among the subject's referrers. */
  subject?: Descriptor;
  annotations: Record<string, string>;
  tempRoot: string;
  /** Stores a big file in the destination while hashing it (see STREAMED_PUSH_MIN_SIZE). */
  streamFile?: (path: string, size: number, signal: AbortSignal) => Promise<{ digest: string; size: number }>;
  /**
   * Layers the staging tag already holds (title → size): a file that matches one is hashed first, so that the
   * copy finds it present and a re-run uploads nothing.
   */
  stagedLayers?: ReadonlyMap<string, number>;
  /** Files packed at once (default 1). */
  concurrency?: number;
  /** The limiter to pack under instead, shared with other transfers to the same registry (`concurrency` unused). */
  limit?: Limit;
}

export async function packFiles(specs: readonly FileSpec[], options: PackOptions): Promise<PackedArtifact> {
  // Input "files" is checked by the request layer (push, attach); an empty list here is a caller's bug.
  if (specs.length === 0) throw new Error('internal: packFiles needs at least one file');
  const titles = new Set<string>();
  for (const spec of specs) {
    const title = layerTitle(spec.path);
    if (titles.has(title)) {
      throw new OciError('INVALID_INPUT', `two files are titled "${title}": each file's base name must be unique`);
    }
    titles.add(title);
  }
  const temp = await mkdtemp(join(options.tempRoot, 'oci-multiarch-pack-'));
  const dispose = () => rm(temp, { recursive: true, force: true });
  try {
    const source = createFileSource('files');
    // Files are hashed (and big ones uploaded) `concurrency` at a time; the layers keep the order of `specs`.
    // Every path is checked before any work starts: bad input fails at once, not after another file's upload.
    const kinds = await Promise.all(specs.map((spec) => statKind(spec.path)));
    const limit = options.limit ?? createLimit(options.concurrency ?? 1);
    // The first failure stops the others: no upload goes on for a push that has already failed.
    const stop = new AbortController();
    let firstError: unknown;
    const settled = await Promise.allSettled(
      specs.map((spec, i) =>
        limit(async () => {
          stop.signal.throwIfAborted();
          return packOne(spec, kinds[i] as FileKind, i, temp, options, stop.signal);
        }).catch((e: unknown) => {
          if (!stop.signal.aborted) {
            firstError = e;
            stop.abort(e);
          }
          throw e;
        }),
      ),
    );
    if (stop.signal.aborted) throw firstError;
    const layers = settled.map((r) => (r as PromiseFulfilledResult<PackedArtifact['layers'][number]>).value);
    for (const layer of layers) source.addFile(layer.descriptor, layer.path);
    const config = options.platform ? platformConfig(options.platform) : emptyConfig();
    const configDesc = config.descriptor;
    source.addBytes(configDesc, config.bytes);
    const manifest: ImageManifest = {
      schemaVersion: 2,
      mediaType: MediaTypes.ociManifest,
      ...(options.artifactType ? { artifactType: options.artifactType } : {}),
      config: configDesc,
      layers: layers.map((l) => l.descriptor),
      ...(options.subject ? { subject: options.subject } : {}),
      ...(Object.keys(options.annotations).length > 0 ? { annotations: sortedRecord(options.annotations) } : {}),
    };
    const { bytes: manifestBytes, descriptor: manifestDesc } = jsonContent(MediaTypes.ociManifest, manifest);
    source.addBytes(manifestDesc, manifestBytes);
    return { source, manifest: manifestDesc, layers, dispose };
  } catch (e) {
    await dispose();
    throw e;
  }
}

/** One file or directory as a layer: hashed (a directory archived first), or uploaded while hashed. */
async function packOne(
  spec: FileSpec,
  { kind, size: fileSize, mode }: FileKind,
  i: number,
  temp: string,
  options: PackOptions,
  signal: AbortSignal,
): Promise<PackedArtifact['layers'][number]> {
  const title = layerTitle(spec.path);
  const directory = kind === 'directory';
  const path = directory ? join(temp, `layer-${i}.tar.gz`) : spec.path;
  const maybeStaged = options.stagedLayers?.get(title) === fileSize;
  const streamed = !directory && !maybeStaged && options.streamFile !== undefined && fileSize >= STREAMED_PUSH_MIN_SIZE;
  const tar = directory ? createHashingStream() : undefined;
  const { digest, size } = tar
    ? await hashWhileWriting(createDirectoryTarGz(spec.path, { prefix: title, tarTap: tar.stream }), path)
    : streamed && options.streamFile
      ? await options.streamFile(spec.path, fileSize, signal)
      : await hashFile(spec.path);
  const annotations: Record<string, string> = { [Annotations.title]: title };
  const fileMode = directory ? undefined : recordedMode(mode);
  if (fileMode) annotations[modeAnnotation] = fileMode;
  if (tar) {
    annotations[unpackAnnotation] = 'true';
    annotations[orasDigestAnnotation] = tar.result().digest;
    annotations[orasUnpackAnnotation] = 'true';
  }
  const mediaType = spec.mediaType ?? (directory ? MediaTypes.ociLayerTarGzip : MediaTypes.octetStream);
  return { descriptor: { mediaType, digest, size, annotations }, path, directory };
}

/**
 * A schema-valid image config that carries the platform, so tools that read the platform from the config
 * (as for Homebrew's bottles) see it too. No layers are filesystem diffs, hence no diff_ids.
 */
function imageConfig(platform: Platform): Record<string, unknown> {
  const config: Record<string, unknown> = { architecture: platform.architecture, os: platform.os };
  if (platform['os.version']) config['os.version'] = platform['os.version'];
  if (platform['os.features']?.length) config['os.features'] = platform['os.features'];
  if (platform.variant) config['variant'] = platform.variant;
  config['rootfs'] = { type: 'layers', diff_ids: [] };
  return config;
}

/** The config blob of a pushed artifact: its bytes and its descriptor. */
export const platformConfig = (platform: Platform): { descriptor: Descriptor; bytes: Buffer } =>
  jsonContent(MediaTypes.ociConfig, imageConfig(platform));

/** OCI's empty descriptor `{}`: the config of an artifact that has no configuration (image-spec 1.1). */
export const emptyConfig = (): { descriptor: Descriptor; bytes: Buffer } => jsonContent(MediaTypes.ociEmpty, {});

interface FileKind {
  kind: 'file' | 'directory';
  size: number;
  mode: number;
}

async function statKind(path: string): Promise<FileKind> {
  try {
    const s = await stat(path);
    if (s.isDirectory()) return { kind: 'directory', size: 0, mode: s.mode };
    if (s.isFile()) return { kind: 'file', size: s.size, mode: process.platform === 'win32' ? 0o644 : s.mode };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new OciError('INVALID_INPUT', `file "${path}" listed in input "files" does not exist`);
    throw new OciError('INVALID_INPUT', `cannot read "${path}" listed in input "files": ${code ?? String(e)}`);
  }
  throw new OciError('INVALID_INPUT', `"${path}" listed in input "files" is neither a regular file nor a directory`);
}

async function hashFile(path: string): Promise<{ digest: string; size: number }> {
  const digester = createDigester();
  let size = 0;
  for await (const chunk of readFileChunks(path)) {
    digester.update(chunk);
    size += chunk.length;
  }
  return { digest: digester.digest(), size };
}

async function hashWhileWriting(input: Readable, path: string): Promise<{ digest: string; size: number }> {
  const hashing = createHashingStream();
  await pipeline(input, hashing.stream, createWriteStream(path));
  return hashing.result();
}

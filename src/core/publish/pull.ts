/**
 * pull: the consumer side. Selects the entry for a platform (exact variant first, then compatible), downloads
 * its layers into `output` under their titles with every digest verified, and unpacks directory layers that
 * push created. Titles that are absolute or escape `output` are refused before anything is written.
 */
import { createWriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { extractTarGz } from '../archive/tar-gz.js';
import { MAX_MANIFEST_READ, readAll } from '../content/read.js';
import type { ReadOnlyTarget } from '../content/target.js';
import { OciError } from '../errors.js';
import type { Logger } from '../logger.js';
import { Annotations, type Descriptor, type ImageManifest, type Platform } from '../oci/descriptor.js';
import { parseManifestBody } from '../oci/manifest.js';
import { formatPlatform } from '../oci/platform.js';
import { formatReference, type Reference } from '../reference.js';
import { orasUnpackAnnotation, unpackAnnotation } from './pack-files.js';
import { findPlatformEntry, listedPlatforms } from './select-entry.js';

export interface PullRequest {
  reference: Reference;
  platform: Platform;
  output: string;
}

export interface PullResult {
  digest: string;
  platform: Platform | undefined;
  files: string[];
}

/** How deep an index may nest before we stop following it. */
const MAX_PULL_DEPTH = 4;

export async function pull(
  request: PullRequest,
  deps: { open(ref: Reference): ReadOnlyTarget; logger: Logger },
): Promise<PullResult> {
  const name = formatReference(request.reference);
  const version = request.reference.digest ?? request.reference.tag;
  if (!version) throw new OciError('INVALID_INPUT', `input "reference" ${name} needs a tag or a digest`);
  const source = deps.open(request.reference);
  let desc = await source.resolve(version);
  let chosen: Platform | undefined;
  for (let depth = 0; ; depth++) {
    const parsed = parseManifestBody(
      await readAll(source, desc, MAX_MANIFEST_READ),
      desc.mediaType,
      `${name}@${desc.digest}`,
    );
    if (parsed.kind === 'manifest') return download(parsed.manifest, desc, chosen, request, source, deps.logger);
    if (depth >= MAX_PULL_DEPTH)
      throw new OciError('INVALID_MANIFEST', `${name}: indexes nested deeper than ${MAX_PULL_DEPTH}`);
    desc = selectForPlatform(parsed.index.manifests, request.platform, name);
    chosen = desc.platform;
  }
}

/** The closest entry for `want`: an exact match first, then a compatible variant; attestations never. */
export function selectForPlatform(entries: readonly Descriptor[], want: Platform, name: string): Descriptor {
  const found = findPlatformEntry(entries, want, { exact: false });
  if (found) return found;
  throw new OciError(
    'NOT_FOUND',
    `${name} has no entry for platform ${formatPlatform(want)} (it has: ${listedPlatforms(entries)})`,
  );
}

/** Resolves a layer title inside `output`, refusing absolute titles and any that escape it. */
export function safeOutputPath(output: string, title: string): string {
  const root = resolve(output);
  const target = resolve(root, title);
  const rel = relative(root, target);
  if (
    title === '' ||
    isAbsolute(title) ||
    title.includes('\\') ||
    rel === '' ||
    rel.startsWith('..') ||
    isAbsolute(rel) ||
    title.split('/').includes('..')
  ) {
    throw new OciError(
      'UNSAFE',
      `refusing layer title "${title}": titles must be relative paths inside the output directory`,
    );
  }
  return root + sep + rel;
}

/**
 * Whether a layer is a directory to unpack, and how: ORAS's mark (its tar holds `<title>/…`, unpacked into
 * `<output>/<title>`; our own pushes carry it too) or only ours (older pushes: names relative to the directory).
 */
function unpackOf(layer: Descriptor, title: string): { stripPrefix?: string } | undefined {
  if (layer.annotations?.[orasUnpackAnnotation] === 'true') return { stripPrefix: title };
  if (layer.annotations?.[unpackAnnotation] === 'true') return {};
  return undefined;
}

async function download(
  manifest: ImageManifest,
  desc: Descriptor,
  platform: Platform | undefined,
  request: PullRequest,
  source: ReadOnlyTarget,
  logger: Logger,
): Promise<PullResult> {
  // Check every title before writing anything.
  const plans = manifest.layers.map((layer) => {
    const title = layer.annotations?.[Annotations.title];
    if (!title)
      throw new OciError(
        'INVALID_MANIFEST',
        `layer ${layer.digest} of ${desc.digest} has no title annotation: nothing to name the file`,
      );
    return {
      layer,
      title,
      path: safeOutputPath(request.output, title),
      unpack: unpackOf(layer, title),
    };
  });
  await mkdir(request.output, { recursive: true });
  const files: string[] = [];
  for (const plan of plans) {
    const temp = join(resolve(request.output), `.oci-multiarch-${plan.layer.digest.replace(':', '-')}.part`);
    try {
      if (plan.unpack) {
        const written = await extractTarGz(await source.fetch(plan.layer), plan.path, plan.unpack);
        files.push(...written.map((w: string) => join(plan.title, w)));
      } else {
        await mkdir(resolve(plan.path, '..'), { recursive: true });
        await pipeline(await source.fetch(plan.layer), createWriteStream(temp));
        await rename(temp, plan.path);
        files.push(plan.title);
      }
      logger.info(`${plan.title}: ${plan.layer.size} bytes, ${plan.layer.digest} verified`);
    } finally {
      await rm(temp, { force: true });
    }
  }
  return { digest: desc.digest, platform, files };
}

/**
 * pull: the consumer side. Selects the entry for a platform (exact variant first, then compatible), downloads
 * its layers under their titles and unpacks directory layers that push created, all into a private staging
 * directory while every digest is verified, and only then moves the result into `output` (staged-output.ts):
 * a failed pull leaves `output` as it was. Titles that are absolute, escape `output`, reach into `.git` or
 * collide with another layer's are refused before anything is read.
 */
import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { nameProblem, safeRelativePath } from '../artifact/safe-path.js';
import { openStagedOutput } from './staged-output.js';
import { extractTarGz } from '../artifact/tar/tar-gz.js';
import { unpackLimitFor } from '../artifact/tar/unpack-limits.js';
import { writeNewFile } from '../artifact/tar/write-file.js';
import { MAX_MANIFEST_READ, readAll, readReference } from '../content/read.js';
import type { ReadOnlyTarget } from '../content/target.js';
import { describeTransferError, OciError } from '../errors.js';
import type { Logger } from '../logger.js';
import { Annotations, type Descriptor, type ImageManifest, type Platform } from '../oci/descriptor.js';
import { parseManifestBody } from '../oci/manifest.js';
import { formatPlatformWithVersion } from '../oci/platform.js';
import { formatReference, versionOf, type Reference, type VersionedReference } from '../oci/reference.js';
import { applyLayerMode, orasUnpackAnnotation, unpackAnnotation } from '../artifact/pack-files.js';
import { findPlatformEntry, listedPlatforms } from '../oci/select-entry.js';
import { MAX_PULL_DEPTH } from '../limits.js';

export interface PullRequest {
  reference: VersionedReference;
  platform: Platform;
  /** Set when `platform` is this machine's: its os.version, so the newest entry not newer than it wins. */
  hostVersion?: string;
  output: string;
}

export interface PullResult {
  digest: string;
  platform: Platform | undefined;
  files: string[];
}

export async function pull(
  request: PullRequest,
  deps: { open(ref: Reference): ReadOnlyTarget; logger: Logger },
): Promise<PullResult> {
  const name = formatReference(request.reference);
  const version = versionOf(request.reference);
  const source = deps.open(request.reference);
  // The tag and its index in one round trip where the store can (a registry's GET by tag).
  let { descriptor: desc, bytes } = await readReference(source, version);
  let chosen: Platform | undefined;
  for (let depth = 0; ; depth++) {
    const parsed = parseManifestBody(bytes, desc.mediaType, `${name}@${desc.digest}`);
    if (parsed.kind === 'manifest') return download(parsed.manifest, desc, chosen, request, source, deps.logger);
    if (depth >= MAX_PULL_DEPTH)
      throw new OciError('INVALID_MANIFEST', `${name}: indexes nested deeper than ${MAX_PULL_DEPTH}`);
    desc = selectForPlatform(parsed.index.manifests, request.platform, name, request.hostVersion);
    chosen = desc.platform;
    bytes = await readAll(source, desc, MAX_MANIFEST_READ);
  }
}

/** The closest entry for `want`: an exact match first, then a compatible variant; attestations never. */
export function selectForPlatform(
  entries: readonly Descriptor[],
  want: Platform,
  name: string,
  hostVersion?: string,
): Descriptor {
  const found = findPlatformEntry(entries, want, { exact: false, ...(hostVersion ? { hostVersion } : {}) });
  if (found) return found;
  const host = hostVersion ? ` (this machine: ${hostVersion}; no entry may be newer)` : '';
  throw new OciError(
    'NOT_FOUND',
    `${name} has no entry for platform ${formatPlatformWithVersion(want)}${host} (it has: ${listedPlatforms(entries)})`,
  );
}

/**
 * A layer title as a path inside `output`: the one rule of safe-path.ts (relative, no `..` component, no
 * `.git`), plus no empty title. `....` is a name like any other.
 */
export function safeTitle(title: string): string {
  const problem = nameProblem(title);
  const rel = problem ? '' : safeRelativePath(title);
  if (problem || rel === '') {
    throw new OciError(
      'UNSAFE',
      `refusing layer title ${JSON.stringify(title)}: ${problem ?? 'the title names no file'}; titles must be relative paths inside the output directory`,
    );
  }
  return rel;
}

interface LayerPlan {
  layer: Descriptor;
  title: string;
  /** The title normalised (safe-path.ts), `/`-separated, relative to the output directory. */
  rel: string;
  /** A tar+gzip directory layer (ours or ORAS's): unpacked under `rel`, with its entries' prefix removed for ORAS's. */
  unpack: { stripPrefix?: string } | undefined;
}

/** Every title checked, and no two layers writing the same path (or one inside another), before any byte is read. */
function planLayers(manifest: ImageManifest, desc: Descriptor): LayerPlan[] {
  const plans = manifest.layers.map((layer): LayerPlan => {
    const title = layer.annotations?.[Annotations.title];
    if (!title)
      throw new OciError(
        'INVALID_MANIFEST',
        `layer ${layer.digest} of ${desc.digest} has no title annotation: nothing to name the file`,
      );
    return { layer, title, rel: safeTitle(title), unpack: unpackOf(layer, title) };
  });
  // Case-folded: on macOS and Windows runners `App` and `app` are one file.
  const byPath = new Map<string, LayerPlan>();
  for (const plan of plans) byPath.set(plan.rel.toLowerCase(), byPath.get(plan.rel.toLowerCase()) ?? plan);
  for (const plan of plans) {
    const key = plan.rel.toLowerCase();
    const same = byPath.get(key);
    if (same && same !== plan) throw overlap(desc, same, plan, 'the same path');
    const parts = key.split('/');
    for (let i = 1; i < parts.length; i++) {
      const parent = byPath.get(parts.slice(0, i).join('/'));
      if (parent) throw overlap(desc, parent, plan, 'a path inside it');
    }
  }
  return plans;
}

const overlap = (desc: Descriptor, a: LayerPlan, b: LayerPlan, what: string): OciError =>
  new OciError(
    'UNSAFE',
    `refusing ${desc.digest}: layers ${JSON.stringify(a.title)} and ${JSON.stringify(b.title)} would write ${what}; one would overwrite the other`,
  );

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
  const plans = planLayers(manifest, desc);
  const staged = await openStagedOutput(request.output);
  const files: string[] = [];
  let unpacked = 0;
  try {
    for (const plan of plans) {
      const target = join(staged.tree, ...plan.rel.split('/'));
      const what = `layer ${JSON.stringify(plan.title)} (${plan.layer.digest}) of ${source.name}`;
      await mkdir(dirname(target), { recursive: true });
      // One read of the layer: the source verifies size and digest while the bytes go to the staging directory.
      const stream = await source.fetch(plan.layer);
      try {
        if (plan.unpack) {
          const written = await extractTarGz(stream, target, {
            ...plan.unpack,
            maxUnpackedBytes: unpackLimitFor(plan.layer.size, unpacked),
            what,
            onUnpacked: (bytes) => {
              unpacked += bytes;
            },
          });
          // A loop, not push(...written): an argument list of 125k entries overflows the stack.
          for (const w of written) files.push(`${plan.rel}/${w}`);
        } else {
          await writeNewFile(stream, target);
          // A single file keeps the mode push recorded for it (an executable comes back executable).
          await applyLayerMode(target, plan.layer);
          files.push(plan.rel);
        }
      } catch (e) {
        if (!stream.destroyed) stream.destroy();
        throw describeTransferError(e, `pulling ${what}`);
      }
      logger.info(`${plan.title}: ${plan.layer.size} bytes, ${plan.layer.digest} verified`);
    }
    await staged.commit();
  } finally {
    await staged.discard();
  }
  return { digest: desc.digest, platform, files };
}

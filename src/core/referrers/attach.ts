/**
 * attach: evidence (a signature, an SBOM, a report) next to a release. The files are packed as push packs them,
 * into a manifest whose `subject` is the release index or one platform's manifest in it, and copied into the
 * release's repository. The store lists it as a referrer of the subject: a registry with the referrers API
 * does so itself; otherwise the registry target adds it to the `sha256-<hex>` fallback tag (referrers.ts).
 * Everything is resolved and checked before anything is written.
 */
import type { Target } from '../content/target.js';
import { OciError } from '../errors.js';
import { copyGraph, type BlobEvent, type CopyReport, type ProgressEvent } from '../copy/copy-graph.js';
import type { Logger } from '../logger.js';
import type { Descriptor, Platform } from '../oci/descriptor.js';
import { formatPlatform } from '../oci/platform.js';
import { formatReference, withVersion, type Reference, type VersionedReference } from '../oci/reference.js';
import { packFiles, type FileSpec } from '../artifact/pack-files.js';
import { resolveRelease } from './release-target.js';

export interface AttachRequest {
  /** The release: a tag or digest of an index (or of a single manifest, without `platform`). */
  reference: VersionedReference;
  /** Attach to this platform's manifest in the index; omitted: to the index itself. */
  platform?: Platform;
  files: FileSpec[];
  artifactType: string;
  annotations: Record<string, string>;
  concurrency: number;
}

export interface AttachDeps {
  open(ref: Reference): Target;
  logger: Logger;
  tempRoot: string;
  onBlob?: (event: BlobEvent) => void;
  onProgress?: (event: ProgressEvent) => void;
}

export interface AttachResult {
  /** The referrer manifest pushed. */
  digest: string;
  /** The referrer by digest, in the release's repository. */
  reference: string;
  /** What it refers to: the index, or the platform's manifest. */
  subject: Descriptor;
  report: CopyReport;
}

export async function attach(request: AttachRequest, deps: AttachDeps): Promise<AttachResult> {
  const target = deps.open(request.reference);
  const release = await resolveRelease(target, request.reference);
  const subject = subjectFor(release, request.platform, formatReference(request.reference));
  const what = request.platform ? `${formatPlatform(request.platform)} (${subject.digest})` : subject.digest;
  const packed = await packFiles(request.files, {
    artifactType: request.artifactType,
    annotations: request.annotations,
    subject,
    tempRoot: deps.tempRoot,
    concurrency: request.concurrency,
  });
  try {
    const report = await deps.logger.group(`Attach ${request.artifactType} to ${what}`, () =>
      copyGraph(packed.source, target, packed.manifest, {
        concurrency: request.concurrency,
        logger: deps.logger,
        // The subject is a successor of the referrer, and is in the target already: not walked again.
        stored: new Map([[subject.digest, 'exists' as const]]),
        ...(deps.onBlob ? { onBlob: deps.onBlob } : {}),
        ...(deps.onProgress ? { onProgress: deps.onProgress } : {}),
      }),
    );
    return {
      digest: packed.manifest.digest,
      reference: formatReference(withVersion(request.reference, { digest: packed.manifest.digest })),
      subject,
      report,
    };
  } finally {
    await packed.dispose();
  }
}

/** The index itself, or the entry for exactly `platform` (variant normalised as everywhere). */
function subjectFor(
  release: Awaited<ReturnType<typeof resolveRelease>>,
  platform: Platform | undefined,
  name: string,
): Descriptor {
  const identity = (d: Descriptor): Descriptor => ({ mediaType: d.mediaType, digest: d.digest, size: d.size });
  if (!platform) return identity(release.descriptor);
  if (release.kind !== 'index') {
    throw new OciError(
      'INVALID_INPUT',
      `${name} is a single manifest, not an index: omit "platform" to attach to it (${release.descriptor.digest})`,
    );
  }
  const entry = release.entryFor(platform);
  if (!entry) {
    throw new OciError(
      'INVALID_PLATFORM',
      `${name} has no entry for platform ${formatPlatform(platform)} (it has: ${release.platforms()}); nothing was attached`,
    );
  }
  return identity(entry);
}

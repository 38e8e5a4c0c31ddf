/**
 * Resolve and read in one round trip: a GET of a manifest by tag answers with the bytes and the digest
 * (Docker-Content-Digest), so the usual HEAD-then-GET costs one request instead of two. The digest is
 * computed from the bytes (a tag has nothing else to check against) and must agree with the header when
 * the registry sends one; the bytes are remembered, so a later fetch or tag of the same digest is free.
 */
import { digestOf, isDigest, parseDigest } from '../digest.js';
import { OciError } from '../errors.js';
import type { Descriptor } from '../oci/descriptor.js';
import { mediaTypeOf as bodyMediaType } from '../oci/manifest.js';
import { assertTag } from '../reference.js';
import type { RegistryClient } from './client.js';
import { getManifest, remember, type ManifestMemory } from './manifests.js';

export interface FetchedReference {
  descriptor: Descriptor;
  bytes: Uint8Array;
}

export async function fetchManifestReference(
  client: RegistryClient,
  memory: ManifestMemory,
  reference: string,
  signal?: AbortSignal,
): Promise<FetchedReference> {
  const byDigest = isDigest(reference);
  if (!byDigest) assertTag(reference, `tag to read in ${client.name}`);
  const fetched = await getManifest(client, reference, undefined, signal);
  const announced = fetched.digest;
  const algorithm = byDigest
    ? parseDigest(reference).algorithm
    : announced?.startsWith('sha512:')
      ? 'sha512'
      : 'sha256';
  const digest = digestOf(fetched.bytes, algorithm);
  const expected = byDigest ? reference : announced;
  if (expected !== undefined && expected !== digest) {
    throw new OciError(
      'DIGEST_MISMATCH',
      `GET manifest ${byDigest ? reference : `tag "${reference}"`} in ${client.name}: the registry says ${expected.slice(0, 80)} but the bytes hash to ${digest}`,
    );
  }
  const mediaType = fetched.mediaType ?? bodyMediaType(fetched.bytes);
  if (!mediaType) {
    throw new OciError('INVALID_MANIFEST', `manifest ${reference} in ${client.name} has no media type`);
  }
  remember(memory, digest, fetched.bytes);
  return { descriptor: { mediaType, digest, size: fetched.bytes.length }, bytes: fetched.bytes };
}

/**
 * Manifests and indexes: HEAD/GET with an Accept that lists OCI and Docker manifest and index types
 * (distribution 2.8.2 answers 404 for an index otherwise), reads capped and verified, PUT with the body's
 * media type and the returned digest checked, tagging from the bytes this client already holds, DELETE.
 */
import { Readable } from 'node:stream';
import { digestOf, isDigest, parseDigest, verifyBytes } from '../../oci/digest.js';
import { OciError, RegistryError } from '../../errors.js';
import type { Descriptor } from '../../oci/descriptor.js';
import { baseMediaType, mediaTypeOf as bodyMediaType } from '../../oci/manifest.js';
import { manifestAccept } from '../../oci/media-types.js';
import { assertTag } from '../../oci/reference.js';
import { pullScope, pushScope } from './blobs.js';
import type { ClientRequest, RegistryClient } from './client.js';
import { discard, dropStream, headerValue, readCapped } from './http.js';
import { isDanglingTagRefusal } from './registry-quirks.js';
import { listTags } from './tags.js';
import { MAX_MANIFEST_PUSH, MAX_MANIFEST_READ } from '../../limits.js';

/** Manifest bytes remembered for tagging without a second GET (manifests are small; this bounds the map). */
const REMEMBERED_MANIFESTS = 512;

/** The bytes of manifests this target pushed or fetched, by digest (oldest forgotten first). */
export type ManifestMemory = Map<string, Uint8Array>;

export function remember(memory: ManifestMemory, digest: string, bytes: Uint8Array): void {
  memory.delete(digest);
  memory.set(digest, bytes);
  while (memory.size > REMEMBERED_MANIFESTS) {
    const oldest = memory.keys().next().value;
    if (oldest === undefined) break;
    memory.delete(oldest);
  }
}

const acceptFor = (mediaType?: string): string =>
  mediaType && !manifestAccept.includes(mediaType) ? `${mediaType}, ${manifestAccept}` : manifestAccept;

function manifestRequest(client: RegistryClient, method: string, reference: string, mediaType?: string): ClientRequest {
  const what = isDigest(reference) ? reference : `tag "${reference}"`;
  return {
    method,
    url: client.url(`manifests/${reference}`),
    operation: `manifest ${what}`,
    scopes: [method === 'DELETE' ? `repository:${client.repository}:delete` : pullScope(client.repository)],
    headers: method === 'DELETE' ? {} : { accept: acceptFor(mediaType) },
    followRedirects: method === 'GET' || method === 'HEAD',
  };
}

export async function manifestExists(client: RegistryClient, desc: Descriptor): Promise<boolean> {
  const request = manifestRequest(client, 'HEAD', desc.digest, desc.mediaType);
  const response = await client.request(request);
  await discard(response.body);
  if (response.status === 200) return true;
  if (response.status === 404) return false;
  throw await client.fail(request, response);
}

export interface FetchedManifest {
  bytes: Buffer;
  mediaType: string | undefined;
  digest: string | undefined;
}

/** GET a manifest by tag or digest, capped at MAX_MANIFEST_READ (not yet verified). */
export async function getManifest(
  client: RegistryClient,
  reference: string,
  mediaType?: string,
  signal?: AbortSignal,
): Promise<FetchedManifest> {
  const request = { ...manifestRequest(client, 'GET', reference, mediaType), signal };
  const response = await client.request(request);
  if (response.status !== 200) throw await client.fail(request, response);
  const length = Number(headerValue(response.headers, 'content-length') ?? '0');
  const what = `${request.operation} in ${client.name}`;
  if (length > MAX_MANIFEST_READ) {
    dropStream(response.body);
    throw new OciError('TOO_LARGE', `${what} is ${length} bytes, more than the ${MAX_MANIFEST_READ} allowed`);
  }
  const bytes = await readCapped(response.body, MAX_MANIFEST_READ, what, client.http.timeouts.smallBodyMs);
  return {
    bytes,
    mediaType: baseMediaType(headerValue(response.headers, 'content-type')),
    digest: headerValue(response.headers, 'docker-content-digest'),
  };
}

/** The verified bytes of the manifest `desc` (remembered for a later tag). */
export async function fetchManifest(
  client: RegistryClient,
  memory: ManifestMemory,
  desc: Descriptor,
  signal?: AbortSignal,
): Promise<Uint8Array> {
  const known = memory.get(desc.digest);
  if (known && known.length === desc.size) return known;
  const { bytes } = await getManifest(client, desc.digest, desc.mediaType, signal);
  verifyBytes(bytes, desc, `manifest from ${client.name}`);
  remember(memory, desc.digest, bytes);
  return bytes;
}

export const manifestStream = (bytes: Uint8Array): Readable => Readable.from([Buffer.from(bytes)]);

/** A tag or digest to {mediaType, digest, size}: HEAD first, GET when HEAD does not tell enough. */
export async function resolveManifest(
  client: RegistryClient,
  memory: ManifestMemory,
  reference: string,
): Promise<Descriptor> {
  const byDigest = isDigest(reference);
  if (!byDigest) assertTag(reference, `tag to resolve in ${client.name}`);
  const request = manifestRequest(client, 'HEAD', reference);
  const response = await client.request(request);
  await discard(response.body);
  // Only a HEAD that is refused as such (405) or answered without the headers falls back to GET.
  if (response.status !== 200 && response.status !== 405) throw await client.fail(request, response);
  if (response.status === 200) {
    const digest = headerValue(response.headers, 'docker-content-digest');
    const mediaType = baseMediaType(headerValue(response.headers, 'content-type'));
    const size = Number(headerValue(response.headers, 'content-length'));
    if (digest && mediaType && Number.isSafeInteger(size) && size > 0 && (!byDigest || digest === reference)) {
      parseDigest(digest);
      return { mediaType, digest, size };
    }
  }
  // HEAD refused or incomplete: GET the bytes and compute what the headers did not say.
  return (await fetchManifestReference(client, memory, reference)).descriptor;
}

export interface FetchedReference {
  descriptor: Descriptor;
  bytes: Uint8Array;
}

/**
 * Resolve and read in one round trip: a GET of a manifest by tag answers with the bytes and the digest
 * (Docker-Content-Digest), so the usual HEAD-then-GET costs one request instead of two. The digest is
 * computed from the bytes (a tag has nothing else to check against) and must agree with the header when
 * the registry sends one; the bytes are remembered, so a later fetch or tag of the same digest is free.
 */
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

export async function pushManifest(
  client: RegistryClient,
  memory: ManifestMemory,
  desc: Descriptor,
  content: Readable | Uint8Array,
  signal?: AbortSignal,
  /** A tag to PUT it under instead of its digest (the registry stores it by digest too). */
  tag?: string,
): Promise<{ bytes: Uint8Array; subjectAcknowledged: boolean }> {
  if (desc.size > MAX_MANIFEST_PUSH) {
    if (content instanceof Readable) dropStream(content);
    throw new OciError(
      'TOO_LARGE',
      `manifest ${desc.digest} for ${client.name} is ${desc.size} bytes, more than the ${MAX_MANIFEST_PUSH} registries must accept`,
    );
  }
  const bytes =
    content instanceof Uint8Array ? content : await readCapped(content, MAX_MANIFEST_PUSH, `manifest ${desc.digest}`);
  verifyBytes(bytes, desc, `manifest for ${client.name}`);
  if (tag !== undefined) assertTag(tag, `tag for ${client.name}`);
  const subjectAcknowledged = await putManifest(client, desc, bytes, tag ?? desc.digest, signal);
  remember(memory, desc.digest, bytes);
  return { bytes, subjectAcknowledged };
}

/** Points `tag` at `desc` by PUTting its bytes again under the tag. */
export async function tagManifest(
  client: RegistryClient,
  memory: ManifestMemory,
  desc: Descriptor,
  tag: string,
): Promise<void> {
  assertTag(tag, `tag for ${client.name}`);
  const bytes = await fetchManifest(client, memory, desc);
  await putManifest(client, desc, bytes, tag);
}

/** PUTs a manifest; true when the registry says (OCI-Subject) that it indexed the manifest's subject itself. */

async function putManifest(
  client: RegistryClient,
  desc: Descriptor,
  bytes: Uint8Array,
  reference: string,
  signal?: AbortSignal,
): Promise<boolean> {
  const request: ClientRequest = {
    method: 'PUT',
    url: client.url(`manifests/${reference}`),
    operation: reference === desc.digest ? `manifest ${desc.digest}` : `manifest ${desc.digest} as tag "${reference}"`,
    scopes: [pushScope(client.repository)],
    headers: { 'content-type': desc.mediaType },
    body: bytes,
    signal,
  };
  const response = await client.request(request);
  if (response.status !== 201 && response.status !== 200) throw await client.fail(request, response);
  await discard(response.body);
  const stored = headerValue(response.headers, 'docker-content-digest');
  if (stored !== undefined && stored !== desc.digest) {
    throw new OciError(
      'DIGEST_MISMATCH',
      `PUT ${request.operation} in ${client.name}: the registry stored it as ${stored.slice(0, 80)}; check that its media type ${desc.mediaType} is one the registry keeps byte for byte`,
    );
  }
  return headerValue(response.headers, 'oci-subject') !== undefined;
}

/**
 * DELETE a manifest by digest. Where the registry refuses because tags still name it (Google Artifact
 * Registry's GOOGLE_MANIFEST_DANGLING_TAG), the tags naming exactly this digest are deleted first, then the
 * digest — what deleting by digest does on registries that allow it.
 */
export async function deleteManifest(client: RegistryClient, memory: ManifestMemory, desc: Descriptor): Promise<void> {
  try {
    await deleteReference(client, desc.digest);
    return;
  } catch (e) {
    if (!isDanglingTagRefusal(e)) throw e;
  }
  const naming: string[] = [];
  for (const tag of await listTags(client)) {
    if (tag === referrersFallbackTag(desc.digest)) continue;
    try {
      if ((await resolveManifest(client, memory, tag)).digest === desc.digest) naming.push(tag);
    } catch (e) {
      if (!(e instanceof RegistryError && e.status === 404)) throw e; // a tag deleted meanwhile
    }
  }
  client.logger.debug(`${client.name}: deleting ${desc.digest} by its tags first: ${naming.join(', ')}`);
  for (const tag of naming) await deleteReference(client, tag);
  try {
    await deleteReference(client, desc.digest);
  } catch (e) {
    // Some registries drop an untagged manifest with its last tag.
    if (!(e instanceof RegistryError && e.status === 404)) throw e;
  }
}

/** The referrers fallback tag `<alg>-<hex>` (it names an index of referrers, never the manifest itself). */
const referrersFallbackTag = (digest: string): string => digest.replace(':', '-').slice(0, 128);

async function deleteReference(client: RegistryClient, reference: string): Promise<void> {
  const request = manifestRequest(client, 'DELETE', reference);
  const response = await client.request(request);
  if (response.status !== 202 && response.status !== 200) throw await client.fail(request, response);
  await discard(response.body);
}

/**
 * Referrers of a manifest (OCI 1.1): the referrers API, and when the registry has none (404, as
 * distribution 2.8.2), the fallback tag `<alg>-<hex>` whose index lists the referrers.
 */
import { parseManifestJson, referrerDescriptor, subjectOf, type JsonObject } from '../../oci/manifest-json.js';
import { isDigest, verifyBytes } from '../../oci/digest.js';
import { jsonContent } from '../../oci/manifest.js';
import { OciError, RegistryError } from '../../errors.js';
import type { Descriptor } from '../../oci/descriptor.js';
import { MediaTypes, isManifestOrIndexType } from '../../oci/media-types.js';
import { pullScope } from './blobs.js';
import type { ClientRequest, RegistryClient } from './client.js';
import { discard, readCapped, readTextPrefix } from './http.js';
import { MAX_MANIFEST_READ } from '../../limits.js';
import {
  fetchManifest,
  getManifest,
  pushManifest,
  remember,
  resolveManifest,
  type ManifestMemory,
} from './manifests.js';
import { TAG_PAGE_LIMIT, nextPage } from './tags.js';

/** The fallback tag of the referrers spec: `<alg>-<hex>`, at most 128 characters. */
export const referrersTag = (digest: string): string => digest.replace(':', '-').slice(0, 128);

/**
 * Repositories (by client) found without the referrers API: later lookups go to the fallback tag straight
 * away, one request per manifest instead of two. The spec forbids a 404 from a registry that has the API, so
 * one 404 that does not name a missing repository settles it.
 */
const withoutReferrersApi = new WeakSet<RegistryClient>();

export async function listReferrers(
  client: RegistryClient,
  memory: ManifestMemory,
  desc: Descriptor,
): Promise<Descriptor[]> {
  if (withoutReferrersApi.has(client)) return fromFallbackTag(client, memory, desc);
  const found: Descriptor[] = [];
  let url: URL | undefined = client.url(`referrers/${desc.digest}`);
  for (let page = 1; url; page++) {
    if (page > TAG_PAGE_LIMIT) {
      throw new OciError('TOO_LARGE', `GET referrers of ${desc.digest} in ${client.name}: too many pages`);
    }
    const request: ClientRequest = {
      method: 'GET',
      url,
      operation: `referrers of ${desc.digest}`,
      scopes: [pullScope(client.repository)],
      headers: { accept: MediaTypes.ociIndex },
    };
    const response = await client.request(request);
    if (page === 1 && (response.status === 404 || response.status === 405)) {
      const answer = await readTextPrefix(response.body, 4096, client.http.timeouts.smallBodyMs);
      if (!answer.includes('NAME_UNKNOWN')) withoutReferrersApi.add(client);
      return fromFallbackTag(client, memory, desc);
    }
    if (response.status !== 200) throw await client.fail(request, response);
    const body = await readCapped(
      response.body,
      MAX_MANIFEST_READ,
      `referrers of ${desc.digest} in ${client.name}`,
      client.http.timeouts.smallBodyMs,
    );
    found.push(...manifestsOf(body, `referrers of ${desc.digest} in ${client.name}`));
    url = nextPage(response.headers, url, client);
  }
  return found;
}

async function fromFallbackTag(client: RegistryClient, memory: ManifestMemory, desc: Descriptor) {
  let index: Descriptor;
  try {
    index = await resolveManifest(client, memory, referrersTag(desc.digest));
  } catch (e) {
    if (e instanceof RegistryError && e.status === 404) return [];
    throw e;
  }
  // GitLab resolves a tag `sha256-<hex>` as the digest `sha256:<hex>`: the "fallback tag" is then the subject
  // itself (an index's children would pass for referrers): there is no fallback tag, so no referrers.
  if (index.digest === desc.digest) {
    client.logger.debug(`${client.name}: the tag ${referrersTag(desc.digest)} names the subject itself: no referrers`);
    return [];
  }
  const tag = referrersTag(desc.digest);
  const refuse = (what: string): OciError =>
    new OciError(
      'INVALID_MANIFEST',
      `the referrers tag ${tag} in ${client.name} names ${index.digest}, ${what}, not an OCI image index of the referrers of ${desc.digest}: ` +
        'that tag name is reserved for referrers; move or delete it, then re-run',
    );
  if (index.mediaType !== MediaTypes.ociIndex) throw refuse(`a ${index.mediaType}`);
  const { bytes } = await getManifest(client, index.digest, index.mediaType);
  verifyBytes(bytes, index, `referrers index of ${desc.digest} in ${client.name}`);
  remember(memory, index.digest, bytes);
  const entries = referrersIndexEntries(bytes, refuse);
  // Each entry must be a manifest whose `subject` is this one (an ordinary index under that tag lists others);
  // an entry whose manifest is gone (deleted since) is left out.
  const found: Descriptor[] = [];
  for (const entry of entries) {
    let manifest: Uint8Array;
    try {
      manifest = await fetchManifest(client, memory, entry);
    } catch (e) {
      if (e instanceof RegistryError && e.status === 404) continue;
      throw e;
    }
    if (subjectDigestOf(manifest) !== desc.digest) throw refuse(`whose entry ${entry.digest} is not a referrer of it`);
    found.push(entry);
  }
  return found;
}

/** The entries of a fallback tag's index: JSON, an OCI index, `manifests` a list of descriptors; else `refuse`. */
function referrersIndexEntries(bytes: Uint8Array, refuse: (what: string) => OciError): Descriptor[] {
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(bytes).toString('utf8'));
  } catch {
    throw refuse('which is not JSON');
  }
  const { mediaType, manifests } = (typeof json === 'object' && json !== null ? json : {}) as Record<string, unknown>;
  if (mediaType !== undefined && mediaType !== MediaTypes.ociIndex)
    throw refuse(`whose mediaType is ${String(mediaType).slice(0, 80)}`);
  if (!Array.isArray(manifests)) throw refuse('without a "manifests" list');
  for (const m of manifests as unknown[]) {
    const d = (typeof m === 'object' && m !== null ? m : {}) as Record<string, unknown>;
    const valid =
      typeof d.mediaType === 'string' &&
      isManifestOrIndexType(d.mediaType) &&
      typeof d.digest === 'string' &&
      isDigest(d.digest) &&
      typeof d.size === 'number' &&
      Number.isSafeInteger(d.size) &&
      d.size >= 0;
    if (!valid) throw refuse('with an entry that is not a manifest descriptor');
  }
  return manifests as Descriptor[];
}

/** The `subject` digest a manifest names, or undefined. */
function subjectDigestOf(bytes: Uint8Array): string | undefined {
  try {
    return subjectOf(parseManifestJson(bytes, 'manifest'))?.digest;
  } catch {
    return undefined;
  }
}

/** Repositories (by client) whose referrers API answered: an OCI-Subject from them is trusted. */
const withReferrersApi = new WeakSet<RegistryClient>();

/**
 * Whether a manifest PUT answered with OCI-Subject can be trusted to be listed by the referrers API: ECR (2024)
 * sent OCI-Subject without having the API (README: Registries), so its referrers were found nowhere. One GET of the
 * subject's referrers per repository settles it; without the API the fallback tag is written as the spec asks
 * of a registry that sends no OCI-Subject.
 */
export async function referrersApiAnswers(client: RegistryClient, manifestBytes: Uint8Array): Promise<boolean> {
  const subject = subjectDigestOf(manifestBytes);
  if (subject === undefined || !isDigest(subject) || withReferrersApi.has(client)) return true;
  if (withoutReferrersApi.has(client)) return false;
  const request: ClientRequest = {
    method: 'GET',
    url: client.url(`referrers/${subject}`),
    operation: `referrers of ${subject}`,
    scopes: [pullScope(client.repository)],
    headers: { accept: MediaTypes.ociIndex },
  };
  const response = await client.request(request);
  if (response.status === 404 || response.status === 405) {
    const answer = await readTextPrefix(response.body, 4096, client.http.timeouts.smallBodyMs);
    if (answer.includes('NAME_UNKNOWN')) return false;
    withoutReferrersApi.add(client);
    client.logger.debug(`${client.name} answered OCI-Subject but has no referrers API: writing the fallback tag`);
    return false;
  }
  if (response.status !== 200) throw await client.fail(request, response);
  await discard(response.body);
  withReferrersApi.add(client);
  return true;
}

function manifestsOf(bytes: Uint8Array, what: string): Descriptor[] {
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(bytes).toString('utf8'));
  } catch {
    throw new OciError('INVALID_MANIFEST', `${what} is not JSON`);
  }
  const manifests = (json as { manifests?: unknown } | null)?.manifests;
  if (manifests === undefined || manifests === null) return [];
  if (!Array.isArray(manifests)) throw new OciError('INVALID_MANIFEST', `${what}: "manifests" is not a list`);
  return manifests.filter(
    (m): m is Descriptor =>
      typeof m === 'object' &&
      m !== null &&
      typeof (m as Descriptor).digest === 'string' &&
      typeof (m as Descriptor).mediaType === 'string' &&
      typeof (m as Descriptor).size === 'number',
  );
}

/**
 * Fallback-tag updates are read-modify-write of one tag: within this process they run one at a time per
 * subject (keyed by registry, repository and subject digest, whichever target object does them).
 */
const subjectLocks = new Map<string, Promise<unknown>>();

function withSubjectLock<T>(key: string, fn: () => Promise<T>): Promise<T> {
  const previous = subjectLocks.get(key) ?? Promise.resolve();
  const run = previous.then(fn, fn);
  const settled = run.catch(() => undefined);
  subjectLocks.set(key, settled);
  void settled.then(() => {
    if (subjectLocks.get(key) === settled) subjectLocks.delete(key);
  });
  return run;
}

/**
 * Writes of the fallback index (each followed by a read that checks it) before giving up: another process
 * that read the tag before our write and wrote after it drops our entry, and the next round puts it back.
 */
export const REFERRERS_TAG_MAX_WRITES = 5;
/** A short random pause before the check, so that a writer racing with ours has written by then. */
const settleMs = (): number => 50 + Math.floor(Math.random() * 150);

/**
 * For registries without the referrers API (no OCI-Subject answer to the PUT, as distribution 2.8.2): after a
 * manifest with a `subject` is pushed, list it in the fallback tag's index so that referrers() finds it.
 * Read-modify-write of one tag, serialised per subject in this process; across processes the registry has no
 * compare-and-swap for tags, so each write is checked by reading the tag again and redone (merged with what
 * is there now) when a concurrent writer dropped our entry. A writer that read before our check and writes
 * after it can still drop it: that is the limit of the fallback (README, recipe 8).
 */
export async function listInReferrersTag(
  client: RegistryClient,
  memory: ManifestMemory,
  manifest: Descriptor,
  bytes: Uint8Array,
): Promise<void> {
  const entry = referrerEntry(manifest, bytes);
  if (!entry) return;
  const tag = referrersTag(entry.subject);
  const subject: Descriptor = { mediaType: manifest.mediaType, digest: entry.subject, size: 0 };
  await withSubjectLock(`${client.name}\n${entry.subject}`, async () => {
    for (let writes = 0; ; writes++) {
      const existing = await fromFallbackTag(client, memory, subject);
      if (existing.some((d) => d.digest === manifest.digest)) return;
      if (writes >= REFERRERS_TAG_MAX_WRITES) {
        throw new OciError(
          'CONFLICT',
          `the referrers tag ${tag} in ${client.name} lost ${manifest.digest} to concurrent writers ${writes} times: ` +
            'attach to this subject from one job at a time, then re-run',
        );
      }
      const others = existing.filter((d) => d.digest !== manifest.digest);
      const index = { schemaVersion: 2, mediaType: MediaTypes.ociIndex, manifests: [...others, entry.descriptor] };
      const { bytes: indexBytes, descriptor: indexDesc } = jsonContent(MediaTypes.ociIndex, index);
      // One PUT by tag: the index and the tag change together, which keeps the race window to one request.
      await pushManifest(client, memory, indexDesc, indexBytes, undefined, tag);
      await new Promise((done) => setTimeout(done, settleMs()));
    }
  });
}

/** The descriptor a referrers index lists for a manifest (artifactType, annotations), and its subject. */
function referrerEntry(
  manifest: Descriptor,
  bytes: Uint8Array,
): { subject: string; descriptor: Descriptor } | undefined {
  let json: JsonObject;
  try {
    json = parseManifestJson(bytes, 'referrer');
  } catch {
    return undefined;
  }
  const subject = subjectOf(json)?.digest;
  if (subject === undefined || !isDigest(subject)) return undefined;
  return { subject, descriptor: referrerDescriptor(manifest, json) };
}

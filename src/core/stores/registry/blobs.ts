/**
 * Blobs: HEAD, streaming GET verified while it streams, uploads (monolithic from memory for small blobs,
 * one streamed PUT for large ones, so memory stays flat), cross-repository mounts. An upload that fails
 * cancels its session; it is retried as a whole, with a new session, only when the content can be re-read.
 */
import { Readable } from 'node:stream';
import { createVerifyingStream, verifyBytes } from '../../oci/digest.js';
import { OciError, RegistryError } from '../../errors.js';
import type { Descriptor } from '../../oci/descriptor.js';
import { failedAtTokenStep } from './auth/authorizer.js';
import type { ClientRequest, RegistryClient } from './client.js';
import { redactUrl } from './errors.js';
import { UPLOAD_STEP_STATUSES, isPutWithBodyRefusal } from './registry-quirks.js';
import { uploadChunks } from './upload-body.js';
import {
  backoffDelay,
  discard,
  dropStream,
  headerValue,
  isRetryableStatus,
  MIN_BLOB_BYTES_PER_WINDOW,
  readCapped,
  watchProgress,
} from './http.js';
import { BULK_GET_MIN_BYTES, MONOLITHIC_UPLOAD_LIMIT } from '../../limits.js';
import { BulkBody } from './bulk-get.js';
import { VerifiedBulkBlob } from './bulk-blob.js';

/** What a blob push accepts: bytes, a stream (sent once), or a factory opening a fresh stream per attempt. */
export type BlobContent = Uint8Array | Readable | (() => Readable | Promise<Readable>);

export const pullScope = (repository: string): string => `repository:${repository}:pull`;
export const pushScope = (repository: string): string => `repository:${repository}:pull,push`;

export async function blobExists(client: RegistryClient, desc: Descriptor): Promise<boolean> {
  const request = blobRequest(client, 'HEAD', desc);
  const response = await client.request(request);
  await discard(response.body);
  if (response.status === 200) return true;
  if (response.status === 404) return false;
  throw await client.fail(request, response);
}

export async function fetchBlob(client: RegistryClient, desc: Descriptor, signal?: AbortSignal): Promise<Readable> {
  // A big blob comes on a connection of its own, read into buffers that a consumer can lend back (bulk-get.ts).
  const request = { ...blobRequest(client, 'GET', desc), signal, bulk: desc.size >= BULK_GET_MIN_BYTES };
  const response = await client.request(request);
  if (response.status !== 200) throw await client.fail(request, response);
  const length = headerValue(response.headers, 'content-length');
  if (length !== undefined && Number(length) !== desc.size) {
    dropStream(response.body);
    throw new OciError(
      'SIZE_MISMATCH',
      `GET blob ${desc.digest} in ${client.name}: the registry announced ${length} bytes, expected ${desc.size}`,
    );
  }
  const body = response.body;
  const describe = (e: unknown): Error => (e instanceof OciError ? e : brokenDownload(client, desc, e));
  if (body instanceof BulkBody) return new VerifiedBulkBlob(body, desc, `blob from ${client.name}`, describe);
  const verifying = createVerifyingStream(desc, `blob from ${client.name}`);
  // A small body can fail verification before the caller, after an await of its own, attaches a handler:
  // that must not crash the process. The stream stays errored, so pipeline() or a read still reports it.
  verifying.on('error', () => {});
  body.on('error', (e: unknown) => verifying.destroy(describe(e)));
  verifying.on('close', () => {
    if (!body.destroyed) dropStream(body); // the reader stopped early
  });
  body.pipe(verifying);
  const windowMs = client.http.timeouts.bodyMs;
  watchProgress(body, windowMs, () =>
    body.destroy(
      new OciError(
        'NETWORK',
        `GET blob ${desc.digest} in ${client.name}: less than ${MIN_BLOB_BYTES_PER_WINDOW} bytes arrived in ${Math.round(windowMs / 1000)} s: the download is stalled; try again`,
      ),
    ),
  );
  return verifying;
}

function brokenDownload(client: RegistryClient, desc: Descriptor, cause: unknown): OciError {
  const code = (cause as { code?: unknown } | null)?.code;
  // bulk-get.ts's errors say what happened in words of their own (stalled, closed, not HTTP/1.1).
  const what =
    typeof code === 'string' && code.startsWith('OCI_HTTP_') ? (cause as Error).message : 'the download broke off';
  return new OciError(
    'NETWORK',
    `GET blob ${desc.digest} in ${client.name}: ${what}${typeof code === 'string' ? ` (${code})` : ''}: try again`,
    { cause },
  );
}

function blobRequest(client: RegistryClient, method: string, desc: Descriptor): ClientRequest {
  return {
    method,
    url: client.url(`blobs/${desc.digest}`),
    operation: `blob ${desc.digest}`,
    scopes: [pullScope(client.repository)],
    followRedirects: true,
  };
}

export async function pushBlob(
  client: RegistryClient,
  desc: Descriptor,
  content: BlobContent,
  signal?: AbortSignal,
  onProgress?: (transferred: number) => void,
): Promise<void> {
  if (content instanceof Uint8Array) verifyBytes(content, desc, `blob for ${client.name}`);
  const attempts = content instanceof Readable ? 1 : client.http.retry.uploadAttempts;
  const open = async () => (content instanceof Uint8Array ? content : openBody(content, desc));
  for (let attempt = 1; ; attempt++) {
    try {
      await uploadOnce(client, desc, open, signal, onProgress);
      return;
    } catch (e) {
      // A commit whose answer was lost leaves its session spent (a retried PUT gets 404 BLOB_UPLOAD_UNKNOWN)
      // while the blob is stored: the registry verified the digest when it committed, so present means done.
      if (!signal?.aborted && (await committedAfterAll(client, desc))) return;
      if (attempt >= attempts || signal?.aborted || !isTransient(e)) throw e;
      const delayMs = backoffDelay(attempt, client.http.retry);
      client.logger.debug(`blob ${desc.digest} upload to ${client.name} failed, trying again in ${delayMs} ms`);
      await client.http.retry.sleep(delayMs, signal);
    }
  }
}

async function committedAfterAll(client: RegistryClient, desc: Descriptor): Promise<boolean> {
  try {
    return await blobExists(client, desc);
  } catch {
    return false; // the upload's own error is the one to report
  }
}

async function openBody(content: Readable | (() => Readable | Promise<Readable>), desc: Descriptor) {
  const stream = content instanceof Readable ? content : await content();
  if (desc.size >= MONOLITHIC_UPLOAD_LIMIT) return stream;
  const bytes = await readCapped(stream, MONOLITHIC_UPLOAD_LIMIT, `blob ${desc.digest}`);
  verifyBytes(bytes, desc, 'blob to upload');
  return bytes;
}

/** Clients whose registry refused a PUT carrying the body: their uploads PATCH the bytes, then PUT. */
const patchFirst = new WeakSet<RegistryClient>();

/**
 * A failure worth a new upload session: a retryable status (unless the registry asked for a longer wait than the
 * command has left) or a network error.
 */
export const isTransient = (e: unknown): boolean =>
  (e instanceof RegistryError && isRetryableStatus(e.status) && e.retryNotBefore === undefined) ||
  (e instanceof OciError && e.code === 'NETWORK');

async function uploadOnce(
  client: RegistryClient,
  desc: Descriptor,
  open: () => Promise<Uint8Array | Readable>,
  signal?: AbortSignal,
  onProgress?: (transferred: number) => void,
): Promise<void> {
  // The session and the content are asked for at once: a copy's GET from its source overlaps this POST.
  const [started, opened] = await Promise.allSettled([
    startUpload(client, `blob upload ${desc.digest}`, signal),
    open(),
  ]);
  if (started.status === 'rejected' || opened.status === 'rejected') {
    if (opened.status === 'fulfilled' && !(opened.value instanceof Uint8Array)) dropStream(opened.value);
    if (started.status === 'fulfilled') await cancelUpload(client, started.value);
    throw opened.status === 'rejected' ? opened.reason : (started as PromiseRejectedResult).reason;
  }
  const body = opened.value;
  let session = started.value;
  try {
    // One pass over the bytes, checked on the way out (each hashed once); the last held back until they are good.
    const streamed = body instanceof Uint8Array ? body : uploadChunks(body, desc, 'blob to upload', onProgress);
    if (patchFirst.has(client)) {
      await patchThenCommit(client, session, desc, streamed, signal);
      return;
    }
    try {
      await commitUpload(client, session, desc.digest, signal, { content: streamed, size: desc.size });
    } catch (e) {
      // A registry that refuses the body on the commit PUT (old Artifactory) takes PATCH, then an empty PUT.
      if (!(body instanceof Uint8Array) || !isPutWithBodyRefusal(e)) throw e;
      patchFirst.add(client);
      client.logger.debug(`${client.name} refused the body on the commit PUT: uploading with PATCH, then PUT`);
      await cancelUpload(client, session);
      session = await startUpload(client, `blob upload ${desc.digest}`, signal);
      await patchThenCommit(client, session, desc, body, signal);
    }
  } catch (e) {
    if (!(body instanceof Uint8Array)) dropStream(body);
    await cancelUpload(client, session);
    throw e;
  }
}

async function patchThenCommit(
  client: RegistryClient,
  session: URL,
  desc: Descriptor,
  body: Uint8Array | AsyncIterable<Uint8Array>,
  signal?: AbortSignal,
): Promise<void> {
  const next = await patchUpload(client, session, `blob upload ${desc.digest}`, body, signal, desc.size);
  await commitUpload(client, next, desc.digest, signal);
}

/**
 * PUT `<session>?digest=`: the commit, carrying the last bytes (`body`) or none. The registry checks the digest
 * before the blob becomes visible; its Docker-Content-Digest answer, when it gives one, must agree.
 */
export async function commitUpload(
  client: RegistryClient,
  session: URL,
  digest: string,
  signal?: AbortSignal,
  body?: { content: Uint8Array | Readable | AsyncIterable<Uint8Array>; size: number },
): Promise<void> {
  const url = new URL(session);
  url.searchParams.set('digest', digest);
  const request: ClientRequest = {
    method: 'PUT',
    url,
    operation: `blob ${digest}`,
    scopes: [pushScope(client.repository)],
    headers: body
      ? { 'content-type': 'application/octet-stream', 'content-length': String(body.size) }
      : { 'content-length': '0' },
    ...(body ? { body: body.content } : {}),
    signal,
  };
  const response = await client.request(request);
  if (response.status !== 201) throw await client.fail(request, response);
  await discard(response.body);
  checkDigestHeader(client, digest, headerValue(response.headers, 'docker-content-digest'));
}

/** POST …/blobs/uploads/ → the session's absolute Location (same origin only). */
export async function startUpload(client: RegistryClient, operation: string, signal?: AbortSignal): Promise<URL> {
  const request: ClientRequest = {
    method: 'POST',
    url: client.url('blobs/uploads/'),
    operation,
    scopes: [pushScope(client.repository)],
    headers: { 'content-length': '0' },
    signal,
  };
  const response = await client.request(request);
  if (!UPLOAD_STEP_STATUSES.includes(response.status)) throw await client.fail(request, response);
  await discard(response.body);
  return sessionLocation(client, request.url, headerValue(response.headers, 'location'), `POST ${operation}`);
}

/**
 * PATCH bytes into an upload session (one request, no Content-Range: registries that take chunks want parts of
 * at least 5 MiB and may stop advancing `Range`, so none are sent); returns the next session Location.
 */
export async function patchUpload(
  client: RegistryClient,
  url: URL,
  operation: string,
  body: Uint8Array | Readable | AsyncIterable<Uint8Array>,
  signal?: AbortSignal,
  size?: number,
): Promise<URL> {
  const request: ClientRequest = {
    method: 'PATCH',
    url,
    operation,
    scopes: [pushScope(client.repository)],
    headers: {
      'content-type': 'application/octet-stream',
      ...(size === undefined ? {} : { 'content-length': String(size) }),
    },
    body,
    signal,
  };
  const response = await client.request(request);
  if (!UPLOAD_STEP_STATUSES.includes(response.status)) throw await client.fail(request, response);
  await discard(response.body);
  return sessionLocation(client, url, headerValue(response.headers, 'location'), `PATCH ${operation}`);
}

/** The next upload session URL: required, and on the registry's own origin (credentials go nowhere else). */
export function sessionLocation(
  client: RegistryClient,
  base: URL,
  location: string | undefined,
  operation: string,
): URL {
  if (!location) {
    throw new OciError('REGISTRY', `${operation} in ${client.name}: the registry gave no upload Location`);
  }
  let url: URL;
  try {
    url = new URL(location, base);
  } catch {
    throw new OciError('REGISTRY', `${operation} in ${client.name}: the registry gave an invalid upload Location`);
  }
  if (url.origin !== client.origin) {
    throw new OciError(
      'UNSAFE',
      `${operation} in ${client.name}: refusing the upload Location ${redactUrl(url)} on another origin than ${client.origin}`,
    );
  }
  return url;
}

/** Best effort: an abandoned session is purged by the registry eventually anyway. */
export async function cancelUpload(client: RegistryClient, session: URL): Promise<void> {
  try {
    const response = await client.request({
      method: 'DELETE',
      url: session,
      operation: 'blob upload cancel',
      scopes: [pushScope(client.repository)],
    });
    await discard(response.body);
  } catch (e) {
    client.logger.debug(`cancelling an upload session in ${client.name} failed: ${(e as Error).message}`);
  }
}

/** The registry's Docker-Content-Digest answer, when it gives one, must be the digest we sent. */
export function checkDigestHeader(client: RegistryClient, digest: string, header: string | undefined): void {
  if (header !== undefined && header !== digest) {
    throw new OciError(
      'DIGEST_MISMATCH',
      `PUT blob ${digest} in ${client.name}: the registry stored it as ${header.slice(0, 80)}`,
    );
  }
}

/**
 * Mount sources (per destination client) whose token step failed: Docker Hub refuses a token request whole
 * when one scope (the source's pull) is not grantable (README: Registries); later blobs upload without asking again.
 */
const mountRefusedAtTokenStep = new WeakMap<RegistryClient, Set<string>>();

/** Mounts `desc` from `fromRepository` of the same registry: true when mounted; false means upload it. */
export async function mountBlob(client: RegistryClient, desc: Descriptor, fromRepository: string): Promise<boolean> {
  if (mountRefusedAtTokenStep.get(client)?.has(fromRepository)) return false;
  const url = client.url('blobs/uploads/');
  url.searchParams.set('mount', desc.digest);
  url.searchParams.set('from', fromRepository);
  const request: ClientRequest = {
    method: 'POST',
    url,
    operation: `blob mount ${desc.digest} from ${fromRepository}`,
    scopes: [pushScope(client.repository), pullScope(fromRepository)],
    headers: { 'content-length': '0' },
  };
  let response;
  try {
    response = await client.request(request);
  } catch (e) {
    // The token for the destination's push and the source's pull was refused or failed (Docker Hub answers
    // 400 "invalid repository name", others 401/403): upload without the mount, which needs push only.
    if (failedAtTokenStep(e) && !client.http.signal?.aborted) {
      const refused = mountRefusedAtTokenStep.get(client) ?? new Set<string>();
      refused.add(fromRepository);
      mountRefusedAtTokenStep.set(client, refused);
      client.logger.debug(
        `${client.name}: no token to mount from ${fromRepository} (${(e as Error).message}): uploading`,
      );
      return false;
    }
    if (e instanceof RegistryError && [401, 403, 404].includes(e.status)) return false;
    throw e;
  }
  if (response.status === 201) {
    await discard(response.body);
    checkDigestHeader(client, desc.digest, headerValue(response.headers, 'docker-content-digest'));
    return true;
  }
  if (response.status === 202) {
    await discard(response.body);
    const location = headerValue(response.headers, 'location');
    // An invalid or foreign Location is left alone: the registry purges abandoned sessions anyway.
    const session = location ? URL.parse(location, url.href) : null;
    if (session && session.origin === client.origin) await cancelUpload(client, session);
    return false;
  }
  if ([401, 403, 404].includes(response.status)) {
    await discard(response.body);
    return false;
  }
  throw await client.fail(request, response);
}

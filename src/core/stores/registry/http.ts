/**
 * The HTTP core: requests on undici's keep-alive pools (dispatchers.ts) or, for big blobs, on a connection of
 * their own (bulk-get.ts); timeouts on headers and on a stalled body, and bounded retries with exponential
 * backoff and jitter for 408/429/5xx, resets and timeouts.
 * A request body that is a stream is never replayed: such a request is sent once.
 */
import type { Readable } from 'node:stream';
// undici's request(), without the package index that loads all of undici (undici-parts.d.ts).
import type { Dispatcher } from 'undici';
import undiciRequest from 'undici/lib/api/api-request.js';
import { collectStream, dropStream } from '../../content/read.js';
export { dropStream } from '../../content/read.js';
import { OciError } from '../../errors.js';
import { registryWait, waitLimit, type ResponseHeaders } from './rate-limit.js';
import { bulkGet } from './bulk-get.js';
import { CONNECT_TIMEOUT_MS, dispatcherFor, proxyInUse } from './dispatchers.js';
export { closeRegistryConnections } from './dispatchers.js';

/**
 * How failures are tried again, in one value handed down from the command to every request and upload loop
 * of a target (send here; pushBlob and pushBlobStreamed): tests give a short or recording `sleep`.
 */
export interface RetryPolicy {
  /** Total tries of one request, the first included. */
  attempts: number;
  /** Whole-upload tries of one blob (each with a new session) when its content can be read again. */
  uploadAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /**
   * The longest wait a registry may ask for (`Retry-After`, ratelimit-* windows) when the command's deadline is
   * not known; with a deadline (rate-limit.ts setDeadline), the time left before it. A longer ask is not waited
   * for: the answer is reported at once, with when to retry.
   */
  maxRetryAfterMs: number;
  /** Waits between tries; rejects when `signal` aborts. */
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
}

/**
 * Five tries: with 10% of requests failing at random, one request exhausts four tries with a chance of 1e-4,
 * which over the ~230 requests of a 16-platform push + merge (counted in __tests__/reliability/faults-survived)
 * fails about one release in 40; five tries make that one in 400, and a persistent failure is still reported
 * after at most 7.5 s of backoff (0.5 + 1 + 2 + 4 s).
 */
export const defaultRetryPolicy: RetryPolicy = {
  attempts: 5,
  uploadAttempts: 3,
  baseDelayMs: 500,
  maxDelayMs: 10_000,
  maxRetryAfterMs: 60_000,
  sleep: (ms, signal) => sleep(ms, signal),
};

export interface Timeouts {
  /** Waiting for the response headers (after the request was sent). */
  headersMs: number;
  /**
   * Waiting for the answer to a PUT (a manifest, or an upload's commit): a registry on object storage may read a
   * multi-GB blob back to check its digest before it answers, so this is longer than `headersMs`.
   */
  putHeadersMs: number;
  /**
   * All tries of one request together, our own backoff included: no retry starts that would end past it (a wait
   * the registry asks for is bounded by the command's deadline instead: RetryPolicy.maxRetryAfterMs). With
   * `headersMs` at 30 s, a registry that accepts connections and never answers fails a request after two tries, in about a
   * minute, instead of five tries of two minutes.
   */
  requestBudgetMs: number;
  /** The longest silence between two chunks of a response body: a stalled body fails after it. */
  bodyMs: number;
  /**
   * The longest a bounded read (manifest, index, tag page, token or error answer) may take as a whole: a body
   * that trickles a byte just often enough to beat `bodyMs` ends here. (Blobs instead must keep moving at
   * least MIN_BLOB_BYTES_PER_WINDOW per `bodyMs` while they are read.)
   */
  smallBodyMs: number;
}

export const defaultTimeouts: Timeouts = {
  headersMs: 30_000,
  putHeadersMs: 300_000,
  bodyMs: 60_000,
  smallBodyMs: 60_000,
  requestBudgetMs: 60_000,
};

/** A blob download that moves less than this in a `bodyMs` window while it is read is stalled (about 1 KiB/s). */
export const MIN_BLOB_BYTES_PER_WINDOW = 64 * 1024;

/** A stream or an iterable of chunks is sent once, never replayed. */
export type RequestBody = Uint8Array | string | Readable | AsyncIterable<Uint8Array>;

export interface HttpRequest {
  method: string;
  url: URL;
  headers: Record<string, string>;
  body?: RequestBody;
  signal?: AbortSignal;
  /**
   * A GET of a big blob: sent on a connection of its own by bulk-get.ts, whose body can lend its buffers
   * (BulkBody) instead of undici's pool.
   */
  bulk?: boolean;
}

export type { ResponseHeaders } from './rate-limit.js';
/** undici's body, or bulk-get.ts's for a bulk GET: both are Readables that `dump()` what is not wanted. */
export type ResponseBody = Readable & { dump(options?: { limit?: number }): Promise<unknown> };

export interface HttpResponse {
  status: number;
  headers: ResponseHeaders;
  body: ResponseBody;
}

const isReplayable = (body: RequestBody | undefined): boolean =>
  body === undefined || typeof body === 'string' || body instanceof Uint8Array;

export const isRetryableStatus = (status: number): boolean => status === 408 || status === 429 || status >= 500;

const retryableErrorCodes: ReadonlySet<string> = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'EAI_AGAIN',
  'UND_ERR_SOCKET',
  'UND_ERR_CLOSED',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
  'OCI_HTTP_CLOSED',
  'OCI_HTTP_CONNECT_TIMEOUT',
  'OCI_HTTP_HEADERS_TIMEOUT',
  'OCI_HTTP_STALLED',
]);

/** A reset, a refused connection or a timeout: worth another try. */
export function isRetryableError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && retryableErrorCodes.has(code)) return true;
  const cause = (error as { cause?: unknown } | null)?.cause;
  return cause !== undefined && cause !== error && isRetryableError(cause);
}

export { parseRetryAfter } from './rate-limit.js';

/** Exponential backoff with jitter: a random delay in [d/2, d] where d doubles per attempt up to the cap. */
export function backoffDelay(attempt: number, policy: RetryPolicy, random: () => number = Math.random): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

export function headerValue(headers: ResponseHeaders, name: string): string | undefined {
  const value = headers[name.toLowerCase()];
  return Array.isArray(value) ? value[0] : value;
}

export async function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  if (ms <= 0) return;
  await new Promise<void>((resolve, reject) => {
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal?.reason ?? new Error('aborted'));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    if (signal?.aborted) onAbort();
    else signal?.addEventListener('abort', onAbort, { once: true });
  });
}

export interface SendOptions {
  retry: RetryPolicy;
  timeouts: Timeouts;
  /** The command's deadline (input `timeout`): aborts every request and every wait between tries. */
  signal?: AbortSignal | undefined;
  /** Told before each retry (for debug logs); never given headers. */
  onRetry?: (info: { attempt: number; delayMs: number; reason: string }) => void;
}

/** Sends one request, retrying transient failures when the body can be sent again. */
export async function send(request: HttpRequest, options: SendOptions): Promise<HttpResponse> {
  const replayable = isReplayable(request.body);
  const attempts = replayable ? Math.max(1, options.retry.attempts) : 1;
  const signal = combineSignals(request.signal, options.signal);
  const outgoing = signal ? { ...request, signal } : request;
  const started = Date.now();
  const withinBudget = (delayMs: number): boolean => Date.now() - started + delayMs < options.timeouts.requestBudgetMs;
  for (let attempt = 1; ; attempt++) {
    let response: HttpResponse;
    try {
      response = await sendOnce(outgoing, options.timeouts);
    } catch (e) {
      if (signal?.aborted) throw signal.reason ?? e;
      if (attempt >= attempts || !isRetryableError(e)) throw e;
      const delayMs = backoffDelay(attempt, options.retry);
      if (!withinBudget(delayMs)) throw e;
      options.onRetry?.({ attempt, delayMs, reason: (e as { code?: string }).code ?? 'network error' });
      await options.retry.sleep(delayMs, signal);
      continue;
    }
    if (attempt >= attempts || !isRetryableStatus(response.status)) return response;
    // The wait the registry asks for (Retry-After, ratelimit-* windows), when it fits before the deadline;
    // else the caller reports the status now, saying when to retry (client.ts, errors.ts).
    const asked = registryWait(response.status, response.headers);
    const delayMs = asked?.ms ?? backoffDelay(attempt, options.retry);
    if (asked ? asked.ms > waitLimit(options).ms : !withinBudget(delayMs)) return response;
    await discard(response.body);
    options.onRetry?.({ attempt, delayMs, reason: `HTTP ${response.status}` });
    await options.retry.sleep(delayMs, signal);
  }
}

async function sendOnce(request: HttpRequest, timeouts: Timeouts): Promise<HttpResponse> {
  const proxy = proxyInUse(request.url);
  // Big blobs come on a connection of their own, unless a proxy stands between (undici tunnels through it).
  if (request.bulk && request.method === 'GET' && request.body === undefined && !proxy) {
    return bulkGet({
      url: request.url,
      headers: request.headers,
      signal: request.signal,
      connectTimeoutMs: CONNECT_TIMEOUT_MS,
      headersTimeoutMs: timeouts.headersMs,
      bodyWindowMs: timeouts.bodyMs,
      minBytesPerWindow: MIN_BLOB_BYTES_PER_WINDOW,
    });
  }
  const options: Dispatcher.RequestOptions = {
    origin: request.url.origin,
    path: `${request.url.pathname}${request.url.search}`,
    method: request.method as Dispatcher.HttpMethod,
    headers: request.headers,
    headersTimeout: request.method === 'PUT' ? timeouts.putHeadersMs : timeouts.headersMs,
    bodyTimeout: timeouts.bodyMs,
    // undici closes the connection after every HEAD unless told not to (in case a server sends a body with
    // it); registries answer HEAD per RFC 9110, and a new connection per HEAD costs a round trip (three over
    // TLS) against a distant registry, where a release makes a HEAD for every blob and manifest it checks.
    ...(request.method === 'HEAD' ? { reset: false } : {}),
  };
  // undici documents AsyncIterable bodies (docs/api/Dispatcher.md); its typings lag behind.
  if (request.body !== undefined) options.body = request.body as NonNullable<Dispatcher.RequestOptions['body']>;
  if (request.signal) options.signal = request.signal;
  // undici frees a connection for its next request in a setImmediate after the answer ends; a request sent
  // before that opens a new connection (a round trip, three over TLS). Waiting our turn lets it reuse one.
  await new Promise<void>((resolve) => setImmediate(resolve));
  const res = await undiciRequest.call(dispatcherFor(proxy), options);
  return { status: res.statusCode, headers: res.headers, body: res.body };
}

/** The request's own signal and the command's deadline, as one. */
function combineSignals(a: AbortSignal | undefined, b: AbortSignal | undefined): AbortSignal | undefined {
  if (!a || !b) return a ?? b;
  return AbortSignal.any([a, b]);
}

/** Reads a response body that is not wanted, so the connection can be reused (or drops it if large). */
export async function discard(body: ResponseBody): Promise<void> {
  try {
    await body.dump({ limit: 64 * 1024 });
  } catch {
    // the connection is closed instead; nothing to report
  }
}

/** Destroys `body` with a NETWORK error unless it is done within `ms`; returns the cancel function. */
function deadline(body: Readable, ms: number | undefined, what: string): () => void {
  if (ms === undefined) return () => {};
  const timer = setTimeout(() => {
    body.destroy(new OciError('NETWORK', `${what} did not arrive within ${Math.round(ms / 1000)} s: try again later`));
  }, ms);
  return () => clearTimeout(timer);
}

/**
 * Reads a whole body up to `limit` bytes; more is an error (TOO_LARGE), never a silent cut. With `deadlineMs`,
 * a body that is not complete in that time is a NETWORK error (a trickle).
 */
export async function readCapped(body: Readable, limit: number, what: string, deadlineMs?: number): Promise<Buffer> {
  const cancel = deadline(body, deadlineMs, what);
  try {
    return await collectStream(body, limit, what);
  } finally {
    cancel();
  }
}

/** Reads at most `limit` bytes of a body as text (within `deadlineMs`, if given) and drops the rest (error bodies). */
export async function readTextPrefix(body: ResponseBody, limit: number, deadlineMs?: number): Promise<string> {
  const chunks: Buffer[] = [];
  let total = 0;
  const cancel = deadline(body, deadlineMs, 'an error answer');
  try {
    for await (const chunk of body as AsyncIterable<Buffer>) {
      chunks.push(chunk);
      total += chunk.length;
      if (total >= limit) break;
    }
  } catch {
    // a body that fails half-way still tells what it told
  } finally {
    cancel();
    dropStream(body);
  }
  return Buffer.concat(chunks).subarray(0, limit).toString('utf8');
}

/**
 * Calls `onStall` when `body` (already flowing) moves some bytes, but fewer than MIN_BLOB_BYTES_PER_WINDOW, in
 * a window of `windowMs` while nobody holds it back (a paused body waits for its reader, not for the server).
 */
export function watchProgress(body: Readable, windowMs: number, onStall: () => void): void {
  let received = 0;
  body.on('data', (chunk: Buffer) => {
    received += chunk.length;
  });
  const timer = setInterval(() => {
    // A silent window is undici's body timeout (bodyMs); this catches the trickle that keeps resetting it.
    if (received > 0 && received < MIN_BLOB_BYTES_PER_WINDOW && !body.isPaused()) {
      clearInterval(timer);
      onStall();
    }
    received = 0;
  }, windowMs);
  timer.unref(); // an abandoned body must not keep the process alive
  body.once('close', () => clearInterval(timer));
}

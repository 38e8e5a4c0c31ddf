/**
 * Registry errors for people: the operation, the redacted URL, the HTTP status, the registry's own error
 * codes and what to do next. Text that comes from the registry is sanitised before it reaches a message.
 */
import { STATUS_CODES } from 'node:http';
import { OciError, RegistryError, messageOf, transferMeaning, type RegistryErrorEntry } from '../../errors.js';
import { displayProxy } from './proxy.js';
import { describeWait, type WaitReport } from './rate-limit.js';
import { isImmutableTagAnswer, isMediaTypeRefusal } from './registry-quirks.js';
export { ERROR_BODY_LIMIT } from '../../limits.js';

/** Registry-supplied text kept in one message: enough for a code, a message and a digest. */
const REGISTRY_TEXT_LIMIT = 300;
/** Query parameters that carry no secret (upload `_state`, signed CDN URLs and the like are redacted). */
const SAFE_QUERY_KEYS: ReadonlySet<string> = new Set(['n', 'last', 'mount', 'from', 'digest', 'service', 'scope']);

/** One line of text, never the start of a workflow command (`::`), bounded in length. */
export function sanitizeRegistryText(text: string, limit = REGISTRY_TEXT_LIMIT): string {
  // eslint-disable-next-line no-control-regex
  let out = text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ');
  out = out.replace(/\s+/g, ' ').trim();
  while (out.includes('::')) out = out.replace(/::/g, ': :');
  return out.length > limit ? `${out.slice(0, limit - 1)}…` : out;
}

/** A URL safe to print: no userinfo, no fragment, and every query value that might be a secret replaced. */
export function redactUrl(url: string | URL): string {
  let parsed: URL;
  try {
    parsed = new URL(String(url));
  } catch {
    return '<invalid URL>';
  }
  parsed.username = '';
  parsed.password = '';
  parsed.hash = '';
  const params = [...parsed.searchParams.entries()].map(([key, value]): [string, string] => [
    key,
    SAFE_QUERY_KEYS.has(key.toLowerCase()) ? value : 'REDACTED',
  ]);
  parsed.search = params.length ? new URLSearchParams(params).toString() : '';
  return parsed.toString();
}

/** The `{"errors":[{"code","message","detail"}]}` body of the distribution spec; [] for anything else. */
export function parseErrorBody(text: string): RegistryErrorEntry[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return [];
  }
  const errors = (json as { errors?: unknown } | null)?.errors;
  if (!Array.isArray(errors)) return [];
  const out: RegistryErrorEntry[] = [];
  for (const item of errors as unknown[]) {
    if (typeof item !== 'object' || item === null) continue;
    const { code, message, detail } = item as Record<string, unknown>;
    const entry: RegistryErrorEntry = {
      code: sanitizeRegistryText(typeof code === 'string' ? code : 'UNKNOWN', 64),
      message: sanitizeRegistryText(typeof message === 'string' ? message : ''),
    };
    const detailText = detailToText(detail);
    if (detailText) entry.detail = sanitizeRegistryText(detailText);
    out.push(entry);
  }
  return out;
}

/** A string detail (often the digest at fault) is kept; structured details are noise in a one-line message. */
function detailToText(detail: unknown): string | undefined {
  return typeof detail === 'string' && detail ? detail : undefined;
}

export interface FailedExchange {
  method: string;
  url: string | URL;
  status: number;
  /** What was being done, e.g. `manifest sha256:…` or `blob upload`. */
  operation: string;
  /** `host/repository`, as the user wrote it. */
  target: string;
  /** The registry host, for credential hints. */
  host: string;
  /** The (capped) response body, if any. */
  body?: string;
  /** The wait the registry asked for (Retry-After, ratelimit-*), when it asked for one (rate-limit.ts). */
  wait?: WaitReport | undefined;
}

/** Builds the one error type for a registry answer that was not the expected one. */
export function buildRegistryError(exchange: FailedExchange, options?: { cause?: unknown }): RegistryError {
  const entries = exchange.body ? parseErrorBody(exchange.body) : [];
  const said = describeEntries(entries) || plainTextOf(exchange);
  const status = `${exchange.status} ${said || (STATUS_CODES[exchange.status] ?? 'unexpected status')}`;
  const hint = hintFor(exchange, entries);
  const wait = exchange.wait;
  const tooLong = wait !== undefined && wait.asked.ms > wait.limitMs;
  return new RegistryError(
    {
      method: exchange.method,
      url: redactUrl(exchange.url),
      status: exchange.status,
      registryCodes: entries.map((e) => e.code),
      message: `${exchange.method} ${exchange.operation} in ${exchange.target}: ${status}${hint ? `: ${hint}` : ''}`,
      ...(tooLong ? { retryNotBefore: wait.at + wait.asked.ms } : {}),
    },
    options,
  );
}

/** A rate limiter's plain-text answer (Docker Hub's abuse limiter), quoted; not for JSON or HTML bodies. */
function plainTextOf(exchange: FailedExchange): string {
  const text = exchange.body?.trim() ?? '';
  if (exchange.status !== 429 || !text || /^[[{<]/.test(text)) return '';
  return `"${sanitizeRegistryText(text, 120)}"`;
}

function describeEntries(entries: readonly RegistryErrorEntry[]): string {
  return entries
    .map((e) => {
      const words = [e.message, e.detail].filter(Boolean).join(': ');
      return words ? `${e.code} (${words})` : e.code;
    })
    .join('; ');
}

function hintFor(exchange: FailedExchange, entries: readonly RegistryErrorEntry[]): string {
  const codes = new Set(entries.map((e) => e.code));
  const { status, host, target, method } = exchange;
  if (isImmutableTagAnswer(status, entries))
    return `the tag is immutable on ${host} and already names another digest: release under a new tag, or allow overwrites in the registry`;
  if (isMediaTypeRefusal(entries))
    return `${host} does not allow this media type: omit artifact-type or allow it in the registry`;
  if (method === 'DELETE' && (status === 405 || codes.has('UNSUPPORTED')))
    return `${host} does not delete manifests through its registry API: cleanup is not possible on this registry: staging tags kept`;
  if (codes.has('NAME_UNKNOWN') && ['PUT', 'POST', 'PATCH'].includes(method))
    return `the repository ${target} does not exist and ${host} does not create it on push: create the repository first`;
  if (status === 401) return `check the username/password or token for ${host}`;
  if (status === 403 || codes.has('DENIED'))
    return `the credentials for ${host} lack permission on ${target} (pushing needs pull and push access)`;
  if (codes.has('MANIFEST_BLOB_UNKNOWN') || codes.has('BLOB_UNKNOWN'))
    return `push the blobs and child manifests it references to ${target} first`;
  if (codes.has('MANIFEST_INVALID') || codes.has('DIGEST_INVALID') || codes.has('SIZE_INVALID'))
    return 'the content does not match its descriptor or is not valid; check how it was built';
  if (codes.has('NAME_UNKNOWN')) return `the repository ${target} does not exist (push to it first)`;
  if (status === 404) return `check that ${target} and the ${exchange.operation} exist`;
  if (status === 405 || codes.has('UNSUPPORTED'))
    return `${host} does not support this operation (deletes, for example, may be disabled)`;
  if (status === 413) return `${host} refuses content this large`;
  if (exchange.wait) return describeWait(host, exchange.wait);
  if (status === 429 || codes.has('TOOMANYREQUESTS')) return `${host} is rate limiting; try again later`;
  if (status >= 500) return `${host} failed; try again later or check the registry's health`;
  return '';
}

/**
 * A request that got no answer at all: connection refused, reset, timeout. `proxy` is the forward proxy the
 * request went through (proxy.ts), if any.
 */
export function networkError(
  exchange: Omit<FailedExchange, 'status' | 'body'>,
  cause: unknown,
  proxy?: string,
): OciError {
  const code = (cause as { code?: unknown } | null)?.code;
  // undici's words when a proxy refuses the tunnel: `Proxy response (407) !== 200 when HTTP Tunneling`.
  const tunnelStatus = proxy ? /Proxy response \((\d{3})\)/.exec(messageOf(cause))?.[1] : undefined;
  const reason = tunnelStatus
    ? `the proxy ${displayProxy(proxy ?? '')} answered ${tunnelStatus} ${STATUS_CODES[tunnelStatus] ?? ''} to CONNECT ${exchange.host}`.trimEnd()
    : ((typeof code === 'string' ? transferMeaning(code) : undefined) ??
      (sanitizeRegistryText(messageOf(cause)) || 'no answer'));
  const codeText = typeof code === 'string' && !tunnelStatus ? ` (${sanitizeRegistryText(code, 40)})` : '';
  return new OciError(
    'NETWORK',
    `${exchange.method} ${exchange.operation} in ${exchange.target}: ${reason}${codeText}: ${networkHint(exchange.host, code, cause, tunnelStatus, proxy)} (${redactUrl(exchange.url)})`,
    { cause },
  );
}

/** What to check after a request got no answer: the registry's address, the proxy, or reachability. */
function networkHint(
  host: string,
  code: unknown,
  cause: unknown,
  tunnelStatus: string | undefined,
  proxy: string | undefined,
): string {
  // An answer that is not HTTP/1.1 (our reader's OCI_HTTP_PROTOCOL, undici's HTTPParserError, whose code is
  // not always set) came from something that is reachable: what answered is the question.
  const garbled =
    code === 'OCI_HTTP_PROTOCOL' ||
    (typeof code === 'string' && code.startsWith('HPE_')) ||
    (cause as { name?: unknown } | null)?.name === 'HTTPParserError';
  if (garbled)
    return `what answers at ${host} (the registry, or a proxy in front of it) does not speak HTTP/1.1 as it must: check the registry address and what sits in front of it`;
  if (tunnelStatus === '407') return 'check the user and password of the proxy in HTTPS_PROXY or HTTP_PROXY';
  if (proxy)
    return `check that ${host} is reachable through the proxy ${displayProxy(proxy)} (HTTPS_PROXY or HTTP_PROXY; list the host in NO_PROXY to reach it directly)`;
  return `check that ${host} is reachable`;
}

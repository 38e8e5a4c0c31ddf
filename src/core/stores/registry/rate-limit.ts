/**
 * How long a registry asks a client to wait before trying again, and how long we may wait. A registry says it
 * with `Retry-After` (seconds or an HTTP date), or on a 429 with rate-limit headers: `RateLimit-Reset` (the
 * IETF draft's delta seconds; `X-RateLimit-Reset` also as epoch seconds), the draft's `RateLimit: …;t=N` or
 * `reset=N`, or Docker Hub's window (`ratelimit-remaining: 0;w=21600`: nothing left in a 6 h window; see
 * README: Registries). The retry policy waits what the registry asks when that fits before the command's deadline
 * (input `timeout`, carried by its abort signal), and otherwise reports at once when to try again.
 */

/** Response headers as undici gives them (a repeated header is an array). http.ts re-exports this. */
export type ResponseHeaders = Record<string, string | string[] | undefined>;

/** A wait asked by the registry: how long, and the header that said so, as sent (for messages). */
export interface RegistryWait {
  ms: number;
  said: string;
}

/** What a caller reports when it did not wait: the registry's ask, the limit it exceeded, and when. */
export interface WaitReport {
  asked: RegistryWait;
  /** The longest wait allowed when the answer came. */
  limitMs: number;
  /** Whether that limit was the command's deadline (else the retry policy's `maxRetryAfterMs`). */
  byDeadline: boolean;
  /** When the answer came (epoch ms). */
  at: number;
}

const header = (headers: ResponseHeaders, name: string): string | undefined => {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
};

/** `Retry-After` as milliseconds from `now`: delta seconds or an HTTP date; undefined when absent or invalid. */
export function parseRetryAfter(value: string | undefined, now: number = Date.now()): number | undefined {
  if (value === undefined) return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  if (!/[a-z]/i.test(text)) return undefined;
  const when = Date.parse(text);
  return Number.isNaN(when) ? undefined : Math.max(0, when - now);
}

/** A reset given as seconds: small numbers are a delta, large ones (after 2001) an epoch time. */
const resetMs = (seconds: number, now: number): number =>
  seconds >= 1_000_000_000 ? Math.max(0, seconds * 1000 - now) : seconds * 1000;

/** The wait a registry's answer asks for, or undefined when it names none (then our own backoff applies). */
export function registryWait(
  status: number,
  headers: ResponseHeaders,
  now: number = Date.now(),
): RegistryWait | undefined {
  const retryAfter = header(headers, 'retry-after');
  const ms = parseRetryAfter(retryAfter, now);
  if (ms !== undefined) return { ms, said: `Retry-After: ${retryAfter?.trim()}` };
  if (status !== 429) return undefined;
  for (const name of ['ratelimit-reset', 'x-ratelimit-reset']) {
    const value = header(headers, name)?.trim();
    if (value !== undefined && /^\d+$/.test(value))
      return { ms: resetMs(Number(value), now), said: `${name}: ${value}` };
  }
  const combined = header(headers, 'ratelimit')?.trim();
  const reset = combined === undefined ? null : /(?:^|[\s;,])(?:t|reset)=(\d+)/.exec(combined);
  if (combined !== undefined && reset) return { ms: Number(reset[1]) * 1000, said: `ratelimit: ${combined}` };
  // Docker Hub: `ratelimit-remaining: 0;w=21600` — nothing left in a window of w seconds; it frees up within w.
  const remaining = header(headers, 'ratelimit-remaining')?.trim();
  const window = remaining === undefined ? null : /^0\s*;\s*w=(\d+)/.exec(remaining);
  if (remaining !== undefined && window) {
    const limit = header(headers, 'ratelimit-limit')?.trim();
    const said = `${limit ? `ratelimit-limit: ${limit}, ` : ''}ratelimit-remaining: ${remaining}`;
    return { ms: Number(window[1]) * 1000, said };
  }
  return undefined;
}

/** Command deadlines by their abort signal: the signal travels down to every request, the deadline with it. */
const deadlines = new WeakMap<AbortSignal, number>();

/** Records that `signal` aborts at `at` (epoch ms), so that registry-asked waits can be bounded by it. */
export function setDeadline(signal: AbortSignal, at: number): void {
  deadlines.set(signal, at);
}

export const deadlineOf = (signal: AbortSignal | undefined): number | undefined =>
  signal === undefined ? undefined : deadlines.get(signal);

/** The longest wait a registry may ask for now: the time left before the deadline, else `maxRetryAfterMs`. */
export function waitLimit(
  options: { retry: { maxRetryAfterMs: number }; signal?: AbortSignal | undefined },
  now: number = Date.now(),
): { ms: number; byDeadline: boolean } {
  const deadline = deadlineOf(options.signal);
  return deadline === undefined
    ? { ms: options.retry.maxRetryAfterMs, byDeadline: false }
    : { ms: Math.max(0, deadline - now), byDeadline: true };
}

/** The report for an answer that asked for a wait, or undefined when it asked for none. */
export function waitReport(
  status: number,
  headers: ResponseHeaders,
  options: { retry: { maxRetryAfterMs: number }; signal?: AbortSignal | undefined },
  now: number = Date.now(),
): WaitReport | undefined {
  const asked = registryWait(status, headers, now);
  if (!asked) return undefined;
  const limit = waitLimit(options, now);
  return { asked, limitMs: limit.ms, byDeadline: limit.byDeadline, at: now };
}

/** `45 s`, `12 min`, `6 h`, `2 h 5 min`. */
export function formatWait(ms: number): string {
  const s = Math.ceil(ms / 1000);
  if (s < 120) return `${s} s`;
  const min = Math.ceil(s / 60);
  if (min < 120) return `${min} min`;
  const h = Math.floor(min / 60);
  return min % 60 === 0 ? `${h} h` : `${h} h ${min % 60} min`;
}

/** One clause for an error line: what the registry asked, why it was not waited for, and when to retry. */
export function describeWait(host: string, report: WaitReport): string {
  const { asked, limitMs, byDeadline, at } = report;
  const when = new Date(at + asked.ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
  const tooLong =
    asked.ms > limitMs
      ? byDeadline
        ? `, more than the ${formatWait(limitMs)} left before the deadline (input "timeout")`
        : `, longer than this client waits (${formatWait(limitMs)})`
      : '';
  return `${host} asks to wait ${formatWait(asked.ms)} (${asked.said})${tooLong}: retry after ${when}`;
}

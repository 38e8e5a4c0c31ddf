/**
 * Rules for the fault proxy: which requests (method, path pattern, predicate; the Nth, the first N,
 * always, or at a seeded rate) get which faults. Every rule that matches a request and selects it
 * contributes its faults, in the order the rules were added; a rule counts its own matches.
 */
import type { IncomingMessage } from 'node:http';

export type Fault =
  /** Answer this status without forwarding (or, with `forward`, after the registry has handled the request). */
  | {
      kind: 'status';
      status: number;
      retryAfter?: number | string;
      headers?: Record<string, string>;
      body?: string;
      forward?: boolean;
    }
  /** Close the client connection without forwarding: the registry never sees the request. */
  | { kind: 'reset-before' }
  /** Forward, read the registry's whole answer, then close the client connection: the answer is lost. */
  | { kind: 'reset-after' }
  /** Wait before the answer's head is sent. */
  | { kind: 'delay'; ms: number }
  /** Send the answer's body `bytes` (default 1) at a time, every `intervalMs`. */
  | { kind: 'trickle'; intervalMs: number; bytes?: number }
  /** Send only the first `afterBytes` of the body (headers unchanged), then close the connection. */
  | { kind: 'truncate'; afterBytes: number }
  /** XOR one body byte (default: the middle one, or the first when the length is unknown) with `xor` (default 0x01). */
  | { kind: 'flip-byte'; offset?: number; xor?: number }
  /** Rewrite a response header that is present (after the proxy's own Location rewrite). */
  | { kind: 'rewrite-header'; header: string; rewrite: (value: string, request: IncomingMessage) => string }
  /** Answer 307 (or `status`) with Location `to` + the request's path and query, or what `to` returns. */
  | { kind: 'redirect'; to: string | ((request: IncomingMessage) => string); status?: number }
  /** Forward, then send the registry's answer (headers and body) under another status (ECR's 201 on PATCH). */
  | { kind: 'rewrite-status'; from?: number; status: number }
  /** Forward to another path and query than the one asked (opaque upload URLs, a mount the registry ignores). */
  | { kind: 'rewrite-url'; rewrite: (url: string, request: IncomingMessage) => string }
  /**
   * A stand-in where a rule cannot play the registry: decide the answer from the request (and, through
   * `upstream`, from what the registry holds). Undefined forwards the request as it came.
   */
  | { kind: 'respond'; respond: (exchange: StandInExchange) => Promise<StandInAnswer | undefined> };

export interface StandInAnswer {
  status: number;
  headers?: Record<string, string>;
  body?: string | Buffer;
}

export interface StandInExchange {
  request: IncomingMessage;
  /** path without the query */
  path: string;
  /** path and query as received */
  url: string;
  /** the request body (read once; a forwarded request then sends these bytes) */
  body(): Promise<Buffer>;
  /** A request of the stand-in's own to the registry behind the proxy (no faults). */
  upstream(
    method: string,
    url: string,
    headers?: Record<string, string>,
    body?: Buffer,
  ): Promise<StandInAnswer & { body: Buffer; headers: Record<string, string> }>;
}

export interface FaultRule {
  /** default: every method; case-insensitive */
  method?: string | string[];
  /** tested against the request path without the query; default: every path */
  path?: RegExp;
  /** any further condition (headers, query) */
  when?: (request: IncomingMessage) => boolean;
  /** fault only the Nth matching request (1-based) */
  nth?: number;
  /** fault the first N matching requests */
  first?: number;
  /** fault each matching request with this probability, drawn from a PRNG seeded with `seed` (default 1) */
  rate?: number;
  seed?: number;
  fault: Fault | Fault[];
}

export interface RuleHandle {
  /** requests that matched method/path/when so far */
  matched(): number;
  /** requests the rule was applied to so far */
  fired(): number;
  remove(): void;
}

export interface CompiledRule {
  handle: RuleHandle;
  /** Counts the request if it matches and says whether to apply the faults. */
  select(request: IncomingMessage, path: string): Fault[] | undefined;
}

export function compileRule(rule: FaultRule, remove: () => void): CompiledRule {
  const selectors = [rule.nth, rule.first, rule.rate].filter((x) => x !== undefined).length;
  if (selectors > 1) throw new Error('a fault rule takes at most one of nth, first and rate');
  if (rule.rate !== undefined && (rule.rate < 0 || rule.rate > 1)) throw new Error('rate is a probability in [0, 1]');
  const methods = rule.method === undefined ? undefined : [rule.method].flat().map((m) => m.toUpperCase());
  const random = seededRandom(rule.seed ?? 1);
  const faults = [rule.fault].flat();
  let matched = 0;
  let fired = 0;
  return {
    handle: { matched: () => matched, fired: () => fired, remove },
    select: (request, path) => {
      if (methods && !methods.includes((request.method ?? '').toUpperCase())) return undefined;
      if (rule.path && !rule.path.test(path)) return undefined;
      if (rule.when && !rule.when(request)) return undefined;
      matched += 1;
      const chosen =
        rule.nth !== undefined
          ? matched === rule.nth
          : rule.first !== undefined
            ? matched <= rule.first
            : rule.rate !== undefined
              ? random() < rule.rate
              : true;
      if (!chosen) return undefined;
      fired += 1;
      return faults;
    },
  };
}

/** mulberry32: a small deterministic PRNG, uniform in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Common path patterns of the distribution API, for rules. */
export const registryPaths = {
  blobUploadStart: /^\/v2\/.+\/blobs\/uploads\/$/,
  blobUploadSession: /^\/v2\/.+\/blobs\/uploads\/[^/]+$/,
  blob: /^\/v2\/.+\/blobs\/sha(256|512):[0-9a-f]+$/,
  manifest: /^\/v2\/.+\/manifests\/[^/]+$/,
  tagsList: /^\/v2\/.+\/tags\/list$/,
} as const;

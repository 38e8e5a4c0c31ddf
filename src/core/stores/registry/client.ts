/**
 * One registry repository's client: builds URLs, adds auth (anonymous first, then what the 401 asks),
 * follows redirects of reads itself (at most five, never HTTPS to HTTP, no `Authorization` to another
 * origin), and turns unexpected answers into RegistryErrors a person can act on.
 */
import type { RegistryError } from '../../errors.js';
import { OciError } from '../../errors.js';
import type { Logger } from '../../logger.js';
import { createAuthorizer } from './auth/authorizer.js';
import { allowsPlainHttp } from './auth/plain-http.js';
import type { CredentialProvider } from './auth/credentials.js';
import { ERROR_BODY_LIMIT, buildRegistryError, networkError, redactUrl } from './errors.js';
import { proxyInUse } from './dispatchers.js';
import { waitReport } from './rate-limit.js';
import {
  discard,
  headerValue,
  readTextPrefix,
  send,
  type HttpResponse,
  type RequestBody,
  type SendOptions,
} from './http.js';

/** Redirects followed for one read (blob CDNs use one; five is generous, a loop is not). */
export const MAX_REDIRECTS = 5;

export interface ClientOptions {
  /** The registry as the user wrote it (`docker.io`): credentials and messages. */
  registry: string;
  /** Where the API lives (`registry-1.docker.io`). */
  apiHost: string;
  repository: string;
  plainHttp: boolean;
  /** Hosts named in `plain-http`: with loopback, the only hosts an `http` realm or redirect may lead to. */
  plainHttpHosts?: readonly string[] | undefined;
  credentials?: CredentialProvider | undefined;
  onSecret?: ((secret: string) => void) | undefined;
  userAgent: string;
  http: SendOptions;
  logger: Logger;
}

export interface ClientRequest {
  method: string;
  url: URL;
  /** What is done, for messages: `manifest sha256:…`, `blob upload`. */
  operation: string;
  scopes: readonly string[];
  headers?: Record<string, string>;
  body?: RequestBody;
  signal?: AbortSignal | undefined;
  /** Follow 3xx answers (reads only). */
  followRedirects?: boolean;
  /** A GET of a big blob: on a connection of its own (http.ts HttpRequest.bulk). */
  bulk?: boolean;
}

export interface RegistryClient {
  readonly registry: string;
  readonly repository: string;
  /** `registry/repository`, for messages. */
  readonly name: string;
  readonly origin: string;
  readonly logger: Logger;
  readonly http: SendOptions;
  /** `<origin>/v2/<repository>/<rest>` */
  url(rest: string): URL;
  request(request: ClientRequest): Promise<HttpResponse>;
  /** Reads the (capped) error body and builds the error for an unexpected status. */
  fail(request: ClientRequest, response: HttpResponse): Promise<RegistryError>;
}

const isRedirect = (status: number): boolean => [301, 302, 303, 307, 308].includes(status);

export function createRegistryClient(options: ClientOptions): RegistryClient {
  const origin = `${options.plainHttp ? 'http' : 'https'}://${options.apiHost}`;
  const name = `${options.registry}/${options.repository}`;
  const plainOk = (host: string): boolean => allowsPlainHttp(host, options.plainHttpHosts);
  const authorizer = createAuthorizer({
    registryHost: options.registry,
    allowsPlainHttp: plainOk,
    credentials: options.credentials,
    onSecret: options.onSecret,
    userAgent: options.userAgent,
    http: options.http,
    logger: options.logger,
  });

  const exchangeOf = (request: ClientRequest, url: URL) => ({
    method: request.method,
    url,
    operation: request.operation,
    target: name,
    host: options.registry,
  });

  const failAt = async (request: ClientRequest, url: URL, response: HttpResponse): Promise<RegistryError> => {
    const body =
      request.method === 'HEAD'
        ? ''
        : await readTextPrefix(response.body, ERROR_BODY_LIMIT, options.http.timeouts.smallBodyMs);
    if (request.method === 'HEAD') await discard(response.body);
    const wait = waitReport(response.status, response.headers, options.http);
    return buildRegistryError({ ...exchangeOf(request, url), status: response.status, body, wait });
  };

  const requestOnce = async (request: ClientRequest, url: URL, authorization: string | undefined) => {
    const headers: Record<string, string> = { 'user-agent': options.userAgent, ...request.headers };
    if (authorization) headers.authorization = authorization;
    const outgoing = {
      method: request.method,
      url,
      headers,
      ...(request.body === undefined ? {} : { body: request.body }),
      ...(request.bulk ? { bulk: true } : {}),
    };
    try {
      const response = await send(request.signal ? { ...outgoing, signal: request.signal } : outgoing, options.http);
      options.logger.debug(`${request.method} ${redactUrl(url)} -> ${response.status}`);
      return response;
    } catch (e) {
      if (e instanceof OciError || request.signal?.aborted) throw e;
      throw networkError(exchangeOf(request, url), e, proxyInUse(url));
    }
  };

  return {
    registry: options.registry,
    repository: options.repository,
    name,
    origin,
    logger: options.logger,
    http: options.http,
    url: (rest) => new URL(`${origin}/v2/${options.repository}/${rest}`),
    fail: (request, response) => failAt(request, request.url, response),

    async request(request) {
      let url = request.url;
      let challenged = false;
      for (let redirects = 0; ;) {
        const sameOrigin = url.origin === origin;
        const authorization = sameOrigin ? await authorizer.header(request.scopes, request.signal) : undefined;
        const response = await requestOnce(request, url, authorization);
        if (response.status === 401 && sameOrigin && !challenged) {
          challenged = true;
          const wwwAuthenticate = response.headers['www-authenticate'];
          const replayable = request.body === undefined || request.body instanceof Uint8Array;
          if (replayable && (await authorizer.challenged(wwwAuthenticate, request.scopes, !!authorization))) {
            await discard(response.body);
            continue;
          }
          throw await failAt(request, url, response);
        }
        if (!request.followRedirects || !isRedirect(response.status)) return response;
        const location = headerValue(response.headers, 'location');
        await discard(response.body);
        if (!location) throw await failAt(request, url, response);
        const next = new URL(location, url);
        if (++redirects > MAX_REDIRECTS) {
          throw new OciError(
            'NETWORK',
            `${request.method} ${request.operation} in ${name}: more than ${MAX_REDIRECTS} redirects`,
          );
        }
        if (url.protocol === 'https:' && next.protocol !== 'https:') {
          throw new OciError(
            'UNSAFE',
            `${request.method} ${request.operation} in ${name}: refusing a redirect from HTTPS to ${redactUrl(next)}`,
          );
        }
        if (next.protocol === 'http:' && next.host !== url.host && !plainOk(next.host)) {
          throw new OciError(
            'UNSAFE',
            `${request.method} ${request.operation} in ${name}: refusing a redirect to ${redactUrl(next)}, a plain-HTTP host that is neither loopback nor listed in "plain-http"`,
          );
        }
        if (next.protocol !== 'https:' && next.protocol !== 'http:') {
          throw new OciError(
            'UNSAFE',
            `${request.method} ${request.operation} in ${name}: refusing a redirect to ${redactUrl(next)}`,
          );
        }
        options.logger.debug(`${request.method} ${redactUrl(url)} redirected to ${redactUrl(next)}`);
        url = next;
      }
    },
  };
}

/**
 * Bearer tokens (the Docker token spec, as Docker Hub, ghcr.io and distribution's token auth speak it):
 * GET realm?service=&scope=… with Basic credentials, or a POST of an OAuth2 refresh_token form for an
 * identity token. `token` or `access_token`, `expires_in` (60 s when absent). Realms are validated.
 */
import { OciError } from '../../../errors.js';
import { buildRegistryError, redactUrl, sanitizeRegistryText } from '../errors.js';
import { dropStream, headerValue, readCapped, readTextPrefix, send, type SendOptions } from '../http.js';
import { waitReport } from '../rate-limit.js';
import { TOKEN_POST_REFUSED_STATUSES } from '../registry-quirks.js';
import { basicValue, type Credential } from './credentials.js';
import { TOKEN_BODY_LIMIT } from '../../../limits.js';

/** The token spec's default lifetime when `expires_in` is absent. */
export const DEFAULT_TOKEN_TTL_SECONDS = 60;
/** A token is reused no longer than this, whatever `expires_in` says (1e308 seconds is not a lifetime). */
export const MAX_TOKEN_TTL_SECONDS = 24 * 60 * 60;
/** The client id sent with OAuth2 refresh-token requests. */
const CLIENT_ID = 'oci-multiarch';

export interface TokenRequest {
  realm: string;
  service?: string | undefined;
  scopes: readonly string[];
  credential?: Credential | undefined;
  /** The registry this token is for, for messages. */
  registryHost: string;
  /** Whether a host may be reached over plain HTTP (plain-http.ts): an `http` realm must be such a host. */
  allowsPlainHttp: (host: string) => boolean;
  userAgent: string;
  signal?: AbortSignal | undefined;
}

export interface IssuedToken {
  token: string;
  /** Epoch milliseconds after which the token must not be used. */
  expiresAt: number;
}

/**
 * The realm as a URL: absolute, https, no userinfo. http only when the realm's own host may be spoken to over
 * plain HTTP (loopback, or listed in `plain-http`): a plain-HTTP registry cannot send the Basic credentials in
 * cleartext to another host by naming it as its realm.
 */
export function validateRealm(realm: string, allowsPlainHttp: (host: string) => boolean): URL {
  let url: URL;
  try {
    url = new URL(realm);
  } catch {
    throw new OciError('UNSAFE', `the token realm "${sanitizeRegistryText(realm, 120)}" is not an absolute URL`);
  }
  if (url.protocol === 'http:' && !allowsPlainHttp(url.host)) {
    throw new OciError(
      'UNSAFE',
      `the token realm ${redactUrl(url)} is plain HTTP on a host that is neither loopback nor listed in "plain-http": refusing to send credentials there`,
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new OciError('UNSAFE', `the token realm ${redactUrl(url)} is not HTTPS: refusing to send credentials there`);
  }
  if (url.username || url.password) {
    throw new OciError('UNSAFE', `the token realm ${redactUrl(url)} carries user information: refusing it`);
  }
  return url;
}

export async function fetchToken(request: TokenRequest, http: SendOptions): Promise<IssuedToken> {
  const realm = validateRealm(request.realm, request.allowsPlainHttp);
  const scopeText = request.scopes.join(' ') || 'registry access';
  const exchange = {
    operation: `token for ${scopeText}`,
    target: request.registryHost,
    host: request.registryHost,
  };
  const credential = request.credential;
  const oauth = credential !== undefined && 'identityToken' in credential;
  let { method, url, res } = await sendTokenRequest(request, realm, http, oauth ? 'POST' : 'GET');
  if (oauth && TOKEN_POST_REFUSED_STATUSES.includes(res.status)) {
    await readTextPrefix(res.body, TOKEN_BODY_LIMIT, http.timeouts.smallBodyMs);
    ({ method, url, res } = await sendTokenRequest(request, realm, http, 'GET'));
  }
  if (res.status !== 200) {
    const text = await readTextPrefix(res.body, TOKEN_BODY_LIMIT, http.timeouts.smallBodyMs);
    const wait = waitReport(res.status, res.headers, http);
    throw buildRegistryError({ ...exchange, method, url, status: res.status, body: text, wait });
  }
  const contentLength = Number(headerValue(res.headers, 'content-length') ?? '0');
  if (contentLength > TOKEN_BODY_LIMIT) {
    dropStream(res.body);
    throw new OciError('TOO_LARGE', `the token answer from ${redactUrl(url)} is larger than ${TOKEN_BODY_LIMIT} bytes`);
  }
  const raw = await readCapped(
    res.body,
    TOKEN_BODY_LIMIT,
    `the token answer from ${redactUrl(url)}`,
    http.timeouts.smallBodyMs,
  );
  return parseTokenAnswer(raw.toString('utf8'), redactUrl(url));
}

/**
 * One token request: POST of an OAuth2 refresh_token form (identity tokens), or GET with the scopes in the
 * query and Basic credentials (an identity token goes as the password of the user `<token>`, as docker stores it).
 */
async function sendTokenRequest(request: TokenRequest, realm: URL, http: SendOptions, method: 'GET' | 'POST') {
  const headers: Record<string, string> = { 'user-agent': request.userAgent, accept: 'application/json' };
  const credential = request.credential;
  let body: string | undefined;
  const url = new URL(realm);
  if (method === 'POST' && credential && 'identityToken' in credential) {
    const form = new URLSearchParams({ grant_type: 'refresh_token', client_id: CLIENT_ID });
    if (request.service) form.set('service', request.service);
    if (request.scopes.length) form.set('scope', request.scopes.join(' '));
    form.set('refresh_token', credential.identityToken);
    body = form.toString();
    headers['content-type'] = 'application/x-www-form-urlencoded';
  } else {
    if (request.service) url.searchParams.set('service', request.service);
    for (const scope of request.scopes) url.searchParams.append('scope', scope);
    if (credential) {
      const basic =
        'identityToken' in credential ? { username: '<token>', password: credential.identityToken } : credential;
      headers.authorization = `Basic ${basicValue(basic)}`;
    }
  }
  const sendRequest = { method, url, headers, ...(body === undefined ? {} : { body }) };
  const res = await send(request.signal ? { ...sendRequest, signal: request.signal } : sendRequest, http);
  return { method, url, res };
}

/** `token` or `access_token`, and its lifetime; anything else is an AUTH error naming the realm only. */
export function parseTokenAnswer(text: string, realmForMessages: string, now: number = Date.now()): IssuedToken {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new OciError('AUTH', `the token server ${realmForMessages} answered something that is not JSON`);
  }
  const answer = (typeof json === 'object' && json !== null ? json : {}) as Record<string, unknown>;
  const token =
    typeof answer.token === 'string' && answer.token
      ? answer.token
      : typeof answer.access_token === 'string'
        ? answer.access_token
        : '';
  if (!token) throw new OciError('AUTH', `the token server ${realmForMessages} answered without a token`);
  const ttl =
    typeof answer.expires_in === 'number' && Number.isFinite(answer.expires_in) && answer.expires_in > 0
      ? answer.expires_in
      : DEFAULT_TOKEN_TTL_SECONDS;
  return { token, expiresAt: now + Math.min(ttl, MAX_TOKEN_TTL_SECONDS) * 1000 };
}

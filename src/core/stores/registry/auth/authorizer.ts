/**
 * The auth state of one registry client: anonymous until the registry says 401, then Basic or Bearer as
 * its challenge asks. Bearer tokens are cached per scope set and refreshed on expiry or after a 401.
 * Every credential and token is handed to `onSecret` before it is used.
 */
import { OciError } from '../../../errors.js';
import type { Logger } from '../../../logger.js';
import type { SendOptions } from '../http.js';
import { findChallenge, parseChallenges } from './challenge.js';
import { basicValue, secretsOf, type Credential, type CredentialProvider } from './credentials.js';
import { fetchToken, type IssuedToken } from './token.js';

/** A token this close to its expiry is renewed rather than used (at most a quarter of its lifetime). */
const EXPIRY_MARGIN_MS = 5_000;

export interface AuthorizerOptions {
  /** The registry as written by the user (`docker.io` kept): the key for credentials and messages. */
  registryHost: string;
  /** Whether a host may be reached over plain HTTP (auth/plain-http.ts), for `http` realms. */
  allowsPlainHttp: (host: string) => boolean;
  credentials?: CredentialProvider | undefined;
  onSecret?: ((secret: string) => void) | undefined;
  userAgent: string;
  http: SendOptions;
  logger: Logger;
}

export interface Authorizer {
  /** The Authorization header for a request needing `scopes`, once the registry's scheme is known. */
  header(scopes: readonly string[], signal?: AbortSignal): Promise<string | undefined>;
  /**
   * Learns from a 401 and its `WWW-Authenticate`: true when a retry with a new `header()` may succeed
   * (first challenge, or a token to refresh); false when there is nothing better to send.
   */
  challenged(
    wwwAuthenticate: string | readonly string[] | undefined,
    scopes: readonly string[],
    sentAuthorization: boolean,
  ): Promise<boolean>;
}

/**
 * Errors thrown while getting a token (the token step), as opposed to the registry's answer to the request:
 * a caller asking for extra scopes it can do without (a mount's source) falls back when the token step fails.
 */
const tokenStepFailures = new WeakSet<object>();

/** Whether `e` came from the token step of a request (the token endpoint refused or failed), not the registry. */
export const failedAtTokenStep = (e: unknown): boolean =>
  typeof e === 'object' && e !== null && tokenStepFailures.has(e);

interface CachedToken extends IssuedToken {
  issuedAt: number;
}

export function createAuthorizer(options: AuthorizerOptions): Authorizer {
  let scheme: 'basic' | 'bearer' | undefined;
  let bearer: { realm: string; service: string | undefined } | undefined;
  let credential: Promise<Credential | undefined> | undefined;
  const tokens = new Map<string, CachedToken>();
  const pending = new Map<string, Promise<CachedToken>>();

  const getCredential = (): Promise<Credential | undefined> => {
    credential ??= (options.credentials ?? (async () => undefined))(options.registryHost).then((found) => {
      if (found) for (const secret of secretsOf(found)) if (secret) options.onSecret?.(secret);
      return found;
    });
    return credential;
  };

  const token = async (scopes: readonly string[], signal?: AbortSignal): Promise<CachedToken> => {
    const key = [...scopes].sort().join(' ');
    const cached = tokens.get(key);
    const now = Date.now();
    if (cached && cached.expiresAt - now > Math.min(EXPIRY_MARGIN_MS, (cached.expiresAt - cached.issuedAt) / 4)) {
      return cached;
    }
    const inFlight = pending.get(key);
    if (inFlight) return inFlight;
    const challenge = bearer;
    if (!challenge) throw new OciError('AUTH', `no Bearer challenge known for ${options.registryHost}`);
    const fetching = (async (): Promise<CachedToken> => {
      const issuedAt = Date.now();
      const issued = await fetchToken(
        {
          realm: challenge.realm,
          service: challenge.service,
          scopes,
          credential: await getCredential(),
          registryHost: options.registryHost,
          allowsPlainHttp: options.allowsPlainHttp,
          userAgent: options.userAgent,
          signal,
        },
        options.http,
      );
      options.onSecret?.(issued.token);
      const entry = { ...issued, issuedAt };
      tokens.set(key, entry);
      options.logger.debug(`registry ${options.registryHost}: got a token for ${key || 'registry access'}`);
      return entry;
    })();
    pending.set(key, fetching);
    try {
      return await fetching;
    } finally {
      pending.delete(key);
    }
  };

  return {
    async header(scopes, signal) {
      if (scheme === 'bearer') {
        try {
          return `Bearer ${(await token(scopes, signal)).token}`;
        } catch (e) {
          if (typeof e === 'object' && e !== null) tokenStepFailures.add(e);
          throw e;
        }
      }
      if (scheme === 'basic') {
        const found = await getCredential();
        if (found && !('identityToken' in found)) return `Basic ${basicValue(found)}`;
      }
      return undefined;
    },

    async challenged(wwwAuthenticate, scopes, sentAuthorization) {
      const challenges = parseChallenges(wwwAuthenticate);
      const bearerChallenge = findChallenge(challenges, 'bearer');
      const realm = bearerChallenge?.params.realm;
      if (realm) {
        scheme = 'bearer';
        bearer = { realm, service: bearerChallenge?.params.service };
        tokens.delete([...scopes].sort().join(' '));
        return true;
      }
      if (findChallenge(challenges, 'basic')) {
        const wasBasic = scheme === 'basic';
        scheme = 'basic';
        const found = await getCredential();
        if (!found) return false;
        if ('identityToken' in found) return false; // an identity token is for a token server only
        return !(wasBasic && sentAuthorization);
      }
      return false;
    },
  };
}

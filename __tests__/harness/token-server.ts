/**
 * A real token server for the Docker/OCI Bearer flow, and a registry that trusts it.
 *
 * GET  {realm}?service=S&scope=repository:NAME:pull,push&scope=...   (Basic auth, or anonymous)
 * POST {realm}  form: grant_type=password&username&password&scope&service[&access_type=offline]
 *               or grant_type=refresh_token&refresh_token&scope&service
 * → {"token", "access_token", "expires_in", "issued_at"[, "refresh_token"]}; wrong password → 401.
 *
 * Revocation: distribution verifies tokens itself (signature, exp) and never calls back, so a token
 * stays valid at the registry until it expires. `revoke(user)` therefore stops issuing (401) and marks
 * that user's earlier tokens as revoked in `isRevoked(token)`; tests that need the registry to refuse
 * them either use short TTLs with `expireAtRegistry` (the registry adds 60 s of leeway to `exp`) or
 * put the fault proxy in front and answer 401 for requests whose Bearer token `isRevoked`.
 */
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startRegistry, type RunningRegistry } from './registry.js';
import { accessFor, generateSigningKey, grantedActions, signToken, type Grant, type GrantAction } from './token-jwt.js';

export type { Grant, GrantAction } from './token-jwt.js';

export const TEST_TOKEN_SERVICE = 'oci-multiarch-test-registry';
export const TEST_TOKEN_ISSUER = 'oci-multiarch-test-issuer';
/** Token requests are tiny; anything bigger is a test bug. */
const MAX_TOKEN_REQUEST_BYTES = 64 * 1024;
const DEFAULT_TOKEN_TTL_SECONDS = 300;
/** distribution 2.8.2 accepts a token up to 60 s after its `exp` (measured: exp now-59 s passes, now-61 s fails). */
export const REGISTRY_TOKEN_LEEWAY_SECONDS = 60;

export interface TokenServerOptions {
  users: Record<string, string>;
  /** default: every user may do everything on every repository; anonymous nothing */
  grants?: Grant[];
  tokenTtlSeconds?: number;
  /** anonymous clients get `pull` on every repository */
  allowAnonymousPull?: boolean;
  /**
   * Sign `exp` REGISTRY_TOKEN_LEEWAY_SECONDS earlier than `expires_in` says, so that the registry
   * really refuses a token `expires_in` seconds after it was issued (for expiry-mid-run tests).
   */
  expireAtRegistry?: boolean;
}

export interface TokenRequestRecord {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
}

export interface TokenServer {
  url: string;
  realm: string;
  service: string;
  issuer: string;
  /** the PEM file the registry uses as rootcertbundle */
  rootCertBundlePath: string;
  /** every token and refresh token issued, in order (for leak checks) */
  issued: string[];
  requests: TokenRequestRecord[];
  /** Adds a grant; it overrides earlier grants for the same user and repository. */
  grant(user: string, repository: string, actions: GrantAction[]): void;
  /** Stops issuing to `user` (all users and anonymous when omitted) and marks its earlier tokens revoked. */
  revoke(user?: string): void;
  /** True for a token (or `Bearer <token>` header value) issued to a user revoked since. */
  isRevoked(tokenOrAuthorization: string | undefined): boolean;
  setTokenTtl(seconds: number): void;
  stop(): Promise<void>;
}

export async function startTokenServer(options: TokenServerOptions): Promise<TokenServer> {
  const dir = await mkdtemp(join(tmpdir(), 'oma-token-'));
  const signing = await generateSigningKey(dir);
  const rootCertBundlePath = join(dir, 'rootcertbundle.pem');
  await writeFile(rootCertBundlePath, signing.certPem);
  const grants: Grant[] = options.grants
    ? [...options.grants]
    : Object.keys(options.users).map((user) => ({ user, repository: '*', actions: ['*'] }));
  let ttl = options.tokenTtlSeconds ?? DEFAULT_TOKEN_TTL_SECONDS;
  const revokedUsers = new Set<string>();
  let revokedAll = false;
  const tokenOwner = new Map<string, string>(); // token → user ('' for anonymous)
  const refreshOwner = new Map<string, string>();
  const revokedTokens = new Set<string>();
  const issued: string[] = [];
  const requests: TokenRequestRecord[] = [];

  const isUserRevoked = (user: string): boolean => revokedAll || revokedUsers.has(user);

  const issue = (user: string | undefined, scopes: string[], offline: boolean, res: ServerResponse): void => {
    if (isUserRevoked(user ?? '')) return answer(res, 401, { details: 'access revoked' });
    const access = accessFor(scopes, (repository) => {
      const granted = grantedActions(grants, user, repository);
      return user === undefined && options.allowAnonymousPull ? [...granted, 'pull'] : granted;
    });
    const token = signToken(signing, {
      issuer: TEST_TOKEN_ISSUER,
      subject: user ?? '',
      audience: TEST_TOKEN_SERVICE,
      ttlSeconds: options.expireAtRegistry ? ttl - REGISTRY_TOKEN_LEEWAY_SECONDS : ttl,
      access,
    });
    issued.push(token);
    tokenOwner.set(token, user ?? '');
    const body: Record<string, unknown> = {
      token,
      access_token: token,
      expires_in: ttl,
      issued_at: new Date().toISOString(),
    };
    if (offline && user !== undefined) {
      const refresh = `refresh-${randomUUID()}`;
      refreshOwner.set(refresh, user);
      issued.push(refresh);
      body['refresh_token'] = refresh;
    }
    answer(res, 200, body);
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    requests.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers });
    const url = new URL(req.url ?? '/', 'http://token.invalid');
    if (url.pathname !== '/token') return answer(res, 404, { details: 'not the token endpoint' });
    const params = req.method === 'POST' ? new URLSearchParams(await readSmallBody(req)) : url.searchParams;
    const service = params.get('service');
    if (service !== null && service !== TEST_TOKEN_SERVICE)
      return answer(res, 400, { details: `unknown service ${service}` });
    const scopes = params.getAll('scope');
    if (req.method === 'GET') {
      const basic = parseBasic(req.headers.authorization);
      if (basic === 'malformed') return answer(res, 401, { details: 'malformed Authorization' });
      if (basic === undefined) return issue(undefined, scopes, false, res);
      if (options.users[basic.user] !== basic.password)
        return answer(res, 401, { details: 'invalid username or password' });
      return issue(basic.user, scopes, params.get('offline_token') === 'true', res);
    }
    if (req.method !== 'POST') return answer(res, 405, { details: 'GET or POST' });
    const grantType = params.get('grant_type');
    if (grantType === 'password') {
      const user = params.get('username') ?? '';
      if (!(user in options.users) || options.users[user] !== params.get('password')) {
        return answer(res, 401, { details: 'invalid username or password' });
      }
      return issue(user, scopes, params.get('access_type') === 'offline', res);
    }
    if (grantType === 'refresh_token') {
      const user = refreshOwner.get(params.get('refresh_token') ?? '');
      if (user === undefined) return answer(res, 401, { details: 'unknown refresh token' });
      return issue(user, scopes, false, res);
    }
    return answer(res, 400, { details: `unsupported grant_type ${String(grantType)}` });
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => answer(res, 500, { details: String(e) }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    realm: `${url}/token`,
    service: TEST_TOKEN_SERVICE,
    issuer: TEST_TOKEN_ISSUER,
    rootCertBundlePath,
    issued,
    requests,
    grant: (user, repository, actions) => void grants.push({ user, repository, actions }),
    revoke: (user) => {
      if (user === undefined) revokedAll = true;
      else revokedUsers.add(user);
      for (const [token, owner] of tokenOwner) if (isUserRevoked(owner)) revokedTokens.add(token);
      for (const [refresh, owner] of refreshOwner) if (isUserRevoked(owner)) refreshOwner.delete(refresh);
    },
    isRevoked: (value) => value !== undefined && revokedTokens.has(value.replace(/^Bearer\s+/i, '')),
    setTokenTtl: (seconds) => {
      ttl = seconds;
    },
    stop: async () => {
      await new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      });
      await rm(dir, { recursive: true, force: true });
    },
  };
}

export interface TokenRegistry {
  registry: RunningRegistry;
  tokens: TokenServer;
  stop(): Promise<void>;
}

/** A token server and the real registry configured to trust it (auth.token). */
export async function startTokenRegistry(options: TokenServerOptions): Promise<TokenRegistry> {
  const tokens = await startTokenServer(options);
  try {
    const registry = await startRegistry({
      kind: 'token',
      realm: tokens.realm,
      service: tokens.service,
      issuer: tokens.issuer,
      rootCertBundlePath: tokens.rootCertBundlePath,
    });
    return { registry, tokens, stop: async () => void (await Promise.all([registry.stop(), tokens.stop()])) };
  } catch (e) {
    await tokens.stop();
    throw e;
  }
}

function parseBasic(header: string | undefined): { user: string; password: string } | 'malformed' | undefined {
  if (header === undefined) return undefined;
  const match = /^Basic\s+(\S+)$/i.exec(header);
  if (!match?.[1]) return 'malformed';
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon < 0 ? 'malformed' : { user: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}

async function readSmallBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_TOKEN_REQUEST_BYTES) throw new Error('token request body too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function answer(res: ServerResponse, status: number, body: Record<string, unknown>): void {
  const payload = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(payload)) });
  res.end(payload);
}

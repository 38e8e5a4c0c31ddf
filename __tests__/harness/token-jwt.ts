/**
 * The signing half of the token-server fixture: a self-signed RSA certificate made with the `openssl`
 * CLI, RS256 JWTs signed with node:crypto in the shape distribution 2.8.2 verifies (certificate in
 * `x5c`, claims iss/sub/aud/exp/nbf/iat/jti/access), scope parsing and per-repository grants.
 */
import { execFile } from 'node:child_process';
import { createPrivateKey, createSign, randomUUID, X509Certificate, type KeyObject } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { assertToolsInstalled } from './preflight.js';

const execFileAsync = promisify(execFile);

/** A repository action as tokens carry it; `*` in a grant means every action asked for. */
export type GrantAction = 'pull' | 'push' | 'delete' | '*';

/**
 * What `user` may do on repositories matching `repository` (`*` matches any run of characters,
 * including `/`). `actions: []` means no access. `user: '*'` matches every user, and also the
 * anonymous client. For one user and repository, the LAST matching grant wins.
 */
export interface Grant {
  user: string;
  repository: string;
  actions: GrantAction[];
}

export interface AccessEntry {
  type: string;
  name: string;
  actions: string[];
}

export interface SigningKey {
  certPem: string;
  /** base64 DER of the certificate, as in the JWT header `x5c` */
  certDerBase64: string;
  key: KeyObject;
}

/** Generates a self-signed RSA certificate and key into `dir` (cert.pem, key.pem) with openssl. */
export async function generateSigningKey(dir: string): Promise<SigningKey> {
  assertToolsInstalled([{ command: 'openssl', install: 'install it with `sudo apt-get install -y openssl`' }]);
  const certPath = join(dir, 'cert.pem');
  const keyPath = join(dir, 'key.pem');
  await execFileAsync('openssl', [
    'req',
    '-x509',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-sha256',
    '-days',
    '2',
    '-subj',
    '/CN=oci-multiarch test token issuer',
    '-keyout',
    keyPath,
    '-out',
    certPath,
  ]);
  const certPem = await readFile(certPath, 'utf8');
  const key = createPrivateKey(await readFile(keyPath, 'utf8'));
  return { certPem, certDerBase64: new X509Certificate(certPem).raw.toString('base64'), key };
}

export interface TokenClaims {
  issuer: string;
  subject: string;
  audience: string;
  ttlSeconds: number;
  access: AccessEntry[];
  /** seconds since the epoch; defaults to now */
  now?: number;
}

/** An RS256 JWT in the shape distribution's token auth accepts. */
export function signToken(signing: SigningKey, claims: TokenClaims): string {
  const now = claims.now ?? Math.floor(Date.now() / 1000);
  const header = { alg: 'RS256', typ: 'JWT', x5c: [signing.certDerBase64] };
  const payload = {
    iss: claims.issuer,
    sub: claims.subject,
    aud: claims.audience,
    exp: now + claims.ttlSeconds,
    nbf: now - 1,
    iat: now,
    jti: randomUUID(),
    access: claims.access,
  };
  const input = `${base64url(JSON.stringify(header))}.${base64url(JSON.stringify(payload))}`;
  const signature = createSign('RSA-SHA256').update(input).sign(signing.key);
  return `${input}.${base64url(signature)}`;
}

/** The decoded payload of a JWT (no verification; for test assertions). */
export function decodeTokenPayload(token: string): Record<string, unknown> {
  const part = token.split('.')[1];
  if (part === undefined) throw new Error('not a JWT: no payload part');
  return JSON.parse(Buffer.from(part, 'base64url').toString('utf8')) as Record<string, unknown>;
}

export interface ParsedScope {
  type: string;
  name: string;
  actions: string[];
}

/**
 * Parses `type[(class)]:name:actions`. The name may itself contain `:` (the actions are after the last
 * one). Returns undefined for a malformed scope, which then grants nothing.
 */
export function parseScope(scope: string): ParsedScope | undefined {
  const first = scope.indexOf(':');
  const last = scope.lastIndexOf(':');
  if (first <= 0 || last === first) return undefined;
  const type = scope.slice(0, first).replace(/\(.*\)$/, '');
  const name = scope.slice(first + 1, last);
  const actions = scope
    .slice(last + 1)
    .split(',')
    .filter((a) => a !== '');
  return name === '' ? undefined : { type, name, actions };
}

/** The actions granted to `user` (undefined: anonymous) on `repository`, per the last matching grant. */
export function grantedActions(grants: readonly Grant[], user: string | undefined, repository: string): GrantAction[] {
  let found: GrantAction[] = [];
  for (const grant of grants) {
    const userMatches = grant.user === '*' || (user !== undefined && grant.user === user);
    if (userMatches && globMatches(grant.repository, repository)) found = grant.actions;
  }
  return found;
}

/** The access claim for the requested scopes: requested ∩ granted, repository scopes only. */
export function accessFor(
  scopes: readonly string[],
  allowed: (repository: string) => readonly GrantAction[],
): AccessEntry[] {
  const entries: AccessEntry[] = [];
  for (const raw of scopes) {
    for (const scope of raw.split(' ')) {
      const parsed = parseScope(scope);
      if (parsed?.type !== 'repository') continue;
      const granted = allowed(parsed.name);
      const actions = parsed.actions.filter((a) => granted.includes('*') || (granted as readonly string[]).includes(a));
      entries.push({ type: 'repository', name: parsed.name, actions: [...new Set(actions)] });
    }
  }
  return entries;
}

export function globMatches(pattern: string, value: string): boolean {
  const source = pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${source.join('.*')}$`).test(value);
}

function base64url(data: string | Buffer): string {
  return Buffer.from(data).toString('base64url');
}

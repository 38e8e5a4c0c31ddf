/**
 * Real revocation for token-auth tests. distribution verifies tokens offline, so a revoked token stays
 * valid at the registry until it expires; putting the fault proxy in front with this rule makes the
 * registry's side answer `401 invalid_token` (as a registry with server-side revocation would) for
 * every request whose Bearer token was issued to a user revoked since.
 */
import type { FaultRule } from './fault-rules.js';
import type { TokenServer } from './token-server.js';

export function revokedTokenRule(tokens: TokenServer): FaultRule {
  const challenge = `Bearer realm="${tokens.realm}",service="${tokens.service}",error="invalid_token"`;
  const body = JSON.stringify({ errors: [{ code: 'UNAUTHORIZED', message: 'token revoked', detail: null }] });
  return {
    when: (request) => tokens.isRevoked(request.headers.authorization),
    fault: { kind: 'status', status: 401, headers: { 'www-authenticate': challenge }, body },
  };
}

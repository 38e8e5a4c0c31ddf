/**
 * Credentials in the order docs/adr/0006-credentials-order.md records (and README's "Permissions" states): the
 * username/password inputs (for the registry of the command's own repository or reference), the Docker config,
 * and for ghcr.io the github-token input. The first that has one for a host wins (chainCredentials).
 */
import {
  chainCredentials,
  type Credential,
  type CredentialProvider,
} from '../core/stores/registry/auth/credentials.js';
import type { CommonRequest } from './inputs/common.js';
import type { Reference } from '../core/oci/reference.js';

/** A credential for exactly one host, compared as the client names it. */
const forHost =
  (host: string, credential: Credential): CredentialProvider =>
  async (asked) =>
    asked === host ? credential : undefined;

export function buildCredentials(
  common: CommonRequest,
  primary: Reference | undefined,
  ambient: CredentialProvider,
  setSecret: (secret: string) => void,
  actor: string | undefined,
): CredentialProvider {
  const { username, password, githubToken } = common;
  if (password) setSecret(password);
  if (githubToken) setSecret(githubToken);
  const primaryHost = primary?.kind === 'registry' ? primary.registry : undefined;
  return chainCredentials(
    username && password && primaryHost !== undefined ? forHost(primaryHost, { username, password }) : undefined,
    ambient,
    githubToken ? forHost('ghcr.io', { username: actor || 'github-actions', password: githubToken }) : undefined,
  );
}

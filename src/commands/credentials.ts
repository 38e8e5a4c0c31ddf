/**
 * Credentials in the order SPEC.md gives: the username/password inputs (for the registry of the command's own
 * repository or reference), the Docker config, and for ghcr.io the github-token input.
 */
import type { Credential, CredentialProvider } from '../core/stores/registry/auth/credentials.js';
import type { CommonRequest } from './inputs/common.js';
import type { Reference } from '../core/oci/reference.js';

export function buildCredentials(
  common: CommonRequest,
  primary: Reference | undefined,
  ambient: CredentialProvider,
  setSecret: (secret: string) => void,
  actor: string | undefined,
): CredentialProvider {
  if (common.password) setSecret(common.password);
  if (common.githubToken) setSecret(common.githubToken);
  const primaryHost = primary?.kind === 'registry' ? primary.registry : undefined;
  return async (host: string): Promise<Credential | undefined> => {
    if (common.username && common.password && host === primaryHost) {
      return { username: common.username, password: common.password };
    }
    const found = await ambient(host);
    if (found) return found;
    if (host === 'ghcr.io' && common.githubToken) {
      return { username: actor || 'github-actions', password: common.githubToken };
    }
    return undefined;
  };
}

/**
 * Credentials and where they come from. A provider answers for one registry host (as the user wrote it,
 * `docker.io` kept) or says it has nothing; providers chain, the first that answers wins.
 */

export type Credential = { username: string; password: string } | { identityToken: string };
export type CredentialProvider = (registryHost: string) => Promise<Credential | undefined>;

/** Every spelling of Docker Hub that configs use, mapped to `docker.io`. */
const dockerHubAliases: ReadonlySet<string> = new Set([
  'docker.io',
  'index.docker.io',
  'registry-1.docker.io',
  'registry.hub.docker.com',
]);

/**
 * A registry key as found in configs (`https://index.docker.io/v1/`, `HOST:PORT`, `http://host/path`)
 * reduced to the host we compare: lowercased, no scheme, no path, Docker Hub aliases as `docker.io`.
 */
export function normalizeRegistryHost(key: string): string {
  let host = key.trim().toLowerCase();
  host = host.replace(/^[a-z][a-z0-9+.-]*:\/\//, '');
  const slash = host.indexOf('/');
  if (slash >= 0) host = host.slice(0, slash);
  return dockerHubAliases.has(host) ? 'docker.io' : host;
}

/** The same credential for the given hosts (all hosts when none are named). */
export function staticCredentials(credential: Credential, hosts?: readonly string[]): CredentialProvider {
  const wanted = hosts?.map(normalizeRegistryHost);
  return async (registryHost) =>
    wanted === undefined || wanted.includes(normalizeRegistryHost(registryHost)) ? credential : undefined;
}

/** Asks each provider in turn; the first credential found is used. */
export function chainCredentials(...providers: readonly (CredentialProvider | undefined)[]): CredentialProvider {
  return async (registryHost) => {
    for (const provider of providers) {
      if (!provider) continue;
      const found = await provider(registryHost);
      if (found) return found;
    }
    return undefined;
  };
}

export const anonymousCredentials: CredentialProvider = async () => undefined;

/** The secret strings in a credential (password, token and the Basic header value) to be masked. */
export function secretsOf(credential: Credential): string[] {
  if ('identityToken' in credential) return [credential.identityToken];
  return [credential.password, basicValue(credential)];
}

/** The base64 `user:password` of HTTP Basic. */
export const basicValue = (credential: { username: string; password: string }): string =>
  Buffer.from(`${credential.username}:${credential.password}`, 'utf8').toString('base64');

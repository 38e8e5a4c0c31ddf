/**
 * ghcr.io refuses DELETE on its registry API; package versions are deleted through the GitHub Packages API
 * instead. merge's cleanup has already checked that push wrote the index for this staging tag; here a version is
 * deleted only when that staging tag is its only tag (a package version is a digest: deleting it removes every
 * tag on it), so nothing a release tag — or another run's staging tag — points at can go.
 */
import { OciError } from '../core/errors.js';
import type { Logger } from '../core/logger.js';
import type { Reference } from '../core/oci/reference.js';

interface PackageVersion {
  id: number;
  name: string;
  metadata?: { container?: { tags?: string[] } };
}

export interface GhcrCleanupOptions {
  token: string;
  /** GITHUB_API_URL; a fixture server in tests. */
  apiUrl: string;
  logger: Logger;
  /** Registries served by the GitHub Packages API (ghcr.io; a fixture registry in tests). */
  registries?: readonly string[];
}

/** Returns merge's deleteStaging: true deleted, false kept, undefined for registries it does not serve. */
export function ghcrDeleter(
  options: GhcrCleanupOptions,
): (ref: Reference, digest: string, stagingTag: string) => Promise<boolean | undefined> {
  const registries = options.registries ?? ['ghcr.io'];
  return async (ref, digest, stagingTag) => {
    if (ref.kind !== 'registry' || !registries.includes(ref.registry)) return undefined;
    const [owner = '', ...rest] = ref.repository.split('/');
    const packageName = rest.join('/');
    if (!owner || !packageName) {
      throw new OciError('INVALID_INPUT', `cannot tell the owner and package of ${ref.registry}/${ref.repository}`);
    }
    const { getOctokit } = await import('@actions/github');
    const octokit = getOctokit(options.token, { baseUrl: options.apiUrl });
    for (const scope of ['orgs', 'users'] as const) {
      const base = `/${scope}/${encodeURIComponent(owner)}/packages/container/${encodeURIComponent(packageName)}/versions`;
      let versions: PackageVersion[];
      try {
        versions = (await octokit.paginate(`GET ${base}`, { per_page: 100 })) as PackageVersion[];
      } catch (e) {
        if ((e as { status?: number }).status === 404) continue;
        throw packagesError('list package versions of', ref.repository, e);
      }
      const version = versions.find((v) => v.name === digest);
      if (!version) {
        options.logger.info(`cleanup: no package version ${digest} in ${ref.registry}/${ref.repository}`);
        return false;
      }
      const tags = version.metadata?.container?.tags ?? [];
      const others = tags.filter((t) => t !== stagingTag);
      if (others.length > 0) {
        options.logger.warning(
          `cleanup: kept ${digest}: it also carries ${others.join(', ')}, and a package version is deleted with all its tags`,
        );
        return false;
      }
      try {
        await octokit.request(`DELETE ${base}/${version.id}`);
      } catch (e) {
        throw packagesError('delete a package version of', ref.repository, e);
      }
      return true;
    }
    options.logger.warning(`cleanup: ${ref.registry}/${ref.repository} is not a package the token can see`);
    return false;
  };
}

function packagesError(what: string, repository: string, e: unknown): OciError {
  const status = (e as { status?: number }).status;
  const hint = status === 403 || status === 401 ? ': the token needs packages: write (delete:packages for a PAT)' : '';
  return new OciError(
    'REGISTRY',
    `GitHub Packages API: cannot ${what} ghcr.io/${repository} (HTTP ${status ?? 'error'})${hint}`,
  );
}

/** The credential order of docs/adr/0006: inputs for the command's own registry, then the Docker config, then ghcr.io's token. */
import { expect, test } from '@jest/globals';
import { buildCredentials } from '../../src/commands/credentials.js';
import type { CommonRequest } from '../../src/commands/inputs/common.js';
import type { CredentialProvider } from '../../src/core/stores/registry/auth/credentials.js';
import { parseReference } from '../../src/core/oci/reference.js';

const common = (extra: Partial<CommonRequest>): CommonRequest => ({
  plainHttp: [],
  concurrency: 4,
  cache: false,
  ...extra,
});
const docker: CredentialProvider = async (host) =>
  host === 'reg.example' || host === 'ghcr.io' || host === 'other.example'
    ? { username: `docker-${host}`, password: 'd' }
    : undefined;

test('inputs win on the primary registry only; the Docker config next; the github token last, for ghcr.io only', async () => {
  const secrets: string[] = [];
  const creds = buildCredentials(
    common({ username: 'u', password: 'p', githubToken: 'gh' }),
    parseReference('reg.example/app'),
    docker,
    (s) => secrets.push(s),
    'octocat',
  );
  expect(secrets).toEqual(['p', 'gh']);
  expect(await creds('reg.example')).toEqual({ username: 'u', password: 'p' });
  expect(await creds('other.example')).toEqual({ username: 'docker-other.example', password: 'd' });
  expect(await creds('ghcr.io')).toEqual({ username: 'docker-ghcr.io', password: 'd' });
  expect(await creds('nowhere.example')).toBeUndefined();
  const tokenOnly = buildCredentials(
    common({ githubToken: 'gh' }),
    parseReference('ghcr.io/o/r'),
    async () => undefined,
    () => {},
    undefined,
  );
  expect(await tokenOnly('ghcr.io')).toEqual({ username: 'github-actions', password: 'gh' });
  expect(await tokenOnly('reg.example')).toBeUndefined();
  const layout = buildCredentials(
    common({ username: 'u', password: 'p' }),
    parseReference('oci-layout:./s'),
    async () => undefined,
    () => {},
    'a',
  );
  expect(await layout('reg.example')).toBeUndefined();
});

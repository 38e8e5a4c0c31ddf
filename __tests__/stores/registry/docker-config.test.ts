import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { chmod, mkdtemp, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  chainCredentials,
  dockerConfigCredentials,
  dockerConfigDir,
} from '../../../src/core/stores/registry/auth/docker-config.js';
import {
  normalizeRegistryHost,
  staticCredentials,
  type Credential,
} from '../../../src/core/stores/registry/auth/credentials.js';

let root: string;
let helperDir: string;
const b64 = (s: string): string => Buffer.from(s).toString('base64');

/** A fake `docker-credential-test`: answers per host read from stdin, like a real helper. */
const helperScript = `#!/bin/sh
[ "$1" = get ] || exit 2
read -r host
case "$host" in
  helped.example) printf '{"ServerURL":"helped.example","Username":"helper-user","Secret":"helper-pass"}' ;;
  https://index.docker.io/v1/) printf '{"ServerURL":"%s","Username":"hub-user","Secret":"hub-pass"}' "$host" ;;
  token.example) printf '{"ServerURL":"token.example","Username":"<token>","Secret":"refresh-me"}' ;;
  broken.example) echo "keychain locked" >&2; exit 3 ;;
  *) echo "credentials not found in native keychain"; exit 1 ;;
esac
`;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'oma-docker-config-'));
  helperDir = join(root, 'bin');
  await mkdir(helperDir);
  await writeFile(join(helperDir, 'docker-credential-test'), helperScript);
  await chmod(join(helperDir, 'docker-credential-test'), 0o755);
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

let configs = 0;
async function configDir(config: unknown): Promise<string> {
  const dir = join(root, `config-${++configs}`);
  await mkdir(dir);
  await writeFile(join(dir, 'config.json'), typeof config === 'string' ? config : JSON.stringify(config));
  return dir;
}

test.each<[string, unknown, string, Credential | undefined]>([
  [
    'auth as base64 user:pass',
    { auths: { 'r.example': { auth: b64('alice:pa:ss') } } },
    'r.example',
    { username: 'alice', password: 'pa:ss' },
  ],
  [
    'username and password',
    { auths: { 'r.example:5000': { username: 'bob', password: 'pw' } } },
    'r.example:5000',
    { username: 'bob', password: 'pw' },
  ],
  [
    'identitytoken wins',
    { auths: { 'r.example': { auth: b64('a:b'), identitytoken: 'idt' } } },
    'r.example',
    { identityToken: 'idt' },
  ],
  [
    'a key with a scheme and path',
    { auths: { 'https://r.example/v1/': { auth: b64('c:d') } } },
    'r.example',
    { username: 'c', password: 'd' },
  ],
  ['no entry for the host', { auths: { 'other.example': { auth: b64('c:d') } } }, 'r.example', undefined],
  ['an empty entry (credsStore placeholder)', { auths: { 'r.example': {} } }, 'r.example', undefined],
  ...['https://index.docker.io/v1/', 'docker.io', 'registry-1.docker.io', 'index.docker.io'].map(
    (key): [string, unknown, string, Credential | undefined] => [
      `Docker Hub key ${key}`,
      { auths: { [key]: { auth: b64('hub:pw') } } },
      'docker.io',
      { username: 'hub', password: 'pw' },
    ],
  ),
  [
    'credHelpers for the host',
    { credHelpers: { 'helped.example': 'test' }, auths: { 'helped.example': { auth: b64('x:y') } } },
    'helped.example',
    { username: 'helper-user', password: 'helper-pass' },
  ],
  [
    'credHelpers for Docker Hub asks for https://index.docker.io/v1/',
    { credHelpers: { 'docker.io': 'test' } },
    'docker.io',
    { username: 'hub-user', password: 'hub-pass' },
  ],
  [
    'credsStore with a <token> username gives an identity token',
    { credsStore: 'test' },
    'token.example',
    { identityToken: 'refresh-me' },
  ],
  [
    'credsStore without the host falls back to auths',
    { credsStore: 'test', auths: { 'r.example': { auth: b64('e:f') } } },
    'r.example',
    { username: 'e', password: 'f' },
  ],
  ['credsStore without the host and no auths', { credsStore: 'test' }, 'nothing.example', undefined],
])('%s', async (_name, config, host, expected) => {
  const provider = dockerConfigCredentials({ configDir: await configDir(config), helperDirs: [helperDir] });
  expect(await provider(host)).toEqual(expected);
});

test('a missing config.json means no credentials', async () => {
  const provider = dockerConfigCredentials({ configDir: join(root, 'does-not-exist') });
  expect(await provider('r.example')).toBeUndefined();
});

test('an invalid config.json is one clear error', async () => {
  const dir = await configDir('{ not json');
  await expect(dockerConfigCredentials({ configDir: dir })('r.example')).rejects.toThrow(
    /the Docker config .*config\.json is not valid JSON/,
  );
});

test('a failing helper is an AUTH error naming the helper, not a silent anonymous', async () => {
  const dir = await configDir({ credHelpers: { 'broken.example': 'test' } });
  await expect(
    dockerConfigCredentials({ configDir: dir, helperDirs: [helperDir] })('broken.example'),
  ).rejects.toMatchObject({
    code: 'AUTH',
    message: expect.stringMatching(/docker-credential-test get failed for broken\.example: .*keychain locked/),
  });
});

test('runHelper replaces spawning, and sees the program name and host', async () => {
  const calls: [string, string][] = [];
  const dir = await configDir({ credsStore: 'desktop' });
  const provider = dockerConfigCredentials({
    configDir: dir,
    runHelper: async (program, input) => {
      calls.push([program, input]);
      return JSON.stringify({ Username: 'u', Secret: 's' });
    },
  });
  expect(await provider('docker.io')).toEqual({ username: 'u', password: 's' });
  expect(calls).toEqual([['docker-credential-desktop', 'https://index.docker.io/v1/']]);
});

test('a helper name with path characters is refused', async () => {
  const dir = await configDir({ credsStore: '../../bin/sh' });
  await expect(dockerConfigCredentials({ configDir: dir })('r.example')).rejects.toThrow(/credential helper name/);
});

test('chainCredentials takes the first provider that answers', async () => {
  const first = staticCredentials({ username: 'one', password: '1' }, ['a.example']);
  const second = staticCredentials({ username: 'two', password: '2' });
  const chain = chainCredentials(first, undefined, second);
  expect(await chain('a.example')).toEqual({ username: 'one', password: '1' });
  expect(await chain('b.example')).toEqual({ username: 'two', password: '2' });
  expect(await chainCredentials()('a.example')).toBeUndefined();
});

test.each([
  ['https://index.docker.io/v1/', 'docker.io'],
  ['Registry-1.Docker.io', 'docker.io'],
  ['http://localhost:5000/path', 'localhost:5000'],
  ['ghcr.io', 'ghcr.io'],
])('normalizeRegistryHost(%s) = %s', (key, expected) => {
  expect(normalizeRegistryHost(key)).toBe(expected);
});

test.each([
  [{ DOCKER_CONFIG: '/custom', home: '/home/u' }, '/custom'],
  [{ home: '/home/u' }, '/home/u/.docker'],
  [{ DOCKER_CONFIG: '', home: '/home/u' }, '/home/u/.docker'],
])('dockerConfigDir(%j)', (env, expected) => {
  expect(dockerConfigDir(env)).toBe(expected);
});

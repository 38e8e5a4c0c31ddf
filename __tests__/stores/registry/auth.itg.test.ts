import { afterAll, beforeAll, describe as group, expect, test } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readFileChunks } from '../../../src/core/content/file-chunks.js';
import { isOciError, RegistryError } from '../../../src/core/errors.js';
import { MediaTypes } from '../../../src/core/oci/media-types.js';
import { staticCredentials, type Credential } from '../../../src/core/stores/registry/auth/credentials.js';
import { closeRegistryConnections } from '../../../src/core/stores/registry/http.js';
import { createRegistryTarget, type RegistryOptions } from '../../../src/core/stores/registry/target.js';
import { registryPaths } from '../../harness/fault-proxy.js';
import { useRegistry } from '../../harness/fixtures.js';
import { startOriginServer, type OriginServer } from '../../harness/origin-server.js';
import { startTokenRegistry, type TokenRegistry } from '../../harness/token-server.js';
import { blobDescriptor, imageManifest, json, readAll, registryRef, skopeoRaw } from './fixtures.js';

const fastRetry = { attempts: 2, baseDelayMs: 10, maxDelayMs: 20 };
const secretsSeen: string[] = [];
const options = (credential?: Credential, extra: RegistryOptions = {}): RegistryOptions => ({
  retry: fastRetry,
  onSecret: (s) => secretsSeen.push(s),
  ...(credential ? { credentials: staticCredentials(credential) } : {}),
  ...extra,
});

/** Pushes a config, a layer and a manifest tagged `tag`; returns the manifest. */
async function pushImage(host: string, repository: string, credential: Credential | undefined, tag: string) {
  const repo = createRegistryTarget(registryRef(host, repository), options(credential));
  const config = json({ architecture: 'amd64', os: 'linux' });
  const layer = randomBytes(512);
  const configDesc = blobDescriptor(config, MediaTypes.ociConfig);
  const layerDesc = blobDescriptor(layer);
  await repo.push(configDesc, config);
  await repo.push(layerDesc, layer);
  const manifest = imageManifest(configDesc, [layerDesc]);
  await repo.push(manifest.desc, manifest.bytes);
  await repo.tag(manifest.desc, tag);
  return { repo, manifest, layer, layerDesc };
}

afterAll(async () => {
  await closeRegistryConnections();
});

group('Basic (htpasswd)', () => {
  const alice = { username: 'alice', password: 'w0nder-land:pw' };
  const { registry } = useRegistry({ auth: { alice: alice.password } });

  test('push and pull work with the right password, and the secrets were handed out for masking', async () => {
    const { repo, manifest, layer, layerDesc } = await pushImage(registry.host, 'basic/app', alice, 'v1');
    expect(await repo.resolve('v1')).toEqual(manifest.desc);
    expect(await readAll(await repo.fetch(layerDesc))).toEqual(layer);
    expect(await repo.listTags()).toEqual(['v1']);
    expect(secretsSeen).toEqual(
      expect.arrayContaining([alice.password, Buffer.from(`alice:${alice.password}`).toString('base64')]),
    );
  });

  test.each<[string, Credential | undefined]>([
    ['a wrong password', { username: 'alice', password: 'not-the-password' }],
    ['no credentials', undefined],
  ])('%s fails with one clear AUTH line that holds no secret', async (_name, credential) => {
    const repo = createRegistryTarget(registryRef(registry.host, 'basic/app'), options(credential));
    const error = await repo.resolve('v1').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RegistryError);
    const message = (error as RegistryError).message;
    expect((error as RegistryError).code).toBe('AUTH');
    expect(message).toMatch(
      new RegExp(
        `^HEAD manifest tag "v1" in ${registry.host}/basic/app: 401 .*check the username/password or token for ${registry.host}$`,
      ),
    );
    expect(message).not.toContain('not-the-password');
    expect(message).not.toContain(Buffer.from('alice:not-the-password').toString('base64'));
    expect(message.split('\n')).toHaveLength(1);
  });
});

group('Bearer (token server)', () => {
  let auth: TokenRegistry;
  const bob = { username: 'bob', password: 'builder' };
  beforeAll(async () => {
    auth = await startTokenRegistry({
      users: { bob: bob.password, carol: 'c' },
      grants: [
        { user: 'bob', repository: 'team/*', actions: ['pull', 'push', 'delete'] },
        { user: 'carol', repository: 'team/dest', actions: ['pull', 'push'] },
        { user: 'carol', repository: 'team/app', actions: [] },
      ],
    });
  });
  afterAll(async () => {
    await auth.stop();
  });

  const scopesOf = (from: number) =>
    auth.tokens.requests.slice(from).map((r) => new URL(r.url, auth.tokens.url).searchParams.getAll('scope'));

  test('push and pull with scoped, cached tokens; skopeo reads what was pushed', async () => {
    const before = auth.tokens.requests.length;
    const { repo, manifest } = await pushImage(auth.registry.host, 'team/app', bob, 'v1');
    expect(await repo.resolve('v1')).toEqual(manifest.desc);
    expect(await readAll(await repo.fetch(manifest.desc))).toEqual(manifest.bytes);
    const scopes = scopesOf(before);
    expect(scopes).toContainEqual(['repository:team/app:pull,push']);
    expect(scopes.length).toBeLessThanOrEqual(3); // one per scope set, not one per request
    for (const r of auth.tokens.requests.slice(before)) expect(r.headers.authorization).toMatch(/^Basic /);
    for (const token of auth.tokens.issued) expect(secretsSeen).toContain(token);

    expect(await skopeoRaw(auth.registry.host, 'team/app', 'v1', bob)).toEqual(manifest.bytes);
  });

  test('a file streamed while hashed (POST, PATCH, PUT) goes with a scoped token and reads back whole', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'oma-auth-stream-'));
    try {
      const bytes = randomBytes(5 * 1024 * 1024 + 1);
      const path = join(dir, 'big.bin');
      await writeFile(path, bytes);
      const repo = createRegistryTarget(registryRef(auth.registry.host, 'team/streamed'), options(bob));
      const stored = await repo.pushStreamed(() => readFileChunks(path));
      expect(stored).toEqual({ digest: blobDescriptor(bytes).digest, size: bytes.length });
      const read = await readAll(await repo.fetch(blobDescriptor(bytes)));
      expect(Buffer.from(read).equals(bytes)).toBe(true);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  test('mount asks for pull on the source; without that grant it answers false and upload works', async () => {
    const { layer, layerDesc } = await pushImage(auth.registry.host, 'team/source', bob, 'v1');
    const asBob = createRegistryTarget(registryRef(auth.registry.host, 'team/dest'), options(bob));
    const before = auth.tokens.requests.length;
    expect(await asBob.mount(layerDesc, 'team/source')).toBe(true);
    expect(scopesOf(before)[0]?.sort()).toEqual(['repository:team/dest:pull,push', 'repository:team/source:pull']);
    expect(await asBob.exists(layerDesc)).toBe(true);

    const asCarol = createRegistryTarget(
      registryRef(auth.registry.host, 'team/dest'),
      options({ username: 'carol', password: 'c' }),
    );
    const other = randomBytes(300);
    const otherDesc = blobDescriptor(other);
    await createRegistryTarget(registryRef(auth.registry.host, 'team/source'), options(bob)).push(otherDesc, other);
    expect(await asCarol.mount(otherDesc, 'team/source')).toBe(false);
    await asCarol.push(otherDesc, other);
    expect(await readAll(await asBob.fetch(otherDesc))).toEqual(other);
    expect(await readAll(await asBob.fetch(layerDesc))).toEqual(layer);
  });

  test('a repository without a grant fails with AUTH and one line', async () => {
    const asCarol = createRegistryTarget(
      registryRef(auth.registry.host, 'team/app'),
      options({ username: 'carol', password: 'c' }),
    );
    const error = await asCarol.resolve('v1').catch((e: unknown) => e);
    expect(isOciError(error, 'AUTH')).toBe(true);
    expect((error as Error).message).toMatch(/^HEAD manifest tag "v1" in 127\.0\.0\.1:\d+\/team\/app: 401 /);
  });

  test('a wrong password fails at the token server with one clear line', async () => {
    const repo = createRegistryTarget(
      registryRef(auth.registry.host, 'team/app'),
      options({ username: 'bob', password: 'wrong' }),
    );
    const error = await repo.resolve('v1').catch((e: unknown) => e);
    expect(isOciError(error, 'AUTH')).toBe(true);
    const message = (error as Error).message;
    expect(message).toMatch(
      /^GET token for repository:team\/app:pull in 127\.0\.0\.1:\d+: 401 .*check the username\/password/,
    );
    expect(message).not.toContain('wrong');
    expect(message).not.toContain(Buffer.from('bob:wrong').toString('base64'));
  });

  test('an identity token is exchanged through the OAuth2 refresh_token form', async () => {
    const form = new URLSearchParams({
      grant_type: 'password',
      username: 'bob',
      password: bob.password,
      access_type: 'offline',
      service: auth.tokens.service,
    });
    const res = await fetch(auth.tokens.realm, { method: 'POST', body: form });
    const refresh = ((await res.json()) as { refresh_token: string }).refresh_token;
    const before = auth.tokens.requests.length;
    const repo = createRegistryTarget(registryRef(auth.registry.host, 'team/app'), options({ identityToken: refresh }));
    expect((await repo.resolve('v1')).mediaType).toBe(MediaTypes.ociManifest);
    const sent = auth.tokens.requests.slice(before);
    expect(sent.map((r) => r.method)).toEqual(['POST']);
    expect(secretsSeen).toContain(refresh);
  });

  test('an expired token is renewed before it is used again', async () => {
    auth.tokens.setTokenTtl(1);
    try {
      const { repo } = await pushImage(auth.registry.host, 'team/expiry', bob, 'v1');
      const before = auth.tokens.requests.length;
      await new Promise((r) => setTimeout(r, 1100));
      await repo.resolve('v1');
      expect(auth.tokens.requests.length).toBe(before + 1);
    } finally {
      auth.tokens.setTokenTtl(300);
    }
  });
});

group('origins', () => {
  let origin: OriginServer;
  const dave = { username: 'dave', password: 'origin-secret' };
  const { proxy } = useRegistry({ proxy: true, auth: { dave: dave.password } });
  beforeAll(async () => {
    origin = await startOriginServer();
  });
  afterAll(async () => {
    await origin.stop();
  });

  test('a blob GET redirected to another origin carries no Authorization there', async () => {
    const { repo, layer, layerDesc } = await pushImage(proxy.host, 'cdn/app', dave, 'v1');
    origin.setAnswer({ status: 200, body: layer });
    const rule = proxy.addRule({
      method: 'GET',
      path: registryPaths.blob,
      when: (req) => (req.headers.authorization ?? '').startsWith('Basic '), // it did carry credentials to the registry
      fault: { kind: 'redirect', to: origin.url },
    });
    try {
      expect(await readAll(await repo.fetch(layerDesc))).toEqual(layer);
    } finally {
      rule.remove();
    }
    expect(rule.fired()).toBe(1);
    expect(origin.requests.map((r) => r.url)).toEqual([`/v2/cdn/app/blobs/${layerDesc.digest}`]);
    expect(origin.requests[0]?.headers.authorization).toBeUndefined();
    expect(origin.transcript()).not.toContain(dave.password);
    expect(origin.transcript()).not.toContain(Buffer.from(`dave:${dave.password}`).toString('base64'));
  });

  test('an upload Location on another origin is refused and nothing is sent there', async () => {
    const seen = origin.requests.length;
    const rule = proxy.addRule({
      method: 'POST',
      path: registryPaths.blobUploadStart,
      fault: {
        kind: 'rewrite-header',
        header: 'location',
        rewrite: (value) => new URL(new URL(value).pathname, origin.url).href,
      },
    });
    const repo = createRegistryTarget(registryRef(proxy.host, 'cdn/app'), options(dave));
    const bytes = randomBytes(100);
    try {
      await expect(repo.push(blobDescriptor(bytes), bytes)).rejects.toMatchObject({ code: 'UNSAFE' });
    } finally {
      rule.remove();
    }
    expect(origin.requests.length).toBe(seen);
    expect(await repo.exists(blobDescriptor(bytes))).toBe(false);
  });
});

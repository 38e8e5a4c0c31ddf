import { afterAll, beforeAll, describe as group, expect, test } from '@jest/globals';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { once } from 'node:events';
import { randomBytes } from 'node:crypto';
import { createDigester } from '../../../src/core/oci/digest.js';
import { isOciError, RegistryError } from '../../../src/core/errors.js';
import { MediaTypes } from '../../../src/core/oci/media-types.js';
import { closeRegistryConnections } from '../../../src/core/stores/registry/http.js';
import { createRegistryTarget, type RegistryTarget } from '../../../src/core/stores/registry/target.js';
import { useRegistry } from '../../harness/fixtures.js';
import { blobDescriptor, imageIndex, imageManifest, json, readAll, registryRef, skopeoRaw } from './fixtures.js';

const { registry } = useRegistry();
let dir: string;
const fastRetry = { attempts: 3, baseDelayMs: 10, maxDelayMs: 50 };
const target = (repository: string): RegistryTarget =>
  createRegistryTarget(registryRef(registry.host, repository), { retry: fastRetry });

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'oma-registry-test-'));
});
afterAll(async () => {
  await closeRegistryConnections();
  await rm(dir, { recursive: true, force: true });
});

/** The blob as the registry serves it to a plain HTTP client, independent of our code. */
async function rawBlob(repository: string, digest: string): Promise<Buffer> {
  const res = await fetch(`${registry.url}/v2/${repository}/blobs/${digest}`);
  expect(res.status).toBe(200);
  return Buffer.from(await res.arrayBuffer());
}

group('blobs', () => {
  test.each([
    ['0 bytes', Buffer.alloc(0)],
    ['1 byte', Buffer.from('x')],
    ['100 KiB', randomBytes(100 * 1024)],
  ])('a blob of %s round-trips from bytes', async (_name, bytes) => {
    const repo = target('blobs/bytes');
    const desc = blobDescriptor(bytes);
    expect(await repo.exists(desc)).toBe(false);
    await repo.push(desc, bytes);
    expect(await repo.exists(desc)).toBe(true);
    expect(await readAll(await repo.fetch(desc))).toEqual(bytes);
    expect(await rawBlob('blobs/bytes', desc.digest)).toEqual(bytes);
  });

  test('a small blob pushed from a stream round-trips', async () => {
    const bytes = randomBytes(3000);
    const desc = blobDescriptor(bytes);
    await target('blobs/stream').push(desc, Readable.from([bytes.subarray(0, 1000), bytes.subarray(1000)]));
    expect(await rawBlob('blobs/stream', desc.digest)).toEqual(bytes);
  });

  test('64 MiB streamed from a file round-trips and verifies on read', async () => {
    const path = join(dir, 'big.bin');
    const digester = createDigester();
    const out = createWriteStream(path);
    const chunk = 1024 * 1024;
    for (let i = 0; i < 64; i++) {
      const part = randomBytes(chunk);
      digester.update(part);
      if (!out.write(part)) await once(out, 'drain');
    }
    out.end();
    await once(out, 'finish');
    const desc = { mediaType: MediaTypes.ociLayerTarGzip, digest: digester.digest(), size: 64 * chunk };
    const repo = target('blobs/big');
    await repo.pushBlobFrom(desc, async () => createReadStream(path, { highWaterMark: 256 * 1024 }));
    expect(await repo.exists(desc)).toBe(true);

    const readBack = createDigester();
    let size = 0;
    for await (const part of (await repo.fetch(desc)) as AsyncIterable<Buffer>) {
      readBack.update(part);
      size += part.length;
    }
    expect({ size, digest: readBack.digest() }).toEqual({ size: desc.size, digest: desc.digest });
  });

  test('a stream whose bytes differ from the descriptor is refused and nothing is stored', async () => {
    const bytes = randomBytes(5 * 1024 * 1024);
    const desc = blobDescriptor(bytes);
    const other = Buffer.from(bytes);
    other[10] = (other[10] ?? 0) ^ 0xff;
    const repo = target('blobs/bad');
    await expect(repo.push(desc, Readable.from([other]))).rejects.toThrow(/digest/i);
    expect(await repo.exists(desc)).toBe(false);
    await expect(repo.push(blobDescriptor(Buffer.from('abc')), Buffer.from('abd'))).rejects.toMatchObject({
      code: 'DIGEST_MISMATCH',
    });
  });

  test('a blob fetched against a wrong descriptor fails while streaming', async () => {
    const bytes = Buffer.from('right bytes');
    const repo = target('blobs/verify');
    await repo.push(blobDescriptor(bytes), bytes);
    const lying = { ...blobDescriptor(bytes), size: bytes.length + 5 };
    await expect(repo.fetch(lying).then(readAll)).rejects.toMatchObject({ code: 'SIZE_MISMATCH' });
  });

  test('mount between repositories, and from a repository that does not have the blob', async () => {
    const bytes = randomBytes(2048);
    const desc = blobDescriptor(bytes);
    await target('mount/source').push(desc, bytes);
    const destination = target('mount/destination');
    expect(await destination.mount(desc, 'mount/source')).toBe(true);
    expect(await rawBlob('mount/destination', desc.digest)).toEqual(bytes);

    const fresh = randomBytes(1024);
    const freshDesc = blobDescriptor(fresh);
    const elsewhere = target('mount/elsewhere');
    expect(await elsewhere.mount(freshDesc, 'mount/nothing-here')).toBe(false);
    expect(await elsewhere.exists(freshDesc)).toBe(false);
    await elsewhere.push(freshDesc, fresh);
    expect(await rawBlob('mount/elsewhere', freshDesc.digest)).toEqual(fresh);
  });
});

/** Pushes a config and a layer and the manifest over them; returns the manifest. */
async function pushImage(repo: RegistryTarget, label: string) {
  const config = json({ architecture: label, os: 'linux', rootfs: { type: 'layers', diff_ids: [] } });
  const layer = Buffer.from(`layer of ${label}`);
  const configDesc = blobDescriptor(config, MediaTypes.ociConfig);
  const layerDesc = blobDescriptor(layer, MediaTypes.ociLayerTar);
  await repo.push(configDesc, config);
  await repo.push(layerDesc, layer);
  const manifest = imageManifest(configDesc, [layerDesc]);
  await repo.push(manifest.desc, manifest.bytes);
  return manifest;
}

group('manifests and indexes', () => {
  test('a manifest and an index round-trip byte for byte, and skopeo reads the same bytes', async () => {
    const repo = target('images/app');
    const amd = await pushImage(repo, 'amd64');
    const arm = await pushImage(repo, 'arm64');
    const index = imageIndex([
      { ...amd.desc, platform: { architecture: 'amd64', os: 'linux' } },
      { ...arm.desc, platform: { architecture: 'arm64', os: 'linux' } },
    ]);
    await repo.push(index.desc, Readable.from([index.bytes]));
    await repo.tag(index.desc, 'v1');
    await repo.tag(amd.desc, 'amd');

    expect(await repo.resolve('v1')).toEqual({
      mediaType: index.desc.mediaType,
      digest: index.desc.digest,
      size: index.desc.size,
    });
    expect(await repo.resolve(amd.desc.digest)).toEqual(amd.desc);
    const fresh = target('images/app'); // no remembered bytes: reads from the registry
    expect(await readAll(await fresh.fetch(index.desc))).toEqual(index.bytes);
    expect(await readAll(await fresh.fetch(arm.desc))).toEqual(arm.bytes);
    expect(await fresh.exists(index.desc)).toBe(true);
    await fresh.tag(arm.desc, 'arm'); // tagging bytes it had to GET first
    expect(await skopeoRaw(registry.host, 'images/app', 'v1')).toEqual(index.bytes);
    expect(await skopeoRaw(registry.host, 'images/app', 'amd')).toEqual(amd.bytes);
    expect(await skopeoRaw(registry.host, 'images/app', 'arm')).toEqual(arm.bytes);
    expect((await repo.listTags()).sort()).toEqual(['amd', 'arm', 'v1']);
  });

  test('an index whose children are missing is refused with an error naming the child', async () => {
    const repo = target('images/broken');
    const missing = imageManifest(blobDescriptor(Buffer.from('{}'), MediaTypes.ociConfig), []);
    const index = imageIndex([missing.desc]);
    const error = await repo.push(index.desc, index.bytes).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RegistryError);
    const message = (error as RegistryError).message;
    expect(message).toContain(`PUT manifest ${index.desc.digest} in ${registry.host}/images/broken: 400`);
    expect(message).toContain('MANIFEST_BLOB_UNKNOWN');
    expect(message).toContain(missing.desc.digest);
    expect(message).toMatch(/push the blobs and child manifests/);
    expect(message).not.toMatch(/\n/);
    expect((error as RegistryError).registryCodes).toContain('MANIFEST_BLOB_UNKNOWN');
    expect(await repo.exists(index.desc)).toBe(false);
  });

  test('resolving a missing tag is NOT_FOUND with a clear message', async () => {
    const error = await target('images/app')
      .resolve('nope')
      .catch((e: unknown) => e);
    expect(isOciError(error, 'NOT_FOUND')).toBe(true);
    expect((error as Error).message).toMatch(/^HEAD manifest tag "nope" in 127\.0\.0\.1:\d+\/images\/app: 404/);
  });

  test('delete removes the manifest and its tags', async () => {
    const repo = target('images/delete');
    const image = await pushImage(repo, 'riscv64');
    await repo.tag(image.desc, 'gone');
    expect(await repo.listTags()).toEqual(['gone']);
    await repo.delete(image.desc);
    expect(await repo.exists(image.desc)).toBe(false);
    await expect(repo.resolve('gone')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await repo.listTags()).toEqual([]);
  });

  test('listTags of a repository that does not exist is empty', async () => {
    expect(await target('images/never-pushed').listTags()).toEqual([]);
  });

  test('referrers come from the sha256-<hex> fallback tag when the registry has no referrers API', async () => {
    const repo = target('images/referred');
    const subject = await pushImage(repo, 'amd64');
    expect(await repo.referrers(subject.desc)).toEqual([]);
    const empty = Buffer.from('{}');
    const emptyDesc = blobDescriptor(empty, MediaTypes.ociEmpty);
    await repo.push(emptyDesc, empty);
    const signature = imageManifest(emptyDesc, [emptyDesc], {
      artifactType: 'application/example',
      subject: subject.desc,
    });
    await repo.push(signature.desc, signature.bytes);
    const entry = { ...signature.desc, artifactType: 'application/example' };
    const fallback = imageIndex([entry]);
    await repo.push(fallback.desc, fallback.bytes);
    await repo.tag(fallback.desc, `sha256-${subject.desc.digest.slice('sha256:'.length)}`);
    expect(await target('images/referred').referrers(subject.desc)).toEqual([entry]);
  });
});

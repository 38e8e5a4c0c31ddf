import { afterAll, expect, test } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { readFileChunks } from '../../../src/core/content/file-chunks.js';
import { MediaTypes } from '../../../src/core/oci/media-types.js';
import { closeRegistryConnections } from '../../../src/core/stores/registry/http.js';
import { createRegistryTarget } from '../../../src/core/stores/registry/target.js';
import { registryPaths } from '../../harness/fault-proxy.js';
import { sha256, useRegistry } from '../../harness/fixtures.js';
import { registryRef } from './fixtures.js';

const { registry, proxy } = useRegistry({ proxy: true });
const fastRetry = { attempts: 3, baseDelayMs: 10, maxDelayMs: 50 };
const target = (repository: string) => createRegistryTarget(registryRef(proxy.host, repository), { retry: fastRetry });
/** Sends `bytes` in 64 KiB pieces, as a file stream would. */
const streamOf = (bytes: Buffer) =>
  Readable.from(
    Array.from({ length: Math.ceil(bytes.length / 65536) }, (_, i) => bytes.subarray(i * 65536, (i + 1) * 65536)),
  );

afterAll(async () => {
  await closeRegistryConnections();
});

test.each([
  ['0 bytes', 0],
  ['1 byte', 1],
  ['3 MiB', 3 * 1024 * 1024],
])('pushStreamed stores %s of unknown digest in one pass: POST, PATCH, PUT ?digest=', async (_name, size) => {
  const bytes = randomBytes(size);
  proxy.log.length = 0;
  const stored = await target('streamed/ok').pushStreamed(() => streamOf(bytes));
  expect(stored).toEqual({ digest: sha256(bytes), size });
  expect(proxy.log.map((e) => `${e.method} ${e.status}`)).toEqual(['POST 202', 'PATCH 202', 'PUT 201']);
  const res = await fetch(`${registry.url}/v2/streamed/ok/blobs/${stored.digest}`);
  expect(Buffer.from(await res.arrayBuffer()).equals(bytes)).toBe(true);
});

test('a broken PATCH is retried whole with a new session and a fresh stream', async () => {
  const bytes = randomBytes(512 * 1024);
  const rule = proxy.addRule({
    method: 'PATCH',
    path: registryPaths.blobUploadSession,
    nth: 1,
    fault: { kind: 'reset-after' },
  });
  let opened = 0;
  try {
    const stored = await target('streamed/retry').pushStreamed(() => {
      opened++;
      return streamOf(bytes);
    });
    expect(stored.digest).toBe(sha256(bytes));
  } finally {
    rule.remove();
  }
  expect(opened).toBe(2);
  const res = await fetch(`${registry.url}/v2/streamed/retry/blobs/${sha256(bytes)}`, { method: 'HEAD' });
  expect(res.status).toBe(200);
});

test('a real file streamed through the reused buffers of readFileChunks arrives byte for byte, also on a retry', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'oma-streamed-'));
  try {
    // 6 MiB + 5 bytes: more chunks than the ring has buffers, so each buffer is read into again while uploading.
    const bytes = randomBytes(6 * 1024 * 1024 + 5);
    const path = join(dir, 'big.bin');
    await writeFile(path, bytes);
    const rule = proxy.addRule({
      method: 'PATCH',
      path: registryPaths.blobUploadSession,
      nth: 1,
      fault: { kind: 'reset-after' },
    });
    let opened = 0;
    let stored;
    try {
      stored = await target('streamed/file').pushStreamed(() => {
        opened++;
        return readFileChunks(path);
      });
    } finally {
      rule.remove();
    }
    expect(opened).toBe(2);
    expect(stored).toEqual({ digest: sha256(bytes), size: bytes.length });
    const res = await fetch(`${registry.url}/v2/streamed/file/blobs/${stored.digest}`);
    expect(Buffer.from(await res.arrayBuffer()).equals(bytes)).toBe(true);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('fetchReference reads a manifest by tag in one GET, with the digest the registry announces', async () => {
  const config = Buffer.from('{}');
  const repo = target('streamed/reference');
  await repo.push({ mediaType: MediaTypes.ociEmpty, digest: sha256(config), size: 2 }, config);
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: MediaTypes.ociManifest,
      config: { mediaType: MediaTypes.ociEmpty, digest: sha256(config), size: 2 },
      layers: [],
    }),
  );
  const desc = { mediaType: MediaTypes.ociManifest, digest: sha256(manifest), size: manifest.length };
  await repo.push(desc, manifest);
  await repo.tag(desc, 'v1');
  proxy.log.length = 0;
  const fresh = target('streamed/reference');
  const read = await fresh.fetchReference('v1');
  expect(read.descriptor).toEqual(desc);
  expect(Buffer.from(read.bytes).equals(manifest)).toBe(true);
  expect(proxy.log.map((e) => `${e.method} ${e.path}`)).toEqual(['GET /v2/streamed/reference/manifests/v1']);
  await fresh.fetch(desc); // remembered: no second request
  expect(proxy.log).toHaveLength(1);
});

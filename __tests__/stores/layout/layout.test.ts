import { mkdtemp, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, beforeEach, expect, test } from '@jest/globals';
import { digestOf } from '../../../src/core/oci/digest.js';
import { createLayoutTarget } from '../../../src/core/stores/layout/layout-target.js';
import { MediaTypes } from '../../../src/core/oci/media-types.js';
import { emptyConfig, image, layer, pushAll } from '../../content/fixtures.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'oma-layout-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const readJson = async (path: string): Promise<unknown> => JSON.parse(await readFile(path, 'utf8'));
const allFiles = async (root: string): Promise<string[]> =>
  (await readdir(root, { recursive: true, withFileTypes: true }))
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(root.length + 1))
    .sort();

test('writes an image-spec layout: oci-layout, blobs/<alg>/<hex>, index.json with sorted tag entries', async () => {
  const store = join(dir, 'store');
  const target = createLayoutTarget(store);
  const blob = layer('hello');
  const manifest = image(emptyConfig, [blob]);
  await pushAll(target, [emptyConfig, blob, manifest]);
  for (const tag of ['zeta', 'alpha', 'mid']) await target.tag(manifest.descriptor, tag);

  expect(await readJson(join(store, 'oci-layout'))).toEqual({ imageLayoutVersion: '1.0.0' });
  const hex = (d: string) => d.slice('sha256:'.length);
  expect(await allFiles(store)).toEqual(
    [
      'index.json',
      'oci-layout',
      ...[emptyConfig, blob, manifest].map((c) => `blobs/sha256/${hex(c.descriptor.digest)}`),
    ].sort(),
  );
  const index = (await readJson(join(store, 'index.json'))) as { manifests: { annotations: object }[] };
  expect(index).toMatchObject({ schemaVersion: 2, mediaType: MediaTypes.ociIndex });
  expect(index.manifests.map((m) => m.annotations)).toEqual(
    ['alpha', 'mid', 'zeta'].map((t) => ({ 'org.opencontainers.image.ref.name': t })),
  );
  expect(index.manifests[0]).toMatchObject(manifest.descriptor);
});

test('a refused push leaves no file behind, not even a temporary one', async () => {
  const store = join(dir, 'store');
  const target = createLayoutTarget(store);
  const bytes = Buffer.alloc(200_000, 7);
  const desc = { mediaType: MediaTypes.ociLayerTar, digest: digestOf(Buffer.from('other')), size: bytes.length };
  await expect(target.push(desc, Readable.from([bytes.subarray(0, 100_000), bytes.subarray(100_000)]))).rejects.toThrow(
    /expected digest/,
  );
  expect(await allFiles(store)).toEqual(['index.json', 'oci-layout']);
});

test('an untagged referrer gets an index.json entry; children of an index do not', async () => {
  const store = join(dir, 'store');
  const target = createLayoutTarget(store);
  const subject = image(emptyConfig, [layer('app')]);
  const signature = image(emptyConfig, [layer('sig')], {
    artifactType: 'application/vnd.example.sig',
    subject: subject.descriptor,
  });
  await pushAll(target, [emptyConfig, layer('app'), subject, layer('sig'), signature]);
  const index = (await readJson(join(store, 'index.json'))) as { manifests: unknown[] };
  expect(index.manifests).toEqual([{ ...signature.descriptor, artifactType: 'application/vnd.example.sig' }]);
  expect(await target.referrers?.(subject.descriptor)).toEqual([
    expect.objectContaining({ digest: signature.descriptor.digest, artifactType: 'application/vnd.example.sig' }),
  ]);
});

test('a stale lock left by a crashed writer is broken; a fresh one is waited for', async () => {
  const store = join(dir, 'store');
  const target = createLayoutTarget(store);
  const manifest = image(emptyConfig, [layer('x')]);
  await pushAll(target, [emptyConfig, layer('x'), manifest]);
  const lock = join(store, 'index.json.lock');

  await writeFile(lock, '999999 crashed\n');
  const old = new Date(Date.now() - 60_000);
  await utimes(lock, old, old);
  await target.tag(manifest.descriptor, 'after-stale');

  await writeFile(lock, `${process.pid} held\n`);
  const started = Date.now();
  setTimeout(() => void rm(lock), 300);
  await target.tag(manifest.descriptor, 'after-wait');
  expect(Date.now() - started).toBeGreaterThanOrEqual(250);
  expect(await target.listTags?.()).toEqual(['after-stale', 'after-wait']);
  expect((await allFiles(store)).filter((f) => f.includes('lock') || f.includes('tmp'))).toEqual([]);
});

test('reads a layout whose index.json entries have no mediaType field at the top and extra fields', async () => {
  const store = join(dir, 'store');
  const target = createLayoutTarget(store);
  const manifest = image(emptyConfig, [layer('y')]);
  await pushAll(target, [emptyConfig, layer('y'), manifest]);
  await writeFile(
    join(store, 'index.json'),
    JSON.stringify({
      schemaVersion: 2,
      annotations: { 'org.example': 'kept' },
      manifests: [{ ...manifest.descriptor, annotations: { 'org.opencontainers.image.ref.name': 'v1' } }],
    }),
  );
  expect(await target.resolve('v1')).toEqual(manifest.descriptor);
  await target.tag(manifest.descriptor, 'v2');
  expect(await readJson(join(store, 'index.json'))).toMatchObject({ annotations: { 'org.example': 'kept' } });
  expect(await target.listTags?.()).toEqual(['v1', 'v2']);
});

test('a missing layout is NOT_FOUND with its path in the message', async () => {
  const target = createLayoutTarget(join(dir, 'absent'));
  await expect(target.resolve('v1')).rejects.toMatchObject({
    code: 'NOT_FOUND',
    message: expect.stringContaining('absent'),
  });
});

/**
 * Promise 4 (bounded), pathological answers: a 64 MiB manifest (announced, or chunked), a 1 GiB error body,
 * an endless tag list (one endless page, or pages without end) from a small fake registry on loopback, and
 * bodies that trickle one byte every 10 s from the real registry through the fault proxy. Each ends with one
 * clear error within a bounded time, having read a bounded number of bytes.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { OciError } from '../../src/core/errors.js';
import { closeRegistryConnections } from '../../src/core/stores/registry/http.js';
import { createRegistryTarget, type RegistryOptions } from '../../src/core/stores/registry/target.js';
import { registryPaths } from '../harness/fault-proxy.js';
import { useRegistry } from '../harness/fixtures.js';
import {
  blobDescriptor as describeBlob,
  imageManifest,
  json,
  readAll,
  registryRef,
} from '../stores/registry/fixtures.js';
import { elapsed } from './helpers.js';

const MiB = 1024 * 1024;
const GiB = 1024 * MiB;
const INDEX_TYPE = 'application/vnd.oci.image.index.v1+json';
let fake: Server;
let fakeHost: string;
/** Bytes the fake server managed to write, per route. */
const sent = new Map<string, number>();
const { registry, proxy } = useRegistry({ proxy: true });
const quick: RegistryOptions = { retry: { attempts: 2, baseDelayMs: 10, maxDelayMs: 20 } };

/** Streams `total` bytes of `fill` (or forever) until the client goes away, counting what was written. */
function stream(res: ServerResponse, route: string, fill: Buffer, total = Infinity): void {
  let written = 0;
  const more = (): void => {
    while (written < total && !res.destroyed) {
      const chunk = fill.subarray(0, Math.min(fill.length, total - written));
      written += chunk.length;
      sent.set(route, written);
      if (!res.write(chunk)) return void res.once('drain', more);
    }
    if (!res.destroyed) res.end();
  };
  res.on('error', () => {});
  more();
}

beforeAll(async () => {
  const filler = Buffer.alloc(64 * 1024, 0x20);
  const tagChunk = Buffer.from(Array.from({ length: 2000 }, (_x, i) => `"t${i}",`).join(''));
  fake = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://fake');
    const path = url.pathname;
    if (path === '/v2/') return void res.writeHead(200).end('{}');
    if (path === '/v2/big/manifests/announced') {
      res.writeHead(200, { 'content-type': INDEX_TYPE, 'content-length': String(64 * MiB) });
      return stream(res, path, filler, 64 * MiB);
    }
    if (path === '/v2/big/manifests/chunked') {
      res.writeHead(200, { 'content-type': INDEX_TYPE });
      return stream(res, path, filler, 64 * MiB);
    }
    if (path.startsWith('/v2/err/manifests/')) {
      res.writeHead(400, { 'content-type': 'application/json' });
      res.write('{"errors":[{"code":"MANIFEST_INVALID","message":"');
      return stream(res, '/v2/err/manifests/', filler, GiB);
    }
    if (path === '/v2/endless/tags/list') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"name":"endless","tags":[');
      return stream(res, path, tagChunk);
    }
    if (path === '/v2/pages/tags/list') {
      const n = Number(url.searchParams.get('n') ?? '0');
      sent.set(path, n + 1);
      res.writeHead(200, {
        'content-type': 'application/json',
        link: `</v2/pages/tags/list?n=${n + 1}>; rel="next"`,
      });
      return void res.end(JSON.stringify({ name: 'pages', tags: [`t${n}`] }));
    }
    res.writeHead(404, { 'content-type': 'application/json' }).end('{"errors":[{"code":"NAME_UNKNOWN"}]}');
  });
  await new Promise<void>((resolve) => fake.listen(0, '127.0.0.1', resolve));
  fakeHost = `127.0.0.1:${(fake.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await closeRegistryConnections();
  fake.closeAllConnections();
  await new Promise((resolve) => fake.close(resolve));
});

const fakeTarget = (repository: string) => createRegistryTarget(registryRef(fakeHost, repository), quick);
const failure = async (fn: () => Promise<unknown>): Promise<[Error, number]> => {
  const [outcome, ms] = await elapsed(() =>
    fn().then(
      () => undefined,
      (e: unknown) => e,
    ),
  );
  expect(outcome).toBeInstanceOf(Error);
  const error = outcome as Error;
  expect(error.message.split('\n')).toHaveLength(1);
  return [error, ms];
};

describe('answers that would not end', () => {
  test.each([
    ['announced (Content-Length 64 MiB)', 'announced'],
    ['chunked, without a length', 'chunked'],
  ])('a 64 MiB manifest %s is TOO_LARGE after at most 8 MiB read', async (_how, tag) => {
    const [error, ms] = await failure(() => fakeTarget('big').resolve(tag));
    expect(error).toMatchObject({ code: 'TOO_LARGE' });
    expect(error.message).toMatch(/manifest tag "(announced|chunked)" in 127\.0\.0\.1:\d+\/big.*8388608/);
    expect(ms).toBeLessThan(5000);
    // What the server could write before the client hung up: the cap plus socket buffers, not 64 MiB.
    expect(sent.get(`/v2/big/manifests/${tag}`) ?? 0).toBeLessThan(24 * MiB);
  });

  test('a 1 GiB error body gives one short error line; the rest is never read', async () => {
    const digest = `sha256:${'0'.repeat(64)}`;
    const [error, ms] = await failure(() => fakeTarget('err').fetch({ mediaType: INDEX_TYPE, digest, size: 10 }));
    expect(error).toMatchObject({ status: 400 });
    expect(error.message).toMatch(/^GET manifest sha256:0{64} in 127\.0\.0\.1:\d+\/err: 400/);
    expect(error.message.length).toBeLessThan(2000);
    expect(ms).toBeLessThan(5000);
    // 64 KiB were read; the server got rid of a few MiB into socket buffers before the client hung up.
    expect(sent.get('/v2/err/manifests/') ?? 0).toBeLessThan(32 * MiB);
  });

  test('an endless tag list page is TOO_LARGE at 16 MiB', async () => {
    const [error, ms] = await failure(() => fakeTarget('endless').listTags());
    expect(error).toMatchObject({ code: 'TOO_LARGE' });
    expect(error.message).toMatch(
      /the tag list of 127\.0\.0\.1:\d+\/endless is larger than the 16777216 bytes allowed/,
    );
    expect(ms).toBeLessThan(10_000);
    expect(sent.get('/v2/endless/tags/list') ?? 0).toBeLessThan(40 * MiB);
  });

  test('tag list pages without end stop at the page cap', async () => {
    const [error, ms] = await failure(() => fakeTarget('pages').listTags());
    expect(error).toMatchObject({ code: 'TOO_LARGE' });
    expect(error.message).toMatch(/more than 1000 pages of tags/);
    expect(sent.get('/v2/pages/tags/list')).toBe(1000);
    expect(ms).toBeLessThan(15_000);
  });
});

describe('bodies that trickle one byte every 10 s (real registry, fault proxy)', () => {
  const trickle = { kind: 'trickle', intervalMs: 10_000, bytes: 1 } as const;
  // bodyMs above the 10 s interval: undici's silence timer alone would wait forever.
  const timeouts = { bodyMs: 11_000, smallBodyMs: 3000 };
  const target = () => createRegistryTarget(registryRef(proxy.host, 'trickle/tool'), { ...quick, timeouts });
  const layer = Buffer.from('a layer that trickles\n');
  const config = json({ os: 'linux', architecture: 'amd64' });
  const manifest = imageManifest(describeBlob(config), [describeBlob(layer)]);

  beforeAll(async () => {
    const direct = createRegistryTarget(registryRef(registry.host, 'trickle/tool'));
    await direct.push(describeBlob(config), config);
    await direct.push(describeBlob(layer), layer);
    await direct.push(manifest.desc, manifest.bytes);
    await direct.tag(manifest.desc, 'v1');
  });

  test('a manifest: one NETWORK error after smallBodyMs (3 s)', async () => {
    const rule = proxy.addRule({ method: 'GET', path: registryPaths.manifest, fault: trickle });
    const [error, ms] = await failure(() => target().fetch(manifest.desc).then(readAll));
    rule.remove();
    expect(error).toBeInstanceOf(OciError);
    expect(error).toMatchObject({ code: 'NETWORK' });
    expect(error.message).toMatch(/manifest sha256:[0-9a-f]{64} in .*trickle\/tool did not arrive within 3 s/);
    expect(ms).toBeGreaterThanOrEqual(2900);
    expect(ms).toBeLessThan(6000);
  });

  test('a tag list: one NETWORK error after smallBodyMs (3 s)', async () => {
    const rule = proxy.addRule({ method: 'GET', path: registryPaths.tagsList, fault: trickle });
    const [error, ms] = await failure(() => target().listTags());
    rule.remove();
    expect(error).toMatchObject({ code: 'NETWORK' });
    expect(ms).toBeLessThan(6000);
  });

  test('a blob: one NETWORK error after one bodyMs window with too little progress (11 s)', async () => {
    const rule = proxy.addRule({ method: 'GET', path: registryPaths.blob, fault: trickle });
    const [error, ms] = await failure(async () => readAll(await target().fetch(describeBlob(layer))));
    rule.remove();
    expect(error).toMatchObject({ code: 'NETWORK' });
    expect(error.message).toMatch(/GET blob sha256:[0-9a-f]{64} in .*: less than 65536 bytes arrived in 11 s/);
    expect(ms).toBeLessThan(16_000);
  }, 30_000);

  test('(control) the same reads succeed without the trickle', async () => {
    expect(await readAll(await target().fetch(describeBlob(layer)))).toEqual(layer);
    expect(await target().listTags()).toEqual(['v1']);
    expect(await readAll(Readable.from(await readAll(await target().fetch(manifest.desc))))).toEqual(
      Buffer.from(manifest.bytes),
    );
  });
});

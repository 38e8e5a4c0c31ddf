/**
 * copyGraph with the real registry on either side (two registries, each behind a recording proxy):
 * results read back independently with skopeo, request order from the proxy's log, mounts counted in
 * blob bytes uploaded.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { createMemoryTarget } from '../../src/core/content/memory.js';
import { openTarget } from '../../src/core/stores/open-target.js';
import type { Target } from '../../src/core/content/target.js';
import { copyGraph } from '../../src/core/copy/copy-graph.js';
import { type FaultProxy, type RequestLogEntry } from '../harness/fault-proxy.js';
import { useRegistry } from '../harness/fixtures.js';
import { emptyConfig, fetchBytes, image, layer, pushAll, twoPlatformGraph } from '../content/fixtures.js';

const run = promisify(execFile);
const skopeoRaw = async (ref: string): Promise<string> =>
  (await run('skopeo', ['--insecure-policy', 'inspect', '--raw', '--tls-verify=false', ref])).stdout;

const fixtures = [useRegistry({ proxy: true }), useRegistry({ proxy: true })];
const registries = fixtures.map((f) => f.registry);
const proxies = fixtures.map((f) => f.proxy);
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'oma-copy-registry-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const registryOptions = { registry: { retry: { attempts: 2, baseDelayMs: 10, maxDelayMs: 50 } } };
const repo = (proxy: FaultProxy, name: string): Target => openTarget(`${proxy.host}/${name}`, registryOptions);
const mark = (proxy: FaultProxy) => {
  const from = proxy.log.length;
  return {
    entries: (): RequestLogEntry[] => proxy.log.slice(from),
    uploadedBlobBytes: (): number =>
      proxy.log
        .slice(from)
        .filter((e) => ['POST', 'PATCH', 'PUT'].includes(e.method) && e.path.includes('/blobs/uploads/'))
        .reduce((sum, e) => sum + e.bytesIn, 0),
  };
};

/** What each successful write request stored: a blob digest, a manifest digest, or a tag. */
function writes(entries: RequestLogEntry[]): { what: string; start: number; end: number }[] {
  return entries
    .filter(
      (e) =>
        e.status >= 200 && e.status < 300 && (e.method === 'PUT' || (e.method === 'POST' && e.url.includes('mount='))),
    )
    .map((e) => {
      const url = new URL(e.url, 'http://x');
      const what =
        url.searchParams.get('digest') ?? url.searchParams.get('mount') ?? e.path.split('/manifests/')[1] ?? '';
      return { what, start: e.startedAt, end: e.startedAt + e.ms };
    });
}

test('memory → registry → another registry → layout, in order, each read back; re-runs upload nothing', async () => {
  const graph = twoPlatformGraph();
  const memory = createMemoryTarget();
  await pushAll(memory, graph.all);
  const [a, b] = proxies as [FaultProxy, FaultProxy];

  // memory → registry A: every blob before its manifest, children before the index; the index is stored by the
  // PUT of its first tag (one request instead of two), and its other tags come after it
  const first = mark(a);
  await copyGraph(memory, repo(a, 'team/one'), graph.root.descriptor, { tags: ['v1', 'latest'] });
  const log = writes(first.entries());
  const at = (what: string) => log.find((w) => w.what === what) ?? expect(what).toBe('written');
  const [amd64, arm64] = graph.manifests;
  for (const [parent, children] of [
    [amd64!.descriptor.digest, [graph.blobs[0]!, graph.blobs[1]!, graph.blobs[3]!]],
    [arm64!.descriptor.digest, [graph.blobs[0]!, graph.blobs[2]!, graph.blobs[4]!]],
    ['v1', [amd64!, arm64!]],
  ] as const) {
    for (const child of children) {
      expect(at(child.descriptor.digest)!.end).toBeLessThanOrEqual(at(parent)!.start);
    }
  }
  expect(log.filter((w) => w.what === graph.root.descriptor.digest)).toEqual([]);
  expect(at('latest')!.start).toBeGreaterThanOrEqual(at('v1')!.end);
  expect(await skopeoRaw(`docker://${registries[0]!.host}/team/one:v1`)).toBe(graph.root.bytes.toString());
  expect(first.uploadedBlobBytes()).toBeGreaterThanOrEqual(graph.blobs.reduce((n, c) => n + c.descriptor.size, 0));

  // a second copy uploads nothing
  const again = mark(a);
  const rerun = await copyGraph(memory, repo(a, 'team/one'), graph.root.descriptor, { tags: ['v1'] });
  expect(rerun).toMatchObject({ uploaded: { count: 0 }, manifests: 0, existing: { count: 5 }, manifestsExisting: 3 });
  expect(again.uploadedBlobBytes()).toBe(0);
  expect(again.entries().filter((e) => e.method === 'PUT' && e.path.includes('/manifests/sha256:'))).toEqual([]);

  // same registry, another repository: every blob mounted, zero blob bytes uploaded
  const mount = mark(a);
  const mounted = await copyGraph(repo(a, 'team/one'), repo(a, 'team/two'), graph.root.descriptor, { tags: ['v1'] });
  expect(mounted).toMatchObject({ mounted: { count: 5 }, uploaded: { count: 0, bytes: 0 }, manifests: 3 });
  expect(mount.uploadedBlobBytes()).toBe(0);
  expect(await skopeoRaw(`docker://${registries[0]!.host}/team/two:v1`)).toBe(graph.root.bytes.toString());

  // registry A → registry B: streamed
  const cross = await copyGraph(repo(a, 'team/two'), repo(b, 'other/app'), graph.root.descriptor, { tags: ['v2'] });
  expect(cross).toMatchObject({ uploaded: { count: 5 }, mounted: { count: 0 }, manifests: 3 });
  expect(await skopeoRaw(`docker://${registries[1]!.host}/other/app:v2`)).toBe(graph.root.bytes.toString());

  // registry B → layout, read by skopeo and by us
  const layoutPath = join(dir, 'pulled');
  await copyGraph(repo(b, 'other/app'), openTarget(`oci-layout:${layoutPath}`), graph.root.descriptor, {
    tags: ['v3'],
  });
  expect(await skopeoRaw(`oci:${layoutPath}:v3`)).toBe(graph.root.bytes.toString());
  const layout = openTarget(`oci-layout:${layoutPath}`);
  for (const item of graph.all) expect((await fetchBytes(layout, item.descriptor)).equals(item.bytes)).toBe(true);

  // layout → registry B, another repository: streamed, read back by skopeo
  await copyGraph(layout, repo(b, 'from/layout'), graph.root.descriptor, { tags: ['v4'] });
  expect(await skopeoRaw(`docker://${registries[1]!.host}/from/layout:v4`)).toBe(graph.root.bytes.toString());
});

test('what skopeo pushes to a registry, we copy back out intact', async () => {
  const graph = twoPlatformGraph();
  const memory = createMemoryTarget();
  await pushAll(memory, graph.all);
  const layoutPath = join(dir, 'for-skopeo');
  await copyGraph(memory, openTarget(`oci-layout:${layoutPath}`), graph.root.descriptor, { tags: ['v1'] });
  const host = registries[0]!.host;
  await run('skopeo', [
    '--insecure-policy',
    'copy',
    '--all',
    '--preserve-digests',
    '--dest-tls-verify=false',
    `oci:${layoutPath}:v1`,
    `docker://${host}/by/skopeo:s1`,
  ]);
  const source = openTarget(`${host}/by/skopeo`, registryOptions);
  const root = await source.resolve('s1');
  expect(root).toMatchObject(graph.root.descriptor);
  const back = createMemoryTarget();
  await copyGraph(source, back, root, { tags: ['s1'] });
  for (const item of graph.all) expect((await fetchBytes(back, item.descriptor)).equals(item.bytes)).toBe(true);
});

test('a streamed blob whose bytes from the source are wrong never completes its upload request: the copy fails, nothing is sent whole, nothing stored', async () => {
  const [a, b] = proxies as [FaultProxy, FaultProxy];
  const big = layer(6 * 1024 * 1024); // above the size read into memory: streamed from the GET into the upload
  const manifest = image(emptyConfig, [big]);
  const memory = createMemoryTarget();
  await pushAll(memory, [emptyConfig, big, manifest]);
  await copyGraph(memory, repo(a, 'flip/src'), manifest.descriptor);
  const flip = a.addRule({
    method: 'GET',
    path: new RegExp(`/blobs/${big.descriptor.digest}$`),
    fault: { kind: 'flip-byte', offset: big.bytes.length - 10 },
  });
  const atB = mark(b);
  await expect(
    copyGraph(repo(a, 'flip/src'), repo(b, 'flip/dst'), manifest.descriptor, { tags: ['v1'] }),
  ).rejects.toThrow(/copy failed reading from source .* sha256:.*expected digest/);
  flip.remove();
  expect(flip.fired()).toBeGreaterThan(0);
  // The upload of the big blob was cut short: the registry never had the whole body to judge (or commit).
  const uploads = atB
    .entries()
    .filter(
      (e) => e.method === 'PUT' && new URL(e.url, 'http://x').searchParams.get('digest') === big.descriptor.digest,
    );
  expect(uploads.length).toBeGreaterThan(0);
  for (const upload of uploads) {
    expect(upload.bytesIn).toBeLessThan(big.bytes.length);
    expect(upload.status === 0 || upload.status >= 400).toBe(true);
  }
  const held = await fetch(`${registries[1]?.url}/v2/flip/dst/blobs/${big.descriptor.digest}`, { method: 'HEAD' });
  expect(held.status).toBe(404);
  const tagged = await fetch(`${registries[1]?.url}/v2/flip/dst/manifests/v1`, { method: 'HEAD' });
  expect(tagged.status).toBe(404);
});

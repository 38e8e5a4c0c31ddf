import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals';
import { createMemoryTarget } from '../../src/core/content/memory.js';
import type { Target } from '../../src/core/content/target.js';
import { copyGraph, type BlobEvent } from '../../src/core/copy/copy-graph.js';
import { createLayoutTarget } from '../../src/core/stores/layout/layout-target.js';
import type { Descriptor } from '../../src/core/oci/descriptor.js';
import {
  emptyConfig,
  fetchBytes,
  image,
  layer,
  pushAll,
  recording,
  twoPlatformGraph,
  type Content,
} from '../content/fixtures.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'oma-copy-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const kinds = {
  memory: () => createMemoryTarget('memory'),
  layout: () => createLayoutTarget(join(dir, `store-${Math.random().toString(16).slice(2)}`)),
} as const;

/** Asserts that every manifest's children were pushed (or already there) before the manifest itself. */
function expectChildrenFirst(log: string[], graph: Content[], children: Map<string, Descriptor[]>): void {
  for (const node of graph) {
    const at = log.indexOf(`push ${node.descriptor.digest}`);
    expect(at).toBeGreaterThanOrEqual(0);
    for (const child of children.get(node.descriptor.digest) ?? []) {
      expect(log.indexOf(`push ${child.digest}`)).toBeLessThan(at);
    }
  }
}

describe.each([
  ['memory', 'layout'],
  ['layout', 'memory'],
  ['layout', 'layout'],
] as const)('copyGraph %s → %s', (from, to) => {
  test.each([1, 4, 16])(
    'copies once, children first, tags last, with concurrency %i; a re-run uploads nothing',
    async (concurrency) => {
      const graph = twoPlatformGraph();
      const source = kinds[from]();
      await pushAll(source, graph.all);
      const log: string[] = [];
      const destination: Target = recording(kinds[to](), log);
      const events: BlobEvent[] = [];
      const report = await copyGraph(source, destination, graph.root.descriptor, {
        tags: ['v1', 'latest'],
        concurrency,
        onBlob: (e) => events.push(e),
      });

      const blobBytes = graph.blobs.reduce((n, b) => n + b.descriptor.size, 0);
      expect(report).toMatchObject({
        uploaded: { count: 5, bytes: blobBytes },
        mounted: { count: 0, bytes: 0 },
        existing: { count: 0, bytes: 0 },
        manifests: 3,
        manifestsExisting: 0,
      });
      expect(events.filter((e) => e.descriptor.digest === graph.shared.descriptor.digest)).toHaveLength(1);
      expect(new Set(log).size).toBe(log.length); // nothing pushed twice
      expect(log.slice(-2)).toEqual(['tag v1', 'tag latest']);
      const [amd64, arm64] = graph.manifests as [Content, Content];
      expectChildrenFirst(
        log,
        [amd64, arm64, graph.root],
        new Map([
          [
            amd64.descriptor.digest,
            [graph.blobs[0]!.descriptor, graph.blobs[1]!.descriptor, graph.blobs[3]!.descriptor],
          ],
          [
            arm64.descriptor.digest,
            [graph.blobs[0]!.descriptor, graph.blobs[2]!.descriptor, graph.blobs[4]!.descriptor],
          ],
          [graph.root.descriptor.digest, [amd64.descriptor, arm64.descriptor]],
        ]),
      );
      // read back what the destination holds
      expect(await destination.resolve('v1')).toMatchObject(graph.root.descriptor);
      for (const item of graph.all)
        expect((await fetchBytes(destination, item.descriptor)).equals(item.bytes)).toBe(true);

      log.length = 0;
      const again = await copyGraph(source, destination, graph.root.descriptor, { tags: ['v1'], concurrency });
      expect(again).toMatchObject({
        uploaded: { count: 0, bytes: 0 },
        existing: { count: 5, bytes: blobBytes },
        manifests: 0,
        manifestsExisting: 3,
      });
      expect(log).toEqual(['tag v1']);
    },
  );
});

test('blobs the caller already stored are neither checked nor pushed, and are reported as the caller says', async () => {
  const graph = twoPlatformGraph();
  const source = createMemoryTarget('source');
  await pushAll(source, graph.all);
  const inner = createMemoryTarget('destination');
  const [streamed, known] = graph.blobs as [Content, Content];
  await inner.push(streamed.descriptor, streamed.bytes);
  await inner.push(known.descriptor, known.bytes);
  const checked: string[] = [];
  const log: string[] = [];
  const destination = recording(inner, log);
  destination.exists = (d) => {
    checked.push(d.digest);
    return inner.exists(d);
  };
  const events: BlobEvent[] = [];
  const report = await copyGraph(source, destination, graph.root.descriptor, {
    stored: new Map([
      [streamed.descriptor.digest, 'uploaded'],
      [known.descriptor.digest, 'exists'],
    ]),
    onBlob: (e) => events.push(e),
  });
  for (const blob of [streamed, known]) {
    expect(checked).not.toContain(blob.descriptor.digest);
    expect(log).not.toContain(`push ${blob.descriptor.digest}`);
  }
  const others = graph.blobs.slice(2);
  for (const blob of others) expect(log).toContain(`push ${blob.descriptor.digest}`);
  expect(report.uploaded).toEqual({
    count: 1 + others.length,
    bytes: streamed.descriptor.size + others.reduce((n, b) => n + b.descriptor.size, 0),
  });
  expect(report.existing).toEqual({ count: 1, bytes: known.descriptor.size });
  expect(events.find((e) => e.descriptor.digest === streamed.descriptor.digest)).toMatchObject({
    action: 'uploaded',
    bytes: streamed.descriptor.size,
  });
  expect(events.find((e) => e.descriptor.digest === known.descriptor.digest)).toMatchObject({
    action: 'exists',
    bytes: 0,
  });
  for (const item of graph.all) expect((await fetchBytes(inner, item.descriptor)).equals(item.bytes)).toBe(true);
});

test('referrers of copied manifests are copied when asked, after their subject and before the tags', async () => {
  const graph = twoPlatformGraph();
  const source = createMemoryTarget('source');
  const sigLayer = layer('signature');
  const signature = image(emptyConfig, [sigLayer], {
    artifactType: 'application/vnd.example.sig',
    subject: graph.manifests[0]!.descriptor,
  });
  await pushAll(source, [...graph.all, emptyConfig, sigLayer, signature]);

  const without = createMemoryTarget('without');
  await copyGraph(source, without, graph.root.descriptor);
  expect(await without.exists(signature.descriptor)).toBe(false);

  const log: string[] = [];
  const destination = recording(createMemoryTarget('with'), log);
  const report = await copyGraph(source, destination, graph.root.descriptor, { referrers: true, tags: ['v1'] });
  expect(report.referrers).toBe(1);
  expect(await destination.referrers?.(graph.manifests[0]!.descriptor)).toEqual([
    expect.objectContaining({ digest: signature.descriptor.digest, artifactType: 'application/vnd.example.sig' }),
  ]);
  expect(log.indexOf(`push ${signature.descriptor.digest}`)).toBeGreaterThan(
    log.indexOf(`push ${graph.manifests[0]!.descriptor.digest}`),
  );
  expect(log.at(-1)).toBe('tag v1');
});

test('a blob missing from the source fails naming the source and the digest; nothing above it is pushed', async () => {
  const graph = twoPlatformGraph();
  const source = createMemoryTarget('the-source');
  await pushAll(
    source,
    graph.all.filter((c) => c !== graph.shared),
  );
  const destination = createMemoryTarget('the-destination');
  await expect(copyGraph(source, destination, graph.root.descriptor, { tags: ['v1'] })).rejects.toThrow(
    `copy failed reading from source the-source, ${graph.shared.descriptor.mediaType} ${graph.shared.descriptor.digest}`,
  );
  for (const m of [...graph.manifests, graph.root]) expect(await destination.exists(m.descriptor)).toBe(false);
  await expect(destination.resolve('v1')).rejects.toMatchObject({ code: 'NOT_FOUND' });
});

test('a destination that refuses a manifest fails naming the destination; the index is never pushed', async () => {
  const graph = twoPlatformGraph();
  const source = createMemoryTarget('src');
  await pushAll(source, graph.all);
  const inner = createMemoryTarget('dst');
  const refused = graph.manifests[1]!.descriptor.digest;
  const destination: Target = {
    ...inner,
    push: async (d, c, o) => {
      if (d.digest === refused) throw new Error('disk full');
      await inner.push(d, c, o);
    },
  };
  await expect(copyGraph(source, destination, graph.root.descriptor, { tags: ['v1'] })).rejects.toThrow(
    new RegExp(`copy failed writing to destination dst, .* ${refused} .*: disk full`),
  );
  expect(await inner.exists(graph.root.descriptor)).toBe(false);
});

describe('mounts between repositories of one registry', () => {
  const at = (target: Target, repository: string, mount?: (d: Descriptor) => Promise<boolean>): Target => ({
    ...target,
    location: { kind: 'registry', registry: 'registry.example', repository },
    ...(mount ? { mount: async (d: Descriptor) => mount(d) } : {}),
  });

  test.each([
    ['accepted', true, 'mounted'],
    ['refused: falls back to streaming', false, 'uploaded'],
  ] as const)('a mount %s', async (_label, accept, expected) => {
    const graph = twoPlatformGraph();
    const sourceStore = createMemoryTarget('a');
    await pushAll(sourceStore, graph.all);
    const destStore = createMemoryTarget('b');
    const mounts: string[] = [];
    const mount = async (d: Descriptor): Promise<boolean> => {
      mounts.push(d.digest);
      if (!accept) return false;
      await destStore.push(d, await fetchBytes(sourceStore, d));
      return true;
    };
    const destination = at(destStore, 'b', mount);
    const events: BlobEvent[] = [];
    const report = await copyGraph(at(sourceStore, 'a'), destination, graph.root.descriptor, {
      onBlob: (e) => events.push(e),
    });
    expect(mounts).toHaveLength(5);
    expect(new Set(events.map((e) => e.action))).toEqual(new Set([expected]));
    expect(report[expected].count).toBe(5);
    for (const item of graph.all) expect(await destStore.exists(item.descriptor)).toBe(true);
  });
});

test('progress is reported as bytes flow', async () => {
  const big = layer(300_000);
  const manifest = image(emptyConfig, [big]);
  const source = createMemoryTarget();
  await pushAll(source, [emptyConfig, big, manifest]);
  const seen: number[] = [];
  await copyGraph(source, createLayoutTarget(join(dir, 'p')), manifest.descriptor, {
    onProgress: (p) => {
      if (p.descriptor.digest === big.descriptor.digest) seen.push(p.transferred);
    },
  });
  expect(seen.at(-1)).toBe(300_000);
});

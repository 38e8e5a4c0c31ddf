/** Interop with an independent client: skopeo reads our layouts, and we read what skopeo writes. */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, expect, test } from '@jest/globals';
import { createMemoryTarget } from '../../../src/core/content/memory.js';
import { copyGraph } from '../../../src/core/copy/copy-graph.js';
import { createLayoutTarget } from '../../../src/core/stores/layout/layout-target.js';
import { fetchBytes, pushAll, twoPlatformGraph } from '../../content/fixtures.js';

const run = promisify(execFile);
const skopeo = (...args: string[]) => run('skopeo', ['--insecure-policy', ...args], { maxBuffer: 16 * 1024 * 1024 });

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'oma-skopeo-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

test('skopeo reads our layout (inspect --raw) and copies it whole; we read what skopeo wrote', async () => {
  const graph = twoPlatformGraph();
  const memory = createMemoryTarget();
  await pushAll(memory, graph.all);
  const ours = join(dir, 'ours');
  await copyGraph(memory, createLayoutTarget(ours), graph.root.descriptor, { tags: ['v1'] });

  const raw = await skopeo('inspect', '--raw', `oci:${ours}:v1`);
  expect(raw.stdout).toBe(graph.root.bytes.toString());
  const child = await skopeo('inspect', '--raw', `oci:${ours}@${graph.manifests[1]!.descriptor.digest}`).catch(
    () => undefined,
  );
  if (child) expect(child.stdout).toBe(graph.manifests[1]!.bytes.toString()); // older skopeo lacks oci:DIR@digest

  const theirs = join(dir, 'theirs');
  await skopeo('copy', '--all', '--preserve-digests', `oci:${ours}:v1`, `oci:${theirs}:copied`);
  const index = JSON.parse(await readFile(join(theirs, 'index.json'), 'utf8')) as { manifests: unknown[] };
  expect(index.manifests).toEqual([
    expect.objectContaining({
      digest: graph.root.descriptor.digest,
      annotations: { 'org.opencontainers.image.ref.name': 'copied' },
    }),
  ]);

  const layout = createLayoutTarget(theirs);
  expect(await layout.resolve('copied')).toEqual(graph.root.descriptor);
  expect(await layout.listTags?.()).toEqual(['copied']);
  const back = createMemoryTarget();
  const report = await copyGraph(layout, back, graph.root.descriptor, { tags: ['back'] });
  expect(report.uploaded.count).toBe(graph.blobs.length);
  for (const item of graph.all) expect((await fetchBytes(back, item.descriptor)).equals(item.bytes)).toBe(true);
});

test('a layout that skopeo tags twice keeps both tags, and our tag joins them without losing any', async () => {
  const graph = twoPlatformGraph();
  const memory = createMemoryTarget();
  await pushAll(memory, graph.all);
  const ours = join(dir, 'ours');
  await copyGraph(memory, createLayoutTarget(ours), graph.root.descriptor, { tags: ['v1'] });
  const theirs = join(dir, 'theirs');
  await skopeo('copy', '--all', '--preserve-digests', `oci:${ours}:v1`, `oci:${theirs}:a`);
  await skopeo('copy', '--all', '--preserve-digests', `oci:${ours}:v1`, `oci:${theirs}:b`);
  const layout = createLayoutTarget(theirs);
  await layout.tag(graph.root.descriptor, 'c');
  expect(await layout.listTags?.()).toEqual(['a', 'b', 'c']);
  const raw = await skopeo('inspect', '--raw', `oci:${theirs}:c`);
  expect(raw.stdout).toBe(graph.root.bytes.toString());
});

/**
 * The blob cache across registries, with the real registry and a recording proxy in front of the source:
 * a merge into a second registry, run again with the cache directory kept, reads no blob byte from the source;
 * a corrupted cache file is discarded and fetched again, and what is published is still right.
 */
import { beforeAll, expect, test } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { runCli } from '../../../src/cli/run.js';
import { openTarget } from '../../../src/core/stores/open-target.js';
import { createMemoryTarget } from '../../../src/core/content/memory.js';
import { copyGraph } from '../../../src/core/copy/copy-graph.js';
import { useRegistry } from '../../harness/fixtures.js';
import { cachePath, sha256File, tempDir } from './fixtures.js';

const { registry: source, proxy } = useRegistry({ proxy: true });
const { registry: release } = useRegistry();
let work: string;
let cacheDir: string;
const layerSize = 256 * 1024;

beforeAll(async () => {
  work = await tempDir('oma-merge-cache-');
  cacheDir = join(work, 'cache');
  for (const platform of ['linux/amd64', 'linux/arm64']) {
    const file = join(work, platform.replace('/', '-'), 'tool.bin');
    mkdirSync(join(file, '..'), { recursive: true });
    writeFileSync(file, randomBytes(layerSize));
    // Pushed straight to the source registry: the proxy sees only the merges.
    const push = await cli(['push', '--repository', `${source.host}/app`, '--platform', platform, '--files', file]);
    expect(push.code).toBe(0);
  }
});

async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(
    [...args, '--staging-prefix', 'staging-c'],
    { HOME: work },
    {
      stdout: (t) => void (stdout += t),
      stderr: (t) => void (stderr += t),
    },
  );
  return { code, stdout, stderr };
}

/** Merges the source's staging tags (through the proxy) into `repository` of the release registry. */
async function mergeInto(repository: string) {
  const from = proxy.log.length;
  const run = await cli([
    'merge',
    '--repository',
    `${proxy.host}/app`,
    '--tags',
    `${release.host}/${repository}:v1`,
    '--platforms',
    'linux/amd64,linux/arm64',
    '--cache-dir',
    cacheDir,
  ]);
  const entries = proxy.log.slice(from);
  const blobGets = entries.filter((e) => e.method === 'GET' && /\/blobs\/sha256:/.test(e.path));
  return {
    ...run,
    digest: (JSON.parse(run.stdout || '{}') as { digest?: string }).digest,
    blobBytes: blobGets.reduce((sum, e) => sum + e.bytesOut, 0),
    blobGets: blobGets.map((e) => e.path.slice(e.path.lastIndexOf('/') + 1)),
  };
}

/** Everything under `repository:v1` in the release registry, each blob and manifest verified as it is copied. */
async function readBack(repository: string) {
  const target = openTarget(`${release.host}/${repository}`);
  const root = await target.resolve('v1');
  const report = await copyGraph(target, createMemoryTarget(), root);
  return { root, report };
}

let layers: string[] = [];

test('first merge into another registry fetches every blob from the source once and fills the cache', async () => {
  const first = await mergeInto('rel1');
  expect(first.code).toBe(0);
  expect(first.blobBytes).toBeGreaterThanOrEqual(2 * layerSize);
  expect(new Set(first.blobGets).size).toBe(first.blobGets.length);
  layers = first.blobGets;
  for (const digest of layers) expect(await sha256File(cachePath(cacheDir, digest))).toBe(digest);
  expect(first.stderr).toMatch(/Blob cache: 0 blob\(s\) \(0 B\) from the cache, 4 \(.+\) from the source/);
  const { root, report } = await readBack('rel1');
  expect(root.digest).toBe(first.digest);
  expect(report.uploaded.count).toBe(4);
});

test('the same merge into a new repository reads zero blob bytes from the source', async () => {
  const second = await mergeInto('rel2');
  expect(second.code).toBe(0);
  expect(second.blobGets).toEqual([]);
  expect(second.blobBytes).toBe(0);
  expect(second.stderr).toMatch(/Blob cache: 4 blob\(s\) \(.+\) from the cache, 0 \(0 B\) from the source/);
  const { root, report } = await readBack('rel2');
  expect(root.digest).toBe(second.digest);
  expect(report.uploaded.count).toBe(4);
});

test('a corrupted cache file is discarded, fetched again and replaced; the published result is right', async () => {
  const sizes = await Promise.all(layers.map(async (d) => (await readFile(cachePath(cacheDir, d))).length));
  const victim = layers[sizes.indexOf(Math.max(...sizes))] as string;
  const path = cachePath(cacheDir, victim);
  await writeFile(path, Buffer.alloc(layerSize, 0x41)); // same size, other bytes
  const third = await mergeInto('rel3');
  expect(third.code).toBe(0);
  expect(third.blobGets).toEqual([victim]);
  expect(third.blobBytes).toBe(layerSize);
  expect(third.stderr).toMatch(new RegExp(`warning: cache: discarded .*${victim.slice(7)}`));
  expect(third.stderr).toMatch(
    /3 blob\(s\) .* from the cache, 1 .* from the source, 1 corrupt cache file\(s\) discarded/,
  );
  expect(await sha256File(path)).toBe(victim);
  const { root, report } = await readBack('rel3');
  expect(root.digest).toBe(third.digest);
  expect(report.uploaded.count).toBe(4);
});

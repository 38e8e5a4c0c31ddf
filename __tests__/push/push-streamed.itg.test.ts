import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { createHash, randomBytes } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openTarget } from '../../src/core/stores/open-target.js';
import type { BlobEvent, ProgressEvent } from '../../src/core/copy/copy-graph.js';
import { silentLogger } from '../../src/core/logger.js';
import { STREAMED_PUSH_MIN_SIZE } from '../../src/core/artifact/pack-files.js';
import { push } from '../../src/core/push/push.js';
import { parseReference } from '../../src/core/oci/reference.js';
import { closeRegistryConnections } from '../../src/core/stores/registry/http.js';
import { useRegistry } from '../harness/fixtures.js';

const { registry, proxy } = useRegistry({ proxy: true });
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'oma-push-streamed-'));
});
afterAll(async () => {
  await closeRegistryConnections();
  await rm(dir, { recursive: true, force: true });
});

test.each([
  ['below the threshold: hashed first, then pushed', STREAMED_PUSH_MIN_SIZE - 1, ['HEAD', 'POST', 'PUT']],
  ['at the threshold: pushed while hashed, in one read', STREAMED_PUSH_MIN_SIZE, ['POST', 'PATCH', 'PUT', 'HEAD']],
])('a file %s', async (_name, size, layerRequests) => {
  const bytes = randomBytes(size);
  const path = join(dir, `tool-${size}.bin`);
  await writeFile(path, bytes);
  const digest = `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
  const repository = parseReference(`${proxy.host}/streamed/push-${size}`);
  const events: BlobEvent[] = [];
  const progress: ProgressEvent[] = [];
  proxy.log.length = 0;
  const result = await push(
    {
      repository,
      platform: { os: 'linux', architecture: 'amd64' },
      files: [{ path }],
      annotations: {},
      stagingTag: 'staging-linux-amd64',
      concurrency: 4,
    },
    {
      open: (ref) => openTarget(ref),
      logger: silentLogger,
      tempRoot: dir,
      onBlob: (e) => events.push(e),
      onProgress: (p) => progress.push(p),
    },
  );
  expect(result.files).toEqual([{ title: `tool-${size}.bin`, digest, size }]);
  // progress of the file's upload: by digest when hashed first, by name while it is hashed; up to every byte
  const fileProgress = progress.filter((p) => p.total === size).map((p) => p.transferred);
  expect(fileProgress.length).toBeGreaterThan(1);
  expect(fileProgress.at(-1)).toBe(size);
  expect(fileProgress.every((n, i) => i === 0 || n >= (fileProgress[i - 1] ?? 0))).toBe(true);
  const streamedNow = layerRequests.includes('PATCH');
  expect(
    progress
      .filter((p) => p.total === size)
      .every((p) => (streamedNow ? p.name === `tool-${size}.bin` : p.descriptor.digest === digest)),
  ).toBe(true);
  expect(events.find((e) => e.descriptor.digest === digest)).toMatchObject({ action: 'uploaded', bytes: size });
  expect(result.report.uploaded.count).toBe(2); // the file and the config
  expect(result.report.existing.count).toBe(0);
  expect(proxy.log.filter((e) => e.bytesIn === size)).toHaveLength(1); // the bytes crossed once
  expect(proxy.log.filter((e) => e.path.includes('/blobs/')).map((e) => e.method)).toEqual(
    expect.arrayContaining(layerRequests),
  );
  const res = await fetch(`${registry.url}/v2/streamed/push-${size}/blobs/${digest}`);
  expect(
    createHash('sha256')
      .update(Buffer.from(await res.arrayBuffer()))
      .digest('hex'),
  ).toBe(digest.slice(7));
  const staged = await fetch(`${registry.url}/v2/streamed/push-${size}/manifests/staging-linux-amd64`, {
    headers: { accept: 'application/vnd.oci.image.index.v1+json' },
  });
  expect(staged.headers.get('docker-content-digest')).toBe(result.stagingIndex.digest);
});

test('a streamed push stores the config meanwhile, so only the manifests follow the upload, and checks no blob again', async () => {
  const size = STREAMED_PUSH_MIN_SIZE;
  const bytes = randomBytes(size);
  const path = join(dir, 'order.bin');
  await writeFile(path, bytes);
  const digest = `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
  proxy.log.length = 0;
  const result = await push(
    {
      repository: parseReference(`${proxy.host}/streamed/order`),
      platform: { os: 'linux', architecture: 'riscv64' },
      files: [{ path }],
      annotations: {},
      stagingTag: 'staging-linux-riscv64',
      concurrency: 4,
    },
    { open: (ref) => openTarget(ref), logger: silentLogger, tempRoot: dir },
  );
  const log = proxy.log.map((e) => ({ request: `${e.method} ${e.path}`, url: e.url }));
  const commit = log.findIndex(
    (e) => e.request.startsWith('PUT ') && decodeURIComponent(e.url).includes(`digest=${digest}`),
  );
  expect(commit).toBeGreaterThan(0);
  // After the big file is committed: the manifest and the staging index (each checked once; the index's check may
  // run while its child is stored), the index stored by its tag last; nothing else.
  const after = log.slice(commit + 1).map((e) => e.request.replace(/sha256:[0-9a-f]{64}/, 'DIGEST'));
  expect([...after].sort()).toEqual([
    'HEAD /v2/streamed/order/manifests/DIGEST',
    'HEAD /v2/streamed/order/manifests/DIGEST',
    'PUT /v2/streamed/order/manifests/DIGEST',
    'PUT /v2/streamed/order/manifests/staging-linux-riscv64', // the staging index, stored by its tag
  ]);
  expect(after.at(-1)).toBe('PUT /v2/streamed/order/manifests/staging-linux-riscv64');
  expect(after.indexOf('PUT /v2/streamed/order/manifests/DIGEST')).toBeGreaterThan(
    after.indexOf('HEAD /v2/streamed/order/manifests/DIGEST'),
  );
  expect(log.map((e) => e.request)).not.toContain(`HEAD /v2/streamed/order/blobs/${digest}`);
  // the config is in the registry, byte for byte as the manifest names it
  const manifest = (await (
    await fetch(`${registry.url}/v2/streamed/order/manifests/${result.digest}`, {
      headers: { accept: 'application/vnd.oci.image.manifest.v1+json' },
    })
  ).json()) as { config: { digest: string; size: number } };
  const config = await fetch(`${registry.url}/v2/streamed/order/blobs/${manifest.config.digest}`);
  const configBytes = Buffer.from(await config.arrayBuffer());
  expect(configBytes.length).toBe(manifest.config.size);
  expect(JSON.parse(configBytes.toString())).toMatchObject({ os: 'linux', architecture: 'riscv64' });
  expect(result.report.uploaded).toEqual({ count: 2, bytes: size + manifest.config.size });
  expect(result.report.existing.count).toBe(0);
});

test('several files are packed at once, big ones uploaded side by side, and the layers keep the order given', async () => {
  const files = [
    { name: 'first-big.bin', size: STREAMED_PUSH_MIN_SIZE + 5 },
    { name: 'small.txt', size: 10 },
    { name: 'second-big.bin', size: STREAMED_PUSH_MIN_SIZE + 7 },
  ];
  const digests: string[] = [];
  for (const f of files) {
    const bytes = randomBytes(f.size);
    await writeFile(join(dir, f.name), bytes);
    digests.push(`sha256:${createHash('sha256').update(bytes).digest('hex')}`);
  }
  proxy.log.length = 0;
  const result = await push(
    {
      repository: parseReference(`${proxy.host}/streamed/several`),
      platform: { os: 'linux', architecture: 'amd64' },
      files: files.map((f) => ({ path: join(dir, f.name) })),
      annotations: {},
      stagingTag: 'staging-linux-amd64',
      concurrency: 4,
    },
    { open: (ref) => openTarget(ref), logger: silentLogger, tempRoot: dir },
  );
  expect(result.files.map((f) => f.title)).toEqual(files.map((f) => f.name));
  const manifest = (await (
    await fetch(`${registry.url}/v2/streamed/several/manifests/${result.digest}`, {
      headers: { accept: 'application/vnd.oci.image.manifest.v1+json' },
    })
  ).json()) as { layers: Array<{ digest: string; annotations: Record<string, string> }> };
  expect(manifest.layers.map((l) => l.digest)).toEqual(digests);
  expect(manifest.layers.map((l) => l.annotations['org.opencontainers.image.title'])).toEqual(files.map((f) => f.name));
  // the two big files were uploaded at the same time
  const patches = proxy.log.filter((e) => e.method === 'PATCH');
  expect(patches).toHaveLength(2);
  const [a, b] = patches as [(typeof patches)[0], (typeof patches)[0]];
  expect(b.startedAt).toBeLessThan(a.startedAt + a.ms);
});

test('when one file fails, the upload of another stops too, and that first failure is what is reported', async () => {
  const size = 4 * STREAMED_PUSH_MIN_SIZE;
  const big = join(dir, 'stops.bin');
  await writeFile(big, randomBytes(size));
  // a directory whose archive fails at once: it holds a FIFO, which push refuses
  const broken = join(dir, 'broken-dir');
  await mkdir(broken, { recursive: true });
  execFileSync('mkfifo', [join(broken, 'pipe')]);
  proxy.log.length = 0;
  await expect(
    push(
      {
        repository: parseReference(`${proxy.host}/streamed/stops`),
        platform: { os: 'linux', architecture: 'amd64' },
        files: [{ path: broken }, { path: big }],
        annotations: {},
        stagingTag: 'staging-linux-amd64',
        concurrency: 4,
      },
      { open: (ref) => openTarget(ref), logger: silentLogger, tempRoot: dir },
    ),
  ).rejects.toThrow(/pipe/);
  // the big file's upload, if it had begun, did not go all the way; nothing was staged
  expect(proxy.log.filter((e) => e.method === 'PATCH' && e.bytesIn >= size)).toEqual([]);
  expect(proxy.log.filter((e) => e.method === 'PUT' && e.path.includes('/manifests/'))).toEqual([]);
});

test('a re-run of a big-file push hashes first, finds the blob staged, and uploads no blob bytes', async () => {
  const size = STREAMED_PUSH_MIN_SIZE + 1;
  const path = join(dir, 'rerun.bin');
  await writeFile(path, randomBytes(size));
  const request = {
    repository: parseReference(`${proxy.host}/streamed/rerun`),
    platform: { os: 'linux', architecture: 'arm64' },
    files: [{ path }],
    annotations: {},
    stagingTag: 'staging-linux-arm64',
    concurrency: 4,
  };
  const deps = {
    open: (ref: Parameters<typeof openTarget>[0]) => openTarget(ref),
    logger: silentLogger,
    tempRoot: dir,
  };
  const first = await push(request, deps);
  const uploadedBefore = proxy.uploadedBlobBytes();
  const second = await push(request, deps);
  expect(proxy.uploadedBlobBytes()).toBe(uploadedBefore);
  expect(second.report.uploaded.count).toBe(0);
  expect(second.digest).toBe(first.digest);
  expect(second.stagingIndex.digest).toBe(first.stagingIndex.digest);
});

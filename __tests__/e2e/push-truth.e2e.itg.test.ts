/**
 * push refuses what would publish a lie or half an artifact: a `source` whose image config contradicts the
 * platform it is staged under (given as input, or claimed by its index entry), and a manifest over the 4 MiB
 * registries accept — refused before any blob goes up (a big file would otherwise be uploaded while hashed).
 */
import { expect, test } from '@jest/globals';
import { mkdtempSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openTarget } from '../../src/core/stores/open-target.js';
import type { Target } from '../../src/core/content/target.js';
import { isOciError } from '../../src/core/errors.js';
import { silentLogger } from '../../src/core/logger.js';
import type { Descriptor } from '../../src/core/oci/descriptor.js';
import { push } from '../../src/core/push/push.js';
import { parseReference } from '../../src/core/oci/reference.js';
import { sha256, useRegistry } from '../harness/fixtures.js';
import { errorLines, runAction, skopeoTags } from './run-action.js';

const { registry, proxy } = useRegistry({ proxy: true });

async function put(target: Target, mediaType: string, body: string | object): Promise<Descriptor> {
  const bytes = Buffer.from(typeof body === 'string' ? body : JSON.stringify(body));
  const desc = { mediaType, digest: sha256(bytes), size: bytes.length };
  await target.push(desc, bytes);
  return desc;
}

/** An image manifest whose config says linux/`arch`, in an OCI layout, with `annotations` on the manifest. */
async function image(target: Target, arch: string, annotations: Record<string, string> = {}): Promise<Descriptor> {
  const config = await put(target, 'application/vnd.oci.image.config.v1+json', {
    architecture: arch,
    os: 'linux',
    rootfs: { type: 'layers', diff_ids: [] },
  });
  const layer = await put(target, 'application/vnd.oci.image.layer.v1.tar+gzip', `layer for ${arch}`);
  return put(target, 'application/vnd.oci.image.manifest.v1+json', {
    schemaVersion: 2,
    mediaType: 'application/vnd.oci.image.manifest.v1+json',
    config,
    layers: [layer],
    ...(Object.keys(annotations).length ? { annotations } : {}),
  });
}

const uploads = () => proxy.log.filter((e) => e.path.includes('/blobs/uploads')).length;

test('an arm64 image staged with platform linux/amd64 fails naming both, and no tag is written', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'oma-truth-'));
  const layout = openTarget(`oci-layout:${dir}`);
  const arm64 = await image(layout, 'arm64');
  const repo = `${registry.host}/truth/manifest`;
  const run = await runAction({
    command: 'push',
    repository: repo,
    platform: 'linux/amd64',
    source: `oci-layout:${dir}@${arm64.digest}`,
    'staging-prefix': 't1',
  });
  expect(run.code).not.toBe(0);
  expect(errorLines(run)).toEqual([
    expect.stringMatching(
      /is built for linux\/arm64 \(its image config says so\), but input "platform" says linux\/amd64/,
    ),
  ]);
  expect(skopeoTags(repo)).toEqual([]);
});

test('an index entry that claims linux/amd64 for an arm64 image fails naming both, and no tag is written', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'oma-truth-'));
  const layout = openTarget(`oci-layout:${dir}`);
  const arm64 = await image(layout, 'arm64');
  const amd64 = await image(layout, 'amd64');
  const index = await put(layout, 'application/vnd.oci.image.index.v1+json', {
    schemaVersion: 2,
    mediaType: 'application/vnd.oci.image.index.v1+json',
    manifests: [
      { ...arm64, platform: { architecture: 'amd64', os: 'linux' } },
      { ...amd64, platform: { architecture: 'arm64', os: 'linux' } },
    ],
  });
  await layout.tag(index, 'mixed');
  const repo = `${registry.host}/truth/index`;
  const run = await runAction({
    command: 'push',
    repository: repo,
    platform: 'linux/amd64',
    source: `oci-layout:${dir}:mixed`,
    'staging-prefix': 't2',
  });
  expect(run.code).not.toBe(0);
  expect(errorLines(run)).toEqual([
    expect.stringMatching(
      /is built for linux\/arm64 \(its image config says so\), but its index entry says linux\/amd64/,
    ),
  ]);
  expect(skopeoTags(repo)).toEqual([]);
});

test('an index source with two platforms stages only the entry for the platform asked', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'oma-truth-'));
  const layout = openTarget(`oci-layout:${dir}`);
  const arm64 = await image(layout, 'arm64');
  const amd64 = await image(layout, 'amd64');
  const index = await put(layout, 'application/vnd.oci.image.index.v1+json', {
    schemaVersion: 2,
    mediaType: 'application/vnd.oci.image.index.v1+json',
    manifests: [
      { ...amd64, platform: { architecture: 'amd64', os: 'linux' } },
      { ...arm64, platform: { architecture: 'arm64', os: 'linux' } },
    ],
  });
  await layout.tag(index, 'both');
  const repo = `${registry.host}/truth/both`;
  const run = await runAction({
    command: 'push',
    repository: repo,
    platform: 'linux/arm64',
    source: `oci-layout:${dir}:both`,
    'staging-prefix': 't3',
  });
  expect(errorLines(run)).toEqual([]);
  expect(run.outputs['digest']).toBe(arm64.digest);
  const staged = await fetch(`${registry.url}/v2/truth/both/manifests/t3-linux-arm64`, {
    headers: { accept: 'application/vnd.oci.image.index.v1+json' },
  });
  const manifests = ((await staged.json()) as { manifests: Descriptor[] }).manifests;
  expect(manifests.map((m) => m.digest)).toEqual([arm64.digest]);
  expect((await fetch(`${registry.url}/v2/truth/both/manifests/${amd64.digest}`, { method: 'HEAD' })).status).toBe(404);
});

test('a source manifest over 4 MiB is refused before any blob is uploaded', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'oma-truth-'));
  const layout = openTarget(`oci-layout:${dir}`);
  const big = await image(layout, 'amd64', { 'org.example.padding': 'x'.repeat(4 * 1024 * 1024 + 10) });
  const before = uploads();
  const run = await runAction({
    command: 'push',
    repository: `${proxy.host}/truth/big`,
    platform: 'linux/amd64',
    source: `oci-layout:${dir}@${big.digest}`,
    'staging-prefix': 't4',
  });
  expect(run.code).not.toBe(0);
  expect(errorLines(run)).toEqual([expect.stringMatching(/above the 4194304-byte \(4 MiB\) manifest limit/)]);
  expect(uploads()).toBe(before);
  expect(skopeoTags(`${registry.host}/truth/big`)).toEqual([]);
});

test('files whose manifest would pass 4 MiB are refused before a big file is uploaded while hashed', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'oma-truth-'));
  const file = join(dir, 'big.bin');
  writeFileSync(file, '');
  truncateSync(file, 40 * 1024 * 1024); // streamed while hashed (≥ 32 MiB) when it goes up
  const repository = parseReference(`${proxy.host}/truth/files`);
  const before = uploads();
  const failure = await push(
    {
      repository,
      platform: { os: 'linux', architecture: 'amd64' },
      files: [{ path: file }],
      annotations: { 'org.example.padding': 'x'.repeat(4 * 1024 * 1024) },
      stagingTag: 't5-linux-amd64',
      concurrency: 2,
    },
    { open: (ref) => openTarget(ref), logger: silentLogger, tempRoot: dir },
  ).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(isOciError(failure, 'TOO_LARGE')).toBe(true);
  expect(String((failure as Error).message)).toMatch(/nothing was uploaded/);
  expect(uploads()).toBe(before);
  expect(skopeoTags(`${registry.host}/truth/files`)).toEqual([]);
});

test('without a platform, a manifest is staged under its config platform and an index under each entry', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'oma-truth-'));
  const layout = openTarget(`oci-layout:${dir}`);
  const arm64 = await image(layout, 'arm64');
  const amd64 = await image(layout, 'amd64');
  const index = await put(layout, 'application/vnd.oci.image.index.v1+json', {
    schemaVersion: 2,
    mediaType: 'application/vnd.oci.image.index.v1+json',
    manifests: [
      { ...amd64, platform: { architecture: 'amd64', os: 'linux' } },
      { ...arm64, platform: { architecture: 'arm64', os: 'linux' } },
    ],
  });
  await layout.tag(index, 'both');
  const repo = `${registry.host}/truth/omitted`;
  const single = await runAction({
    command: 'push',
    repository: repo,
    source: `oci-layout:${dir}@${arm64.digest}`,
    'staging-prefix': 't6',
  });
  expect(errorLines(single)).toEqual([]);
  expect(single.outputs['staging-tag']).toBe('t6-linux-arm64');
  const both = await runAction({
    command: 'push',
    repository: repo,
    source: `oci-layout:${dir}:both`,
    'staging-prefix': 't7',
  });
  expect(errorLines(both)).toEqual([]);
  expect(both.outputs['staging-tag']).toBe('t7-linux-amd64_linux-arm64');
  const merged = await runAction({
    command: 'merge',
    repository: repo,
    'staging-prefix': 't7',
    platforms: 'linux/amd64,linux/arm64',
    tags: '1.0',
  });
  expect(errorLines(merged)).toEqual([]);
  const released = await fetch(`${registry.url}/v2/truth/omitted/manifests/1.0`, {
    headers: { accept: 'application/vnd.oci.image.index.v1+json' },
  });
  const manifests = ((await released.json()) as { manifests: Descriptor[] }).manifests;
  expect(manifests.map((m) => [m.digest, m.platform?.architecture])).toEqual([
    [amd64.digest, 'amd64'],
    [arm64.digest, 'arm64'],
  ]);
  expect(skopeoTags(repo).sort()).toEqual(['1.0', 't6-linux-arm64', 't7-linux-amd64_linux-arm64']);
});

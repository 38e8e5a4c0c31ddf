/**
 * push in `source` mode: an index as buildx writes it (image + attestation manifest) in an OCI layout, and a plain
 * image manifest in another repository, each staged into the release repository with everything they reference.
 */
import { expect, test } from '@jest/globals';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openTarget } from '../../src/core/stores/open-target.js';
import type { Target } from '../../src/core/content/target.js';
import type { Descriptor } from '../../src/core/oci/descriptor.js';
import { sha256, useRegistry } from '../harness/fixtures.js';
import { errorLines, runAction, skopeoRaw } from './run-action.js';

const { registry } = useRegistry();

async function put(target: Target, mediaType: string, body: string | object): Promise<Descriptor> {
  const bytes = Buffer.from(typeof body === 'string' ? body : JSON.stringify(body));
  const desc = { mediaType, digest: sha256(bytes), size: bytes.length };
  await target.push(desc, bytes);
  return desc;
}

/** A per-platform index shaped like docker buildx's: the image and its attestation manifest. */
async function buildxIndex(
  target: Target,
  arch: string,
): Promise<{ index: Descriptor; image: Descriptor; attestation: Descriptor }> {
  const config = await put(target, 'application/vnd.oci.image.config.v1+json', {
    architecture: arch,
    os: 'linux',
    rootfs: { type: 'layers', diff_ids: [] },
  });
  const layer = await put(target, 'application/vnd.oci.image.layer.v1.tar+gzip', `layer for ${arch}`);
  const image = await put(target, 'application/vnd.oci.image.manifest.v1+json', {
    schemaVersion: 2,
    mediaType: 'application/vnd.oci.image.manifest.v1+json',
    config,
    layers: [layer],
  });
  const provenance = await put(
    target,
    'application/vnd.in-toto+json',
    `{"predicateType":"https://slsa.dev/provenance/v0.2","arch":"${arch}"}`,
  );
  const attestation = await put(target, 'application/vnd.oci.image.manifest.v1+json', {
    schemaVersion: 2,
    mediaType: 'application/vnd.oci.image.manifest.v1+json',
    config: await put(target, 'application/vnd.oci.image.config.v1+json', '{}'),
    layers: [{ ...provenance, annotations: { 'in-toto.io/predicate-type': 'https://slsa.dev/provenance/v0.2' } }],
  });
  const index = await put(target, 'application/vnd.oci.image.index.v1+json', {
    schemaVersion: 2,
    mediaType: 'application/vnd.oci.image.index.v1+json',
    manifests: [
      { ...image, platform: { architecture: arch, os: 'linux' } },
      {
        ...attestation,
        platform: { architecture: 'unknown', os: 'unknown' },
        annotations: {
          'vnd.docker.reference.digest': image.digest,
          'vnd.docker.reference.type': 'attestation-manifest',
        },
      },
    ],
  });
  return { index, image, attestation };
}

test('an index from an OCI layout: its entry for the platform is staged, with its attestation manifest', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'oma-buildx-'));
  const layout = openTarget(`oci-layout:${dir}`);
  const { index, image, attestation } = await buildxIndex(layout, 'arm64');
  await layout.tag(index, 'built');
  const repo = `${registry.host}/img/app`;
  const run = await runAction({
    command: 'push',
    repository: repo,
    platform: 'linux/arm64',
    source: `oci-layout:${dir}:built`,
    'staging-prefix': 's1',
  });
  expect(errorLines(run)).toEqual([]);
  expect(run.outputs['digest']).toBe(image.digest);
  const staged = skopeoRaw(`${repo}:s1-linux-arm64`);
  expect(run.outputs['reference']).toBe(`${repo}@${sha256(staged)}`);
  expect(sha256(staged)).not.toBe(index.digest); // a staging index of our own, never the source index
  expect(JSON.parse(run.outputs['descriptor'] ?? '{}').digest).toBe(image.digest);
  expect(JSON.parse(staged).manifests.map((m: Descriptor) => m.digest)).toEqual([image.digest, attestation.digest]);
  expect(JSON.parse(staged).annotations).toEqual({
    'dev.oci-multiarch.staging': 'true',
    'dev.oci-multiarch.staging.tag': 's1-linux-arm64',
  });
  expect(sha256(skopeoRaw(`${repo}@${attestation.digest}`))).toBe(attestation.digest);
  const manifest = JSON.parse(skopeoRaw(`${repo}@${image.digest}`));
  const blob = await fetch(`${registry.url}/v2/img/app/blobs/${manifest.layers[0].digest}`);
  expect(await blob.text()).toBe('layer for arm64');
});

test('a plain manifest from another repository is copied in and staged with the given platform', async () => {
  const elsewhere = openTarget(`${registry.host}/img/built-by-digest`);
  const { image } = await buildxIndex(elsewhere, 'amd64');
  const repo = `${registry.host}/img/app2`;
  const run = await runAction({
    command: 'push',
    repository: repo,
    platform: 'linux/amd64',
    source: `${registry.host}/img/built-by-digest@${image.digest}`,
    annotations: 'org.opencontainers.image.ref.name=2.0.0',
    'staging-prefix': 's2',
  });
  expect(errorLines(run)).toEqual([]);
  expect(run.outputs['digest']).toBe(image.digest);
  const staging = JSON.parse(skopeoRaw(`${repo}:s2-linux-amd64`));
  expect(staging.manifests).toEqual([
    {
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      digest: image.digest,
      size: image.size,
      platform: { architecture: 'amd64', os: 'linux' },
      annotations: { 'org.opencontainers.image.ref.name': '2.0.0' },
    },
  ]);
  expect(sha256(skopeoRaw(`${repo}@${image.digest}`))).toBe(image.digest);
});

test('a source index without the requested platform fails naming what it has', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'oma-buildx-'));
  const layout = openTarget(`oci-layout:${dir}`);
  const { index } = await buildxIndex(layout, 'arm64');
  await layout.tag(index, 'built');
  const run = await runAction({
    command: 'push',
    repository: `${registry.host}/img/app3`,
    platform: 'linux/amd64',
    source: `oci-layout:${dir}:built`,
    'staging-prefix': 's3',
  });
  expect(run.code).not.toBe(0);
  expect(errorLines(run)).toEqual([
    expect.stringMatching(/without an entry for platform linux\/amd64 \(it has: linux\/arm64\)/),
  ]);
});

test('buildx indexes staged per platform merge into one index with each attestation after its subject', async () => {
  const repo = `${registry.host}/img/multi`;
  const subjects: Record<string, { image: Descriptor; attestation: Descriptor }> = {};
  for (const arch of ['arm64', 'amd64']) {
    const dir = mkdtempSync(join(tmpdir(), 'oma-buildx-'));
    const layout = openTarget(`oci-layout:${dir}`);
    const built = await buildxIndex(layout, arch);
    subjects[arch] = built;
    await layout.tag(built.index, 'built');
    const run = await runAction({
      command: 'push',
      repository: repo,
      platform: `linux/${arch}`,
      source: `oci-layout:${dir}:built`,
      'staging-prefix': 'bx',
    });
    expect(errorLines(run)).toEqual([]);
  }
  const merged = await runAction({
    command: 'merge',
    repository: repo,
    'staging-prefix': 'bx',
    platforms: 'linux/amd64,linux/arm64',
    tags: 'v1',
  });
  expect(errorLines(merged)).toEqual([]);
  const index = JSON.parse(skopeoRaw(`${repo}:v1`));
  expect(index.manifests.map((m: Descriptor) => m.digest)).toEqual([
    subjects['amd64']?.image.digest,
    subjects['amd64']?.attestation.digest,
    subjects['arm64']?.image.digest,
    subjects['arm64']?.attestation.digest,
  ]);
  expect(index.manifests[1].annotations).toEqual({
    'vnd.docker.reference.digest': subjects['amd64']?.image.digest,
    'vnd.docker.reference.type': 'attestation-manifest',
  });
  expect(JSON.parse(merged.outputs['platforms'] ?? '[]').map((p: { platform: string }) => p.platform)).toEqual([
    'linux/amd64',
    'linux/arm64',
  ]);
});

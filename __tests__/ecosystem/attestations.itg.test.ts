/**
 * Attestations as actions/attest-build-provenance pushes them (`push-to-registry`): a manifest with artifactType
 * application/vnd.dev.sigstore.bundle.v0.3+json, the empty config, one sigstore bundle layer, GitHub's
 * annotations, and the attested manifest as `subject`, listed in the `sha256-<hex>` fallback index on a
 * registry without the referrers API. Seeded with plain HTTP on each platform's manifest, they must survive a
 * later `merge` with `base` (a new platform added) and a copy of that release into another registry.
 */
import { beforeAll, expect, test } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../src/cli/run.js';
import { pushBlobRaw, sha256Digest } from '../harness/raw-push.js';
import { useRegistry } from '../harness/fixtures.js';
import type { RunningRegistry } from '../harness/registry.js';

const { registry: a } = useRegistry();
const { registry: b } = useRegistry();
let work: string;
const bundleType = 'application/vnd.dev.sigstore.bundle.v0.3+json';

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'oma-attest-'));
});

async function cli(...args: string[]): Promise<Record<string, string>> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(
    args,
    { HOME: work },
    { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) },
  );
  if (code !== 0) throw new Error(stderr);
  return JSON.parse(stdout) as Record<string, string>;
}

async function putManifest(registry: RunningRegistry, repo: string, reference: string, body: object, type: string) {
  const bytes = Buffer.from(JSON.stringify(body));
  const put = await fetch(`${registry.url}/v2/${repo}/manifests/${reference}`, {
    method: 'PUT',
    headers: { 'content-type': type },
    body: bytes,
  });
  expect(put.status).toBe(201);
  return { mediaType: type, digest: sha256Digest(bytes), size: bytes.length };
}

/** What attest-build-provenance pushes for `subject`, with the fallback index that lists it. */
async function attest(repo: string, subject: { mediaType: string; digest: string; size: number }): Promise<string> {
  const empty = Buffer.from('{}');
  const bundle = Buffer.from(
    JSON.stringify({
      mediaType: bundleType,
      dsseEnvelope: {
        payloadType: 'application/vnd.in-toto+json',
        payload: Buffer.from(subject.digest).toString('base64'),
        signatures: [],
      },
    }),
  );
  for (const blob of [empty, bundle]) expect((await pushBlobRaw(a.url, repo, blob)).status).toBe(201);
  const annotations = {
    'com.github.package.type': 'attestation',
    'dev.sigstore.bundle.content': 'dsse-envelope',
    'dev.sigstore.bundle.predicateType': 'https://slsa.dev/provenance/v1',
    'org.opencontainers.image.created': '2026-11-30T00:00:00.000Z',
  };
  const manifest = await putManifest(
    a,
    repo,
    'attestation-tmp',
    {
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      artifactType: bundleType,
      config: { mediaType: 'application/vnd.oci.empty.v1+json', digest: sha256Digest(empty), size: 2 },
      layers: [{ mediaType: bundleType, digest: sha256Digest(bundle), size: bundle.length }],
      subject,
      annotations,
    },
    'application/vnd.oci.image.manifest.v1+json',
  );
  await putManifest(
    a,
    repo,
    subject.digest.replace(':', '-'),
    {
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.index.v1+json',
      manifests: [{ ...manifest, artifactType: bundleType, annotations }],
    },
    'application/vnd.oci.image.index.v1+json',
  );
  return manifest.digest;
}

function file(platform: string): string {
  const path = join(work, platform.replace('/', '-'));
  writeFileSync(path, `tool for ${platform}\n`);
  return path;
}

test("GitHub's attestations on each platform survive a merge with base and a copy to another registry", async () => {
  const repository = `${a.host}/gh/tool`;
  for (const platform of ['linux/amd64', 'linux/arm64']) {
    await cli(
      'push',
      '--repository',
      repository,
      '--platform',
      platform,
      '--staging-prefix',
      'r1',
      '--files',
      file(platform),
    );
  }
  const first = await cli('merge', '--repository', repository, '--staging-prefix', 'r1', '--tags', '1.0');
  const children = JSON.parse(first['index'] ?? '{}').manifests as Array<{
    mediaType: string;
    digest: string;
    size: number;
  }>;
  const attestations = await Promise.all(
    children.map((c) => attest('gh/tool', { mediaType: c.mediaType, digest: c.digest, size: c.size })),
  );

  // A later run adds a platform on top of the release.
  await cli(
    'push',
    '--repository',
    repository,
    '--platform',
    'darwin/arm64',
    '--staging-prefix',
    'r2',
    '--files',
    file('darwin/arm64'),
  );
  await cli(
    'merge',
    '--repository',
    repository,
    '--staging-prefix',
    'r2',
    '--base',
    `${repository}:1.0`,
    '--tags',
    '1.1',
  );
  // ...and the release goes to another registry.
  await cli(
    'merge',
    '--repository',
    repository,
    '--sources',
    `${repository}:1.1`,
    '--tags',
    `${b.host}/mirror/tool:1.1`,
  );

  for (const reference of [`${repository}:1.1`, `${b.host}/mirror/tool:1.1`]) {
    const found = JSON.parse((await cli('discover', '--reference', reference))['referrers'] ?? '[]') as Array<{
      subject: string;
      digest: string;
      artifactType: string;
      annotations: Record<string, string>;
    }>;
    expect(found.map((r) => [r.subject, r.digest, r.artifactType]).sort()).toEqual(
      children.map((c, i) => [c.digest, attestations[i], bundleType]).sort(),
    );
    for (const r of found)
      expect(r.annotations['dev.sigstore.bundle.predicateType']).toBe('https://slsa.dev/provenance/v1');
  }
  // The bundle itself is in the other registry, read with plain HTTP.
  const copied = (await (
    await fetch(`${b.url}/v2/mirror/tool/manifests/${attestations[0]}`, {
      headers: { accept: 'application/vnd.oci.image.manifest.v1+json' },
    })
  ).json()) as { layers: Array<{ digest: string }>; subject: { digest: string } };
  expect(copied.subject.digest).toBe(children[0]?.digest);
  expect((await fetch(`${b.url}/v2/mirror/tool/blobs/${copied.layers[0]?.digest}`)).status).toBe(200);
});

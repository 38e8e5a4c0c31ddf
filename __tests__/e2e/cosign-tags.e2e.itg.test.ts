/**
 * cosign's tag schema travels with a release: signatures (`sha256-<hex>.sig`), attestations (`.att`) and SBOMs
 * (`.sbom`) stored next to the children, shaped as cosign writes them (a simple-signing payload layer with the
 * `dev.cosignproject.cosign/signature` annotation), are copied with their tags when merge copies the release
 * into another registry and into another repository of the same registry. Seeded and read back with plain
 * HTTP and skopeo, not with our client.
 */
import { beforeAll, expect, test } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pushBlobRaw, sha256Digest } from '../harness/raw-push.js';
import { useRegistry } from '../harness/fixtures.js';
import { cli } from '../ecosystem/cli.js';
import { skopeoRaw, skopeoTags } from './run-action.js';

const { registry: a } = useRegistry();
const { registry: b } = useRegistry();
let work: string;
const platforms = ['linux/amd64', 'linux/arm64'];

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'oma-cosign-'));
});

/** A cosign-shaped signature (or attestation, or SBOM) manifest for `subject`, pushed under `tag`. */
async function pushCosignTag(repository: string, subject: string, suffix: 'sig' | 'att' | 'sbom'): Promise<string> {
  const payload = Buffer.from(
    JSON.stringify({
      critical: {
        identity: { 'docker-reference': `${a.host}/${repository}` },
        image: { 'docker-manifest-digest': subject },
        type: 'cosign container image signature',
      },
      optional: null,
    }),
  );
  const layerType =
    suffix === 'sig'
      ? 'application/vnd.dev.cosign.simplesigning.v1+json'
      : suffix === 'att'
        ? 'application/vnd.dsse.envelope.v1+json'
        : 'text/spdx+json';
  const config = Buffer.from(
    JSON.stringify({
      architecture: '',
      os: '',
      config: {},
      rootfs: { type: 'layers', diff_ids: [sha256Digest(payload)] },
    }),
  );
  for (const blob of [payload, config]) expect((await pushBlobRaw(a.url, repository, blob)).status).toBe(201);
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      config: {
        mediaType: 'application/vnd.oci.image.config.v1+json',
        size: config.length,
        digest: sha256Digest(config),
      },
      layers: [
        {
          mediaType: layerType,
          size: payload.length,
          digest: sha256Digest(payload),
          annotations: {
            'dev.cosignproject.cosign/signature': Buffer.from(`signature over ${subject}`).toString('base64'),
          },
        },
      ],
    }),
  );
  const tag = `${subject.replace(':', '-')}.${suffix}`;
  const put = await fetch(`${a.url}/v2/${repository}/manifests/${tag}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/vnd.oci.image.manifest.v1+json' },
    body: manifest,
  });
  expect(put.status).toBe(201);
  return sha256Digest(manifest);
}

test('merge into another registry and another repository carries the .sig, .att and .sbom tags of the children', async () => {
  const repository = `${a.host}/signed/tool`;
  for (const platform of platforms) {
    const file = join(work, `tool-${platform.replace('/', '-')}`);
    writeFileSync(file, `tool for ${platform}\n`);
    await cli('push', '--repository', repository, '--platform', platform, '--staging-prefix', 's', '--files', file);
  }
  const release = await cli('merge', '--repository', repository, '--staging-prefix', 's', '--tags', '1.0');
  const [amd64, arm64] = (JSON.parse(release['platforms'] ?? '[]') as Array<{ digest: string }>).map((p) => p.digest);
  const seeded = {
    [`${amd64?.replace(':', '-')}.sig`]: await pushCosignTag('signed/tool', amd64 ?? '', 'sig'),
    [`${amd64?.replace(':', '-')}.att`]: await pushCosignTag('signed/tool', amd64 ?? '', 'att'),
    [`${arm64?.replace(':', '-')}.sbom`]: await pushCosignTag('signed/tool', arm64 ?? '', 'sbom'),
  };

  await cli(
    'merge',
    '--repository',
    repository,
    '--sources',
    `${repository}:1.0`,
    '--tags',
    `${b.host}/mirror/tool:1.0`,
    '--tags',
    `${a.host}/copy/tool:1.0`,
  );
  for (const destination of [`${b.host}/mirror/tool`, `${a.host}/copy/tool`]) {
    const tags = skopeoTags(destination);
    for (const [tag, digest] of Object.entries(seeded)) {
      expect(tags).toContain(tag);
      const raw = skopeoRaw(`${destination}:${tag}`);
      expect(sha256Digest(Buffer.from(raw))).toBe(digest);
      const layer = JSON.parse(raw).layers[0];
      expect(layer.annotations['dev.cosignproject.cosign/signature']).toMatch(/^[A-Za-z0-9+/=]+$/);
      // The payload blob came along: the destination serves it.
      const registry = destination.startsWith(b.host) ? b : a;
      const blob = await fetch(
        `${registry.url}/v2/${destination.slice(destination.indexOf('/') + 1)}/blobs/${layer.digest}`,
      );
      expect(blob.status).toBe(200);
      expect(JSON.parse(await blob.text()).critical.image['docker-manifest-digest']).toBe(
        tag.endsWith('.sbom') ? arm64 : amd64,
      );
    }
  }
});

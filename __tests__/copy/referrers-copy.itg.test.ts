/** Referrers (a signature, an SBOM) travel with their subject between registries, through the fallback tag. */
import { expect, test } from '@jest/globals';
import { copyGraph } from '../../src/core/copy/copy-graph.js';
import { openTarget } from '../../src/core/stores/open-target.js';
import type { Target } from '../../src/core/content/target.js';
import type { Descriptor } from '../../src/core/oci/descriptor.js';
import { sha256, useRegistry } from '../harness/fixtures.js';
import { skopeoRaw } from '../e2e/run-action.js';

const { registry: a } = useRegistry();
const { registry: b } = useRegistry();

async function put(target: Target, mediaType: string, body: string | object): Promise<Descriptor> {
  const bytes = Buffer.from(typeof body === 'string' ? body : JSON.stringify(body));
  const desc = { mediaType, digest: sha256(bytes), size: bytes.length };
  await target.push(desc, bytes);
  return desc;
}

test('a manifest and its two referrers are copied to another registry, which then lists both', async () => {
  const source = openTarget(`${a.host}/signed/app`);
  const empty = await put(source, 'application/vnd.oci.empty.v1+json', '{}');
  const layer = await put(source, 'application/octet-stream', 'the artifact');
  const subject = await put(source, 'application/vnd.oci.image.manifest.v1+json', {
    schemaVersion: 2,
    mediaType: 'application/vnd.oci.image.manifest.v1+json',
    artifactType: 'application/vnd.example.tool.v1',
    config: empty,
    layers: [layer],
  });
  const referrer = async (artifactType: string, content: string) =>
    put(source, 'application/vnd.oci.image.manifest.v1+json', {
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      artifactType,
      config: empty,
      layers: [await put(source, 'application/octet-stream', content)],
      subject,
      annotations: { 'org.opencontainers.image.created': '2026-01-01T00:00:00Z' },
    });
  const signature = await referrer('application/vnd.dev.sigstore.bundle.v0.3+json', 'a signature');
  const sbom = await referrer('application/spdx+json', 'an sbom');
  expect((await source.referrers?.(subject))?.map((d) => d.digest).sort()).toEqual(
    [signature.digest, sbom.digest].sort(),
  );

  const destination = openTarget(`${b.host}/mirror/app`);
  const report = await copyGraph(source, destination, subject, { referrers: true, tags: ['v1'] });
  expect(report.referrers).toBe(2);
  const listed = (await destination.referrers?.(subject)) ?? [];
  expect(listed.map((d) => d.digest).sort()).toEqual([signature.digest, sbom.digest].sort());
  expect(listed.find((d) => d.digest === sbom.digest)?.artifactType).toBe('application/spdx+json');
  // The fallback tag holds an OCI index an independent client reads.
  const fallback = JSON.parse(skopeoRaw(`${b.host}/mirror/app:${subject.digest.replace(':', '-')}`));
  expect(fallback.manifests).toHaveLength(2);
  // Copying again changes nothing: the fallback index keeps one entry per referrer.
  await copyGraph(source, destination, subject, { referrers: true });
  expect(JSON.parse(skopeoRaw(`${b.host}/mirror/app:${subject.digest.replace(':', '-')}`)).manifests).toHaveLength(2);
});

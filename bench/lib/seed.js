/**
 * Seeds a repository with staged platforms as `push` leaves them — per platform a layer, an image config
 * carrying the platform, a manifest, and a one-entry staging index under `<prefix>-pNNN` — straight over
 * HTTP, so that the merge measurements do not pay for hundreds of CLI runs to set up.
 */
/* global fetch -- Node's built-in fetch (undici) */
import { createHash, randomBytes } from 'node:crypto';

const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
const OCI_INDEX = 'application/vnd.oci.image.index.v1+json';
const OCI_CONFIG = 'application/vnd.oci.image.config.v1+json';
const ARTIFACT_TYPE = 'application/vnd.example.bench.v1';
/** Parallel requests while seeding. */
const SEED_CONCURRENCY = 8;

const digestOf = (bytes) => `sha256:${createHash('sha256').update(bytes).digest('hex')}`;

export async function putBlob(registryUrl, repository, bytes) {
  const digest = digestOf(bytes);
  const post = await fetch(`${registryUrl}/v2/${repository}/blobs/uploads/`, { method: 'POST' });
  await post.arrayBuffer();
  if (post.status !== 202) throw new Error(`POST upload in ${repository}: ${post.status}`);
  const url = new URL(post.headers.get('location'), registryUrl);
  url.searchParams.set('digest', digest);
  const put = await fetch(url, { method: 'PUT', body: bytes, headers: { 'content-type': 'application/octet-stream' } });
  await put.arrayBuffer();
  if (put.status !== 201) throw new Error(`PUT blob in ${repository}: ${put.status}`);
  return { digest, size: bytes.length };
}

export async function putManifest(registryUrl, repository, reference, mediaType, value) {
  const bytes = Buffer.from(JSON.stringify(value));
  const res = await fetch(`${registryUrl}/v2/${repository}/manifests/${reference}`, {
    method: 'PUT',
    body: bytes,
    headers: { 'content-type': mediaType },
  });
  await res.arrayBuffer();
  if (res.status !== 201) throw new Error(`PUT manifest ${reference} in ${repository}: ${res.status}`);
  return { mediaType, digest: digestOf(bytes), size: bytes.length };
}

/** The platform of staged platform number i: linux/amd64 with a distinct os.version, so any count is distinct. */
export const platformOf = (i) => ({ architecture: 'amd64', os: 'linux', 'os.version': `bench.${i}` });

/** One staged platform; returns its manifest descriptor (what buildah adds) and its staging tag. */
export async function seedPlatform(registryUrl, repository, prefix, i, layerSize) {
  const platform = platformOf(i);
  const layer = await putBlob(registryUrl, repository, randomBytes(layerSize));
  const config = await putBlob(
    registryUrl,
    repository,
    Buffer.from(JSON.stringify({ ...platform, rootfs: { type: 'layers', diff_ids: [] } })),
  );
  const manifestValue = {
    schemaVersion: 2,
    mediaType: OCI_MANIFEST,
    artifactType: ARTIFACT_TYPE,
    config: { mediaType: OCI_CONFIG, ...config },
    layers: [
      {
        mediaType: 'application/octet-stream',
        ...layer,
        annotations: { 'org.opencontainers.image.title': `tool-${i}.bin` },
      },
    ],
  };
  const manifest = await putManifest(
    registryUrl,
    repository,
    digestOf(Buffer.from(JSON.stringify(manifestValue))),
    OCI_MANIFEST,
    manifestValue,
  );
  const tag = `${prefix}-p${String(i).padStart(3, '0')}`;
  await putManifest(registryUrl, repository, tag, OCI_INDEX, {
    schemaVersion: 2,
    mediaType: OCI_INDEX,
    manifests: [{ ...manifest, artifactType: ARTIFACT_TYPE, platform }],
    annotations: { 'dev.oci-multiarch.staging': 'true' },
  });
  return { manifest, tag };
}

export async function seedPlatforms(registryUrl, repository, prefix, count, layerSize) {
  const results = new Array(count);
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const i = next++;
      results[i] = await seedPlatform(registryUrl, repository, prefix, i, layerSize);
    }
  };
  await Promise.all(Array.from({ length: SEED_CONCURRENCY }, worker));
  return results;
}

/**
 * Writes an OCI image layout by hand — plain JSON and blob files, no code of ours — so that independent
 * clients (skopeo, buildah) can publish content we did not write: one image manifest per platform, each
 * with a real image config and one file layer titled like ORAS titles files.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { sha256 } from '../harness/fixtures.js';

export interface HandPlatformFile {
  platform: { os: string; architecture: string; variant?: string };
  title: string;
  content: string;
}

export interface HandLayout {
  indexDigest: string;
  manifestDigests: string[];
}

export async function writeHandLayout(dir: string, tag: string, entries: readonly HandPlatformFile[]) {
  const blobs = join(dir, 'blobs', 'sha256');
  await mkdir(blobs, { recursive: true });
  const put = async (bytes: Buffer) => {
    const digest = sha256(bytes);
    await writeFile(join(blobs, digest.slice('sha256:'.length)), bytes);
    return { digest, size: bytes.length };
  };
  const manifests = [];
  for (const entry of entries) {
    const layer = await put(Buffer.from(entry.content));
    const config = await put(
      Buffer.from(JSON.stringify({ ...entry.platform, rootfs: { type: 'layers', diff_ids: [] }, config: {} })),
    );
    const manifest = Buffer.from(
      JSON.stringify({
        schemaVersion: 2,
        mediaType: 'application/vnd.oci.image.manifest.v1+json',
        config: { mediaType: 'application/vnd.oci.image.config.v1+json', ...config },
        layers: [
          {
            mediaType: 'application/octet-stream',
            ...layer,
            annotations: { 'org.opencontainers.image.title': entry.title },
          },
        ],
      }),
    );
    const stored = await put(manifest);
    manifests.push({ mediaType: 'application/vnd.oci.image.manifest.v1+json', ...stored, platform: entry.platform });
  }
  const index = Buffer.from(
    JSON.stringify({ schemaVersion: 2, mediaType: 'application/vnd.oci.image.index.v1+json', manifests }),
  );
  const root = await put(index);
  await writeFile(join(dir, 'oci-layout'), JSON.stringify({ imageLayoutVersion: '1.0.0' }));
  await writeFile(
    join(dir, 'index.json'),
    JSON.stringify({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.index.v1+json',
      manifests: [
        {
          mediaType: 'application/vnd.oci.image.index.v1+json',
          ...root,
          annotations: { 'org.opencontainers.image.ref.name': tag },
        },
      ],
    }),
  );
  return { indexDigest: root.digest, manifestDigests: manifests.map((m) => m.digest) } satisfies HandLayout;
}

/** Bench inputs: files of random bytes (written once, reused), their digests, and an OCI layout for skopeo. */
import { createHash, randomFillSync } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { link, mkdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Random bytes are written in pieces of this size. */
const WRITE_CHUNK = 4 * 1024 * 1024;

export async function randomFile(path, size) {
  const existing = await stat(path).catch(() => undefined);
  if (existing?.size === size) return path;
  const out = createWriteStream(path);
  const chunk = Buffer.alloc(WRITE_CHUNK);
  for (let written = 0; written < size; written += WRITE_CHUNK) {
    const piece = Math.min(WRITE_CHUNK, size - written);
    randomFillSync(chunk, 0, piece);
    if (!out.write(Buffer.from(chunk.subarray(0, piece)))) await new Promise((r) => out.once('drain', r));
  }
  await new Promise((resolve, reject) => out.end((e) => (e ? reject(e) : resolve())));
  return path;
}

export async function sha256File(path) {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path, { highWaterMark: 1024 * 1024 })) hash.update(chunk);
  return `sha256:${hash.digest('hex')}`;
}

const digestOf = (bytes) => `sha256:${createHash('sha256').update(bytes).digest('hex')}`;

/**
 * An OCI image layout holding the same artifact that push makes of `file` (the file as an octet-stream layer,
 * an image config with the platform), tagged `tag`; the layer is a hard link, not a copy.
 */
export async function layoutOf(dir, file, digest, size, tag) {
  const blobs = join(dir, 'blobs', 'sha256');
  await mkdir(blobs, { recursive: true });
  const put = async (bytes) => {
    const d = digestOf(bytes);
    await writeFile(join(blobs, d.slice(7)), bytes);
    return { digest: d, size: bytes.length };
  };
  await link(file, join(blobs, digest.slice(7))).catch((e) => {
    if (e.code !== 'EEXIST') throw e;
  });
  const config = await put(
    Buffer.from(JSON.stringify({ architecture: 'amd64', os: 'linux', rootfs: { type: 'layers', diff_ids: [] } })),
  );
  const manifest = await put(
    Buffer.from(
      JSON.stringify({
        schemaVersion: 2,
        mediaType: 'application/vnd.oci.image.manifest.v1+json',
        config: { mediaType: 'application/vnd.oci.image.config.v1+json', ...config },
        layers: [{ mediaType: 'application/vnd.oci.image.layer.v1.tar', digest, size }],
      }),
    ),
  );
  await writeFile(join(dir, 'oci-layout'), JSON.stringify({ imageLayoutVersion: '1.0.0' }));
  await writeFile(
    join(dir, 'index.json'),
    JSON.stringify({
      schemaVersion: 2,
      manifests: [
        {
          mediaType: 'application/vnd.oci.image.manifest.v1+json',
          ...manifest,
          annotations: { 'org.opencontainers.image.ref.name': tag },
        },
      ],
    }),
  );
  return dir;
}

/** Small helpers for the registry tests: descriptors of bytes, manifests, reading streams, skopeo. */
import { execFile } from 'node:child_process';
import type { Readable } from 'node:stream';
import { promisify } from 'node:util';
import { digestOf } from '../../../src/core/oci/digest.js';
import type { Descriptor } from '../../../src/core/oci/descriptor.js';
import { MediaTypes } from '../../../src/core/oci/media-types.js';
import { parseReference, type RegistryReference } from '../../../src/core/oci/reference.js';

export const run = promisify(execFile);

/** The descriptor of these bytes (named so that it does not shadow Jest's `describe`). */
export function blobDescriptor(bytes: Uint8Array, mediaType: string = MediaTypes.ociLayerTar): Descriptor {
  return { mediaType, digest: digestOf(bytes), size: bytes.length };
}

export const json = (value: unknown): Buffer => Buffer.from(JSON.stringify(value));

export async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream as AsyncIterable<Buffer>) chunks.push(chunk);
  return Buffer.concat(chunks);
}

export function registryRef(host: string, repository: string): RegistryReference {
  const ref = parseReference(`${host}/${repository}`);
  if (ref.kind !== 'registry') throw new Error('not a registry reference');
  return ref;
}

/** An image manifest over a config and layers, as bytes and descriptor. */
export function imageManifest(config: Descriptor, layers: Descriptor[], extra: Record<string, unknown> = {}) {
  const bytes = json({ schemaVersion: 2, mediaType: MediaTypes.ociManifest, config, layers, ...extra });
  return { bytes, desc: blobDescriptor(bytes, MediaTypes.ociManifest) };
}

export function imageIndex(manifests: Descriptor[], extra: Record<string, unknown> = {}) {
  const bytes = json({ schemaVersion: 2, mediaType: MediaTypes.ociIndex, manifests, ...extra });
  return { bytes, desc: blobDescriptor(bytes, MediaTypes.ociIndex) };
}

/** The raw manifest bytes as skopeo (an independent client) reads them. */
export async function skopeoRaw(
  host: string,
  repository: string,
  tag: string,
  creds?: { username: string; password: string },
): Promise<Buffer> {
  const login = creds ? ['--creds', `${creds.username}:${creds.password}`] : [];
  const { stdout } = await run(
    'skopeo',
    ['inspect', '--raw', '--tls-verify=false', ...login, `docker://${host}/${repository}:${tag}`],
    { encoding: 'buffer', maxBuffer: 16 * 1024 * 1024 },
  );
  return stdout;
}

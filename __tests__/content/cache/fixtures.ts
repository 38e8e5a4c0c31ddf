/** A blob source that counts its fetches and can lie, and helpers to look into a cache directory. */
import { createHash, randomBytes } from 'node:crypto';
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { descriptorOf } from '../../../src/core/content/read.js';
import type { ReadOnlyTarget } from '../../../src/core/content/target.js';
import type { Logger } from '../../../src/core/logger.js';
import type { Descriptor } from '../../../src/core/oci/descriptor.js';
import { MediaTypes } from '../../../src/core/oci/media-types.js';

export interface Blob {
  descriptor: Descriptor;
  bytes: Buffer;
}

export const blob = (size: number): Blob => {
  const bytes = randomBytes(size);
  return { descriptor: descriptorOf(MediaTypes.ociLayerTarGzip, bytes), bytes };
};

export interface CountingSource extends ReadOnlyTarget {
  fetches: string[];
  /** Serve these bytes instead of the real ones for a digest (a lying or broken source). */
  lie(digest: string, bytes: Buffer): void;
}

/** Serves blobs in 64 KiB chunks, so that streams really stream. */
export function countingSource(blobs: Blob[], name = 'source.example/repo'): CountingSource {
  const byDigest = new Map(blobs.map((b) => [b.descriptor.digest, b.bytes]));
  const lies = new Map<string, Buffer>();
  const fetches: string[] = [];
  return {
    location: { kind: 'registry', registry: 'source.example', repository: 'repo' },
    name,
    fetches,
    lie: (digest, bytes) => void lies.set(digest, bytes),
    async fetch(desc) {
      fetches.push(desc.digest);
      const bytes = lies.get(desc.digest) ?? byDigest.get(desc.digest);
      if (!bytes) throw new Error(`${desc.digest} not in ${name}`);
      const chunks: Buffer[] = [];
      for (let i = 0; i < bytes.length; i += 65536) chunks.push(bytes.subarray(i, i + 65536));
      return Readable.from(chunks, { objectMode: false });
    },
    exists: async (desc) => byDigest.has(desc.digest),
    resolve: async (reference) => {
      throw new Error(`no tags in a counting source (${reference})`);
    },
  };
}

export async function readAllStream(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export const tempDir = (prefix = 'oma-cache-'): Promise<string> => mkdtemp(join(tmpdir(), prefix));

export const cachePath = (dir: string, digest: string): string => join(dir, 'blobs', ...digest.split(':'));

/** Every name under blobs/sha256 (temporary files included). */
export const cacheFiles = async (dir: string): Promise<string[]> =>
  (await readdir(join(dir, 'blobs', 'sha256')).catch(() => [] as string[])).sort();

/** Resolves once `stream` has emitted 'close' (at once if it already has). */
export const closed = (stream: Readable): Promise<void> =>
  new Promise((resolve) => (stream.closed ? resolve() : stream.once('close', () => resolve())));

export const sha256File = async (path: string): Promise<string> =>
  `sha256:${createHash('sha256')
    .update(await readFile(path))
    .digest('hex')}`;

export function recordingLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    debug: () => {},
    info: (m) => void lines.push(`info: ${m}`),
    warning: (m) => void lines.push(`warning: ${m}`),
    group: (_name, fn) => fn(),
  };
}

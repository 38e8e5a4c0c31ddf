/**
 * A read-only Target over content that push has prepared: blobs backed by files on disk (streamed, never held
 * whole in memory) and small JSON documents held as bytes. It lets copyGraph push an artifact like any copy.
 */
import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { createVerifyingStream } from '../oci/digest.js';
import { OciError } from '../errors.js';
import type { ReadOnlyTarget } from './target.js';
import type { Descriptor } from '../oci/descriptor.js';

export interface FileSource extends ReadOnlyTarget {
  addFile(desc: Descriptor, path: string): void;
  addBytes(desc: Descriptor, bytes: Uint8Array): void;
}

export function createFileSource(name: string): FileSource {
  const files = new Map<string, string>();
  const bytes = new Map<string, Uint8Array>();
  const descriptors = new Map<string, Descriptor>();
  const known = (desc: Descriptor): boolean => files.has(desc.digest) || bytes.has(desc.digest);
  return {
    location: { kind: 'files' },
    name,
    addFile(desc, path) {
      files.set(desc.digest, path);
      descriptors.set(desc.digest, desc);
    },
    addBytes(desc, content) {
      bytes.set(desc.digest, content);
      descriptors.set(desc.digest, desc);
    },
    async fetch(desc) {
      const path = files.get(desc.digest);
      const held = bytes.get(desc.digest);
      if (path === undefined && held === undefined) {
        throw new OciError('NOT_FOUND', `${desc.digest} is not part of the artifact being pushed`);
      }
      const raw = path !== undefined ? createReadStream(path) : Readable.from([Buffer.from(held ?? new Uint8Array())]);
      // The file may have changed since it was hashed: verify again while it streams.
      const verified = createVerifyingStream(desc, path ?? 'content');
      raw.on('error', (e: Error) => verified.destroy(e));
      return raw.pipe(verified);
    },
    async exists(desc) {
      return known(desc);
    },
    async resolve(reference) {
      const desc = descriptors.get(reference);
      if (!desc) throw new OciError('NOT_FOUND', `${reference} is not part of the artifact being pushed`);
      return desc;
    },
  };
}

/**
 * A Target over an OCI image-layout directory (image-spec: `oci-layout`, `index.json`,
 * `blobs/<alg>/<hex>`). Manifests are blobs too; index.json records tags (see index-file.ts for what
 * it lists and why). Reads layouts written by skopeo, oras and containerd alike.
 */
import { randomBytes } from 'node:crypto';
import { link, unlink, writeFile } from 'node:fs/promises';
import { join, resolve as resolvePath } from 'node:path';
import { isDigest, verifyBytes } from '../../oci/digest.js';
import { OciError } from '../../errors.js';
import { Annotations, type Descriptor } from '../../oci/descriptor.js';
import { isManifestOrIndexType, MediaTypes } from '../../oci/media-types.js';
import { assertTag } from '../../oci/reference.js';
import { manifestMediaTypeOf, parseManifestJson, referrerDescriptor, subjectOf } from '../../oci/manifest-json.js';
import { collectStream, MAX_MANIFEST_READ } from '../../content/read.js';
import type { Target, TargetLocation } from '../../content/target.js';
import { blobPath, hasBlob, openBlob, readRegularFile, writeBlob } from './blob-store.js';
import { ensureLayout, readLayoutIndex, refNameOf, updateLayoutIndex, type LayoutIndex } from './index-file.js';

export function createLayoutTarget(path: string): Target {
  const root = resolvePath(path);
  const name = `oci-layout:${path}`;
  const location: TargetLocation = { kind: 'layout', path: root };
  let ready: Promise<void> | undefined;

  const prepare = (): Promise<void> => {
    ready ??= ensureLayout(root)
      .then(() => createEmptyIndex(root))
      .catch((e: unknown) => {
        ready = undefined; // let the next push try again
        throw e;
      });
    return ready;
  };
  const readIndex = async (): Promise<LayoutIndex> => {
    const index = await readLayoutIndex(root);
    if (!index) throw new OciError('NOT_FOUND', `${name}: no OCI image layout there (no ${join(root, 'index.json')})`);
    return index;
  };
  const readManifest = async (desc: Descriptor): Promise<Buffer> => {
    const what = `${desc.digest} in ${name}`;
    if (desc.size > MAX_MANIFEST_READ) throw new OciError('TOO_LARGE', `${what}: ${desc.size} bytes is too large`);
    const bytes = await readRegularFile(blobPath(root, desc.digest), desc.size, `manifest ${what}`);
    verifyBytes(bytes, desc, what);
    return bytes;
  };
  const identity = (d: Descriptor): Descriptor => ({ mediaType: d.mediaType, digest: d.digest, size: d.size });

  return {
    location,
    name,
    fetch: (desc, options) => openBlob(root, desc, `${desc.mediaType} ${desc.digest} in ${name}`, options?.signal),
    exists: (desc) => hasBlob(root, desc),

    async resolve(reference) {
      const index = await readIndex();
      if (isDigest(reference)) {
        const entry = index.manifests.find((d) => d.digest === reference);
        if (entry) return identity(entry);
        const bytes = await readRegularFile(
          blobPath(root, reference),
          MAX_MANIFEST_READ,
          `manifest ${reference} in ${name}`,
        );
        const probe = { mediaType: MediaTypes.ociManifest, digest: reference, size: bytes.length };
        verifyBytes(bytes, probe, `${reference} in ${name}`);
        const mediaType = manifestMediaTypeOf(parseManifestJson(bytes, `${reference} in ${name}`));
        if (!mediaType || !isManifestOrIndexType(mediaType)) {
          throw new OciError('NOT_FOUND', `${reference} in ${name} is a blob, not a manifest or index`);
        }
        return { ...probe, mediaType };
      }
      const entry = index.manifests.find((d) => refNameOf(d) === reference);
      if (!entry) {
        const tags = [...new Set(index.manifests.map(refNameOf).filter((t) => t !== undefined))].sort();
        const known = tags.length
          ? `; its tags: ${tags.slice(0, 20).join(', ')}${tags.length > 20 ? ', ...' : ''}`
          : '';
        throw new OciError('NOT_FOUND', `tag "${reference}" not found in ${name}${known}`);
      }
      return identity(entry);
    },

    async push(desc, content, options) {
      await prepare();
      const what = `${desc.mediaType} ${desc.digest} pushed to ${name}`;
      if (!isManifestOrIndexType(desc.mediaType)) {
        if (await hasBlob(root, desc)) {
          if (!(content instanceof Uint8Array)) content.destroy();
          return;
        }
        await writeBlob(root, desc, content, what, options?.signal);
        return;
      }
      const bytes =
        content instanceof Uint8Array ? Buffer.from(content) : await collectStream(content, MAX_MANIFEST_READ, what);
      verifyBytes(bytes, desc, what);
      const json = parseManifestJson(bytes, what);
      if (!(await hasBlob(root, desc))) await writeBlob(root, desc, bytes, what, options?.signal);
      if (subjectOf(json)) {
        const entry = identity(desc);
        if (typeof json['artifactType'] === 'string') entry.artifactType = json['artifactType'];
        await updateLayoutIndex(root, (entries) =>
          entries.some((d) => d.digest === desc.digest && refNameOf(d) === undefined) ? entries : [...entries, entry],
        );
      }
    },

    async tag(desc, tag) {
      assertTag(tag);
      if (!(await hasBlob(root, desc))) {
        throw new OciError(
          'NOT_FOUND',
          `manifest ${desc.digest} not found in ${name} (to tag as "${tag}"; push it first)`,
        );
      }
      const entry: Descriptor = { ...identity(desc), annotations: { [Annotations.refName]: tag } };
      if (desc.artifactType !== undefined) entry.artifactType = desc.artifactType;
      await updateLayoutIndex(root, (entries) => [...entries.filter((d) => refNameOf(d) !== tag), entry]);
    },

    async listTags() {
      const index = await readIndex();
      return [...new Set(index.manifests.map(refNameOf).filter((t) => t !== undefined))].sort();
    },

    async referrers(desc) {
      const index = await readIndex();
      const seen = new Set<string>();
      const out: Descriptor[] = [];
      for (const entry of index.manifests) {
        if (seen.has(entry.digest) || !isManifestOrIndexType(entry.mediaType)) continue;
        seen.add(entry.digest);
        const bytes = await readManifest(entry).catch(() => undefined);
        if (!bytes) continue; // an entry whose blob is gone cannot refer to anything
        const json = parseManifestJson(bytes, `${entry.digest} in ${name}`);
        if (subjectOf(json)?.digest === desc.digest) out.push(referrerDescriptor(identity(entry), json));
      }
      return out.sort((a, b) => (a.digest < b.digest ? -1 : a.digest > b.digest ? 1 : 0));
    },

    async untag(tag) {
      assertTag(tag);
      await updateLayoutIndex(root, (entries) => entries.filter((d) => refNameOf(d) !== tag));
    },

    async delete(desc) {
      const index = await readIndex();
      const listed = index.manifests.some((d) => d.digest === desc.digest);
      if (!listed && !(await hasBlob(root, desc))) {
        throw new OciError('NOT_FOUND', `manifest ${desc.digest} not found in ${name}`);
      }
      if (listed) await updateLayoutIndex(root, (entries) => entries.filter((d) => d.digest !== desc.digest));
      await unlink(blobPath(root, desc.digest)).catch(() => {});
    },
  };
}

/** Creates an empty index.json when there is none, atomically (link fails if one appeared meanwhile). */
async function createEmptyIndex(root: string): Promise<void> {
  const path = join(root, 'index.json');
  const temp = `${path}.tmp-${randomBytes(6).toString('hex')}`;
  const empty = { schemaVersion: 2, mediaType: MediaTypes.ociIndex, manifests: [] };
  await writeFile(temp, `${JSON.stringify(empty, null, 2)}\n`, { flag: 'wx' });
  try {
    await link(temp, path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
  } finally {
    await unlink(temp).catch(() => {});
  }
}

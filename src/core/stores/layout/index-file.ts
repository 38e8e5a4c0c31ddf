/**
 * A layout's `oci-layout` and `index.json` files: read them, and change index.json under the lock with
 * an atomic write (temp file + rename), so readers never see a half-written index and concurrent
 * writers never lose each other's tags.
 *
 * What index.json lists (our decision): one entry per tag, carrying the tag as the
 * `org.opencontainers.image.ref.name` annotation (as skopeo, oras and containerd write it), plus one
 * untagged entry for every pushed manifest that has a `subject` (a referrer: no other manifest points
 * at it, so without an entry nothing in index.json would reach it). Other untagged manifests (the
 * children of an index, a manifest pushed before its tag) are found by digest in blobs/ and are not
 * listed, so `skopeo ... oci:DIR` without a tag keeps working on a layout with one tag.
 * Entries are sorted: tagged ones by tag then digest, then untagged ones by digest.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { OciError } from '../../errors.js';
import { Annotations, type Descriptor } from '../../oci/descriptor.js';
import { MediaTypes } from '../../oci/media-types.js';
import { asDescriptor, isObject, type JsonObject } from '../../oci/manifest-json.js';
import { readRegularFile } from './blob-store.js';
import { withFileLock } from './lock.js';
import { MAX_LAYOUT_FILE_BYTES, MAX_LAYOUT_INDEX_BYTES } from '../../limits.js';

export const LAYOUT_VERSION = '1.0.0';
const layoutFile = 'oci-layout';
const indexFile = 'index.json';

export interface LayoutIndex {
  /** Top-level fields other than `manifests`, kept as found (annotations, mediaType...). */
  rest: JsonObject;
  manifests: Descriptor[];
}

export const refNameOf = (d: Descriptor): string | undefined => d.annotations?.[Annotations.refName];

/** Reads index.json; undefined when the directory holds no layout yet. */
export async function readLayoutIndex(root: string): Promise<LayoutIndex | undefined> {
  const text = await readRegularFile(join(root, indexFile), MAX_LAYOUT_INDEX_BYTES, 'the layout index').then(
    (b) => b.toString('utf8'),
    (e: unknown) => {
      if ((e as { code?: unknown }).code === 'NOT_FOUND') return undefined;
      throw e;
    },
  );
  if (text === undefined) return undefined;
  await checkLayoutVersion(root);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw malformed(root, `not valid JSON (${(e as Error).message})`);
  }
  if (!isObject(json)) throw malformed(root, 'not a JSON object');
  const { manifests, ...rest } = json;
  const list = manifests === undefined ? [] : manifests;
  if (!Array.isArray(list)) throw malformed(root, '"manifests" is not an array');
  const entries = list.map((entry, i) => {
    const d = asDescriptor(entry);
    if (!d) throw malformed(root, `manifests[${i}] is not a descriptor with mediaType, digest and size`);
    return d;
  });
  return { rest, manifests: entries };
}

async function checkLayoutVersion(root: string): Promise<void> {
  const bytes = await readRegularFile(join(root, layoutFile), MAX_LAYOUT_FILE_BYTES, 'the oci-layout file').catch(
    (e: unknown) => {
      if ((e as { code?: unknown }).code === 'NOT_FOUND') return undefined; // lenient: some writers omit it
      throw e;
    },
  );
  if (bytes === undefined) return;
  const text = bytes.toString('utf8');
  let version: unknown;
  try {
    version = (JSON.parse(text) as JsonObject)['imageLayoutVersion'];
  } catch {
    version = undefined;
  }
  if (version !== LAYOUT_VERSION) {
    throw new OciError(
      'INVALID_INPUT',
      `${join(root, layoutFile)}: unsupported imageLayoutVersion ${JSON.stringify(version)}; expected "${LAYOUT_VERSION}"`,
    );
  }
}

/** Creates the layout directory and its `oci-layout` file when missing. */
export async function ensureLayout(root: string): Promise<void> {
  await mkdir(join(root, 'blobs'), { recursive: true });
  const exists = await readFile(join(root, layoutFile)).then(
    () => true,
    () => false,
  );
  if (!exists) await writeAtomically(join(root, layoutFile), JSON.stringify({ imageLayoutVersion: LAYOUT_VERSION }));
}

/**
 * Changes index.json under the layout's lock: re-reads it, applies `change` to the entries, writes it
 * back atomically with entries in the stable order.
 */
export async function updateLayoutIndex(root: string, change: (entries: Descriptor[]) => Descriptor[]): Promise<void> {
  await ensureLayout(root);
  await withFileLock(join(root, `${indexFile}.lock`), async () => {
    const current = (await readLayoutIndex(root)) ?? { rest: {}, manifests: [] };
    const manifests = sortEntries(change(current.manifests));
    const index = { schemaVersion: 2, mediaType: MediaTypes.ociIndex, ...current.rest, manifests };
    await writeAtomically(join(root, indexFile), `${JSON.stringify(index, null, 2)}\n`);
  });
}

export function sortEntries(entries: Descriptor[]): Descriptor[] {
  const key = (d: Descriptor): [number, string, string] => {
    const name = refNameOf(d);
    return name === undefined ? [1, '', d.digest] : [0, name, d.digest];
  };
  return [...entries].sort((a, b) => {
    const [ga, na, da] = key(a);
    const [gb, nb, db] = key(b);
    return ga - gb || compare(na, nb) || compare(da, db);
  });
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

async function writeAtomically(path: string, text: string): Promise<void> {
  const temp = `${path}.tmp-${randomBytes(6).toString('hex')}`;
  try {
    await writeFile(temp, text, { flag: 'wx' });
    await rename(temp, path);
  } catch (e) {
    await unlink(temp).catch(() => {});
    throw e;
  }
}

const malformed = (root: string, why: string) =>
  new OciError('INVALID_INPUT', `${join(root, indexFile)} is not a valid OCI image index: ${why}`);

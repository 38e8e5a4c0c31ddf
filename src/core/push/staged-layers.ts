/**
 * What the staging tag already holds: the layers (title → size) of the manifest it stages. A re-run of the same
 * push uses it to hash a big file first — and then skip its upload — instead of streaming it again unseen.
 */
import { MAX_MANIFEST_READ, readAll, readReference } from '../content/read.js';
import type { ReadOnlyTarget } from '../content/target.js';
import { isOciError } from '../errors.js';
import { Annotations } from '../oci/descriptor.js';
import { parseManifestBody } from '../oci/manifest.js';

export async function stagedLayers(target: ReadOnlyTarget, stagingTag: string): Promise<Map<string, number>> {
  const found = new Map<string, number>();
  let staged;
  try {
    staged = await readReference(target, stagingTag);
  } catch (e) {
    if (isOciError(e, 'NOT_FOUND')) return found;
    throw e;
  }
  const index = parseManifestBody(staged.bytes, staged.descriptor.mediaType, `staging tag ${stagingTag}`);
  if (index.kind !== 'index') return found;
  for (const entry of index.index.manifests) {
    const parsed = parseManifestBody(await readAll(target, entry, MAX_MANIFEST_READ), entry.mediaType, entry.digest);
    if (parsed.kind !== 'manifest') continue;
    for (const layer of parsed.manifest.layers) {
      const title = layer.annotations?.[Annotations.title];
      if (title) found.set(title, layer.size);
    }
  }
  return found;
}

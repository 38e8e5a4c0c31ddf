/**
 * The children of a node in the content graph, found by media type: an image manifest points at its
 * config (the empty `{}` config too: it is a blob the registry must hold), its layers and its subject;
 * an index at its manifests and its subject. Anything else is a leaf. The JSON is read defensively:
 * a malformed descriptor is an INVALID_MANIFEST error naming where it is, not a crash later.
 */
import { OciError } from '../errors.js';
import type { Descriptor } from '../oci/descriptor.js';
import { isIndexType, isManifestType } from '../oci/media-types.js';
import { asDescriptor, parseManifestJson, type JsonObject } from '../oci/manifest-json.js';

export function successors(desc: Descriptor, bytes: Uint8Array): Descriptor[] {
  const manifest = isManifestType(desc.mediaType);
  const index = isIndexType(desc.mediaType);
  if (!manifest && !index) return [];
  const what = `${desc.mediaType} ${desc.digest}`;
  const json = parseManifestJson(bytes, what);
  const out: Descriptor[] = [];
  if (manifest) {
    out.push(required(json, 'config', what));
    out.push(...list(json, 'layers', what));
  } else {
    out.push(...list(json, 'manifests', what));
  }
  if (json['subject'] !== undefined) out.push(required(json, 'subject', what));
  return out;
}

function required(json: JsonObject, field: string, what: string): Descriptor {
  const d = asDescriptor(json[field]);
  if (!d) throw invalid(what, `"${field}" is missing or not a descriptor (mediaType, digest, size)`);
  return d;
}

function list(json: JsonObject, field: string, what: string): Descriptor[] {
  const value = json[field] ?? [];
  if (!Array.isArray(value)) throw invalid(what, `"${field}" is not an array`);
  return value.map((item, i) => {
    const d = asDescriptor(item);
    if (!d) throw invalid(what, `${field}[${i}] is not a descriptor (mediaType, digest, size)`);
    return d;
  });
}

const invalid = (what: string, why: string) => new OciError('INVALID_MANIFEST', `${what}: ${why}`);

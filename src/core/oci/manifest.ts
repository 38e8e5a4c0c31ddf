/**
 * Strict parsing of manifest and index bodies, and the one JSON serialiser we use for what we write.
 *
 * A body is accepted only when it is valid UTF-8 JSON, schemaVersion 2, clearly one kind (an index has
 * `manifests`; a manifest has `config` and `layers`; never both), its `mediaType` (when present) agrees
 * with its shape and with the Content-Type it was served with, and every descriptor in it is well formed.
 * Error messages name the JSON path of the offending field, e.g. `manifests[2].digest`.
 */
import { manifestMediaTypeOf, parseManifestJson } from './manifest-json.js';
import { digestOf, parseDigest } from './digest.js';
import { OciError, oneLine, quote, shown } from '../errors.js';
import type { Descriptor, ImageIndex, ImageManifest, Platform } from './descriptor.js';
import { isIndexType, isManifestType, isMediaType, MediaTypes } from './media-types.js';

export type ParsedManifest =
  | { kind: 'manifest'; mediaType: string; manifest: ImageManifest }
  | { kind: 'index'; mediaType: string; index: ImageIndex };

const base64Pattern = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const invalid = (what: string, path: string, reason: string): OciError =>
  new OciError('INVALID_MANIFEST', `invalid ${what}: ${path ? `${path}: ` : ''}${reason}`);

/** The media type without parameters (`; charset=utf-8`), lowercased; undefined when empty. */
export function baseMediaType(contentType: string | undefined): string | undefined {
  const base = contentType?.split(';')[0]?.trim().toLowerCase();
  return base ? base : undefined;
}

/** Parses a manifest or index body; `what` names it in errors (e.g. `manifest ghcr.io/o/r@sha256:…`). */
export function parseManifestBody(bytes: Uint8Array, contentType?: string, what = 'manifest'): ParsedManifest {
  const doc = decodeJsonObject(bytes, what);
  if (doc.schemaVersion !== 2) {
    throw invalid(what, 'schemaVersion', `expected 2, got ${shown(doc.schemaVersion)}`);
  }
  const looksLikeIndex = 'manifests' in doc;
  const looksLikeManifest = 'config' in doc || 'layers' in doc;
  if (looksLikeIndex && looksLikeManifest) {
    throw invalid(what, '', 'the body is both a manifest and an index (it has `manifests` and `config`/`layers`)');
  }
  if (!looksLikeIndex && !looksLikeManifest) {
    throw invalid(what, '', 'the body is neither a manifest (`config`, `layers`) nor an index (`manifests`)');
  }
  const kind = looksLikeIndex ? 'index' : 'manifest';
  const mediaType = checkMediaType(doc, kind, baseMediaType(contentType), what);
  checkCommonFields(doc, what);
  if (kind === 'index') {
    const manifests = doc.manifests;
    if (!Array.isArray(manifests)) throw invalid(what, 'manifests', 'expected an array of descriptors');
    manifests.forEach((d, i) => validateDescriptor(d, `manifests[${i}]`, what));
    return { kind, mediaType, index: doc as unknown as ImageIndex };
  }
  validateDescriptor(doc.config, 'config', what);
  const layers = doc.layers;
  if (!Array.isArray(layers)) throw invalid(what, 'layers', 'expected an array of descriptors');
  layers.forEach((d, i) => validateDescriptor(d, `layers[${i}]`, what));
  return { kind, mediaType, manifest: doc as unknown as ImageManifest };
}

function decodeJsonObject(bytes: Uint8Array, what: string): Json {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw invalid(what, '', 'the body is not valid UTF-8');
  }
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    throw invalid(what, '', `the body is not valid JSON (${oneLine((e as Error).message)})`);
  }
  if (!isObject(doc)) throw invalid(what, '', 'the body is not a JSON object');
  return doc;
}

/** The body's media type: its `mediaType` field, else a known Content-Type of the right kind, else the OCI type. */
function checkMediaType(doc: Json, kind: 'manifest' | 'index', contentType: string | undefined, what: string): string {
  const fitsKind = kind === 'index' ? isIndexType : isManifestType;
  const field = doc.mediaType;
  if (field !== undefined) {
    if (typeof field !== 'string') throw invalid(what, 'mediaType', 'expected a string');
    if (!fitsKind(field)) {
      throw invalid(
        what,
        'mediaType',
        `${quote(field)} is not an ${kind} type, but the body has the shape of an ${kind}`,
      );
    }
    if (contentType !== undefined && contentType !== field) {
      throw invalid(what, 'mediaType', `${quote(field)} disagrees with the Content-Type ${quote(contentType)}`);
    }
    return field;
  }
  if (contentType !== undefined && (isIndexType(contentType) || isManifestType(contentType))) {
    if (!fitsKind(contentType)) {
      throw invalid(what, '', `the Content-Type ${quote(contentType)} disagrees with the body, which is an ${kind}`);
    }
    return contentType;
  }
  return kind === 'index' ? MediaTypes.ociIndex : MediaTypes.ociManifest;
}

function checkCommonFields(doc: Json, what: string): void {
  if (doc.artifactType !== undefined) checkMediaTypeString(doc.artifactType, 'artifactType', what);
  if (doc.subject !== undefined) validateDescriptor(doc.subject, 'subject', what);
  if (doc.annotations !== undefined) checkStringMap(doc.annotations, 'annotations', what);
}

/** Checks one descriptor; `path` names it in errors (e.g. `manifests[2]`). Returns it typed. */
export function validateDescriptor(d: unknown, path: string, what = 'descriptor'): Descriptor {
  if (!isObject(d)) throw invalid(what, path, 'expected a descriptor object');
  checkMediaTypeString(d.mediaType, `${path}.mediaType`, what);
  if (typeof d.digest !== 'string') throw invalid(what, `${path}.digest`, 'expected a string');
  try {
    parseDigest(d.digest);
  } catch (e) {
    throw invalid(what, `${path}.digest`, (e as Error).message);
  }
  if (typeof d.size !== 'number' || !Number.isSafeInteger(d.size) || d.size < 0) {
    throw invalid(what, `${path}.size`, `expected a non-negative integer, got ${shown(d.size)}`);
  }
  if (d.urls !== undefined) checkStringArray(d.urls, `${path}.urls`, what);
  if (d.annotations !== undefined) checkStringMap(d.annotations, `${path}.annotations`, what);
  if (d.artifactType !== undefined) checkMediaTypeString(d.artifactType, `${path}.artifactType`, what);
  if (d.data !== undefined && (typeof d.data !== 'string' || !base64Pattern.test(d.data))) {
    throw invalid(what, `${path}.data`, 'expected base64 text');
  }
  if (d.platform !== undefined) checkPlatform(d.platform, `${path}.platform`, what);
  return d as unknown as Descriptor;
}

function checkPlatform(p: unknown, path: string, what: string): asserts p is Platform {
  if (!isObject(p)) throw invalid(what, path, 'expected an object with os and architecture');
  for (const key of ['os', 'architecture'] as const) {
    if (typeof p[key] !== 'string' || p[key] === '')
      throw invalid(what, `${path}.${key}`, 'expected a non-empty string');
  }
  for (const key of ['os.version', 'variant'] as const) {
    if (p[key] !== undefined && typeof p[key] !== 'string') throw invalid(what, `${path}.${key}`, 'expected a string');
  }
  for (const key of ['os.features', 'features'] as const) {
    if (p[key] !== undefined) checkStringArray(p[key], `${path}.${key}`, what);
  }
}

function checkMediaTypeString(v: unknown, path: string, what: string): void {
  if (typeof v !== 'string' || !isMediaType(v)) {
    throw invalid(what, path, `expected a media type like type/subtype, got ${shown(v)}`);
  }
}

function checkStringArray(v: unknown, path: string, what: string): void {
  if (!Array.isArray(v) || !v.every((x) => typeof x === 'string')) throw invalid(what, path, 'expected strings');
}

function checkStringMap(v: unknown, path: string, what: string): void {
  if (!isObject(v)) throw invalid(what, path, 'expected an object of strings');
  for (const [key, value] of Object.entries(v)) {
    if (typeof value !== 'string') throw invalid(what, `${path}[${quote(key)}]`, 'expected a string value');
  }
}

/**
 * The bytes of a JSON document we write (manifests, indexes, configs). Keys keep the insertion order
 * the caller built them in (so `schemaVersion` comes first, as in every registry's examples), with no
 * whitespace: the caller builds its objects in one fixed order, so the same data always gives the same
 * bytes and digest. `undefined` fields are dropped; non-finite numbers are refused (JSON has none).
 */
export function serialiseJson(value: unknown): Uint8Array {
  const text = JSON.stringify(value, (_key, v: unknown) => {
    if (typeof v === 'number' && !Number.isFinite(v)) {
      throw new OciError('INVALID_MANIFEST', `cannot serialise the number ${v} as JSON`);
    }
    return v;
  });
  if (text === undefined) throw new OciError('INVALID_MANIFEST', 'cannot serialise an undefined value as JSON');
  return new TextEncoder().encode(text);
}

/**
 * The one way we write JSON content (manifests, indexes, configs): its bytes (serialiseJson) with the
 * descriptor of exactly those bytes, so what is pushed and what is referred to can never differ.
 * (Only merge's composed index is written by index/serialise.ts, for its fixed key order.)
 */
export function jsonContent(mediaType: string, value: unknown): { bytes: Buffer; descriptor: Descriptor } {
  const bytes = Buffer.from(serialiseJson(value));
  return { bytes, descriptor: { mediaType, digest: digestOf(bytes), size: bytes.length } };
}

/**
 * The media type a body declares: its `mediaType` field, else by shape (`manifests` → OCI index,
 * `config` or `layers` → OCI manifest). Undefined when the bytes are not a JSON object or neither shape.
 */
export function mediaTypeOf(bytes: Uint8Array): string | undefined {
  try {
    return manifestMediaTypeOf(parseManifestJson(bytes, 'manifest'));
  } catch {
    return undefined;
  }
}

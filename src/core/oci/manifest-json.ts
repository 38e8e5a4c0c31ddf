/**
 * Defensive reading of manifest and index JSON: what the stores and the graph walk need to know
 * (media type, subject, children) without trusting the shape of bytes that came from elsewhere.
 */
import { OciError, oneLine } from '../errors.js';
import type { Descriptor } from './descriptor.js';
import { MediaTypes } from './media-types.js';

export type JsonObject = Record<string, unknown>;

/** Parses manifest bytes into a JSON object, or fails with INVALID_MANIFEST naming `what`. */
export function parseManifestJson(bytes: Uint8Array, what: string): JsonObject {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(bytes).toString('utf8'));
  } catch (e) {
    throw new OciError('INVALID_MANIFEST', `${what} is not valid JSON: ${oneLine((e as Error).message)}`);
  }
  if (!isObject(value)) throw new OciError('INVALID_MANIFEST', `${what} is not a JSON object`);
  return value;
}

export const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A descriptor-shaped value (mediaType, digest, size), or undefined when it is not one. */
export function asDescriptor(value: unknown): Descriptor | undefined {
  if (!isObject(value)) return undefined;
  const { mediaType, digest, size } = value;
  if (typeof mediaType !== 'string' || typeof digest !== 'string') return undefined;
  if (typeof size !== 'number' || !Number.isSafeInteger(size) || size < 0) return undefined;
  return value as unknown as Descriptor;
}

/**
 * The media type a manifest declares, or the one its shape implies when the optional `mediaType`
 * field is absent (an index has `manifests`, an image manifest has `config`).
 */
export function manifestMediaTypeOf(json: JsonObject): string | undefined {
  if (typeof json['mediaType'] === 'string') return json['mediaType'];
  if (Array.isArray(json['manifests'])) return MediaTypes.ociIndex;
  if (isObject(json['config'])) return MediaTypes.ociManifest;
  return undefined;
}

/** The `subject` of a manifest or index, when it has a well-formed one. */
export const subjectOf = (json: JsonObject): Descriptor | undefined => asDescriptor(json['subject']);

/**
 * The descriptor a referrers listing gives for `manifest`: its artifactType (or, for an image
 * manifest without one, its config media type, as the distribution spec says) and its annotations.
 */
export function referrerDescriptor(manifest: Descriptor, json: JsonObject): Descriptor {
  const out: Descriptor = { mediaType: manifest.mediaType, digest: manifest.digest, size: manifest.size };
  const config = asDescriptor(json['config']);
  const artifactType = typeof json['artifactType'] === 'string' ? json['artifactType'] : config?.mediaType;
  if (artifactType !== undefined) out.artifactType = artifactType;
  const annotations = json['annotations'];
  if (isObject(annotations) && Object.values(annotations).every((v) => typeof v === 'string')) {
    out.annotations = annotations as Record<string, string>;
  }
  return out;
}

/**
 * Stable JSON for an image index: fixed key order, annotation keys sorted, no whitespace. The same index
 * always gives the same bytes, hence the same digest. Written by hand rather than with JSON.stringify on
 * objects, because JavaScript moves integer-like keys ("123") to the front of an object whatever the order.
 */
import type { Descriptor, ImageIndex, Platform } from '../oci/descriptor.js';

type Field = readonly [key: string, json: string | undefined];

/** The bytes of `index`, in the order schemaVersion, mediaType, artifactType, manifests, annotations. */
export function serialiseIndex(index: ImageIndex): Uint8Array {
  const text = object([
    ['schemaVersion', String(index.schemaVersion)],
    ['mediaType', str(index.mediaType)],
    ['artifactType', str(index.artifactType)],
    ['manifests', `[${index.manifests.map(descriptorJson).join(',')}]`],
    ['subject', index.subject ? descriptorJson(index.subject) : undefined],
    ['annotations', annotationsJson(index.annotations)],
  ]);
  return new TextEncoder().encode(text);
}

/** A descriptor in the order mediaType, artifactType, digest, size, platform, annotations. */
export function descriptorJson(d: Descriptor): string {
  return object([
    ['mediaType', str(d.mediaType)],
    ['artifactType', str(d.artifactType)],
    ['digest', str(d.digest)],
    ['size', String(d.size)],
    ['platform', d.platform ? platformJson(d.platform) : undefined],
    ['annotations', annotationsJson(d.annotations)],
  ]);
}

/** The OCI spec's order: architecture, os, os.version, os.features, variant, features. */
function platformJson(p: Platform): string {
  return object([
    ['architecture', str(p.architecture)],
    ['os', str(p.os)],
    ['os.version', str(p['os.version'])],
    ['os.features', strings(p['os.features'])],
    ['variant', str(p.variant)],
    ['features', strings(p.features)],
  ]);
}

/** Keys sorted by code unit; an empty map is left out. */
function annotationsJson(annotations: Readonly<Record<string, string>> | undefined): string | undefined {
  const keys = Object.keys(annotations ?? {}).sort();
  if (!annotations || keys.length === 0) return undefined;
  return object(keys.map((k) => [k, str(annotations[k])] as const));
}

/** Sorted annotations as a plain object (for the in-memory index that mirrors the bytes). */
export function sortedAnnotations(
  annotations: Readonly<Record<string, string>> | undefined,
): Record<string, string> | undefined {
  const keys = Object.keys(annotations ?? {}).sort();
  if (!annotations || keys.length === 0) return undefined;
  return Object.fromEntries(keys.map((k) => [k, annotations[k] ?? '']));
}

function object(fields: readonly Field[]): string {
  const present = fields.filter((f): f is readonly [string, string] => f[1] !== undefined);
  return `{${present.map(([k, v]) => `${JSON.stringify(k)}:${v}`).join(',')}}`;
}

const str = (s: string | undefined): string | undefined => (s === undefined ? undefined : JSON.stringify(s));
const strings = (list: readonly string[] | undefined): string | undefined =>
  list && list.length > 0 ? `[${list.map((s) => JSON.stringify(s)).join(',')}]` : undefined;

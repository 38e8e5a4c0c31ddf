/**
 * Fuzz: manifests and indexes (oci/manifest.ts, oci/manifest-json.ts). Any bytes with any Content-Type
 * parse or fail with one INVALID_MANIFEST line (deep nesting included); what parses is the JSON it came
 * from; a well-formed document always parses; the defensive readers never throw on any JSON object.
 */
import { fc, it } from '@fast-check/jest';
import { describe, expect } from '@jest/globals';
import {
  asDescriptor,
  manifestMediaTypeOf,
  parseManifestJson,
  referrerDescriptor,
  subjectOf,
} from '../../src/core/oci/manifest-json.js';
import { mediaTypeOf, parseManifestBody, serialiseJson, validateDescriptor } from '../../src/core/oci/manifest.js';
import { MediaTypes } from '../../src/core/oci/media-types.js';
import { announce, propertyTimeout, runs } from './config.js';
import { bent, descriptorObject, indexObject, jsonValue, manifestBytes, manifestObject } from './arbitraries.js';
import { jsonSize, outcome } from './oracle.js';

announce('manifest');

const contentType = fc.option(
  fc.oneof(
    fc.constantFrom(
      ...Object.values(MediaTypes),
      'application/json; charset=utf-8',
      '',
      ';',
      'APPLICATION/VND.OCI.IMAGE.INDEX.V1+JSON',
    ),
    fc.string({ maxLength: 40 }),
  ),
  { nil: undefined },
);
const encode = (v: unknown): Uint8Array => new TextEncoder().encode(JSON.stringify(v));

describe('fuzz: manifests and indexes', () => {
  it.prop([manifestBytes, contentType], runs(100))(
    'parseManifestBody returns the document it was given, or one INVALID_MANIFEST line',
    (bytes, type) => {
      const result = outcome(() => parseManifestBody(bytes, type, 'manifest r@x'), ['INVALID_MANIFEST']);
      if (!result.ok) return;
      const doc = result.value.kind === 'index' ? result.value.index : result.value.manifest;
      if (bytes.length < 20_000) expect(doc).toEqual(JSON.parse(Buffer.from(bytes).toString('utf8')));
      expect(result.value.mediaType.length).toBeLessThanOrEqual(255);
    },
    propertyTimeout,
  );

  it.prop([fc.oneof(manifestObject, indexObject)], runs(100))(
    'every well-formed manifest or index parses, with the kind its shape says, and serialiseJson gives its bytes back',
    (doc) => {
      const parsed = parseManifestBody(encode(doc));
      expect(parsed.kind).toBe('manifests' in doc ? 'index' : 'manifest');
      expect(Buffer.from(serialiseJson(doc)).toString()).toBe(JSON.stringify(doc));
    },
    propertyTimeout,
  );

  it.prop([fc.oneof(manifestBytes, fc.uint8Array({ maxLength: 200 }))], runs(100))(
    'the defensive readers of oci/manifest-json.ts never throw anything but INVALID_MANIFEST',
    (bytes) => {
      void mediaTypeOf(bytes);
      const result = outcome(() => parseManifestJson(bytes, 'manifest r@x'), ['INVALID_MANIFEST']);
      if (!result.ok) return;
      const json = result.value;
      void manifestMediaTypeOf(json);
      void subjectOf(json);
      const d = { mediaType: MediaTypes.ociManifest, digest: 'sha256:' + '0'.repeat(64), size: 2 };
      const referrer = referrerDescriptor(d, json);
      expect(jsonSize(referrer)).toBeLessThanOrEqual(jsonSize(d) + bytes.length + 64);
    },
    propertyTimeout,
  );

  it.prop([fc.oneof(descriptorObject(true), bent(descriptorObject(true)), jsonValue)], runs(100))(
    'validateDescriptor and asDescriptor agree on what a descriptor is',
    (value) => {
      const strict = outcome(() => validateDescriptor(value, 'manifests[0]'), ['INVALID_MANIFEST']);
      if (strict.ok) expect(asDescriptor(value)).toBe(value);
    },
    propertyTimeout,
  );
});

import { describe, expect, test } from '@jest/globals';
import { isOciError } from '../../src/core/errors.js';
import { MediaTypes } from '../../src/core/oci/media-types.js';
import { createHash } from 'node:crypto';
import {
  baseMediaType,
  jsonContent,
  mediaTypeOf,
  parseManifestBody,
  serialiseJson,
  validateDescriptor,
} from '../../src/core/oci/manifest.js';

const d1 = `sha256:${'a'.repeat(64)}`;
const d2 = `sha256:${'b'.repeat(64)}`;
const desc = (extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  mediaType: MediaTypes.ociManifest,
  digest: d1,
  size: 10,
  ...extra,
});
const manifest = (extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  schemaVersion: 2,
  mediaType: MediaTypes.ociManifest,
  config: { mediaType: MediaTypes.ociEmpty, digest: d2, size: 2 },
  layers: [{ mediaType: MediaTypes.ociLayerTarGzip, digest: d1, size: 5 }],
  ...extra,
});
const index = (extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  schemaVersion: 2,
  mediaType: MediaTypes.ociIndex,
  manifests: [desc({ platform: { os: 'linux', architecture: 'amd64' } })],
  ...extra,
});
const bytes = (v: unknown): Uint8Array => new TextEncoder().encode(JSON.stringify(v));
const without = (o: Record<string, unknown>, key: string): Record<string, unknown> => {
  const copy = { ...o };
  delete copy[key];
  return copy;
};

describe('parseManifestBody accepts', () => {
  test.each([
    ['OCI manifest', manifest(), undefined, 'manifest', MediaTypes.ociManifest],
    [
      'OCI manifest with matching Content-Type',
      manifest(),
      `${MediaTypes.ociManifest}; charset=utf-8`,
      'manifest',
      MediaTypes.ociManifest,
    ],
    ['OCI index', index(), MediaTypes.ociIndex, 'index', MediaTypes.ociIndex],
    [
      'index without mediaType field, typed by Content-Type',
      without(index(), 'mediaType'),
      MediaTypes.dockerManifestList,
      'index',
      MediaTypes.dockerManifestList,
    ],
    [
      'index without mediaType and without Content-Type',
      without(index(), 'mediaType'),
      undefined,
      'index',
      MediaTypes.ociIndex,
    ],
    [
      'manifest without mediaType, generic Content-Type',
      without(manifest(), 'mediaType'),
      'application/json',
      'manifest',
      MediaTypes.ociManifest,
    ],
    [
      'Docker manifest',
      manifest({ mediaType: MediaTypes.dockerManifest }),
      MediaTypes.dockerManifest,
      'manifest',
      MediaTypes.dockerManifest,
    ],
    [
      'Docker manifest list',
      index({ mediaType: MediaTypes.dockerManifestList }),
      undefined,
      'index',
      MediaTypes.dockerManifestList,
    ],
    ['empty index', index({ manifests: [] }), undefined, 'index', MediaTypes.ociIndex],
    [
      'artifact manifest with subject and annotations',
      manifest({ artifactType: 'application/vnd.example+json', subject: desc(), annotations: { a: 'b' } }),
      undefined,
      'manifest',
      MediaTypes.ociManifest,
    ],
    [
      'descriptor with every optional field',
      index({
        manifests: [
          desc({
            urls: ['https://x'],
            data: 'e30=',
            artifactType: 'a/b',
            annotations: { k: 'v' },
            platform: {
              os: 'linux',
              architecture: 'arm',
              variant: 'v7',
              'os.version': '1',
              'os.features': ['x'],
              features: ['y'],
            },
          }),
        ],
      }),
      undefined,
      'index',
      MediaTypes.ociIndex,
    ],
    [
      'sha512 digest',
      index({ manifests: [desc({ digest: `sha512:${'c'.repeat(128)}` })] }),
      undefined,
      'index',
      MediaTypes.ociIndex,
    ],
  ])('%s', (_name, body, contentType, kind, mediaType) => {
    const parsed = parseManifestBody(bytes(body), contentType);
    expect(parsed.kind).toBe(kind);
    expect(parsed.mediaType).toBe(mediaType);
    if (parsed.kind === 'index') expect(parsed.index.manifests.length).toBe((body.manifests as unknown[]).length);
    else expect(parsed.manifest.layers.length).toBe(1);
  });
});

describe('parseManifestBody refuses', () => {
  test.each([
    ['not UTF-8', new Uint8Array([0x7b, 0xff, 0x7d]), undefined, /not valid UTF-8/],
    ['not JSON', new TextEncoder().encode('{"schemaVersion":2,'), undefined, /not valid JSON/],
    ['a JSON array', bytes([1]), undefined, /not a JSON object/],
    ['JSON null', bytes(null), undefined, /not a JSON object/],
    ['schemaVersion 1', bytes(manifest({ schemaVersion: 1 })), undefined, /schemaVersion: expected 2, got 1/],
    ['missing schemaVersion', bytes(without(manifest(), 'schemaVersion')), undefined, /schemaVersion: expected 2/],
    [
      'both a manifest and an index',
      bytes({ ...manifest(), manifests: [] }),
      undefined,
      /both a manifest and an index/,
    ],
    ['neither', bytes({ schemaVersion: 2 }), undefined, /neither a manifest/],
    [
      'mediaType disagreeing with Content-Type',
      bytes(manifest()),
      MediaTypes.dockerManifest,
      /disagrees with the Content-Type/,
    ],
    [
      'index mediaType on a manifest body',
      bytes(manifest({ mediaType: MediaTypes.ociIndex })),
      undefined,
      /not an manifest type/,
    ],
    [
      'manifest mediaType on an index body',
      bytes(index({ mediaType: MediaTypes.ociManifest })),
      MediaTypes.ociManifest,
      /not an index type/,
    ],
    [
      'index Content-Type on an untyped manifest',
      bytes(without(manifest(), 'mediaType')),
      MediaTypes.ociIndex,
      /Content-Type .* disagrees with the body, which is an manifest/,
    ],
    ['non-string mediaType', bytes(manifest({ mediaType: 5 })), undefined, /mediaType: expected a string/],
    ['manifests not an array', bytes(index({ manifests: {} })), undefined, /manifests: expected an array/],
    ['layers not an array', bytes(manifest({ layers: null })), undefined, /layers: expected an array/],
    ['config missing', bytes(without(manifest(), 'config')), undefined, /config: expected a descriptor/],
    [
      'bad digest in an entry',
      bytes(index({ manifests: [desc(), desc(), desc({ digest: 'sha256:ABC' })] })),
      undefined,
      /manifests\[2\]\.digest: invalid digest/,
    ],
    [
      'uppercase hex digest',
      bytes(index({ manifests: [desc({ digest: `sha256:${'A'.repeat(64)}` })] })),
      undefined,
      /manifests\[0\]\.digest/,
    ],
    [
      'negative size',
      bytes(manifest({ layers: [desc({ size: -1 })] })),
      undefined,
      /layers\[0\]\.size: expected a non-negative integer/,
    ],
    ['fractional size', bytes(manifest({ layers: [desc({ size: 1.5 })] })), undefined, /layers\[0\]\.size/],
    ['string size', bytes(manifest({ layers: [desc({ size: '10' })] })), undefined, /layers\[0\]\.size/],
    ['unsafe size', bytes(manifest({ layers: [desc({ size: 2 ** 53 })] })), undefined, /layers\[0\]\.size/],
    [
      'missing mediaType in descriptor',
      bytes(manifest({ config: without(desc(), 'mediaType') })),
      undefined,
      /config\.mediaType: expected a media type/,
    ],
    [
      'bad mediaType in descriptor',
      bytes(manifest({ config: desc({ mediaType: 'not a type' }) })),
      undefined,
      /config\.mediaType/,
    ],
    [
      'platform without os',
      bytes(index({ manifests: [desc({ platform: { architecture: 'amd64' } })] })),
      undefined,
      /manifests\[0\]\.platform\.os: expected a non-empty string/,
    ],
    [
      'platform variant not a string',
      bytes(index({ manifests: [desc({ platform: { os: 'linux', architecture: 'arm', variant: 7 } })] })),
      undefined,
      /platform\.variant: expected a string/,
    ],
    [
      'platform features not strings',
      bytes(index({ manifests: [desc({ platform: { os: 'linux', architecture: 'arm', features: [1] } })] })),
      undefined,
      /platform\.features: expected strings/,
    ],
    [
      'annotation value not a string',
      bytes(index({ manifests: [desc({ annotations: { a: 1 } })] })),
      undefined,
      /manifests\[0\]\.annotations\["a"\]: expected a string value/,
    ],
    [
      'top-level annotations not an object',
      bytes(index({ annotations: ['x'] })),
      undefined,
      /annotations: expected an object of strings/,
    ],
    ['bad subject', bytes(manifest({ subject: { digest: d1 } })), undefined, /subject\.mediaType/],
    ['bad artifactType', bytes(manifest({ artifactType: 'x' })), undefined, /artifactType: expected a media type/],
    [
      'urls not strings',
      bytes(manifest({ layers: [desc({ urls: 'https://x' })] })),
      undefined,
      /layers\[0\]\.urls: expected strings/,
    ],
    [
      'data not base64',
      bytes(manifest({ layers: [desc({ data: '!!' })] })),
      undefined,
      /layers\[0\]\.data: expected base64/,
    ],
  ])('%s', (_name, body, contentType, message) => {
    let error: unknown;
    try {
      parseManifestBody(body, contentType, 'manifest example.com/r:t');
    } catch (e) {
      error = e;
    }
    expect(isOciError(error, 'INVALID_MANIFEST')).toBe(true);
    expect((error as Error).message).toMatch(/^invalid manifest example\.com\/r:t: /);
    expect((error as Error).message).toMatch(message);
  });
});

test('validateDescriptor returns the descriptor and names the path', () => {
  const d = desc();
  expect(validateDescriptor(d, 'x')).toBe(d);
  expect(() => validateDescriptor({ ...d, size: -2 }, 'manifests[3]')).toThrow(
    'invalid descriptor: manifests[3].size: expected a non-negative integer, got -2',
  );
  expect(() => validateDescriptor('nope', 'config')).toThrow(
    'invalid descriptor: config: expected a descriptor object',
  );
});

test.each([
  ['application/json; charset=utf-8', 'application/json'],
  [' Application/VND.OCI.image.index.v1+json ', 'application/vnd.oci.image.index.v1+json'],
  ['', undefined],
  [undefined, undefined],
])('baseMediaType(%p)', (input, expected) => {
  expect(baseMediaType(input)).toBe(expected);
});

describe('jsonContent', () => {
  test('the bytes are serialiseJson of the value and the descriptor is of exactly those bytes', () => {
    const { bytes, descriptor } = jsonContent(MediaTypes.ociIndex, index());
    expect(bytes).toEqual(Buffer.from(serialiseJson(index())));
    expect(descriptor).toEqual({
      mediaType: MediaTypes.ociIndex,
      digest: `sha256:${createHash('sha256').update(bytes).digest('hex')}`,
      size: bytes.length,
    });
    expect(jsonContent(MediaTypes.ociEmpty, {}).bytes.toString()).toBe('{}');
  });
});

describe('serialiseJson', () => {
  test('keeps insertion order, no whitespace, drops undefined', () => {
    const out = serialiseJson({ schemaVersion: 2, mediaType: 'a/b', skip: undefined, z: [1, { b: 'é', a: true }] });
    expect(new TextDecoder().decode(out)).toBe('{"schemaVersion":2,"mediaType":"a/b","z":[1,{"b":"é","a":true}]}');
  });
  test('the same data gives the same bytes', () => {
    expect(serialiseJson(index())).toEqual(serialiseJson(index()));
  });
  test('round-trips through parseManifestBody', () => {
    const parsed = parseManifestBody(serialiseJson(index()));
    expect(parsed.kind === 'index' && parsed.index).toEqual(index());
  });
  test.each([[Number.NaN], [Infinity]])('refuses the number %p', (v) => {
    expect(() => serialiseJson({ v: [v] })).toThrow(/cannot serialise the number/);
  });
  test('refuses a bare undefined', () => {
    expect(() => serialiseJson(undefined)).toThrow(/cannot serialise an undefined value/);
  });
});

test.each([
  [bytes(manifest()), MediaTypes.ociManifest],
  [bytes(index({ mediaType: MediaTypes.dockerManifestList })), MediaTypes.dockerManifestList],
  [bytes(without(index(), 'mediaType')), MediaTypes.ociIndex],
  [bytes(without(manifest(), 'mediaType')), MediaTypes.ociManifest],
  [bytes({ schemaVersion: 2 }), undefined],
  [bytes([]), undefined],
  [new TextEncoder().encode('not json'), undefined],
])('mediaTypeOf #%#', (body, expected) => {
  expect(mediaTypeOf(body)).toBe(expected);
});

import { expect, test } from '@jest/globals';
import { successors } from '../../src/core/copy/successors.js';
import { MediaTypes } from '../../src/core/oci/media-types.js';

const d = (n: number, mediaType: string = MediaTypes.ociLayerTarGzip) => ({
  mediaType,
  digest: `sha256:${String(n).repeat(64).slice(0, 64)}`,
  size: n,
});
const bytes = (value: unknown) => Buffer.from(JSON.stringify(value));

test.each([
  [
    'image manifest: config, layers, subject',
    MediaTypes.ociManifest,
    {
      schemaVersion: 2,
      config: d(1, MediaTypes.ociEmpty),
      layers: [d(2), d(3)],
      subject: d(4, MediaTypes.ociManifest),
    },
    [d(1, MediaTypes.ociEmpty), d(2), d(3), d(4, MediaTypes.ociManifest)],
  ],
  ['docker manifest without layers', MediaTypes.dockerManifest, { schemaVersion: 2, config: d(1) }, [d(1)]],
  [
    'index: manifests and subject',
    MediaTypes.ociIndex,
    { schemaVersion: 2, manifests: [d(5, MediaTypes.ociManifest)], subject: d(6, MediaTypes.ociManifest) },
    [d(5, MediaTypes.ociManifest), d(6, MediaTypes.ociManifest)],
  ],
  [
    'docker manifest list',
    MediaTypes.dockerManifestList,
    { manifests: [d(7, MediaTypes.dockerManifest)] },
    [d(7, MediaTypes.dockerManifest)],
  ],
  ['a blob is a leaf', MediaTypes.ociLayerTarGzip, 'not even json', []],
])('%s', (_label, mediaType, json, expected) => {
  expect(successors({ mediaType, digest: d(9).digest, size: 1 }, bytes(json))).toEqual(expected);
});

test.each([
  ['not JSON', MediaTypes.ociManifest, Buffer.from('{oops'), /not valid JSON/],
  ['an array', MediaTypes.ociIndex, bytes([1]), /not a JSON object/],
  ['no config', MediaTypes.ociManifest, bytes({ layers: [] }), /"config" is missing/],
  ['layers not a list', MediaTypes.ociManifest, bytes({ config: d(1), layers: {} }), /"layers" is not an array/],
  ['a bad entry', MediaTypes.ociIndex, bytes({ manifests: [{ digest: 'x' }] }), /manifests\[0\] is not a descriptor/],
  ['a negative size', MediaTypes.ociManifest, bytes({ config: { ...d(1), size: -1 } }), /"config"/],
])('malformed manifest (%s) is an INVALID_MANIFEST error', (_label, mediaType, content, message) => {
  expect(() => successors({ mediaType, digest: d(9).digest, size: 1 }, content)).toThrow(message);
});

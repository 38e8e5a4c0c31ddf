/** Same inputs, same bytes: order, stable JSON, index annotations, artifactType, and the 4 MiB guard. */
import { describe, expect, test } from '@jest/globals';
import { digestOf } from '../../src/core/oci/digest.js';
import { composeIndex } from '../../src/core/index/compose.js';
import { MAX_MANIFEST_PUSH } from '../../src/core/limits.js';
import type { ComposeRequest, IndexAnnotationDefaults } from '../../src/core/index/types.js';
import type { Descriptor } from '../../src/core/oci/descriptor.js';
import { attestationEntry, createGraph, digest, entry, errorOf, p, source } from './fixtures.js';

/** A deterministic shuffle (mulberry32), so a failing seed can be replayed. */
function shuffled<T>(list: readonly T[], seed: number): T[] {
  let s = seed >>> 0;
  const random = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** A mixed release (buildx, Homebrew-like, plain manifest), built with everything in `seed`'s order. */
function mixedRequest(seed: number): ComposeRequest {
  const g = createGraph();
  const order = <T>(list: readonly T[]) => (seed === 0 ? [...list] : shuffled(list, seed));
  const build = (label: string, platform = p('linux', 'amd64')) => {
    const image = entry(g.manifest(`image ${label}`, { annotations: { 'sh.brew.tab': label, other: 'x' } }), platform);
    const att = attestationEntry(g.manifest(`attestation ${label}`), image);
    return source(`stage-${label}`, g.index(`buildx ${label}`, order([image, att])));
  };
  const sources = [
    build('amd64'),
    build('arm64', p('linux', 'arm64')),
    build('armv7', p('linux', 'arm', 'v7')),
    build('sonoma', p('darwin', 'arm64', undefined, 'macOS 14')),
    build('sequoia', p('darwin', 'arm64', undefined, 'macOS 15')),
    source('plain', g.manifest('plain', { config: { os: 'windows', architecture: 'amd64' } })),
  ];
  return {
    sources: order(sources),
    graph: g.graph,
    descriptorAnnotations: ['sh.brew.*'],
    indexAnnotations: { 'org.opencontainers.image.description': 'a tool' },
    defaults: { createdEpochSeconds: 1700000000, revision: 'abc123' },
  };
}

describe('determinism', () => {
  const reference = composeIndex(mixedRequest(0));

  test.each([1, 2, 3, 42, 1234])('shuffled inputs (seed %i) give the same bytes and digest', (seed) => {
    const again = composeIndex(mixedRequest(seed));
    expect(Buffer.from(again.bytes).toString()).toBe(Buffer.from(reference.bytes).toString());
    expect(again.descriptor).toEqual(reference.descriptor);
  });

  test('the order is platform (os, arch, variant, os.version), attestations after their subject', () => {
    expect(reference.entries.map((e) => `${e.attestation ? '@' : ''}${e.source}`)).toEqual([
      'stage-sonoma',
      '@stage-sonoma',
      'stage-sequoia',
      '@stage-sequoia',
      'stage-amd64',
      '@stage-amd64',
      'stage-armv7',
      '@stage-armv7',
      'stage-arm64',
      '@stage-arm64',
      'plain',
    ]);
  });

  test('the bytes are the index, and the descriptor is theirs', () => {
    expect(JSON.parse(Buffer.from(reference.bytes).toString())).toEqual(reference.index);
    expect(reference.descriptor).toEqual({
      mediaType: 'application/vnd.oci.image.index.v1+json',
      digest: digestOf(reference.bytes),
      size: reference.bytes.length,
    });
    expect(reference.entries.map((e) => e.descriptor)).toEqual(reference.index.manifests);
  });

  test('the JSON has a fixed key order and sorted annotation keys, without whitespace', () => {
    const g = createGraph();
    const m = g.manifest('m', { annotations: { b: '2', a: '1', '10': 'ten' } });
    const staged: Descriptor = { ...entry(m, p('linux', 'arm', 'v7')), artifactType: 'application/x-thing' };
    const result = composeIndex({
      sources: [source('s', g.index('s', [staged]))],
      graph: g.graph,
      descriptorAnnotations: ['*'],
      indexAnnotations: { z: 'last', '2': 'two', a: 'first' },
      artifactType: 'application/vnd.example.release',
    });
    expect(Buffer.from(result.bytes).toString()).toBe(
      '{"schemaVersion":2,"mediaType":"application/vnd.oci.image.index.v1+json",' +
        '"artifactType":"application/vnd.example.release","manifests":[' +
        `{"mediaType":"application/vnd.oci.image.manifest.v1+json","artifactType":"application/x-thing",` +
        `"digest":"${m.digest}","size":${m.size},"platform":{"architecture":"arm","os":"linux","variant":"v7"},` +
        '"annotations":{"10":"ten","a":"1","b":"2"}}],' +
        '"annotations":{"2":"two","a":"first","z":"last"}}',
    );
    expect(result.descriptor.artifactType).toBe('application/vnd.example.release');
  });
});

describe('index annotations', () => {
  const compose = (annotations?: Record<string, string>, defaults?: IndexAnnotationDefaults) => {
    const g = createGraph();
    const sources = [source('s', g.index('s', [entry(g.manifest('m'), p('linux', 'amd64'))]))];
    return composeIndex({
      sources,
      graph: g.graph,
      ...(annotations ? { indexAnnotations: annotations } : {}),
      ...(defaults ? { defaults } : {}),
    }).index.annotations;
  };

  test.each<[string, Record<string, string> | undefined, IndexAnnotationDefaults | undefined, unknown]>([
    ['none given: no annotations at all', undefined, undefined, undefined],
    [
      'created from the epoch',
      undefined,
      { createdEpochSeconds: 0 },
      { 'org.opencontainers.image.created': '1970-01-01T00:00:00Z' },
    ],
    [
      'created, source and revision from the context',
      undefined,
      { createdEpochSeconds: 1700000000, source: 'https://github.com/acme/app', revision: 'f00d' },
      {
        'org.opencontainers.image.created': '2023-11-14T22:13:20Z',
        'org.opencontainers.image.revision': 'f00d',
        'org.opencontainers.image.source': 'https://github.com/acme/app',
      },
    ],
    [
      'user annotations win over the defaults',
      { 'org.opencontainers.image.created': '2020-01-01T00:00:00Z', 'org.example.k': 'v' },
      { createdEpochSeconds: 1700000000, revision: 'f00d' },
      {
        'org.example.k': 'v',
        'org.opencontainers.image.created': '2020-01-01T00:00:00Z',
        'org.opencontainers.image.revision': 'f00d',
      },
    ],
  ])('%s', (_name, annotations, defaults, expected) => {
    expect(compose(annotations, defaults)).toEqual(expected);
  });

  test.each([-1, 1.5, Number.NaN, 1e15])('an epoch of %p is refused', (epoch) => {
    expect(() => compose(undefined, { createdEpochSeconds: epoch })).toThrow(/created time: .* is not a whole number/);
  });
});

describe('refusals', () => {
  test('an index above 4 MiB is refused before anything is pushed', () => {
    const g = createGraph();
    const big = 'x'.repeat(1024 * 1024);
    const entries = ['amd64', 'arm64', 's390x', 'ppc64le', 'riscv64'].map((arch) =>
      entry(g.manifest(arch), p('linux', arch), { 'org.example.big': big }),
    );
    const run = () => composeIndex({ sources: [source('s', g.index('s', entries))], graph: g.graph });
    expect(errorOf(run).code).toBe('TOO_LARGE');
    expect(run).toThrow(/composed index is \d+ bytes with 5 entries, above the 4194304-byte \(4 MiB\) limit/);
    const fits = () =>
      composeIndex({ sources: [source('s', g.index('s3', entries.slice(0, 3)))], graph: g.graph }).bytes.length;
    expect(fits()).toBeGreaterThan(3 * 1024 * 1024);
    expect(fits()).toBeLessThanOrEqual(MAX_MANIFEST_PUSH);
  });

  test.each<[string, (g: ReturnType<typeof createGraph>) => Partial<ComposeRequest>, RegExp]>([
    ['no sources at all', () => ({ sources: [] }), /no sources to compose/],
    [
      'sources that hold no manifests',
      (g) => ({ sources: [source('empty', g.index('empty', []))] }),
      /"empty"\) hold no manifests/,
    ],
    [
      'an artifact-type that is not a media type',
      (g) => ({
        sources: [source('s', g.index('s', [entry(g.manifest('m'), p('linux', 'amd64'))]))],
        artifactType: 'not a media type',
      }),
      /artifact-type: "not a media type" is not a media type/,
    ],
  ])('%s', (_name, request, message) => {
    const g = createGraph();
    expect(() => composeIndex({ sources: [], graph: g.graph, ...request(g) })).toThrow(message);
  });

  test('descriptor-annotations needs the child manifests: a missing one is named', () => {
    const g = createGraph();
    const unloaded: Descriptor = {
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      digest: digest('never loaded'),
      size: 10,
      platform: p('linux', 'amd64'),
    };
    const sources = [source('r/app:staging-linux-amd64', g.index('s', [unloaded]))];
    expect(() => composeIndex({ sources, graph: g.graph, descriptorAnnotations: ['sh.brew.*'] })).toThrow(
      `descriptor-annotations: the manifest ${unloaded.digest} of source "r/app:staging-linux-amd64" was not loaded`,
    );
  });
});

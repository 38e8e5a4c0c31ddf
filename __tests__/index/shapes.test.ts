/** The two real-world shapes merge must handle: Homebrew bottles and buildx images with attestations. */
import { describe, expect, test } from '@jest/globals';
import { composeIndex } from '../../src/core/index/compose.js';
import type { Descriptor, Platform } from '../../src/core/oci/descriptor.js';
import { parsePlatform } from '../../src/core/oci/platform.js';
import { attestationEntry, createGraph, entry, p, shape, source } from './fixtures.js';

describe('a Homebrew-shaped merge', () => {
  const bottles: Array<[slug: string, platform: Platform, refName: string]> = [
    ['arm64_sonoma', p('darwin', 'arm64', undefined, 'macOS 14'), '1.2.3.arm64_sonoma'],
    ['arm64_sequoia', p('darwin', 'arm64', undefined, 'macOS 15'), '1.2.3.arm64_sequoia'],
    ['sonoma', p('darwin', 'amd64', undefined, 'macOS 14'), '1.2.3.sonoma'],
    ['sequoia', p('darwin', 'amd64', undefined, 'macOS 15'), '1.2.3.sequoia'],
    ['x86_64_linux', p('linux', 'x86_64'), '1.2.3.x86_64_linux'],
  ];
  const build = (preset?: Record<string, string>) => {
    const g = createGraph();
    const sources = bottles.map(([slug, platform, refName], i) => {
      const manifest = g.manifest(`bottle ${slug}`, {
        annotations: {
          'org.opencontainers.image.ref.name': refName,
          'org.opencontainers.image.title': `hello ${refName}`,
          'org.opencontainers.image.created': '2024-06-01',
          'com.github.package.type': 'homebrew_bottle',
          'sh.brew.bottle.digest': `sha256-of-${slug}`,
          'sh.brew.tab': `{"built_on":"${slug}"}`,
        },
      });
      const staged = entry(manifest, platform, i === 0 ? preset : undefined);
      return source(`ghcr.io/acme/homebrew-tap/hello:staging-${slug}`, g.index(`staging ${slug}`, [staged]));
    });
    return { g, sources };
  };

  test('entries are ordered by platform then os.version, and only the allowlist is lifted', () => {
    const { g, sources } = build();
    const result = composeIndex({
      sources: [...sources].reverse(),
      graph: g.graph,
      platforms: ['darwin/arm64', 'darwin/amd64', 'linux/amd64'].map(parsePlatform),
      descriptorAnnotations: ['org.opencontainers.image.ref.name', 'sh.brew.*'],
    });
    expect(shape(result.entries)).toEqual([
      'darwin/amd64 (macOS 14)',
      'darwin/amd64 (macOS 15)',
      'darwin/arm64 (macOS 14)',
      'darwin/arm64 (macOS 15)',
      'linux/amd64',
    ]);
    const sonoma = result.index.manifests.find(
      (m) => m.platform?.['os.version'] === 'macOS 14' && m.platform.architecture === 'arm64',
    );
    expect(sonoma?.platform).toEqual({ architecture: 'arm64', os: 'darwin', 'os.version': 'macOS 14' });
    expect(sonoma?.annotations).toEqual({
      'org.opencontainers.image.ref.name': '1.2.3.arm64_sonoma',
      'sh.brew.bottle.digest': 'sha256-of-arm64_sonoma',
      'sh.brew.tab': '{"built_on":"arm64_sonoma"}',
    });
    for (const m of result.index.manifests) {
      expect(Object.keys(m.annotations ?? {}).sort()).toEqual([
        'org.opencontainers.image.ref.name',
        'sh.brew.bottle.digest',
        'sh.brew.tab',
      ]);
    }
    expect(result.index.annotations).toBeUndefined();
  });

  test.each<[string, string[] | undefined, string[]]>([
    ['no allowlist lifts nothing', undefined, []],
    ['an exact key', ['org.opencontainers.image.ref.name'], ['org.opencontainers.image.ref.name']],
    ['a glob', ['sh.brew.bottle.*'], ['sh.brew.bottle.digest']],
    ['a key no manifest has', ['org.example.absent'], []],
  ])('lifting with %s', (_name, allowlist, keys) => {
    const { g, sources } = build();
    const result = composeIndex({
      sources,
      graph: g.graph,
      ...(allowlist ? { descriptorAnnotations: allowlist } : {}),
    });
    expect(result.index.manifests.map((m) => Object.keys(m.annotations ?? {}))).toEqual(bottles.map(() => keys));
  });

  test('annotations already on a staging descriptor stay (and win over lifted ones)', () => {
    const { g, sources } = build({ 'sh.brew.tab': 'from staging', 'org.example.kept': 'yes' });
    const result = composeIndex({ sources, graph: g.graph, descriptorAnnotations: ['sh.brew.*'] });
    const sonoma = result.entries.find((e) => e.source.endsWith('staging-arm64_sonoma'));
    expect(sonoma?.descriptor.annotations).toEqual({
      'org.example.kept': 'yes',
      'sh.brew.bottle.digest': 'sha256-of-arm64_sonoma',
      'sh.brew.tab': 'from staging',
    });
  });
});

describe('a buildx-shaped merge', () => {
  /** One per-platform index as docker/build-push-action pushes it by digest: image + attestation. */
  const buildxIndex = (g: ReturnType<typeof createGraph>, label: string, platform: Platform) => {
    const image = entry(g.manifest(`image ${label}`), platform);
    const attestation = attestationEntry(g.manifest(`attestation ${label}`), image);
    return { image, attestation, index: g.index(`buildx ${label}`, [attestation, image]) };
  };

  test('each attestation follows its subject; the gate ignores attestations', () => {
    const g = createGraph();
    const arm = buildxIndex(g, 'arm64', p('linux', 'arm64'));
    const amd = buildxIndex(g, 'amd64', p('linux', 'amd64'));
    const result = composeIndex({
      sources: [source('r/app:staging-linux-arm64', arm.index), source('r/app:staging-linux-amd64', amd.index)],
      graph: g.graph,
      platforms: [p('linux', 'amd64'), p('linux', 'arm64')],
    });
    expect(shape(result.entries)).toEqual(['linux/amd64', '@unknown/unknown', 'linux/arm64', '@unknown/unknown']);
    expect(result.index.manifests.map((m) => m.digest)).toEqual([
      amd.image.digest,
      amd.attestation.digest,
      arm.image.digest,
      arm.attestation.digest,
    ]);
    expect(result.index.manifests[1]?.annotations).toEqual(amd.attestation.annotations);
    expect(result.entries[3]?.source).toBe('r/app:staging-linux-arm64');
    expect(result.dropped).toEqual([]);
  });

  test.each<[string, (g: ReturnType<typeof createGraph>) => Descriptor[], string[], number]>([
    [
      'an attestation whose subject is not in the source is dropped',
      (g) => {
        const gone = entry(g.manifest('gone'), p('linux', 'amd64'));
        const kept = entry(g.manifest('kept'), p('linux', 'arm64'));
        return [attestationEntry(g.manifest('orphan'), gone), kept, attestationEntry(g.manifest('att kept'), kept)];
      },
      ['linux/arm64', '@unknown/unknown'],
      1,
    ],
    [
      'an attestation without a subject annotation is dropped',
      (g) => {
        const image = entry(g.manifest('img'), p('linux', 'amd64'));
        const att = attestationEntry(g.manifest('att'), image);
        return [image, { ...att, annotations: { 'vnd.docker.reference.type': 'attestation-manifest' } }];
      },
      ['linux/amd64'],
      1,
    ],
    [
      'the same attestation listed twice is kept once',
      (g) => {
        const image = entry(g.manifest('img'), p('linux', 'amd64'));
        const att = attestationEntry(g.manifest('att'), image);
        return [att, image, att];
      },
      ['linux/amd64', '@unknown/unknown'],
      0,
    ],
    [
      'two attestations of one subject follow it in digest order',
      (g) => {
        const image = entry(g.manifest('img'), p('linux', 'amd64'));
        const [first, second] = ['att one', 'att two'].map((l) => attestationEntry(g.manifest(l), image));
        if (!first || !second) throw new Error('fixture');
        return first.digest < second.digest ? [second, image, first] : [first, image, second];
      },
      ['linux/amd64', '@unknown/unknown', '@unknown/unknown'],
      0,
    ],
  ])('%s', (_name, entries, expected, dropped) => {
    const g = createGraph();
    const result = composeIndex({ sources: [source('s', g.index('root', entries(g)))], graph: g.graph });
    expect(shape(result.entries)).toEqual(expected);
    const attestations = result.entries.filter((e) => e.attestation).map((e) => e.descriptor.digest);
    expect(attestations).toEqual([...attestations].sort());
    expect(result.dropped).toHaveLength(dropped);
  });

  test('with on-conflict replace, the replaced image takes its attestation along', () => {
    const g = createGraph();
    const first = buildxIndex(g, 'amd64 first', p('linux', 'amd64'));
    const second = buildxIndex(g, 'amd64 second', p('linux', 'amd64'));
    const result = composeIndex({
      sources: [source('first', first.index), source('second', second.index)],
      graph: g.graph,
      onConflict: 'replace',
    });
    expect(result.index.manifests.map((m) => m.digest)).toEqual([second.image.digest, second.attestation.digest]);
    expect(result.dropped.map((d) => [d.descriptor.digest, d.source])).toEqual([[first.attestation.digest, 'first']]);
  });
});

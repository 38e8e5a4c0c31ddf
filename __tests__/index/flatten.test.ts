import { describe, expect, test } from '@jest/globals';
import { composeIndex } from '../../src/core/index/compose.js';
import { flattenSource, MAX_INDEX_DEPTH } from '../../src/core/index/flatten.js';
import { OciError } from '../../src/core/errors.js';
import type { ConfigPlatform } from '../../src/core/index/types.js';
import type { Descriptor } from '../../src/core/oci/descriptor.js';
import { createGraph, digest, entry, errorOf, p, shape, source } from './fixtures.js';

describe('flatten', () => {
  test('nested indexes are flattened into one list of manifest entries', () => {
    const g = createGraph();
    const amd = entry(g.manifest('amd64'), p('linux', 'amd64'));
    const arm = entry(g.manifest('arm64'), p('linux', 'arm64'));
    const armv7 = entry(g.manifest('armv7'), p('linux', 'arm', 'v7'));
    const inner = g.index('inner', [arm, g.index('innermost', [armv7])]);
    const outer = g.index('outer', [amd, inner]);
    const result = composeIndex({ sources: [source('registry.test/app:staging', outer)], graph: g.graph });
    expect(shape(result.entries)).toEqual(['linux/amd64', 'linux/arm/v7', 'linux/arm64']);
    expect(result.index.manifests.map((m) => m.digest)).toEqual([amd.digest, armv7.digest, arm.digest]);
    expect(result.index.manifests.every((m) => m.mediaType === 'application/vnd.oci.image.manifest.v1+json')).toBe(
      true,
    );
    expect(result.entries.every((e) => e.source === 'registry.test/app:staging')).toBe(true);
  });

  test('an entry of a nested index without a platform takes the platform of the nested index descriptor', () => {
    const g = createGraph();
    const inner = g.index('inner', [g.manifest('bare')]);
    const outer = g.index('outer', [{ ...inner, platform: p('linux', 'riscv64') }]);
    const entries = flattenSource(source('s', outer), g.graph);
    expect(entries.map((e) => e.platform)).toEqual([p('linux', 'riscv64')]);
  });

  test.each<[string, ConfigPlatform, Descriptor['platform'] | undefined, string]>([
    ['config os and architecture', { os: 'linux', architecture: 'amd64' }, undefined, 'linux/amd64'],
    ['config aliases normalised', { os: 'linux', architecture: 'aarch64', variant: 'v8' }, undefined, 'linux/arm64'],
    [
      'config os.version kept',
      { os: 'windows', architecture: 'amd64', 'os.version': '10.0.20348.2113' },
      undefined,
      'windows/amd64 (10.0.20348.2113)',
    ],
    ['descriptor platform wins', { os: 'linux', architecture: 'amd64' }, p('linux', 's390x'), 'linux/s390x'],
  ])('a plain manifest source: %s', (_name, config, given, expected) => {
    const g = createGraph();
    const root = g.manifest('plain', { config });
    const result = composeIndex({
      sources: [source('oci-layout:./store:plain', given ? { ...root, platform: given } : root)],
      graph: g.graph,
    });
    expect(shape(result.entries)).toEqual([expected]);
    expect(result.index.manifests[0]?.digest).toBe(root.digest);
    expect(result.entries[0]?.source).toBe('oci-layout:./store:plain');
  });

  test.each<[string, ConfigPlatform | undefined]>([
    ['a config without os and architecture', {}],
    ['a config with os only', { os: 'linux' }],
    ['no config loaded', undefined],
  ])('a plain manifest with %s fails and names the source', (_name, config) => {
    const g = createGraph();
    const root = g.manifest('artifact', config ? { config } : {});
    const run = () => composeIndex({ sources: [source('ghcr.io/acme/tool@sha256:abc', root)], graph: g.graph });
    expect(run).toThrow(OciError);
    expect(run).toThrow(/source "ghcr\.io\/acme\/tool@sha256:abc": manifest sha256:[0-9a-f]{64} has no platform/);
    expect(errorOf(run).code).toBe('INVALID_INPUT');
  });

  test('an index entry without any platform fails naming the source and the digest', () => {
    const g = createGraph();
    const bare = g.manifest('bare');
    const root = g.index('root', [bare]);
    expect(() => flattenSource(source('registry.test/a:s', root), g.graph)).toThrow(
      `source "registry.test/a:s": manifest ${bare.digest} has no platform`,
    );
  });

  test('an index that contains itself is refused, not walked forever', () => {
    const g = createGraph();
    const a = { mediaType: 'application/vnd.oci.image.index.v1+json', digest: digest('a'), size: 1 };
    const b = g.index('b', [a]);
    g.index('a', [entry(g.manifest('m'), p('linux', 'amd64')), b]);
    expect(() => flattenSource(source('loop', a), g.graph)).toThrow(/source "loop": index sha256:\w+ contains itself/);
  });

  test('indexes nested deeper than the cap are refused', () => {
    const g = createGraph();
    let current = g.index('level-last', [entry(g.manifest('deep'), p('linux', 'amd64'))]);
    for (let i = MAX_INDEX_DEPTH; i >= 0; i--) current = g.index(`level-${i}`, [current]);
    expect(() => flattenSource(source('deep', current), g.graph)).toThrow(/nest deeper than 8 levels/);
  });

  test('a diamond (one index reached twice) contributes its entries once', () => {
    const g = createGraph();
    const shared = g.index('shared', [entry(g.manifest('m'), p('linux', 'amd64'))]);
    const root = g.index('root', [shared, shared]);
    expect(flattenSource(source('s', root), g.graph)).toHaveLength(1);
  });

  test.each([
    ['a nested index that was not loaded', 'not loaded before composing', 'INVALID_INPUT'],
    ['an entry with a malformed digest', 'invalid digest', 'INVALID_DIGEST'],
  ])('%s fails naming the source', (name, message, code) => {
    const g = createGraph();
    const child: Descriptor =
      name === 'an entry with a malformed digest'
        ? { mediaType: 'application/vnd.oci.image.manifest.v1+json', digest: 'sha256:XYZ', size: 1 }
        : { mediaType: 'application/vnd.oci.image.index.v1+json', digest: digest('missing'), size: 1 };
    const root = g.index('root', [child]);
    const error = errorOf(() => flattenSource(source('the-source', root), g.graph));
    expect(error.code).toBe(code);
    expect(error.message).toContain('source "the-source"');
    expect(error.message).toContain(message);
  });

  test('descriptors keep only index-entry fields (no urls, no embedded data)', () => {
    const g = createGraph();
    const m = g.manifest('m');
    const root = g.index('root', [{ ...m, platform: p('linux', 'amd64'), urls: ['https://x'], data: 'e30=' }]);
    const [only] = flattenSource(source('s', root), g.graph);
    expect(only?.descriptor).toEqual({ ...m, platform: p('linux', 'amd64') });
  });
});

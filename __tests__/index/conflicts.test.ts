/** Same-platform conflicts (`on-conflict`), deduplication, and `base` (extend or replace an existing index). */
import { describe, expect, test } from '@jest/globals';
import { composeIndex } from '../../src/core/index/compose.js';
import type { ConflictPolicy, SourceNode } from '../../src/core/index/types.js';
import type { Platform } from '../../src/core/oci/descriptor.js';
import { createGraph, digest, entry, errorOf, p, source } from './fixtures.js';

/** A source named `name` staging one manifest `label` for `platform`. */
function staged(g: ReturnType<typeof createGraph>, name: string, label: string, platform: Platform): SourceNode {
  return source(name, g.index(`staging ${name}`, [entry(g.manifest(label), platform)]));
}

describe('conflicts', () => {
  type Row = [
    name: string,
    sources: Array<[name: string, label: string, platform: Platform]>,
    policy: ConflictPolicy | undefined,
    expected: string[] | RegExp,
  ];
  test.each<Row>([
    [
      'different manifests for one platform fail by default, naming both sources and the platform',
      [
        ['stage-a', 'A', p('linux', 'amd64')],
        ['stage-b', 'B', p('linux', 'x86_64')],
      ],
      undefined,
      /linux\/amd64: "stage-a" \(sha256:\w+\) and "stage-b" \(sha256:\w+\)/,
    ],
    [
      'os.version tells platforms apart: no conflict',
      [
        ['macos-14', 'A', p('darwin', 'arm64', undefined, 'macOS 14')],
        ['macos-15', 'B', p('darwin', 'arm64', undefined, 'macOS 15')],
      ],
      'error',
      ['A', 'B'],
    ],
    [
      'variant tells platforms apart: no conflict',
      [
        ['v6', 'A', p('linux', 'arm', 'v6')],
        ['v7', 'B', p('linux', 'arm', 'v7')],
      ],
      'error',
      ['A', 'B'],
    ],
    [
      'arm64/v8 and arm64 are one platform',
      [
        ['a', 'A', p('linux', 'arm64', 'v8')],
        ['b', 'B', p('linux', 'aarch64')],
      ],
      'error',
      /linux\/arm64: "a" .* and "b"/,
    ],
    [
      'replace: the later source wins',
      [
        ['stage-a', 'A', p('linux', 'amd64')],
        ['stage-b', 'B', p('linux', 'amd64')],
        ['stage-c', 'C', p('linux', 'arm64')],
      ],
      'replace',
      ['B', 'C'],
    ],
    [
      'the same manifest twice is not a conflict, and is kept once',
      [
        ['stage-a', 'A', p('linux', 'amd64')],
        ['stage-a-again', 'A', p('linux', 'amd64')],
      ],
      'error',
      ['A'],
    ],
    [
      'every conflict is named at once',
      [
        ['a1', 'A1', p('linux', 'amd64')],
        ['a2', 'A2', p('linux', 'amd64')],
        ['b1', 'B1', p('linux', 'arm64')],
        ['b2', 'B2', p('linux', 'arm64')],
      ],
      'error',
      /linux\/amd64: "a1" .* and "a2" .*; linux\/arm64: "b1" .* and "b2"/,
    ],
  ])('%s', (_name, rows, policy, expected) => {
    const g = createGraph();
    const sources = rows.map(([name, label, platform]) => staged(g, name, label, platform));
    const run = () => composeIndex({ sources, graph: g.graph, ...(policy ? { onConflict: policy } : {}) });
    if (expected instanceof RegExp) {
      expect(run).toThrow(expected);
      expect(errorOf(run).code).toBe('CONFLICT');
      expect(run).toThrow(/Nothing was pushed.*on-conflict: replace/);
    } else {
      expect(run().index.manifests.map((m) => m.digest)).toEqual(expected.map(digest));
    }
  });
});

describe('base', () => {
  const baseIndex = (g: ReturnType<typeof createGraph>) =>
    source(
      'registry.test/app:1.0',
      g.index('release 1.0', [
        entry(g.manifest('base amd64'), p('linux', 'amd64'), { 'org.example.from': 'base' }),
        entry(g.manifest('base arm64'), p('linux', 'arm64')),
      ]),
    );

  test.each<[string, ConflictPolicy, Array<[string, string, Platform]>, Array<[string, string]>]>([
    [
      'a new platform is appended to the existing entries',
      'error',
      [['stage-s390x', 'new s390x', p('linux', 's390x')]],
      [
        ['base amd64', 'registry.test/app:1.0'],
        ['base arm64', 'registry.test/app:1.0'],
        ['new s390x', 'stage-s390x'],
      ],
    ],
    [
      'a source with a platform of the base replaces that entry (even with on-conflict error)',
      'error',
      [['stage-arm64', 'new arm64', p('linux', 'arm64')]],
      [
        ['base amd64', 'registry.test/app:1.0'],
        ['new arm64', 'stage-arm64'],
      ],
    ],
    [
      'with replace, sources win over the base and the later source over the earlier',
      'replace',
      [
        ['stage-1', 'amd64 one', p('linux', 'amd64')],
        ['stage-2', 'amd64 two', p('linux', 'amd64')],
      ],
      [
        ['amd64 two', 'stage-2'],
        ['base arm64', 'registry.test/app:1.0'],
      ],
    ],
    [
      'a source bringing the manifest the base already has keeps it once',
      'error',
      [['stage-amd64', 'base amd64', p('linux', 'amd64')]],
      [
        ['base amd64', 'stage-amd64'],
        ['base arm64', 'registry.test/app:1.0'],
      ],
    ],
  ])('%s', (_name, policy, rows, expected) => {
    const g = createGraph();
    const base = baseIndex(g);
    const sources = rows.map(([name, label, platform]) => staged(g, name, label, platform));
    const result = composeIndex({ sources, base, graph: g.graph, onConflict: policy });
    expect(result.entries.map((e) => [e.descriptor.digest, e.source])).toEqual(
      expected.map(([label, from]) => [digest(label), from]),
    );
  });

  test('base entries keep their descriptor annotations', () => {
    const g = createGraph();
    const result = composeIndex({ sources: [], base: baseIndex(g), graph: g.graph });
    expect(result.index.manifests[0]?.annotations).toEqual({ 'org.example.from': 'base' });
  });

  test('two sources conflicting on a platform of the base still fail under on-conflict error', () => {
    const g = createGraph();
    const sources = [staged(g, 'x', 'X', p('linux', 'amd64')), staged(g, 'y', 'Y', p('linux', 'amd64'))];
    expect(() => composeIndex({ sources, base: baseIndex(g), graph: g.graph })).toThrow(/linux\/amd64: "x" .* and "y"/);
  });
});

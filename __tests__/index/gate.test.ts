/** The `platforms` completeness gate: the found set must equal the expected one, every gap named at once. */
import { expect, test } from '@jest/globals';
import { composeIndex } from '../../src/core/index/compose.js';
import type { Platform } from '../../src/core/oci/descriptor.js';
import { parsePlatform } from '../../src/core/oci/platform.js';
import { createGraph, entry, errorOf, p, source } from './fixtures.js';

const found: Platform[] = [
  p('linux', 'amd64'),
  p('linux', 'arm64'),
  p('darwin', 'arm64', undefined, 'macOS 14'),
  p('darwin', 'arm64', undefined, 'macOS 15'),
];

function compose(expected: string[]) {
  const g = createGraph();
  const sources = found.map((platform, i) =>
    source(`stage-${i}`, g.index(`staging ${i}`, [entry(g.manifest(`m${i}`), platform)])),
  );
  return () =>
    composeIndex({
      sources,
      graph: g.graph,
      platforms: expected.map((e) => {
        const [text, osVersion] = e.split('@');
        const platform = parsePlatform(text ?? '');
        return osVersion ? { ...platform, 'os.version': osVersion } : platform;
      }),
    });
}

test.each<[string, string[], string | null]>([
  ['the exact set passes', ['linux/amd64', 'linux/arm64', 'darwin/arm64'], null],
  ['aliases and order do not matter', ['macos/aarch64', 'linux/x86_64', 'linux/arm64/v8'], null],
  [
    'os.version, when named, must match exactly',
    ['linux/amd64', 'linux/arm64', 'darwin/arm64@macOS 14', 'darwin/arm64@macOS 15'],
    null,
  ],
  ['an empty list means no gate', [], null],
  [
    'a missing platform is named',
    ['linux/amd64', 'linux/arm64', 'darwin/arm64', 'windows/amd64'],
    'missing windows/amd64 (no source brought it).',
  ],
  [
    'several missing platforms are all named',
    ['linux/amd64', 'linux/arm64', 'darwin/arm64', 'linux/arm/v7', 'linux/riscv64'],
    'missing linux/arm/v7, linux/riscv64 (no source brought them).',
  ],
  [
    'an unexpected platform is named with its source',
    ['linux/amd64', 'darwin/arm64'],
    'unexpected linux/arm64 (from stage-1).',
  ],
  [
    'missing and unexpected are named together',
    ['linux/amd64', 'linux/s390x', 'darwin/arm64@macOS 14'],
    'missing linux/s390x (no source brought it); unexpected darwin/arm64 (macOS 15) (from stage-3), linux/arm64 (from stage-1).',
  ],
])('%s', (_name, expected, message) => {
  const run = compose(expected);
  if (message === null) {
    expect(run().entries).toHaveLength(found.length);
    return;
  }
  expect(run).toThrow(message);
  expect(errorOf(run).code).toBe('INCOMPLETE');
  expect(run).toThrow(/^merge: the platforms found do not match `platforms` \(.*\): .*Nothing was pushed/);
});

test('the gate counts the platforms of the result, base entries included', () => {
  const g = createGraph();
  const base = source('r/app:1.0', g.index('base', [entry(g.manifest('old amd64'), p('linux', 'amd64'))]));
  const sources = [source('stage', g.index('s', [entry(g.manifest('new arm64'), p('linux', 'arm64'))]))];
  const compose = (platforms: Platform[]) => () => composeIndex({ sources, base, graph: g.graph, platforms });
  expect(compose([p('linux', 'amd64'), p('linux', 'arm64')])().entries).toHaveLength(2);
  expect(compose([p('linux', 'arm64')])).toThrow('unexpected linux/amd64 (from r/app:1.0)');
});

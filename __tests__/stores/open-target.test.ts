import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { mountSource, openTarget, sameStore } from '../../src/core/stores/open-target.js';
import type { TargetLocation } from '../../src/core/content/target.js';
import { parseReference } from '../../src/core/oci/reference.js';
import { emptyConfig, image, layer, pushAll } from '../content/fixtures.js';

test.each([
  [
    'registry.example:5000/team/app:v1',
    { kind: 'registry', registry: 'registry.example:5000', repository: 'team/app' },
  ],
  ['oci-layout:./store:v1', { kind: 'layout', path: join(process.cwd(), 'store') }],
])('openTarget(%s) opens the store the reference names', (text, location) => {
  expect(openTarget(text).location).toEqual(location);
  expect(openTarget(parseReference(text)).location).toEqual(location);
});

test('a layout opened by reference is the same store as the directory', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'oma-open-'));
  try {
    const manifest = image(emptyConfig, [layer('z')]);
    const writer = openTarget(`oci-layout:${dir}/store`);
    await pushAll(writer, [emptyConfig, layer('z'), manifest]);
    await writer.tag(manifest.descriptor, 'v1');
    expect(await openTarget(parseReference(`oci-layout:${dir}/store:v1`)).resolve('v1')).toEqual(manifest.descriptor);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

describe('comparing store locations (the one switch over kinds)', () => {
  const repo = (registry: string, repository: string): TargetLocation => ({ kind: 'registry', registry, repository });
  test.each<[string, TargetLocation, TargetLocation, boolean, string | undefined]>([
    ['one repository', repo('r.example', 'a'), repo('r.example', 'a'), true, undefined],
    ['two repositories of one registry', repo('r.example', 'a'), repo('r.example', 'b'), false, 'a'],
    ['two registries', repo('r.example', 'a'), repo('s.example', 'a'), false, undefined],
    ['one layout', { kind: 'layout', path: '/s' }, { kind: 'layout', path: '/s' }, true, undefined],
    ['two layouts', { kind: 'layout', path: '/s' }, { kind: 'layout', path: '/t' }, false, undefined],
    ['a layout and a repository', { kind: 'layout', path: '/s' }, repo('r.example', 'a'), false, undefined],
    ['a repository and a layout', repo('r.example', 'a'), { kind: 'layout', path: '/s' }, false, undefined],
    ['memory and memory', { kind: 'memory' }, { kind: 'memory' }, false, undefined],
    ["push's files and a repository", { kind: 'files' }, repo('r.example', 'a'), false, undefined],
    ["push's files twice", { kind: 'files' }, { kind: 'files' }, false, undefined],
  ])('%s: same store %#', (_name, a, b, same, mountFrom) => {
    expect(sameStore(a, b)).toBe(same);
    expect(sameStore(b, a)).toBe(same);
    expect(mountSource(a, b)).toBe(mountFrom);
  });
});

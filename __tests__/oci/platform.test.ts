import { describe, expect, test } from '@jest/globals';
import { isOciError } from '../../src/core/errors.js';
import type { Platform } from '../../src/core/oci/descriptor.js';
import {
  comparePlatforms,
  formatPlatform,
  hostPlatform,
  normalisePlatform,
  parsePlatform,
  platformMatch,
  platformSlug,
  samePlatform,
} from '../../src/core/oci/platform.js';

const p = (os: string, architecture: string, variant?: string, extra: Partial<Platform> = {}): Platform =>
  variant === undefined ? { os, architecture, ...extra } : { os, architecture, variant, ...extra };

describe('parsePlatform', () => {
  test.each<[string, Platform]>([
    ['linux/amd64', p('linux', 'amd64')],
    ['linux/arm64', p('linux', 'arm64')],
    ['linux/aarch64', p('linux', 'arm64')],
    ['linux/x86_64', p('linux', 'amd64')],
    ['linux/x86-64', p('linux', 'amd64')],
    ['linux/arm64/v8', p('linux', 'arm64')],
    ['linux/aarch64/v8', p('linux', 'arm64')],
    ['linux/arm/v7', p('linux', 'arm', 'v7')],
    ['linux/arm/v6', p('linux', 'arm', 'v6')],
    ['linux/armhf', p('linux', 'arm')],
    ['linux/i386', p('linux', '386')],
    ['macos/arm64', p('darwin', 'arm64')],
    ['osx/x86_64', p('darwin', 'amd64')],
    ['darwin/arm64', p('darwin', 'arm64')],
    ['windows/amd64', p('windows', 'amd64')],
    ['win32/x64', p('windows', 'amd64')],
    ['Linux/AMD64', p('linux', 'amd64')],
    ['  linux/riscv64  ', p('linux', 'riscv64')],
    ['linux/amd64/v3', p('linux', 'amd64', 'v3')],
    ['unknown/unknown', p('unknown', 'unknown')],
  ])('%p', (input, expected) => {
    expect(parsePlatform(input)).toEqual(expected);
  });

  test.each([
    ['', /expected os\/arch\[\/variant\]/],
    ['linux', /expected os\/arch\[\/variant\]/],
    ['linux/', /expected os\/arch/],
    ['/amd64', /expected os\/arch/],
    ['linux//amd64', /expected os\/arch/],
    ['linux/amd64/', /expected os\/arch/],
    ['linux/arm/v7/x', /expected os\/arch/],
    ['linux/am d64', /expected os\/arch/],
    ['linux/-amd64', /expected os\/arch/],
    ['plan10/amd64', /unknown os "plan10"/],
    ['linux/z80', /unknown architecture "z80"/],
  ])('refuses %p', (input, message) => {
    let error: unknown;
    try {
      parsePlatform(input);
    } catch (e) {
      error = e;
    }
    expect(isOciError(error, 'INVALID_PLATFORM')).toBe(true);
    expect((error as Error).message).toContain(`invalid platform "${input}"`);
    expect((error as Error).message).toMatch(message);
  });
});

test('normalisePlatform keeps the other fields', () => {
  expect(normalisePlatform(p('macos', 'aarch64', 'v8', { 'os.version': '14.0', features: ['f'] }))).toEqual({
    os: 'darwin',
    architecture: 'arm64',
    'os.version': '14.0',
    features: ['f'],
  });
});

test.each<[Platform, string, string]>([
  [p('linux', 'amd64'), 'linux/amd64', 'linux-amd64'],
  [p('linux', 'arm', 'v7'), 'linux/arm/v7', 'linux-arm-v7'],
  [p('darwin', 'arm64', undefined, { 'os.version': 'macOS 14' }), 'darwin/arm64', 'darwin-arm64-macos-14'],
  [
    p('windows', 'amd64', undefined, { 'os.version': '10.0.17763.1234' }),
    'windows/amd64',
    'windows-amd64-10.0.17763.1234',
  ],
])('formatPlatform and platformSlug of %j', (platform, formatted, slug) => {
  expect(formatPlatform(platform)).toBe(formatted);
  expect(platformSlug(platform)).toBe(slug);
  expect(platformSlug(platform)).toMatch(/^[a-z0-9_][a-z0-9_.-]*$/);
});

describe('comparePlatforms and samePlatform', () => {
  test('sorts by os, architecture, variant, os.version', () => {
    const list = [
      p('windows', 'amd64', undefined, { 'os.version': '10.0.2' }),
      p('linux', 'arm', 'v7'),
      p('windows', 'amd64', undefined, { 'os.version': '10.0.1' }),
      p('darwin', 'arm64'),
      p('linux', 'arm', 'v6'),
      p('linux', 'amd64'),
      p('linux', 'arm'),
    ];
    expect([...list].sort(comparePlatforms).map((x) => `${formatPlatform(x)} ${x['os.version'] ?? ''}`.trim())).toEqual(
      [
        'darwin/arm64',
        'linux/amd64',
        'linux/arm',
        'linux/arm/v6',
        'linux/arm/v7',
        'windows/amd64 10.0.1',
        'windows/amd64 10.0.2',
      ],
    );
  });

  test.each<[Platform, Platform, boolean]>([
    [p('linux', 'aarch64'), p('linux', 'arm64', 'v8'), true],
    [p('macos', 'x86_64'), p('darwin', 'amd64'), true],
    [p('linux', 'arm', 'v7'), p('linux', 'arm', 'v6'), false],
    [p('windows', 'amd64', undefined, { 'os.version': '1' }), p('windows', 'amd64'), false],
  ])('samePlatform(%j, %j) = %p', (a, b, same) => {
    expect(samePlatform(a, b)).toBe(same);
    expect(comparePlatforms(a, b) === 0).toBe(same);
  });
});

test.each<[string, Platform, Platform, boolean, number]>([
  ['exact', p('linux', 'amd64'), p('linux', 'amd64'), true, 0],
  ['aliases', p('linux', 'aarch64'), p('linux', 'arm64', 'v8'), true, 0],
  ['other os', p('linux', 'amd64'), p('darwin', 'amd64'), false, Infinity],
  ['other architecture', p('linux', 'amd64'), p('linux', 'arm64'), false, Infinity],
  ['arm v7 runs v6', p('linux', 'arm', 'v7'), p('linux', 'arm', 'v6'), true, 2],
  ['arm v7 runs v5', p('linux', 'arm', 'v7'), p('linux', 'arm', 'v5'), true, 3],
  ['arm v6 does not run v7', p('linux', 'arm', 'v6'), p('linux', 'arm', 'v7'), false, Infinity],
  ['arm without variant means v7', p('linux', 'arm'), p('linux', 'arm', 'v6'), true, 2],
  ['arm v8 runs v7', p('linux', 'arm', 'v8'), p('linux', 'arm', 'v7'), true, 2],
  ['amd64/v3 runs plain amd64', p('linux', 'amd64', 'v3'), p('linux', 'amd64'), true, 1],
  ['plain amd64 does not run amd64/v3', p('linux', 'amd64'), p('linux', 'amd64', 'v3'), false, Infinity],
])('platformMatch: %s', (_name, want, have, matches, rank) => {
  expect(platformMatch(want, have)).toEqual({ matches, rank });
});

test.each<[string, string, Platform]>([
  ['linux', 'x64', p('linux', 'amd64')],
  ['darwin', 'arm64', p('darwin', 'arm64')],
  ['win32', 'x64', p('windows', 'amd64')],
  ['linux', 'arm', p('linux', 'arm', 'v7')],
  ['linux', 'ia32', p('linux', '386')],
  ['linux', 's390x', p('linux', 's390x')],
])('hostPlatform(%p, %p)', (os, arch, expected) => {
  expect(hostPlatform(os, arch)).toEqual(expected);
});

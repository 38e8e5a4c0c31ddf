/**
 * Files as users write them (globs, Windows paths, executable modes) and platforms with os.version (parsing,
 * ordering, the host's version, pull's choice), at the level of the functions that decide.
 */
import { describe, expect, test } from '@jest/globals';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path, { join } from 'node:path';
import type { Descriptor, Platform } from '../../../src/core/oci/descriptor.js';
import {
  compareOsVersions,
  formatPlatformWithVersion,
  hostOsVersion,
  parsePlatform,
} from '../../../src/core/oci/platform.js';
import { layerMode, layerTitle, parseFileSpec, recordedMode } from '../../../src/core/artifact/pack-files.js';
import { findPlatformEntry } from '../../../src/core/oci/select-entry.js';
import { actionsGlobber, expandFileSpecs, isGlob } from '../../../src/commands/inputs/files.js';
import { readPullRequest } from '../../../src/commands/inputs/pull.js';
import { readPushRequest } from '../../../src/commands/inputs/push.js';
import { readerFromMap } from '../../../src/commands/inputs/reader.js';

describe('files: globs', () => {
  const dir = mkdtempSync(join(tmpdir(), 'oma-glob-'));
  mkdirSync(join(dir, 'dist', 'docs'), { recursive: true });
  for (const f of ['b.tar.gz', 'a.tar.gz', 'notes.txt']) writeFileSync(join(dir, 'dist', f), f);

  test('a glob expands (sorted, with its media type); a literal path is kept as written', async () => {
    const specs = [parseFileSpec(`${dir}/dist/*.tar.gz:application/x-bottle`), parseFileSpec('README.md')];
    expect(await expandFileSpecs(specs, actionsGlobber({ quiet: true }))).toEqual([
      { path: join(dir, 'dist', 'a.tar.gz'), mediaType: 'application/x-bottle' },
      { path: join(dir, 'dist', 'b.tar.gz'), mediaType: 'application/x-bottle' },
      { path: 'README.md' },
    ]);
  });

  test('a directory matched by a glob is one entry, not its contents', async () => {
    expect(await expandFileSpecs([{ path: `${dir}/dist/d*` }], actionsGlobber({ quiet: true }))).toEqual([
      { path: join(dir, 'dist', 'docs') },
    ]);
  });

  test('a pattern that matches nothing is an error naming it', async () => {
    await expect(expandFileSpecs([{ path: `${dir}/dist/*.zip` }], actionsGlobber({ quiet: true }))).rejects.toThrow(
      `input "files": the pattern "${dir}/dist/*.zip" matches no file`,
    );
  });

  test.each([
    ['dist/*.tar.gz', true],
    ['dist/tool-?', true],
    ['dist/[ab].bin', true],
    ['C:\\dist\\tool.exe', false],
    ['dist/tool', false],
  ])('isGlob(%s) = %s', (p, expected) => {
    expect(isGlob(p)).toBe(expected);
  });
});

describe('files: Windows paths (path.win32)', () => {
  test.each([
    ['C:\\build\\dist\\tool.exe', 'tool.exe'],
    ['dist\\tool.exe', 'tool.exe'],
    ['D:/a/b/tool.zip', 'tool.zip'],
    ['C:\\build\\out\\', 'out'],
  ])('the title of %s is %s (never a separator in it)', (p, title) => {
    expect(layerTitle(p, path.win32)).toBe(title);
  });

  test('POSIX titles are base names too', () => {
    expect(layerTitle('dist/sub/tool', path.posix)).toBe('tool');
    expect(layerTitle('dist/dir/', path.posix)).toBe('dir');
  });

  test.each([
    ['C:\\dist\\tool.exe', { path: 'C:\\dist\\tool.exe' }],
    [
      'C:\\dist\\tool.exe:application/vnd.example.exe',
      { path: 'C:\\dist\\tool.exe', mediaType: 'application/vnd.example.exe' },
    ],
    ['D:/dist/tool.zip', { path: 'D:/dist/tool.zip' }],
  ])('a drive letter is not a media type: %s', (line, spec) => {
    expect(parseFileSpec(line)).toEqual(spec);
  });
});

describe('files: modes', () => {
  test.each([
    [0o100755, '0755'],
    [0o100700, '0700'],
    [0o100644, undefined],
    [0o100600, undefined],
  ])('mode %o is recorded as %s', (mode, recorded) => {
    expect(recordedMode(mode)).toBe(recorded);
  });

  test.each([
    ['0755', 0o755],
    ['755', 0o755],
    ['4755', undefined],
    ['rwx', undefined],
    [undefined, undefined],
  ])('a layer recording %s gives mode %s', (value, mode) => {
    const desc: Descriptor = {
      mediaType: 'application/octet-stream',
      digest: `sha256:${'0'.repeat(64)}`,
      size: 1,
      ...(value ? { annotations: { 'dev.oci-multiarch.mode': value } } : {}),
    };
    expect(layerMode(desc)).toBe(mode);
  });
});

describe('platforms with os.version', () => {
  test.each<[string, Platform]>([
    ['darwin/arm64:macOS 14', { os: 'darwin', architecture: 'arm64', 'os.version': 'macOS 14' }],
    ['windows/amd64:10.0.17763.1234', { os: 'windows', architecture: 'amd64', 'os.version': '10.0.17763.1234' }],
    ['linux/arm/v7', { os: 'linux', architecture: 'arm', variant: 'v7' }],
    ['macos/aarch64: macOS 15 ', { os: 'darwin', architecture: 'arm64', 'os.version': 'macOS 15' }],
  ])('%s', (text, platform) => {
    expect(parsePlatform(text)).toEqual(platform);
    expect(parsePlatform(formatPlatformWithVersion(platform))).toEqual(platform);
  });

  test('an empty os.version is refused', () => {
    expect(() => parsePlatform('darwin/arm64:')).toThrow(/expected os\/arch\[\/variant\]\[:os.version\]/);
  });

  test('push: platform carries the version, or os-version does; two different ones are refused', () => {
    const base = { repository: 'oci-layout:./s', files: 'x', 'staging-prefix': 'p' };
    const inline = readPushRequest(readerFromMap({ ...base, platform: 'darwin/arm64:macOS 14' }), { inActions: false });
    expect(inline.platform?.['os.version']).toBe('macOS 14');
    expect(inline.stagingTag).toBe('p-darwin-arm64-macos-14');
    expect(() =>
      readPushRequest(readerFromMap({ ...base, platform: 'darwin/arm64:macOS 14', 'os-version': 'macOS 15' }), {
        inActions: false,
      }),
    ).toThrow(/disagree/);
  });

  test.each([
    ['macOS 14', 'macOS 15', undefined, -1],
    ['macOS 14.5', 'macOS 14.4', undefined, 1],
    ['macOS 14', 'macOS 14.0', undefined, 0],
    ['10.0.20348.2113', '10.0.20348', 3, 0],
    ['10.0.17763.1', '10.0.20348', 3, -1],
    ['macOS 14', 'Windows 10.0', undefined, undefined],
    ['14.4', 'macOS 14', undefined, 1],
    ['sonoma', 'macOS 14', undefined, undefined],
  ])('compareOsVersions(%s, %s) = %s', (a, b, upTo, expected) => {
    expect(compareOsVersions(a, b, upTo)).toBe(expected);
  });

  test.each([
    ['darwin', '23.4.0', 'macOS 14.4'],
    ['darwin', '24.0.0', 'macOS 15.0'],
    ['darwin', '25.1.0', 'macOS 26.1'],
    ['darwin', '19.6.0', 'macOS 10.15'],
    ['win32', '10.0.20348', '10.0.20348'],
    ['linux', '6.8.0-1017-azure', undefined],
  ])('the host os.version on %s %s is %s', (platform, release, version) => {
    expect(hostOsVersion(platform, release)).toBe(version);
  });

  const entry = (version?: string, os = 'darwin'): Descriptor => ({
    mediaType: 'application/vnd.oci.image.manifest.v1+json',
    digest: `sha256:${(version ?? 'none').replace(/\W/g, '').padEnd(64, '0').slice(0, 64)}`,
    size: 1,
    platform: { os, architecture: 'arm64', ...(version ? { 'os.version': version } : {}) },
  });
  const bottles = [entry('macOS 13'), entry('macOS 14'), entry('macOS 15'), entry(undefined, 'linux')];
  const pick = (want: Platform, hostVersion?: string) =>
    findPlatformEntry(bottles, want, { exact: false, ...(hostVersion ? { hostVersion } : {}) })?.platform?.[
      'os.version'
    ];

  test('pull: an asked os.version takes only that entry', () => {
    expect(pick({ os: 'darwin', architecture: 'arm64', 'os.version': 'macOS 14' })).toBe('macOS 14');
    expect(pick({ os: 'darwin', architecture: 'arm64', 'os.version': 'macOS 12' })).toBeUndefined();
  });

  test("pull: the host's default takes the newest entry not newer than the host", () => {
    const mac = { os: 'darwin', architecture: 'arm64' };
    expect(pick(mac, 'macOS 14.4')).toBe('macOS 14');
    expect(pick(mac, 'macOS 26.0')).toBe('macOS 15');
    expect(pick(mac, 'macOS 12.7')).toBeUndefined();
  });

  test('pull: a platform without version (not the host) prefers an unversioned entry, else the newest', () => {
    expect(pick({ os: 'darwin', architecture: 'arm64' })).toBe('macOS 15');
    const withPlain = [...bottles, entry(undefined)];
    expect(findPlatformEntry(withPlain, { os: 'darwin', architecture: 'arm64' }, { exact: false })).toBe(withPlain[4]);
  });

  test('readPullRequest: the injected host gives the platform and its version; a given platform wins', () => {
    const get = readerFromMap({ reference: 'oci-layout:./s:1' });
    const mac = readPullRequest(get, { platform: 'darwin', arch: 'arm64', release: '23.4.0' });
    expect(mac.platform).toEqual({ os: 'darwin', architecture: 'arm64' });
    expect(mac.hostVersion).toBe('macOS 14.4');
    const win = readPullRequest(get, { platform: 'win32', arch: 'x64', release: '10.0.20348' });
    expect(win.platform).toEqual({ os: 'windows', architecture: 'amd64' });
    expect(win.hostVersion).toBe('10.0.20348');
    const given = readPullRequest(readerFromMap({ reference: 'oci-layout:./s:1', platform: 'darwin/arm64:macOS 13' }), {
      platform: 'darwin',
      arch: 'arm64',
      release: '23.4.0',
    });
    expect(given.platform['os.version']).toBe('macOS 13');
    expect(given.hostVersion).toBeUndefined();
  });
});

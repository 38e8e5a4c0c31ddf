/**
 * pull's platform choice on hand-written indexes in a layout: the exact entry first, then a compatible arm
 * variant (a v7 machine runs v6 and v5, the closest first), arm64's redundant v8 normalised on both sides;
 * never an incompatible one.
 */
import { beforeAll, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openTarget } from '../../src/core/stores/open-target.js';
import type { Platform } from '../../src/core/oci/descriptor.js';
import { tempDir } from '../content/cache/fixtures.js';
import { pullCli, pushRawIndex } from './publish-raw.js';

let work: string;
beforeAll(async () => {
  work = await tempDir('oma-pull-variants-');
});

const p = (os: string, architecture: string, variant?: string): Platform =>
  variant ? { os, architecture, variant } : { os, architecture };
const label = (platform: Platform) => [platform.os, platform.architecture, platform.variant].filter(Boolean).join('/');

/** Publishes one entry per platform whose only file, which.txt, names the entry's platform as written. */
async function publish(name: string, platforms: Platform[]): Promise<string> {
  const store = `oci-layout:${join(work, 'stores', name)}`;
  await pushRawIndex(
    openTarget(store),
    'v1',
    platforms.map((platform) => ({
      platform,
      layers: [{ title: 'which.txt', bytes: Buffer.from(label(platform)) }],
    })),
  );
  return `${store}:v1`;
}

test.each<[string, Platform[], string, string]>([
  ['v7 asked, only v6 there: v6', [p('linux', 'arm', 'v6'), p('linux', 'amd64')], 'linux/arm/v7', 'linux/arm/v6'],
  [
    'v7 asked, v5 and v6 there: the closest, v6',
    [p('linux', 'arm', 'v5'), p('linux', 'arm', 'v6')],
    'linux/arm/v7',
    'linux/arm/v6',
  ],
  [
    'v7 asked, v6 and v7 there: exact first',
    [p('linux', 'arm', 'v6'), p('linux', 'arm', 'v7')],
    'linux/arm/v7',
    'linux/arm/v7',
  ],
  [
    'arm64 asked, the entry says arm64/v8',
    [p('linux', 'amd64'), p('linux', 'arm64', 'v8')],
    'linux/arm64',
    'linux/arm64/v8',
  ],
  ['arm64/v8 asked, the entry says arm64', [p('linux', 'arm64'), p('linux', 'amd64')], 'linux/arm64/v8', 'linux/arm64'],
  ['aarch64 asked, the entry says arm64/v8', [p('linux', 'arm64', 'v8')], 'linux/aarch64', 'linux/arm64/v8'],
  ['amd64 asked among arm ones', [p('linux', 'arm', 'v7'), p('linux', 'amd64')], 'linux/amd64', 'linux/amd64'],
])('%s', async (name, platforms, asked, expected) => {
  const reference = await publish(name.replace(/[^a-z0-9]+/gi, '-'), platforms);
  const output = join(work, 'out', name.replace(/[^a-z0-9]+/gi, '-'));
  const run = await pullCli(reference, asked, output);
  expect(run.code).toBe(0);
  expect(readFileSync(join(output, 'which.txt'), 'utf8')).toBe(expected);
  expect(run.outputs['files']).toBe('which.txt');
  expect(run.outputs['digest']).toMatch(/^sha256:[0-9a-f]{64}$/);
});

test.each<[string, Platform[], string, RegExp]>([
  [
    'v6 asked, only v7 there',
    [p('linux', 'arm', 'v7')],
    'linux/arm/v6',
    /no entry for platform linux\/arm\/v6 \(it has: linux\/arm\/v7\)/,
  ],
  [
    'arm asked, only arm64 there',
    [p('linux', 'arm64')],
    'linux/arm/v7',
    /no entry for platform linux\/arm\/v7 \(it has: linux\/arm64\)/,
  ],
  [
    'linux asked, only darwin there',
    [p('darwin', 'arm64')],
    'linux/arm64',
    /no entry for platform linux\/arm64 \(it has: darwin\/arm64\)/,
  ],
])('%s: refused in one line naming what is there', async (name, platforms, asked, message) => {
  const reference = await publish(name.replace(/[^a-z0-9]+/gi, '-'), platforms);
  const run = await pullCli(reference, asked, join(work, 'out', name.replace(/[^a-z0-9]+/gi, '-')));
  expect(run.code).toBe(1);
  expect(run.lines.filter((l) => l.startsWith('oci-multiarch: error:'))).toEqual([expect.stringMatching(message)]);
});

/**
 * pull against hostile artifacts written by the test itself, to the real registry and to a layout: titles that
 * are absolute or climb out, and directory layers whose tar escapes through `..`, symlinks or hard links. Each
 * run fails with one clear error line and writes nothing outside `output`.
 */
import { beforeAll, describe, expect, test } from '@jest/globals';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { openTarget } from '../../src/core/stores/open-target.js';
import { rawTarGz, listTree, type RawEntry } from '../artifact/tar/helpers.js';
import { useRegistry } from '../harness/fixtures.js';
import { tempDir } from '../content/cache/fixtures.js';
import { pullCli, pushRawIndex, type RawLayer } from './publish-raw.js';

const { registry } = useRegistry();
let work: string;
beforeAll(async () => {
  work = await tempDir('oma-pull-hostile-');
});

const file = (name: string): RawEntry => ({ header: { name }, body: Buffer.from('evil\n') });
const symlink = (name: string, target: string): RawEntry => ({ header: { name, type: '2', linkName: target } });
const hardlink = (name: string, target: string): RawEntry => ({ header: { name, type: '1', linkName: target } });
const plain = (title: string): RawLayer => ({ title, bytes: Buffer.from(`contents of ${title}\n`) });
const directory = (entries: RawEntry[]): RawLayer => ({ title: 'bin', bytes: rawTarGz(entries), unpack: true });

/** The sandbox is <case>/, the output <case>/deep/out: `../../x` from the output is <case>/x. */
type Case = [string, (sandbox: string) => RawLayer[], RegExp];
const cases: Case[] = [
  ['a title climbing out (../../x)', () => [plain('../../x')], /refusing layer title "\.\.\/\.\.\/x"/],
  ['an absolute title', (sandbox) => [plain(join(sandbox, 'x'))], /refusing layer title "\/.*\/x"/],
  ['a title with .. in the middle', () => [plain('a/../../../x')], /refusing layer title/],
  ['a title that is ..', () => [plain('..')], /refusing layer title "\.\."/],
  ['a good title then a bad one (nothing at all is written)', () => [plain('ok.txt'), plain('../../x')], /refusing/],
  ['a tar entry climbing out', () => [directory([file('../../../x')])], /refusing to extract "\.\.\/\.\.\/\.\.\/x"/],
  [
    'a tar symlink leading out, then a file through it',
    () => [directory([symlink('escape', '../../..'), file('escape/x')])],
    /refusing to extract "escape"/,
  ],
  [
    'a tar symlink to an absolute path, then a file through it',
    (sandbox) => [directory([symlink('abs', sandbox), file('abs/x')])],
    /refusing to extract "abs"/,
  ],
  [
    'a tar hard link to a file outside',
    () => [directory([hardlink('h', '../../../x')])],
    /refusing to extract "\.\.\/\.\.\/\.\.\/x": the name contains a "\.\." component/,
  ],
];

describe.each([
  ['an oci-layout store', (name: string) => `oci-layout:${join(work, 'stores', name)}`],
  ['the registry', (name: string) => `${registry.host}/hostile/${name}`],
])('pull from %s', (_where, repositoryOf) => {
  test.each(cases)('%s: one error line, nothing outside the output', async (name, layers, message) => {
    const slug = name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '');
    const repository = repositoryOf(slug);
    const sandbox = join(work, 'sandboxes', `${slug}-${_where.replace(/\W+/g, '-')}`);
    const output = join(sandbox, 'deep', 'out');
    await mkdir(sandbox, { recursive: true });
    await pushRawIndex(openTarget(repository), 'v1', [
      { platform: { os: 'linux', architecture: 'amd64' }, layers: layers(sandbox) },
    ]);
    const run = await pullCli(`${repository}:v1`, 'linux/amd64', output);
    expect(run.code).toBe(1);
    const errors = run.lines.filter((l) => l.startsWith('oci-multiarch: error:'));
    expect(errors).toHaveLength(1);
    expect(run.lines.at(-1)).toBe(errors[0]);
    expect(errors[0]).toMatch(message);
    const outside = (await listTree(sandbox)).filter((p) => !p.startsWith('deep/'));
    expect(outside).toEqual([]);
    expect(existsSync(join(sandbox, 'x'))).toBe(false);
    expect(existsSync(output) ? await listTree(output) : []).toEqual([]);
  });
});

/**
 * One rule for push and pull (safe-path.ts): a directory layer never holds what pull would refuse to write.
 * Every symlink pull refuses is refused by push with one line naming it; every symlink push accepts unpacks
 * again; `.git` entries and empty directories are refused at push.
 */
import { describe, expect, test } from '@jest/globals';
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { checkSymlinkTarget } from '../../../src/core/artifact/safe-path.js';
import { createDirectoryTarGz, extractTarGz } from '../../../src/core/artifact/tar/tar-gz.js';
import { isOciError } from '../../../src/core/errors.js';
import { collect, listTree, withTemp } from './helpers.js';

/** [where the link is, relative to the pushed directory; its target] */
const links: Array<[string, string]> = [
  ['l', '/etc'],
  ['l', '..'],
  ['sub/l', '../..'],
  ['sub/l', 'x/../../..'],
  ['l', 'C:/Windows'],
  ['l', '.git/config'],
  ['l', 'lib/x'],
  ['sub/l', '../lib'],
  ['l', '.'],
];

const pullRefuses = (path: string, target: string): boolean => {
  try {
    checkSymlinkTarget(path, target);
    return false;
  } catch {
    return true;
  }
};

describe('push refuses exactly the symlinks pull refuses', () => {
  test.each(links)('%s -> %s', async (path, target) => {
    await withTemp(async (tmp) => {
      const dir = join(tmp, 'dir');
      await mkdir(join(dir, 'sub'), { recursive: true });
      await mkdir(join(dir, 'lib'), { recursive: true });
      await writeFile(join(dir, 'lib', 'x'), 'x\n');
      await symlink(target, join(dir, path));
      const packed = await collect(createDirectoryTarGz(dir)).catch((e: unknown) => e);
      if (pullRefuses(path, target)) {
        expect(isOciError(packed, 'INVALID_INPUT')).toBe(true);
        expect((packed as Error).message).toMatch(
          /^cannot archive ".*": .*; pull would refuse it, so it is not published$/,
        );
        expect((packed as Error).message).toContain(join(dir, path));
      } else {
        expect(Buffer.isBuffer(packed)).toBe(true);
        const out = join(tmp, 'out');
        await extractTarGz(Readable.from([packed as Buffer]), out);
        expect(await listTree(out)).toContain(path);
      }
    });
  });
});

test('a .git directory inside a pushed directory is refused', async () => {
  await withTemp(async (tmp) => {
    await mkdir(join(tmp, 'dir', '.git', 'hooks'), { recursive: true });
    await writeFile(join(tmp, 'dir', '.git', 'hooks', 'pre-commit'), '#!/bin/sh\n');
    const error = await collect(createDirectoryTarGz(join(tmp, 'dir'))).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/cannot archive ".*\/dir\/\.git": the name has a "\.git" component/);
  });
});

test('an empty directory is refused with one line', async () => {
  await withTemp(async (tmp) => {
    await mkdir(join(tmp, 'empty'));
    const error = await collect(createDirectoryTarGz(join(tmp, 'empty'))).catch((e: unknown) => e);
    expect(isOciError(error, 'INVALID_INPUT')).toBe(true);
    expect((error as Error).message).toMatch(/^cannot archive ".*\/empty": the directory is empty/);
    expect((error as Error).message).not.toContain('\n');
  });
});

import { describe, expect, test } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { chmod, cp, lstat, mkdir, readFile, readlink, symlink, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createDirectoryTarGz, extractTarGz } from '../../../src/core/artifact/tar/tar-gz.js';
import { isOciError } from '../../../src/core/errors.js';
import { collect, listTree, run, sha256Of, withTemp } from './helpers.js';

const longDir = `${'d'.repeat(70)}/${'e'.repeat(40)}`;
const longPath = `${longDir}/${'f'.repeat(38)}`; // 150 characters
const bigSize = 20 * 1024 * 1024;

/** A tree with nested dirs, an empty file, an executable, a symlink, a 150-character path and (optionally) 20 MiB. */
async function makeTree(root: string, big?: Buffer): Promise<void> {
  await mkdir(join(root, 'a/b/c'), { recursive: true });
  await mkdir(join(root, 'empty-dir'));
  await mkdir(join(root, longDir), { recursive: true });
  await writeFile(join(root, 'a/b/c/deep.txt'), 'deep\n');
  await writeFile(join(root, 'a/B.txt'), 'upper\n');
  await writeFile(join(root, 'empty'), '');
  await writeFile(join(root, 'tool'), '#!/bin/sh\necho hi\n');
  await chmod(join(root, 'tool'), 0o700);
  await writeFile(join(root, 'private.txt'), 'secret-ish\n');
  await chmod(join(root, 'private.txt'), 0o600);
  await symlink('a/b/c/deep.txt', join(root, 'link'));
  await writeFile(join(root, longPath), 'long\n');
  await writeFile(join(root, 'é-unicode.txt'), 'utf8 name\n');
  if (big) await writeFile(join(root, 'big.bin'), big);
}

describe('createDirectoryTarGz', () => {
  test('gives the same bytes for the same tree: twice, after touching mtimes and modes, and from a copy', async () => {
    await withTemp(async (tmp) => {
      const tree = join(tmp, 'tree');
      await makeTree(tree);
      const first = await sha256Of(createDirectoryTarGz(tree));
      const second = await sha256Of(createDirectoryTarGz(tree));
      expect(second).toEqual(first);

      await utimes(join(tree, 'a/b/c/deep.txt'), new Date(2001, 1, 1), new Date(2001, 1, 1));
      await utimes(join(tree, 'a'), new Date(), new Date(1999, 1, 1));
      await chmod(join(tree, 'private.txt'), 0o664);
      await chmod(join(tree, 'tool'), 0o755);
      expect(await sha256Of(createDirectoryTarGz(tree))).toEqual(first);

      await cp(tree, join(tmp, 'copy'), { recursive: true, verbatimSymlinks: true });
      expect(await sha256Of(createDirectoryTarGz(join(tmp, 'copy')))).toEqual(first);

      await writeFile(join(tree, 'empty'), 'x');
      expect((await sha256Of(createDirectoryTarGz(tree))).digest).not.toBe(first.digest);
    });
  });

  test('the gzip header has mtime 0, no name and a fixed OS byte', async () => {
    await withTemp(async (tmp) => {
      await writeFile(join(tmp, 'f'), 'x');
      const bytes = await collect(createDirectoryTarGz(tmp));
      expect([...bytes.subarray(0, 4)]).toEqual([0x1f, 0x8b, 8, 0]); // magic, deflate, no FNAME/FEXTRA/FCOMMENT
      expect([...bytes.subarray(4, 8)]).toEqual([0, 0, 0, 0]); // mtime
      expect(bytes[9]).toBe(0xff); // OS: unknown
    });
  });

  test('GNU tar lists our archive with names, modes, sizes, owners, times and link targets', async () => {
    await withTemp(async (tmp) => {
      const tree = join(tmp, 'tree');
      await makeTree(tree);
      await pipeline(createDirectoryTarGz(tree), createWriteStream(join(tmp, 'layer.tgz')));
      const { stdout } = await run('tar', ['--numeric-owner', '--utc', '-tzvf', join(tmp, 'layer.tgz')], {
        env: { ...process.env, LC_ALL: 'C.UTF-8' },
      });
      const lines = stdout.trim().split('\n');
      const names = lines.map((l) => l.split(/\s+/).slice(5).join(' '));
      expect(names).toEqual([
        'a/',
        'a/B.txt',
        'a/b/',
        'a/b/c/',
        'a/b/c/deep.txt',
        `${'d'.repeat(70)}/`,
        `${longDir}/`,
        longPath,
        'empty',
        'empty-dir/',
        'link -> a/b/c/deep.txt',
        'private.txt',
        'tool',
        'é-unicode.txt',
      ]);
      const line = (name: string): string => lines.find((l) => l.endsWith(` ${name}`)) ?? '';
      expect(line('tool')).toMatch(/^-rwxr-xr-x 0\/0\s+18 1970-01-01 00:00 tool$/);
      expect(line('private.txt')).toMatch(/^-rw-r--r-- 0\/0\s+11 1970-01-01 00:00 private.txt$/);
      expect(line('a/b/')).toMatch(/^drwxr-xr-x 0\/0\s+0 1970-01-01 00:00 a\/b\/$/);
      expect(line('link -> a/b/c/deep.txt')).toMatch(/^lrwxrwxrwx 0\/0\s+0 /);
      expect(line(longPath)).toMatch(/^-rw-r--r-- 0\/0\s+5 /);

      // And GNU tar extracts it to the same tree, without a warning.
      await mkdir(join(tmp, 'gnu-out'));
      const extracted = await run('tar', ['-xzf', join(tmp, 'layer.tgz'), '-C', join(tmp, 'gnu-out')]);
      expect(extracted.stderr).toBe('');
      expect(await listTree(join(tmp, 'gnu-out'))).toEqual(await listTree(tree));
      expect(await readFile(join(tmp, 'gnu-out', longPath), 'utf8')).toBe('long\n');
    });
  });

  test.each([
    ['missing', false],
    ['a file, not a directory', true],
  ])('refuses a path that is %s', async (_name, isFile) => {
    await withTemp(async (tmp) => {
      const path = join(tmp, 'x');
      if (isFile) await writeFile(path, 'x');
      const error = await collect(createDirectoryTarGz(path)).catch((e: unknown) => e);
      expect(isOciError(error, 'INVALID_INPUT')).toBe(true);
      expect((error as Error).message).toContain(path);
    });
  });

  test('refuses a FIFO in the tree', async () => {
    await withTemp(async (tmp) => {
      await writeFile(join(tmp, 'ok'), 'x');
      await run('mkfifo', [join(tmp, 'pipe')]);
      const error = await collect(createDirectoryTarGz(tmp)).catch((e: unknown) => e);
      expect(isOciError(error, 'INVALID_INPUT')).toBe(true);
      expect((error as Error).message).toMatch(/pipe": only regular files, directories and symlinks/);
    });
  });
});

describe('extractTarGz', () => {
  test('round-trips a tree (nested dirs, empty file, executable, symlink, 150-character path, 20 MiB)', async () => {
    await withTemp(async (tmp) => {
      const tree = join(tmp, 'tree');
      const big = randomBytes(bigSize);
      await makeTree(tree, big);
      await pipeline(createDirectoryTarGz(tree), createWriteStream(join(tmp, 'layer.tgz')));
      const out = join(tmp, 'out');
      const written = await extractTarGz(createReadStream(join(tmp, 'layer.tgz')), out);

      expect(written).toEqual([
        'a/B.txt',
        'a/b/c/deep.txt',
        'big.bin',
        longPath,
        'empty',
        'link',
        'private.txt',
        'tool',
        'é-unicode.txt',
      ]);
      expect(await listTree(out)).toEqual(await listTree(tree));
      expect((await readFile(join(out, 'big.bin'))).equals(big)).toBe(true);
      expect(await readFile(join(out, longPath), 'utf8')).toBe('long\n');
      expect(await readFile(join(out, 'empty'), 'utf8')).toBe('');
      expect(await readlink(join(out, 'link'))).toBe('a/b/c/deep.txt');
      expect(await readFile(join(out, 'link'), 'utf8')).toBe('deep\n');
      expect((await lstat(join(out, 'tool'))).mode & 0o777).toBe(0o755);
      expect((await lstat(join(out, 'private.txt'))).mode & 0o777).toBe(0o644);

      // Extracting again into the same directory replaces files and keeps the result.
      expect(await extractTarGz(createReadStream(join(tmp, 'layer.tgz')), out)).toEqual(written);
      expect(await readlink(join(out, 'link'))).toBe('a/b/c/deep.txt');
    });
  });

  test.each([
    ['gnu', []],
    ['posix', ['--format=posix']],
    ['ustar', ['--format=ustar']],
  ])('extracts what GNU tar writes (format %s, long names, link, hard link)', async (_name, options) => {
    await withTemp(async (tmp) => {
      const tree = join(tmp, 'tree');
      await makeTree(tree);
      await run('ln', [join(tree, 'a/B.txt'), join(tree, 'hard')]);
      const archive = join(tmp, 'gnu.tgz');
      await run('tar', ['-czf', archive, ...options, '-C', tree, '.']);
      const out = join(tmp, 'out');
      const written = await extractTarGz(createReadStream(archive), out);
      expect(written).toContain(longPath);
      expect(written).toContain('hard');
      expect(await listTree(out)).toEqual(await listTree(tree));
      expect(await readFile(join(out, longPath), 'utf8')).toBe('long\n');
      expect(await readFile(join(out, 'hard'), 'utf8')).toBe('upper\n');
      expect(await readlink(join(out, 'link'))).toBe('a/b/c/deep.txt');
      expect((await lstat(join(out, 'tool'))).mode & 0o777).toBe(0o755);
    });
  });

  test.each([
    ['a truncated stream', (b: Buffer) => b.subarray(0, Math.floor(b.length / 2)), /unexpected end of file|truncated/],
    [
      'corrupted compressed bytes',
      (b: Buffer) => Buffer.concat([b.subarray(0, 40), Buffer.alloc(64, 0x55), b.subarray(104)]),
      /invalid|incorrect|checksum|truncated|unexpected/,
    ],
    ['bytes that are not gzip', () => Buffer.from('hello, this is not gzip'), /incorrect header check/],
  ])('fails on %s', async (_name, damage, message) => {
    await withTemp(async (tmp) => {
      await writeFile(join(tmp, 'f'), randomBytes(200_000));
      const bytes = await collect(createDirectoryTarGz(tmp));
      const error = await extractTarGz(Readable.from([damage(bytes)]), join(tmp, 'out')).catch((e: unknown) => e);
      // Errors from node's zlib come from another realm under jest: check the message, not the class.
      expect(String((error as Error | undefined)?.message)).toMatch(message);
    });
  });

  test('an input stream that fails makes the extraction fail', async () => {
    await withTemp(async (tmp) => {
      const input = new Readable({
        read() {
          this.destroy(new Error('connection reset'));
        },
      });
      await expect(extractTarGz(input, join(tmp, 'out'))).rejects.toThrow('connection reset');
    });
  });
});

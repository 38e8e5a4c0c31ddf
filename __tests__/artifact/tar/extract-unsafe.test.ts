import { describe, expect, test } from '@jest/globals';
import { mkdir, readdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { createReadStream } from 'node:fs';
import { checkSymlinkTarget, extractTarGz, safeRelativePath } from '../../../src/core/artifact/tar/tar-gz.js';
import { isOciError } from '../../../src/core/errors.js';
import { listTree, rawTarGz, run, withTemp, type RawEntry } from './helpers.js';

const file = (name: string, text = 'evil\n'): RawEntry => ({ header: { name }, body: Buffer.from(text) });
const dir = (name: string): RawEntry => ({ header: { name, type: '5', mode: 0o755 } });
const link = (name: string, target: string): RawEntry => ({ header: { name, type: '2', linkName: target } });
const hard = (name: string, target: string): RawEntry => ({ header: { name, type: '1', linkName: target } });

/**
 * Extracts into sandbox/out next to an empty sandbox/outside; expects an UNSAFE error whose message
 * matches, and checks that nothing appeared outside `out`.
 */
async function expectRefused(
  archive: Buffer | (() => Promise<Readable>),
  message: RegExp,
  prepare?: (out: string, outside: string) => Promise<void>,
): Promise<string[]> {
  return withTemp(async (sandbox) => {
    const out = join(sandbox, 'out');
    const outside = join(sandbox, 'outside');
    await mkdir(out);
    await mkdir(outside);
    await prepare?.(out, outside);
    const input = Buffer.isBuffer(archive) ? Readable.from([archive]) : await archive();
    const error = await extractTarGz(input, out).catch((e: unknown) => e);
    expect(isOciError(error, 'UNSAFE')).toBe(true);
    expect((error as Error).message).toMatch(/^refusing to extract "/);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).not.toContain('\n');
    expect((await readdir(sandbox)).sort()).toEqual(['out', 'outside']);
    expect(await readdir(outside)).toEqual([]);
    return listTree(out);
  });
}

describe('extractTarGz refuses hostile archives and writes nothing outside', () => {
  test.each<[string, RawEntry[], RegExp]>([
    ['an absolute name', [file('/tmp/evil')], /absolute path/],
    ['a leading ..', [file('../outside/evil')], /"\.\." component/],
    ['a .. in the middle', [file('a/../../outside/evil')], /"\.\." component/],
    ['a bare ..', [dir('..')], /"\.\." component/],
    ['a backslash name', [file('..\\outside\\evil')], /backslash/],
    ['a drive letter', [file('C:/evil')], /drive letter/],
    ['a pax path that climbs out', [{ ...file('innocent'), pax: [['path', '../outside/evil']] }], /"\.\." component/],
    [
      'a GNU long name that climbs out',
      [{ ...file('innocent'), gnuLongName: `../outside/${'x'.repeat(120)}` }],
      /"\.\." component/,
    ],
    ['a symlink to an absolute path', [link('l', '/etc')], /points to "\/etc", outside/],
    ['a symlink to ..', [link('l', '..')], /outside the output directory/],
    ['a nested symlink climbing too high', [dir('d/'), link('d/l', '../../outside')], /outside the output directory/],
    [
      'a symlink with .. after a name',
      [dir('d/'), link('d/l', '..'), link('m', 'd/l/../outside')],
      /has "\.\." after a name/,
    ],
    [
      'a file written through an archive symlink',
      [dir('sub/'), link('sub/l', '..'), file('sub/l/evil')],
      /written through the symlink "sub\/l"/,
    ],
    [
      'a file written over an archive symlink',
      [dir('sub/'), link('x', 'sub/target'), file('x')],
      /written through the symlink "x"/,
    ],
    [
      'a directory entry under a symlink',
      [dir('sub/'), link('l', 'sub'), dir('l/inner/')],
      /written through the symlink "l"/,
    ],
    ['a hard link to an absolute path', [hard('h', '/etc/passwd')], /absolute path/],
    ['a hard link that climbs out', [hard('h', '../outside/x')], /"\.\." component/],
    ['a hard link to something not in the archive', [hard('h', 'not-here')], /not a file of this archive/],
    ['a hard link to a symlink', [link('l', 'x'), hard('h', 'l')], /not a file of this archive/],
    ['a character device', [{ header: { name: 'tty', type: '3' } }], /device files/],
    ['a block device', [{ header: { name: 'sda', type: '4' } }], /device files/],
    ['a FIFO', [{ header: { name: 'pipe', type: '6' } }], /FIFOs/],
    ['an unknown entry type', [{ header: { name: 'sparse', type: 'S' } }], /unsupported tar entry type "S"/],
    ['a file replacing a directory', [dir('d/'), file('d')], /"d" is a directory/],
    ['a file under a file', [file('f'), file('f/g')], /"f" exists and is not a directory/],
  ])('%s', async (_name, entries, message) => {
    await expectRefused(rawTarGz(entries), message);
  });

  test('entries before the hostile one are written, nothing after it', async () => {
    const tree = await expectRefused(rawTarGz([file('ok.txt'), file('../outside/evil'), file('after.txt')]), /"\.\."/);
    expect(tree).toEqual(['ok.txt']);
  });

  test('a symlink already in the output directory is not written through', async () => {
    await expectRefused(rawTarGz([file('link/evil')]), /written through the symlink "link"/, async (out, outside) => {
      await symlink(outside, join(out, 'link'));
    });
  });

  test('a file over a (dangling) symlink already in the output directory is refused', async () => {
    await expectRefused(rawTarGz([file('link')]), /written through the symlink "link"/, async (out, outside) => {
      await symlink(join(outside, 'victim'), join(out, 'link'));
    });
  });

  test('an archive GNU tar made with -P (absolute names) is refused', async () => {
    await withTemp(async (tmp) => {
      await writeFile(join(tmp, 'abs.txt'), 'x');
      const archive = join(tmp, 'abs.tgz');
      await run('tar', ['-P', '-czf', archive, join(tmp, 'abs.txt')]);
      await expectRefused(async () => createReadStream(archive), /absolute path/);
    });
  });

  test('an archive GNU tar made with --transform to ../ names is refused', async () => {
    await withTemp(async (tmp) => {
      await writeFile(join(tmp, 'x.txt'), 'x');
      const archive = join(tmp, 'up.tgz');
      await run('tar', ['-czf', archive, '-C', tmp, '--transform', 's,^,../,', 'x.txt']);
      await expectRefused(async () => createReadStream(archive), /"\.\." component/);
    });
  });

  test('a corrupted header checksum is refused', async () => {
    const { gunzipSync, gzipSync } = await import('node:zlib');
    const tar = gunzipSync(rawTarGz([file('ok.txt')]));
    tar[0] = 'X'.charCodeAt(0);
    await withTemp(async (tmp) => {
      const error = await extractTarGz(Readable.from([gzipSync(tar)]), join(tmp, 'out')).catch((e: unknown) => e);
      expect(isOciError(error, 'UNSAFE')).toBe(true);
      expect((error as Error).message).toMatch(/header checksum does not match/);
    });
  });

  test('a pax header larger than the cap is refused without reading it into memory', async () => {
    await withTemp(async (tmp) => {
      const error = await extractTarGz(
        Readable.from([rawTarGz([{ ...file('ok'), pax: [['comment', 'x'.repeat(2 * 1024 * 1024)]] }])]),
        join(tmp, 'out'),
      ).catch((e: unknown) => e);
      expect(isOciError(error, 'UNSAFE')).toBe(true);
      expect((error as Error).message).toMatch(/extended header of \d+ bytes is larger than/);
    });
  });

  test('allowed links: leading .. within depth, links to directories, dot entries', async () => {
    await withTemp(async (tmp) => {
      const out = join(tmp, 'out');
      const written = await extractTarGz(
        Readable.from([
          rawTarGz([
            dir('./'),
            dir('./lib/'),
            file('./lib/libx.so.1', 'lib\n'),
            dir('bin/'),
            link('bin/libx.so', '../lib/libx.so.1'),
            link('libdir', 'lib'),
            link('self', '.'),
            hard('bin/hard', 'lib/libx.so.1'),
          ]),
        ]),
        out,
      );
      expect(written).toEqual(['lib/libx.so.1', 'bin/libx.so', 'libdir', 'self', 'bin/hard']);
      expect(await listTree(out)).toEqual([
        'bin/',
        'bin/hard',
        'bin/libx.so',
        'lib/',
        'lib/libx.so.1',
        'libdir',
        'self',
      ]);
    });
  });
});

describe('safeRelativePath', () => {
  test.each([
    ['a/b', 'a/b'],
    ['./a//b/', 'a/b'],
    ['.', ''],
    ['./', ''],
    ['a/./b', 'a/b'],
    ['..a/b..', '..a/b..'],
    ['é/ü', 'é/ü'],
  ])('%p → %p', (name, expected) => {
    expect(safeRelativePath(name)).toBe(expected);
  });

  test.each([['/abs'], ['../x'], ['a/..'], ['a/../b'], ['a\\b'], ['C:x'], ['a\0b'], ['//x']])('refuses %p', (name) => {
    expect(() => safeRelativePath(name)).toThrow(/^refusing to extract/);
  });
});

describe('checkSymlinkTarget', () => {
  test.each([
    ['l', 'target'],
    ['l', './x/y'],
    ['l', '.'],
    ['d/l', '..'],
    ['d/l', '../x'],
    ['d/e/l', '../../x/y'],
  ])('allows %p → %p', (linkPath, target) => {
    expect(() => checkSymlinkTarget(linkPath, target)).not.toThrow();
  });

  test.each([
    ['l', ''],
    ['l', '/etc/passwd'],
    ['l', '..'],
    ['d/l', '../..'],
    ['d/l', 'x/../../..'],
    ['d/l', 'x/../y'],
    ['l', 'C:/Windows'],
    ['l', '..\\x'],
  ])('refuses %p → %p', (linkPath, target) => {
    expect(() => checkSymlinkTarget(linkPath, target)).toThrow(/^refusing to extract/);
  });
});

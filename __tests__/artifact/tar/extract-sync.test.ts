/**
 * The extractor's synchronous path (tar-read.ts's TarParser feeding tar-extract.ts's file writes): the tree
 * does not depend on where the input's chunks are cut (inside headers, pax records, bodies, padding); a name
 * written twice replaces the first without writing into a hard-linked twin; modes are exact whatever the
 * umask; a limit exceeded or an input cut inside a file fails with one of our errors and leaves no
 * descriptor open.
 */
import { describe, expect, test } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { lstat, readFile, readlink } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { gunzipSync, gzipSync } from 'node:zlib';
import { extractTar, extractTarGz } from '../../../src/core/artifact/tar/tar-extract.js';
import { isOciError } from '../../../src/core/errors.js';
import { listTree, rawTarGz, withTemp, type RawEntry } from './helpers.js';

const file = (name: string, body: Buffer | string, mode = 0o644): RawEntry => ({
  header: { name, mode },
  body: Buffer.isBuffer(body) ? body : Buffer.from(body),
});
const openFds = (): number => readdirSync('/proc/self/fd').length;

async function* pieces(bytes: Buffer, size: number): AsyncGenerator<Buffer> {
  for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
}

/** Every path under `dir` with its kind, mode and content (or link target). */
async function describeTree(dir: string): Promise<string[]> {
  return Promise.all(
    (await listTree(dir)).map(async (p) => {
      const path = join(dir, p);
      const s = await lstat(path);
      if (s.isSymbolicLink()) return `${p} -> ${await readlink(path)}`;
      if (s.isDirectory()) return `${p} ${(s.mode & 0o777).toString(8)}`;
      return `${p} ${(s.mode & 0o777).toString(8)} ${(await readFile(path)).toString('hex')}`;
    }),
  );
}

const longDir = `deep/${'n'.repeat(120)}`;
const variety = (): RawEntry[] => [
  { header: { name: 'dir/', type: '5', mode: 0o755 } },
  file('dir/a.txt', 'alpha\n'),
  file('dir/run.sh', '#!/bin/sh\necho hi\n', 0o755),
  file('empty', ''),
  file('exact-block', Buffer.alloc(512, 1)),
  file('odd', randomBytes(1500)),
  { ...file('ignored-name', 'by pax\n'), pax: [['path', `${longDir}/pax.txt`]] },
  { ...file('ignored-too', 'by GNU\n'), gnuLongName: `${longDir}/gnu.txt` },
  { header: { name: 'dir/link', type: '2', linkName: 'a.txt' } },
  { header: { name: 'dir/hard', type: '1', linkName: 'dir/a.txt' } },
];

describe('extractTar: the synchronous path', () => {
  test('the same tree whether the input comes whole or cut at every kind of boundary', async () => {
    const tar = gunzipSync(rawTarGz(variety()));
    await withTemp(async (dir) => {
      await extractTar(pieces(tar, tar.length), join(dir, 'whole'));
      const whole = await describeTree(join(dir, 'whole'));
      expect(whole).toContain(`${longDir}/pax.txt 644 ${Buffer.from('by pax\n').toString('hex')}`);
      expect(whole).toContain('dir/link -> a.txt');
      expect(whole.find((l) => l.startsWith('dir/run.sh '))).toMatch(/^dir\/run\.sh 755 /);
      for (const size of [1, 7, 511, 512, 513, 1024 + 3]) {
        const out = join(dir, `cut-${size}`);
        await extractTar(pieces(tar, size), out);
        expect(await describeTree(out)).toEqual(whole);
      }
    });
  }, 60_000);

  test('modes are 0755 / 0644 exactly, whatever the umask', async () => {
    const old = process.umask(0o077);
    try {
      await withTemp(async (dir) => {
        await extractTarGz(Readable.from([rawTarGz(variety())]), join(dir, 'out'));
        expect((await lstat(join(dir, 'out', 'dir', 'run.sh'))).mode & 0o777).toBe(0o755);
        expect((await lstat(join(dir, 'out', 'dir', 'a.txt'))).mode & 0o777).toBe(0o644);
      });
    } finally {
      process.umask(old);
    }
  });

  test('a name written twice: the second replaces the first, and a hard-linked twin keeps its bytes', async () => {
    const archive = rawTarGz([
      file('a', 'first\n'),
      { header: { name: 'twin', type: '1', linkName: 'a' } },
      file('a', 'second\n'),
      file('twin', 'third\n'),
    ]);
    await withTemp(async (dir) => {
      const out = join(dir, 'out');
      expect(await extractTarGz(Readable.from([archive]), out)).toEqual(['a', 'twin']);
      expect(await readFile(join(out, 'a'), 'utf8')).toBe('second\n');
      expect(await readFile(join(out, 'twin'), 'utf8')).toBe('third\n');
    });
  });

  test('a limit exceeded in the middle of a file: TOO_LARGE, and no descriptor is left open', async () => {
    const archive = rawTarGz([file('small', 'ok\n'), file('big', randomBytes(3 * 1024 * 1024))]);
    await withTemp(async (dir) => {
      const before = openFds();
      const error = await extractTarGz(Readable.from([archive]), join(dir, 'out'), {
        maxUnpackedBytes: 1024 * 1024,
        what: 'layer "x"',
      }).catch((e: unknown) => e);
      expect(isOciError(error, 'TOO_LARGE')).toBe(true);
      expect((error as Error).message).toMatch(/^refusing to extract layer "x": it unpacks to more than 1048576 bytes/);
      expect(openFds()).toBe(before);
    });
  });

  test('an input cut inside a file: INCOMPLETE, and no descriptor is left open', async () => {
    const tar = gunzipSync(rawTarGz([file('big', randomBytes(200_000))]));
    await withTemp(async (dir) => {
      const before = openFds();
      const cut = tar.subarray(0, 100_000);
      const error = await extractTar(pieces(cut, 4096), join(dir, 'out')).catch((e: unknown) => e);
      expect(isOciError(error, 'INCOMPLETE')).toBe(true);
      const gzError = await extractTarGz(Readable.from([gzipSync(cut)]), join(dir, 'out2')).catch((e: unknown) => e);
      expect(isOciError(gzError, 'INCOMPLETE')).toBe(true);
      expect(openFds()).toBe(before);
    });
  });

  test('an unsafe entry early in a large archive: the input is not read to its end, and its stream is destroyed', async () => {
    const archive = rawTarGz([
      file('first', 'ok\n'),
      file('../escape', 'no\n'),
      ...Array.from({ length: 64 }, (_, i) => file(`after/${i}`, randomBytes(64 * 1024))),
    ]);
    let served = 0;
    const source = Readable.from(
      (function* () {
        for (let at = 0; at < archive.length; at += 16 * 1024) {
          served += Math.min(16 * 1024, archive.length - at);
          yield archive.subarray(at, at + 16 * 1024);
        }
      })(),
      { highWaterMark: 1 },
    );
    await withTemp(async (dir) => {
      const error = await extractTarGz(source, join(dir, 'out')).catch((e: unknown) => e);
      expect(isOciError(error, 'UNSAFE')).toBe(true);
      await new Promise((resolve) => setImmediate(resolve));
      expect(source.destroyed).toBe(true);
      expect(served).toBeLessThan(archive.length / 2);
      expect(await listTree(join(dir, 'out'))).toEqual(['first']);
    });
  });

  test('modes are exact under a umask that only clears execute bits, whichever mode comes first', async () => {
    const entries = (executableFirst: boolean): RawEntry[] => {
      const plain = Array.from({ length: 3 }, (_, i) => file(`plain-${i}`, 'p\n'));
      const run = Array.from({ length: 3 }, (_, i) => file(`run-${i}`, 'r\n', 0o755));
      return executableFirst ? [...run, ...plain] : [...plain, ...run];
    };
    for (const umask of [0o011, 0o077, 0o022, 0o000]) {
      const old = process.umask(umask);
      try {
        await withTemp(async (dir) => {
          for (const executableFirst of [false, true]) {
            const out = join(dir, `out-${executableFirst}`);
            await extractTarGz(Readable.from([rawTarGz(entries(executableFirst))]), out);
            for (const name of await listTree(out)) {
              const mode = (await lstat(join(out, name))).mode & 0o7777;
              expect(`${name} ${mode.toString(8)}`).toBe(`${name} ${name.startsWith('run-') ? '755' : '644'}`);
            }
          }
        });
      } finally {
        process.umask(old);
      }
    }
  });
});

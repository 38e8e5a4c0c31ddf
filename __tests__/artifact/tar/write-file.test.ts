/**
 * write-file.ts, the single-file layer's writer (batched positional writes, several in flight): the bytes on
 * disk are exactly the input's, whatever the chunking; it never replaces or writes through what is already at
 * the path; an input that fails half-way rejects with that failure and leaves no descriptor open.
 */
import { describe, expect, test } from '@jest/globals';
import { createHash, randomBytes } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { readFile, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { BATCH_BYTES, MAX_WRITES_IN_FLIGHT, writeNewFile } from '../../../src/core/artifact/tar/write-file.js';
import { withTemp } from './helpers.js';

/** `bytes` cut into pieces of `size` (the last one shorter). */
async function* pieces(bytes: Buffer, size: number): AsyncGenerator<Buffer> {
  for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
}

const sha = (b: Buffer): string => createHash('sha256').update(b).digest('hex');
/** Descriptors open in this process (Linux): a failed write must not leak one. */
const openFds = (): number => readdirSync('/proc/self/fd').length;

describe('writeNewFile', () => {
  test.each([1, 4096, 7919, 65536, 3 * 1024 * 1024])(
    'writes exactly the input when it arrives in pieces of %p bytes',
    async (size) => {
      // More than MAX_WRITES_IN_FLIGHT batches, and not a whole number of them.
      const total = size === 1 ? 300_001 : (MAX_WRITES_IN_FLIGHT + 2) * BATCH_BYTES + 12_345;
      const bytes = randomBytes(total);
      await withTemp(async (dir) => {
        const path = join(dir, 'blob');
        expect(await writeNewFile(pieces(bytes, size), path)).toBe(total);
        const back = await readFile(path);
        expect(back.length).toBe(total);
        expect(sha(back)).toBe(sha(bytes));
      });
    },
    60_000,
  );

  test('an empty input makes an empty file', async () => {
    await withTemp(async (dir) => {
      expect(await writeNewFile(pieces(Buffer.alloc(0), 1), join(dir, 'empty'))).toBe(0);
      expect((await readFile(join(dir, 'empty'))).length).toBe(0);
    });
  });

  test('refuses a path that exists, and leaves that file as it was', async () => {
    await withTemp(async (dir) => {
      const path = join(dir, 'there');
      await writeFile(path, 'mine\n');
      const error = await writeNewFile(pieces(Buffer.from('theirs'), 2), path).catch((e: unknown) => e);
      expect((error as NodeJS.ErrnoException).code).toBe('EEXIST');
      expect(await readFile(path, 'utf8')).toBe('mine\n');
    });
  });

  test('never writes through a symlink at the path (dangling or not)', async () => {
    await withTemp(async (dir) => {
      const outside = join(dir, 'outside');
      await writeFile(outside, 'outside\n');
      await symlink(outside, join(dir, 'link'));
      await symlink(join(dir, 'nowhere'), join(dir, 'dangling'));
      for (const name of ['link', 'dangling']) {
        const error = await writeNewFile(pieces(Buffer.from('evil'), 2), join(dir, name)).catch((e: unknown) => e);
        expect(['EEXIST', 'ELOOP']).toContain((error as NodeJS.ErrnoException).code);
      }
      expect(await readFile(outside, 'utf8')).toBe('outside\n');
      expect(readdirSync(dir).sort()).toEqual(['dangling', 'link', 'outside']);
    });
  });

  test('an input that fails half-way (writes in flight) rejects with its error and closes the file', async () => {
    await withTemp(async (dir) => {
      const before = openFds();
      async function* failing(): AsyncGenerator<Buffer> {
        for (let i = 0; i < MAX_WRITES_IN_FLIGHT * 2 + 1; i++) yield Buffer.alloc(BATCH_BYTES, i);
        throw new Error('digest mismatch at the end');
      }
      await expect(writeNewFile(failing(), join(dir, 'half'))).rejects.toThrow('digest mismatch at the end');
      expect(openFds()).toBe(before);
    });
  });
});

/**
 * The two consumers of lent chunks (content/lend.ts) — the single-file writer and the tar+gzip extractor — take
 * a source that scribbles over each buffer the moment it is given back, as bulk-get.ts refills it: a consumer
 * that kept a chunk past its promise would write garbage. A source that fails at its end (a digest that did not
 * match) fails them; an extraction that stops early (an unsafe entry) ends the lend instead of hanging it.
 */
import { describe, expect, test } from '@jest/globals';
import { createHash, randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { writeNewFile } from '../../../src/core/artifact/tar/write-file.js';
import { extractTarGz } from '../../../src/core/artifact/tar/tar-gz.js';
import type { Lender } from '../../../src/core/content/lend.js';
import { OciError } from '../../../src/core/errors.js';
import { rawTarGz, withTemp, type RawEntry } from './helpers.js';

/** Lends `bytes` in chunks of `size` from `pool` buffers, refilled (and first scribbled over) once returned. */
class ScribblingLender extends Readable implements Lender {
  mostOut = 0;
  finished = false;
  constructor(
    private readonly bytes: Buffer,
    private readonly size: number,
    private readonly pool = 3,
    private readonly failAtEnd?: Error,
  ) {
    super({ read() {} });
  }

  async lend(consume: (chunk: Buffer) => Promise<void>): Promise<void> {
    const free: Buffer[] = Array.from({ length: this.pool }, () => Buffer.alloc(this.size));
    const pending = new Set<Promise<void>>();
    let failure: unknown;
    try {
      for (let at = 0; at < this.bytes.length && failure === undefined; at += this.size) {
        while (free.length === 0) await Promise.race(pending);
        const buffer = free.pop() as Buffer;
        const n = this.bytes.copy(buffer, 0, at, at + this.size);
        const back = (): void => {
          buffer.fill(0xee);
          free.push(buffer);
        };
        const settled: Promise<void> = consume(buffer.subarray(0, n)).then(back, (e: unknown) => {
          failure ??= e;
          back();
        });
        pending.add(settled);
        this.mostOut = Math.max(this.mostOut, pending.size);
        void settled.finally(() => pending.delete(settled));
      }
      await Promise.all(pending);
    } finally {
      this.finished = true;
    }
    if (failure !== undefined) throw failure;
    if (this.failAtEnd) throw this.failAtEnd;
  }
}

const sha = (b: Buffer): string => createHash('sha256').update(b).digest('hex');
const file = (name: string, body: Buffer): RawEntry => ({ header: { name }, body });

describe('writeNewFile from lent chunks', () => {
  test('writes exactly the bytes, each chunk before it is given back', async () => {
    const bytes = randomBytes(9 * 1024 * 1024 + 77);
    await withTemp(async (dir) => {
      const source = new ScribblingLender(bytes, 2 * 1024 * 1024);
      expect(await writeNewFile(source, join(dir, 'f'))).toBe(bytes.length);
      expect(sha(await readFile(join(dir, 'f')))).toBe(sha(bytes));
      expect(source.mostOut).toBeGreaterThan(1); // writes overlap
    });
  });

  test("fails with the source's failure at its end (a digest that did not match)", async () => {
    const mismatch = new OciError('DIGEST_MISMATCH', 'expected digest sha256:… but the bytes hash to sha256:…');
    await withTemp(async (dir) => {
      const source = new ScribblingLender(randomBytes(3_000_000), 1 << 20, 3, mismatch);
      await expect(writeNewFile(source, join(dir, 'f'))).rejects.toBe(mismatch);
    });
  });
});

describe('extractTarGz from lent chunks', () => {
  const files = Array.from({ length: 6 }, (_, i) => file(`dir/f${i}.bin`, randomBytes(900_000 + i)));

  test('unpacks exactly the files, each chunk read by zlib before it is given back', async () => {
    await withTemp(async (dir) => {
      const source = new ScribblingLender(rawTarGz(files), 256 * 1024);
      const written = await extractTarGz(source, join(dir, 'out'));
      expect(written.sort()).toEqual(files.map((f) => f.header.name).sort());
      for (const f of files) expect(sha(await readFile(join(dir, 'out', f.header.name)))).toBe(sha(f.body as Buffer));
    });
  });

  test("fails with the source's failure at its end", async () => {
    const mismatch = new OciError('DIGEST_MISMATCH', 'expected digest sha256:… but the bytes hash to sha256:…');
    await withTemp(async (dir) => {
      const source = new ScribblingLender(rawTarGz(files), 256 * 1024, 3, mismatch);
      await expect(extractTarGz(source, join(dir, 'out'))).rejects.toBe(mismatch);
    });
  });

  test('an unsafe entry near the start is refused, and the lend ends instead of waiting', async () => {
    const entries = [file('../outside/evil', Buffer.from('x')), ...files];
    await withTemp(async (dir) => {
      const source = new ScribblingLender(rawTarGz(entries), 64 * 1024);
      await expect(extractTarGz(source, join(dir, 'out'))).rejects.toMatchObject({ code: 'UNSAFE' });
      for (let i = 0; i < 100 && !source.finished; i++) await new Promise((r) => setTimeout(r, 10));
      expect(source.finished).toBe(true);
    });
  });
});

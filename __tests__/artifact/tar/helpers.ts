/** Helpers for the archive tests: temporary trees, digests of streams, hand-made (hostile) archives. */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import {
  blockSize,
  encodeEntryHeaders,
  encodeHeader,
  encodePaxRecords,
  paddingFor,
  type TarHeader,
} from '../../../src/core/artifact/tar/tar-format.js';

export const run = promisify(execFile);

export async function withTemp<T>(f: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'oci-archive-'));
  try {
    return await f(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export async function sha256Of(stream: Readable): Promise<{ digest: string; bytes: number }> {
  const hash = createHash('sha256');
  let bytes = 0;
  for await (const chunk of stream) {
    hash.update(chunk as Buffer);
    bytes += (chunk as Buffer).length;
  }
  return { digest: hash.digest('hex'), bytes };
}

export async function collect(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Every path under dir (relative, sorted), directories with a trailing slash. */
export async function listTree(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .map((e) => {
      const rel = join(e.parentPath, e.name).slice(dir.length + 1);
      return e.isDirectory() ? `${rel}/` : rel;
    })
    .sort();
}

export interface RawEntry {
  header: Partial<TarHeader> & { name: string };
  body?: Buffer;
  /** Raw pax records to put before this entry, e.g. [['path', '../evil']]. */
  pax?: [string, string][];
  /** A GNU long name header (type L) before this entry. */
  gnuLongName?: string;
}

/** A gzip'd tar made entry by entry, for archives no honest writer would make. */
export function rawTarGz(entries: RawEntry[]): Buffer {
  const blocks: Buffer[] = [];
  const push = (header: TarHeader, body: Buffer): void => {
    blocks.push(encodeHeader(header), body, Buffer.alloc(paddingFor(body.length)));
  };
  for (const e of entries) {
    if (e.pax) {
      const body = encodePaxRecords(e.pax);
      push({ name: 'PaxHeaders/x', mode: 0o644, size: body.length, type: 'x', linkName: '' }, body);
    }
    if (e.gnuLongName !== undefined) {
      const body = Buffer.from(`${e.gnuLongName}\0`);
      push({ name: '././@LongLink', mode: 0o644, size: body.length, type: 'L', linkName: '' }, body);
    }
    const body = e.body ?? Buffer.alloc(0);
    const header: TarHeader = { mode: 0o644, size: body.length, type: '0', linkName: '', ...e.header };
    blocks.push(...encodeEntryHeaders(header), body, Buffer.alloc(paddingFor(body.length)));
  }
  blocks.push(Buffer.alloc(blockSize * 2));
  return gzipSync(Buffer.concat(blocks));
}

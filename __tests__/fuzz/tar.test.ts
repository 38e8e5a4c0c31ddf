/**
 * Fuzz: tar and gzip streams (artifact/tar/tar-read.ts, tar-extract.ts, tar-pack.ts). Hostile archives built
 * header by header (ustar, pax, GNU long names, base-256 sizes, bad checksums, cut streams) are read or
 * refused with one UNSAFE / INCOMPLETE line, never yield more bytes than they hold, and never write outside
 * the output directory. Our writer's archive of any tree is read back identically by our reader and by GNU
 * tar, and GNU tar extracts the same tree.
 */
import { spawnSync } from 'node:child_process';
import {
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { fc, it } from '@fast-check/jest';
import { afterAll, describe, expect } from '@jest/globals';
import { readTarEntries } from '../../src/core/artifact/tar/tar-read.js';
import { extractTar, extractTarGz } from '../../src/core/artifact/tar/tar-extract.js';
import { createDirectoryTar } from '../../src/core/artifact/tar/tar-pack.js';
import { announce, propertyTimeout, runs } from './config.js';
import { tarArchive, treeSpec, type TreeSpec } from './arbitraries.js';
import { outcomeAsync } from './oracle.js';

announce('tar');

const work = mkdtempSync(join(tmpdir(), 'fuzz-tar-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
let counter = 0;
const freshDir = (): string => {
  const dir = join(work, String(counter++));
  mkdirSync(dir);
  return dir;
};

async function* chunked(bytes: Buffer, size: number): AsyncGenerator<Buffer> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

interface Seen {
  name: string;
  type: string;
  size: number;
  linkName: string;
  body: string;
}

async function readAll(source: AsyncIterable<Buffer>): Promise<Seen[]> {
  const out: Seen[] = [];
  for await (const { header, body } of readTarEntries(source)) {
    const parts: Buffer[] = [];
    for await (const piece of body) parts.push(piece);
    const data = Buffer.concat(parts);
    out.push({
      name: header.name,
      type: header.type,
      size: header.size,
      linkName: header.linkName,
      body: data.toString('hex'),
    });
  }
  return out;
}

/** What is on disk under `root`, walked by hand in byte order (independently of tar-pack.ts). */
function walk(root: string, rel = ''): Seen[] {
  const names = readdirSync(join(root, rel)).sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
  return names.flatMap((name) => {
    const path = rel ? `${rel}/${name}` : name;
    const stat = lstatSync(join(root, path));
    if (stat.isDirectory())
      return [{ name: `${path}/`, type: '5', size: 0, linkName: '', body: '' }, ...walk(root, path)];
    if (stat.isSymbolicLink())
      return [{ name: path, type: '2', size: 0, linkName: readlinkSync(join(root, path)), body: '' }];
    return [
      { name: path, type: '0', size: stat.size, linkName: '', body: readFileSync(join(root, path)).toString('hex') },
    ];
  });
}

function makeTree(root: string, spec: TreeSpec): void {
  for (const entry of spec) {
    const path = join(root, ...entry.path);
    try {
      mkdirSync(join(root, ...entry.path.slice(0, -1)), { recursive: true });
      if (entry.kind === 'dir') mkdirSync(path, { recursive: true });
      else if (entry.kind === 'symlink') symlinkSync(entry.target, path);
      else writeFileSync(path, Buffer.alloc(entry.size, entry.path.join('/')), { mode: entry.exec ? 0o755 : 0o644 });
    } catch {
      // A path that clashes with an earlier one (a file where a directory should be): the tree is what exists.
    }
  }
}

const tarCodes = ['UNSAFE', 'INCOMPLETE'] as const;

describe('fuzz: tar and gzip streams', () => {
  it.prop([tarArchive, fc.integer({ min: 1, max: 700 })], runs(60))(
    'the reader yields entries no larger than the input, or fails with one UNSAFE or INCOMPLETE line',
    async (bytes, chunk) => {
      const result = await outcomeAsync(() => readAll(chunked(bytes, chunk)), tarCodes);
      if (!result.ok) return;
      const yielded = result.value.reduce((n, e) => n + e.body.length / 2, 0);
      expect(yielded).toBeLessThanOrEqual(bytes.length);
      for (const e of result.value) expect(e.body.length / 2).toBe(e.size);
    },
    propertyTimeout,
  );

  it.prop([tarArchive, fc.boolean()], runs(30))(
    'extraction writes only under the output directory, or fails with one of our errors',
    async (bytes, gzip) => {
      const parent = freshDir();
      const out = join(parent, 'out');
      const input = gzip ? Readable.from([gzipSync(bytes)]) : chunked(bytes, 512);
      await outcomeAsync(
        () => (gzip ? extractTarGz(input as Readable, out) : extractTar(input as AsyncIterable<Buffer>, out)),
        [...tarCodes, 'INVALID_INPUT'],
      );
      expect(readdirSync(parent)).toEqual(['out']);
      expect(readdirSync(work).every((name) => /^\d+$/.test(name))).toBe(true);
    },
    propertyTimeout,
  );

  it.prop([fc.uint8Array({ minLength: 1, maxLength: 400 }), tarArchive, fc.nat(), fc.nat(255)], runs(30))(
    'a corrupt or cut gzip stream fails with one of our errors',
    async (junk, bytes, at, value) => {
      const gz = Buffer.from(gzipSync(bytes));
      gz[at % gz.length] = value;
      for (const input of [gz, gz.subarray(0, at % gz.length), Buffer.from(junk)]) {
        const out = join(freshDir(), 'out');
        await outcomeAsync(() => extractTarGz(Readable.from([input]), out), [...tarCodes, 'INVALID_INPUT']);
      }
    },
    propertyTimeout,
  );

  it.prop([treeSpec], runs(8))(
    'our archive of any tree is read back identically by our reader and by GNU tar',
    async (spec) => {
      const src = freshDir();
      makeTree(src, spec);
      const expected = walk(src);
      // Push refuses what pull would refuse (an empty directory, a symlink leaving the tree: safe-path.ts, tested
      // in pack-refuses.test.ts) with one line; every tree it accepts must round-trip.
      const packed = await outcomeAsync(async () => {
        const chunks: Buffer[] = [];
        for await (const chunk of createDirectoryTar(src)) chunks.push(chunk as Buffer);
        return Buffer.concat(chunks);
      }, ['INVALID_INPUT', 'UNSAFE']);
      if (!packed.ok) return;
      const archive = packed.value;
      expect(await readAll(chunked(archive, 4096))).toEqual(expected);

      const file = join(freshDir(), 'layer.tar');
      writeFileSync(file, archive);
      const listed = spawnSync('tar', ['--quoting-style=literal', '-tf', file], { encoding: 'utf8' });
      expect(listed.status).toBe(0);
      expect(listed.stdout.split('\n').filter(Boolean)).toEqual(expected.map((e) => e.name));
      const dest = freshDir();
      const extracted = spawnSync('tar', ['-xf', file, '-C', dest], { encoding: 'utf8' });
      expect(extracted.stderr).toBe('');
      expect(walk(dest)).toEqual(expected);
    },
    propertyTimeout,
  );
});

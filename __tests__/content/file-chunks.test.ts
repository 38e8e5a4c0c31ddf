import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readFileChunks } from '../../src/core/content/file-chunks.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'oma-chunks-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const openDescriptors = () => readdirSync('/proc/self/fd').length;

test.each([
  ['an empty file', 0, 4096],
  ['one byte', 1, 4096],
  ['exactly one chunk', 4096, 4096],
  ['ten chunks and a bit, past the ring of four', 10 * 4096 + 7, 4096],
])('%s reads back byte for byte, in chunks of at most the chunk size', async (_name, size, chunkSize) => {
  const bytes = randomBytes(size);
  const path = join(dir, `f-${size}`);
  await writeFile(path, bytes);
  const copies: Buffer[] = [];
  const lengths: number[] = [];
  for await (const chunk of readFileChunks(path, { chunkSize })) {
    lengths.push(chunk.length);
    copies.push(Buffer.from(chunk)); // a copy: the chunk itself is reused later
  }
  expect(Buffer.concat(copies).equals(bytes)).toBe(true);
  expect(lengths.every((n) => n > 0 && n <= chunkSize)).toBe(true);
  expect(lengths.length).toBe(Math.ceil(size / chunkSize));
});

test('buffers are reused after four chunks, as the contract says, and never sooner', async () => {
  const path = join(dir, 'ring');
  await writeFile(path, randomBytes(9 * 1024));
  const chunks: Buffer[] = [];
  for await (const chunk of readFileChunks(path, { chunkSize: 1024 })) chunks.push(chunk);
  const storage = chunks.map((c) => c.buffer);
  expect(new Set(storage.slice(0, 4)).size).toBe(4);
  expect(storage[4]).toBe(storage[0]);
  expect(storage[8]).toBe(storage[4]);
});

test('the file is closed when the reader stops early, and when it reads to the end', async () => {
  const path = join(dir, 'close');
  await writeFile(path, randomBytes(8 * 1024));
  const before = openDescriptors();
  for await (const chunk of readFileChunks(path, { chunkSize: 1024 })) {
    expect(openDescriptors()).toBe(before + 1);
    if (chunk.length > 0) break;
  }
  expect(openDescriptors()).toBe(before);
  for await (const chunk of readFileChunks(path, { chunkSize: 1024 })) expect(chunk.length).toBe(1024);
  expect(openDescriptors()).toBe(before);
});

test('a missing file fails on the first read, naming the path', async () => {
  const path = join(dir, 'absent');
  await expect(readFileChunks(path).next()).rejects.toThrow(path);
});

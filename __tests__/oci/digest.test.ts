import { describe, expect, test } from '@jest/globals';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Writable } from 'node:stream';
import {
  createDigester,
  createVerifyingStream,
  digestOf,
  isDigest,
  parseDigest,
  verifyBytes,
} from '../../src/core/oci/digest.js';
import { isOciError, type ErrorCode } from '../../src/core/errors.js';

const emptySha256 = 'sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
const emptySha512 =
  'sha512:cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e';
const helloSha256 = 'sha256:2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824';

describe('parseDigest', () => {
  test.each([
    [emptySha256, 'sha256', 64],
    [emptySha512, 'sha512', 128],
  ])('accepts %s', (digest, algorithm, length) => {
    const parsed = parseDigest(digest);
    expect(parsed.algorithm).toBe(algorithm);
    expect(parsed.hex).toHaveLength(length);
    expect(isDigest(digest)).toBe(true);
  });

  test.each([
    [''],
    ['sha256:'],
    [`sha256:${'a'.repeat(63)}`],
    [`sha256:${'a'.repeat(65)}`],
    [`sha256:${'A'.repeat(64)}`],
    [`sha256:${'g'.repeat(64)}`],
    [`SHA256:${'a'.repeat(64)}`],
    [`sha384:${'a'.repeat(96)}`],
    [`sha512:${'a'.repeat(64)}`],
    [`sha256:${'a'.repeat(128)}`],
    [` sha256:${'a'.repeat(64)}`],
    [`sha256:${'a'.repeat(64)}\n`],
    [`sha256:${'a'.repeat(64)}/../x`],
    [`sha256+b64:${'a'.repeat(64)}`],
    ['a'.repeat(64)],
  ])('refuses %j', (digest) => {
    expect(isDigest(digest)).toBe(false);
    let error: unknown;
    try {
      parseDigest(digest);
    } catch (e) {
      error = e;
    }
    expect(isOciError(error, 'INVALID_DIGEST')).toBe(true);
    expect((error as Error).message).toMatch(/^invalid digest ".*": expected sha256:<64 lowercase hex>/s);
  });

  test('a long bad digest is shortened in the message', () => {
    expect(() => parseDigest('x'.repeat(500))).toThrow(/"x{77}\.\.\."/);
  });
});

test.each([
  [new Uint8Array(), 'sha256' as const, emptySha256],
  [new Uint8Array(), 'sha512' as const, emptySha512],
  [new TextEncoder().encode('hello'), 'sha256' as const, helloSha256],
])('digestOf and createDigester agree (%#)', (bytes, algorithm, expected) => {
  expect(digestOf(bytes, algorithm)).toBe(expected);
  const digester = createDigester(algorithm);
  for (const b of bytes) digester.update(new Uint8Array([b]));
  expect(digester.digest()).toBe(expected);
});

async function throughVerifier(chunks: string[], expected: { digest: string; size: number }): Promise<string> {
  let out = '';
  await pipeline(
    Readable.from(chunks.map((c) => Buffer.from(c))),
    createVerifyingStream(expected, 'blob'),
    new Writable({
      write(chunk: Buffer, _enc, callback) {
        out += chunk.toString();
        callback();
      },
    }),
  );
  return out;
}

describe('createVerifyingStream', () => {
  test.each([
    ['exact, one chunk', ['hello'], { digest: helloSha256, size: 5 }],
    ['exact, many chunks', ['he', 'l', '', 'lo'], { digest: helloSha256, size: 5 }],
    ['empty', [], { digest: emptySha256, size: 0 }],
    ['sha512', [], { digest: emptySha512, size: 0 }],
  ])('passes %s through', async (_name, chunks, expected) => {
    expect(await throughVerifier(chunks, expected)).toBe(chunks.join(''));
  });

  test.each<[string, string[], { digest: string; size: number }, ErrorCode, RegExp]>([
    [
      'short',
      ['hell'],
      { digest: helloSha256, size: 5 },
      'SIZE_MISMATCH',
      /blob sha256:2cf2.*: got 4 bytes, expected 5/,
    ],
    [
      'long',
      ['hello', '!'],
      { digest: helloSha256, size: 5 },
      'SIZE_MISMATCH',
      /more than the expected 5 bytes arrived/,
    ],
    [
      'wrong digest',
      ['jello'],
      { digest: helloSha256, size: 5 },
      'DIGEST_MISMATCH',
      /blob: expected digest sha256:2cf2.* but the bytes hash to sha256:/,
    ],
    ['wrong sha512', ['x'], { digest: `sha512:${'0'.repeat(128)}`, size: 1 }, 'DIGEST_MISMATCH', /hash to sha512:/],
  ])('fails when %s', async (_name, chunks, expected, code, message) => {
    const error = await throughVerifier(chunks, expected).catch((e: unknown) => e);
    expect(isOciError(error, code)).toBe(true);
    expect((error as Error).message).toMatch(message);
  });

  test('a long stream fails as soon as the extra bytes arrive, before the end', async () => {
    let pulled = 0;
    const endless = new Readable({
      read() {
        pulled++;
        this.push(Buffer.alloc(1024));
      },
    });
    const error = await pipeline(
      endless,
      createVerifyingStream({ digest: emptySha256, size: 4096 }),
      new Writable({ write: (_c, _e, cb) => cb() }),
    ).catch((e: unknown) => e);
    expect(isOciError(error, 'SIZE_MISMATCH')).toBe(true);
    expect(pulled).toBeLessThan(100);
  });

  test('refuses an invalid expected digest up front', () => {
    expect(() => createVerifyingStream({ digest: 'md5:abc', size: 1 })).toThrow(/invalid digest "md5:abc"/);
  });
});

describe('verifyBytes', () => {
  const hello = new TextEncoder().encode('hello');
  test('accepts the right bytes', () => {
    expect(() => verifyBytes(hello, { digest: helloSha256, size: 5 })).not.toThrow();
  });
  test.each<[string, Uint8Array, { digest: string; size: number }, ErrorCode]>([
    ['short', hello.subarray(0, 4), { digest: helloSha256, size: 5 }, 'SIZE_MISMATCH'],
    ['long', new TextEncoder().encode('hello!'), { digest: helloSha256, size: 5 }, 'SIZE_MISMATCH'],
    ['wrong', new TextEncoder().encode('jello'), { digest: helloSha256, size: 5 }, 'DIGEST_MISMATCH'],
    ['bad digest', hello, { digest: 'sha256:xyz', size: 5 }, 'INVALID_DIGEST'],
  ])('refuses %s bytes', (_name, bytes, expected, code) => {
    let error: unknown;
    try {
      verifyBytes(bytes, expected, 'manifest');
    } catch (e) {
      error = e;
    }
    expect(isOciError(error, code)).toBe(true);
  });
});

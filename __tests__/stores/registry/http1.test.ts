/**
 * http1.ts, the HTTP/1.1 of bulk-get.ts: what a server may send in a response head and how a body is framed,
 * read strictly (a smuggling-shaped answer is refused, never guessed at), and chunked decoding in place, checked
 * against an encoder on bodies cut anywhere.
 */
import { fc, it } from '@fast-check/jest';
import { describe, expect, test } from '@jest/globals';
import {
  ChunkedDecoder,
  HttpProtocolError,
  bodyFraming,
  headEnd,
  parseResponseHead,
  requestHead,
} from '../../../src/core/stores/registry/http1.js';
import { runs } from '../../fuzz/config.js';

describe('the response head', () => {
  test('status, version and fields; names lower-cased, repeated fields kept in order, values trimmed', () => {
    const head = parseResponseHead(
      'HTTP/1.1 307 Temporary Redirect\r\nLocation:  https://cdn.example/x?sig=1 \r\nSet-Cookie: a=1\r\nset-cookie: b=2\r\n',
    );
    expect(head).toEqual({
      status: 307,
      minor: 1,
      headers: { location: 'https://cdn.example/x?sig=1', 'set-cookie': ['a=1', 'b=2'] },
    });
  });

  test('HTTP/1.0, no reason phrase, and bare LF line ends are read', () => {
    expect(parseResponseHead('HTTP/1.0 200\nContent-Length: 3\n')).toEqual({
      status: 200,
      minor: 0,
      headers: { 'content-length': '3' },
    });
  });

  test.each([
    ['not HTTP', 'SSH-2.0-OpenSSH\r\n'],
    ['HTTP/2 in an HTTP/1 head', 'HTTP/2 200 OK\r\n'],
    ['a two-digit status', 'HTTP/1.1 20 OK\r\n'],
    ['a folded field', 'HTTP/1.1 200 OK\r\nX-A: 1\r\n  continued\r\n'],
    ['a field without a colon', 'HTTP/1.1 200 OK\r\nContent-Length 5\r\n'],
    ['a space before the colon', 'HTTP/1.1 200 OK\r\nContent-Length : 5\r\n'],
    ['a NUL in a value', 'HTTP/1.1 200 OK\r\nX-A: a\0b\r\n'],
    ['a CR inside a line', 'HTTP/1.1 200 OK\r\nX-A: a\rb\r\n'],
  ])('%s is refused', (_what, text) => {
    expect(() => parseResponseHead(text)).toThrow(HttpProtocolError);
  });

  test('the end of the head is found across CRLF and LF line ends, and not before it is all there', () => {
    const text = Buffer.from('HTTP/1.1 200 OK\r\nA: 1\r\n\r\nbody');
    expect(headEnd(text, text.length)).toBe(text.indexOf('body'));
    expect(headEnd(text, text.indexOf('body') - 1)).toBe(-1);
    const lf = Buffer.from('HTTP/1.1 200 OK\nA: 1\n\nbody');
    expect(headEnd(lf, lf.length)).toBe(lf.indexOf('body'));
  });
});

describe('body framing', () => {
  const framing = (status: number, headers: Record<string, string | string[]>) =>
    bodyFraming({ status, minor: 1, headers });

  test('Content-Length, chunked, to the close, and none', () => {
    expect(framing(200, { 'content-length': '42' })).toEqual({ kind: 'length', length: 42 });
    expect(framing(200, { 'content-length': ['42', '42'] })).toEqual({ kind: 'length', length: 42 });
    expect(framing(200, { 'content-length': '42, 42' })).toEqual({ kind: 'length', length: 42 });
    expect(framing(200, { 'transfer-encoding': 'Chunked' })).toEqual({ kind: 'chunked' });
    // Transfer-Encoding overrides Content-Length (RFC 9112 6.3).
    expect(framing(200, { 'transfer-encoding': 'chunked', 'content-length': '5' })).toEqual({ kind: 'chunked' });
    expect(framing(200, {})).toEqual({ kind: 'close' });
    expect(framing(204, { 'content-length': '9' })).toEqual({ kind: 'none' });
    expect(framing(304, {})).toEqual({ kind: 'none' });
  });

  test.each<[string, Record<string, string | string[]>]>([
    ['two different lengths', { 'content-length': ['42', '43'] }],
    ['two different lengths in one field', { 'content-length': '42, 43' }],
    ['a signed length', { 'content-length': '+42' }],
    ['a length in hex', { 'content-length': '0x2a' }],
    ['a length past 2^53', { 'content-length': '9007199254740993000' }],
    ['gzip under chunked', { 'transfer-encoding': 'gzip, chunked' }],
    ['chunked twice', { 'transfer-encoding': 'chunked, chunked' }],
    ['a coding that is not chunked', { 'transfer-encoding': 'identity' }],
  ])('%s is refused', (_what, headers) => {
    expect(() => framing(200, headers)).toThrow(HttpProtocolError);
  });
});

describe('the request head', () => {
  test('carries Host, the fields given and Connection: close, and never a second Host or a body length', () => {
    const text = requestHead(new URL('https://cdn.example:8443/v2/a/blobs/sha256:1?sig=x%2By'), {
      authorization: 'Bearer t',
      host: 'evil.example',
      'content-length': '5',
    });
    expect(text).toBe(
      'GET /v2/a/blobs/sha256:1?sig=x%2By HTTP/1.1\r\nhost: cdn.example:8443\r\nauthorization: Bearer t\r\nconnection: close\r\n\r\n',
    );
  });

  test.each([
    ['a CRLF in a value', { 'x-a': 'a\r\nInjected: 1' }],
    ['a LF in a value', { 'x-a': 'a\nb' }],
    ['a space in a name', { 'x a': '1' }],
    ['a colon in a name', { 'x:a': '1' }],
  ])('%s is refused, not sent', (_what, headers) => {
    expect(() => requestHead(new URL('http://127.0.0.1/x'), headers)).toThrow(HttpProtocolError);
  });
});

/** Chunked encoding of `data` in pieces of the given sizes, with extensions and trailers as a server may send. */
function encodeChunked(data: Buffer, sizes: number[], options: { ext: boolean; upper: boolean; trailers: boolean }) {
  const parts: Buffer[] = [];
  let at = 0;
  for (const size of sizes) {
    if (at >= data.length) break;
    const piece = data.subarray(at, Math.min(data.length, at + size));
    at += piece.length;
    let hex = piece.length.toString(16);
    if (options.upper) hex = hex.toUpperCase();
    parts.push(Buffer.from(`${hex}${options.ext ? ';name="v"' : ''}\r\n`), piece, Buffer.from('\r\n'));
  }
  if (at < data.length) {
    const rest = data.subarray(at);
    parts.push(Buffer.from(`${rest.length.toString(16)}\r\n`), rest, Buffer.from('\r\n'));
  }
  parts.push(Buffer.from(options.trailers ? '0\r\nX-Checksum: abc\r\n\r\n' : '0\r\n\r\n'));
  return Buffer.concat(parts);
}

/** Feeds `wire` to a decoder in the given cuts, as reads into one buffer would; returns the data and state. */
function decodeInCuts(wire: Buffer, cuts: number[]): { data: Buffer; done: boolean } {
  const decoder = new ChunkedDecoder();
  const buffer = Buffer.alloc(wire.length);
  let filled = 0;
  let at = 0;
  for (const cut of [...cuts.filter((c) => c > 0 && c < wire.length).sort((a, b) => a - b), wire.length]) {
    if (cut <= at) continue;
    const n = cut - at;
    wire.copy(buffer, filled, at, cut);
    filled = decoder.decode(buffer, filled, filled + n);
    at = cut;
  }
  return { data: buffer.subarray(0, filled), done: decoder.done };
}

describe('chunked decoding in place', () => {
  it.prop(
    [
      fc.uint8Array({ maxLength: 3000 }),
      fc.array(fc.integer({ min: 1, max: 700 }), { maxLength: 12 }),
      fc.array(fc.nat(), { maxLength: 20 }),
      fc.boolean(),
      fc.boolean(),
      fc.boolean(),
    ],
    runs(400),
  )('gives back exactly the data, however the wire is cut', (bytes, sizes, cutsRaw, ext, upper, trailers) => {
    const data = Buffer.from(bytes);
    const wire = encodeChunked(data, sizes, { ext, upper, trailers });
    const cuts = cutsRaw.map((c) => c % (wire.length + 1));
    const decoded = decodeInCuts(wire, cuts);
    expect(decoded.done).toBe(true);
    expect(decoded.data.equals(data)).toBe(true);
  });

  test('is not done before the last chunk and its blank line', () => {
    const wire = encodeChunked(Buffer.from('hello world'), [5], { ext: false, upper: false, trailers: false });
    expect(decodeInCuts(wire.subarray(0, wire.length - 1), []).done).toBe(false);
    expect(decodeInCuts(wire, []).done).toBe(true);
  });

  test.each([
    ['a size that is not hex', '5x\r\nhello\r\n0\r\n\r\n'],
    ['a negative size', '-5\r\nhello\r\n0\r\n\r\n'],
    ['a chunk longer than its size', '3\r\nhello\r\n0\r\n\r\n'],
    ['an empty size line', '\r\nhello\r\n0\r\n\r\n'],
    ['a size of 13 hex digits (past 2^48)', '1000000000000\r\nhello\r\n'],
    ['a size line of 5,000 bytes', `5;${'x'.repeat(5000)}\r\nhello\r\n0\r\n\r\n`],
  ])('%s is refused', (_what, text) => {
    expect(() => decodeInCuts(Buffer.from(text), [])).toThrow(HttpProtocolError);
  });

  test('trailers without end are bounded', () => {
    const text = `0\r\n${'X-A: 1\r\n'.repeat(10_000)}`;
    expect(() => decodeInCuts(Buffer.from(text), [])).toThrow(/too many trailer/);
  });
});

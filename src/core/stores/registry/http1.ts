/**
 * HTTP/1.1 (RFC 9112) as far as a blob download needs it, for bulk-get.ts: the request head, the response head
 * (status line and fields, read strictly), how the body is framed, and a chunked decoder that works in place.
 * Everything a server sends is bounded and checked; what cannot be read safely is an HttpProtocolError.
 */
import type { ResponseHeaders } from './rate-limit.js';

/** A response that breaks HTTP/1.1: never retried (the same server would send it again). */
export class HttpProtocolError extends Error {
  readonly code = 'OCI_HTTP_PROTOCOL';
}

// RFC 9110 5.6.2: a token (field names, methods).
const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
// A field value: visible ASCII, obs-text, spaces and tabs; never CR, LF or NUL.
const FIELD_VALUE = /^[\t\x20-\x7e\x80-\xff]*$/;

/** `GET <path> HTTP/1.1` with Host, the given fields and Connection: close (one exchange per connection). */
export function requestHead(url: URL, headers: Record<string, string>): string {
  const lines = [`GET ${url.pathname}${url.search} HTTP/1.1`, `host: ${url.host}`];
  for (const [name, value] of Object.entries(headers)) {
    if (!TOKEN.test(name) || !FIELD_VALUE.test(value)) {
      throw new HttpProtocolError(`refusing to send the header field ${JSON.stringify(name)}: not a valid field`);
    }
    const lower = name.toLowerCase();
    if (lower === 'host' || lower === 'connection' || lower === 'content-length' || lower === 'transfer-encoding')
      continue;
    lines.push(`${name}: ${value}`);
  }
  lines.push('connection: close', '', '');
  return lines.join('\r\n');
}

export interface ResponseHead {
  status: number;
  /** 0 for HTTP/1.0, 1 for HTTP/1.1. */
  minor: number;
  headers: ResponseHeaders;
}

/**
 * Where the head that starts `buffer` ends (the index after its blank line), or -1 while it is incomplete.
 * Lines end in CRLF; a bare LF is accepted as RFC 9112 2.2 allows.
 */
export function headEnd(buffer: Uint8Array, length: number, from = 0): number {
  for (let i = Math.max(0, from); i < length; i++) {
    if (buffer[i] !== 0x0a) continue;
    if (buffer[i + 1] === 0x0a && i + 1 < length) return i + 2;
    if (buffer[i + 1] === 0x0d && buffer[i + 2] === 0x0a && i + 2 < length) return i + 3;
  }
  return -1;
}

/** Parses a complete head (everything before the blank line, as latin1 text). */
export function parseResponseHead(text: string): ResponseHead {
  const lines = text.split('\n').map((line) => (line.endsWith('\r') ? line.slice(0, -1) : line));
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  const status = /^HTTP\/1\.([01]) ([0-9]{3})(?: [\t\x20-\x7e\x80-\xff]*)?$/.exec(lines[0] ?? '');
  if (!status)
    throw new HttpProtocolError(`the answer is not HTTP/1.x: ${JSON.stringify((lines[0] ?? '').slice(0, 40))}`);
  const headers: ResponseHeaders = {};
  for (const line of lines.slice(1)) {
    if (line.startsWith(' ') || line.startsWith('\t')) {
      throw new HttpProtocolError('the answer folds a header field over lines (obsolete; refused)');
    }
    const colon = line.indexOf(':');
    const name = colon > 0 ? line.slice(0, colon) : '';
    const value = line.slice(colon + 1).replace(/^[ \t]+|[ \t]+$/g, '');
    if (!TOKEN.test(name) || !FIELD_VALUE.test(value)) {
      throw new HttpProtocolError(`the answer has a malformed header line: ${JSON.stringify(line.slice(0, 40))}`);
    }
    const key = name.toLowerCase();
    const before = headers[key];
    headers[key] = before === undefined ? value : Array.isArray(before) ? [...before, value] : [before, value];
  }
  return { status: Number(status[2]), minor: Number(status[1]), headers };
}

export type Framing = { kind: 'none' } | { kind: 'length'; length: number } | { kind: 'chunked' } | { kind: 'close' };

const listOf = (value: string | string[] | undefined): string[] =>
  (Array.isArray(value) ? value : value === undefined ? [] : [value])
    .flatMap((v) => v.split(','))
    .map((v) => v.trim().toLowerCase())
    .filter((v) => v !== '');

/** How the body of an answer to a GET is delimited (RFC 9112 6.3). */
export function bodyFraming(head: ResponseHead): Framing {
  if ((head.status >= 100 && head.status < 200) || head.status === 204 || head.status === 304) return { kind: 'none' };
  const codings = listOf(head.headers['transfer-encoding']);
  if (codings.length > 0) {
    // We ask for no coding; only chunked framing (alone) can be read as the bytes it carries.
    if (codings.length !== 1 || codings[0] !== 'chunked') {
      throw new HttpProtocolError(
        `the answer uses the transfer coding "${codings.join(', ')}", which is not supported`,
      );
    }
    return { kind: 'chunked' };
  }
  const lengths = new Set(listOf(head.headers['content-length']));
  if (lengths.size > 1) throw new HttpProtocolError('the answer gives two different Content-Length values');
  const [length] = [...lengths];
  if (length === undefined) return { kind: 'close' };
  if (!/^[0-9]{1,15}$/.test(length))
    throw new HttpProtocolError(`the answer's Content-Length is not a number: ${JSON.stringify(length.slice(0, 20))}`);
  return { kind: 'length', length: Number(length) };
}

/** The longest chunk-size line (with extensions) or trailer line we read. */
const MAX_CHUNK_LINE = 4096;
/** Trailer bytes after the last chunk, all lines together. */
const MAX_TRAILER_BYTES = 64 * 1024;

/**
 * Decodes chunked framing in place: `decode(buffer, start, end)` reads the bytes just received in
 * `[start, end)`, moves the data they carry down to `[start, returned)` and keeps the framing state between
 * calls. `done` once the last chunk and the trailers are read.
 */
export class ChunkedDecoder {
  done = false;
  private state: 'size' | 'data' | 'data-end' | 'trailer' = 'size';
  private line = '';
  private left = 0;
  private trailerBytes = 0;

  decode(buffer: Uint8Array, start: number, end: number): number {
    let out = start;
    let i = start;
    while (i < end && !this.done) {
      if (this.state === 'data') {
        const n = Math.min(this.left, end - i);
        if (out !== i) buffer.copyWithin(out, i, i + n);
        out += n;
        i += n;
        this.left -= n;
        if (this.left === 0) this.state = 'data-end';
        continue;
      }
      const byte = buffer[i++] as number;
      if (byte !== 0x0a) {
        this.line += String.fromCharCode(byte);
        if (this.line.length > MAX_CHUNK_LINE)
          throw new HttpProtocolError('a chunk-size line of the answer is too long');
        continue;
      }
      const line = this.line.endsWith('\r') ? this.line.slice(0, -1) : this.line;
      this.line = '';
      this.endOfLine(line);
    }
    return out;
  }

  private endOfLine(line: string): void {
    if (this.state === 'data-end') {
      if (line !== '') throw new HttpProtocolError('a chunk of the answer is longer than its size says');
      this.state = 'size';
      return;
    }
    if (this.state === 'trailer') {
      this.trailerBytes += line.length + 2;
      if (this.trailerBytes > MAX_TRAILER_BYTES) throw new HttpProtocolError('the answer has too many trailer fields');
      if (line === '') this.done = true;
      return;
    }
    const size = /^([0-9A-Fa-f]{1,12})[ \t]*(?:;.*)?$/.exec(line);
    if (!size)
      throw new HttpProtocolError(`the answer has a malformed chunk size: ${JSON.stringify(line.slice(0, 20))}`);
    this.left = parseInt(size[1] as string, 16);
    this.state = this.left === 0 ? 'trailer' : 'data';
  }
}

/**
 * The tar format, one 512-byte header at a time: POSIX ustar headers, pax extended headers (`x`) for what
 * does not fit, and on reading also GNU long names (`L`/`K`), GNU base-256 numbers and the ustar prefix.
 */
import { OciError, quote } from '../../errors.js';

export const blockSize = 512;
/** Longest name or link target a ustar header field holds; longer ones go into a pax header. */
export const ustarNameLength = 100;
/** Largest size an 11-digit octal field holds (8 GiB - 1); larger files get a pax `size` record. */
export const maxOctalSize = 0o77777777777;

export const EntryTypes = {
  file: '0',
  oldFile: '\0',
  contiguous: '7',
  hardlink: '1',
  symlink: '2',
  charDevice: '3',
  blockDevice: '4',
  directory: '5',
  fifo: '6',
  paxHeader: 'x',
  paxGlobal: 'g',
  gnuLongName: 'L',
  gnuLongLink: 'K',
} as const;

export interface TarHeader {
  name: string;
  mode: number;
  size: number;
  type: string;
  linkName: string;
}

const utf8 = new TextEncoder();

/** A header block for our own writer: uid/gid 0, empty uname/gname, mtime 0, ustar magic. */
export function encodeHeader(h: TarHeader): Buffer {
  const block = Buffer.alloc(blockSize);
  writeString(block, 0, 100, h.name);
  writeOctal(block, 100, 8, h.mode);
  writeOctal(block, 108, 8, 0);
  writeOctal(block, 116, 8, 0);
  writeOctal(block, 124, 12, h.size);
  writeOctal(block, 136, 12, 0);
  block.write(h.type, 156, 1, 'latin1');
  writeString(block, 157, 100, h.linkName);
  block.write('ustar\x0000', 257, 8, 'latin1');
  writeOctal(block, 329, 8, 0);
  writeOctal(block, 337, 8, 0);
  writeChecksum(block);
  return block;
}

/**
 * The header blocks for one entry: a pax header first when the name or link target is longer than a
 * ustar field (in bytes) or the size does not fit 11 octal digits, then the ustar header itself.
 */
export function encodeEntryHeaders(h: TarHeader): Buffer[] {
  const records: [string, string][] = [];
  const name = utf8.encode(h.name).length > ustarNameLength ? truncateUtf8(h.name, ustarNameLength) : h.name;
  if (name !== h.name) records.push(['path', h.name]);
  const linkName =
    utf8.encode(h.linkName).length > ustarNameLength ? truncateUtf8(h.linkName, ustarNameLength) : h.linkName;
  if (linkName !== h.linkName) records.push(['linkpath', h.linkName]);
  if (h.size > maxOctalSize) records.push(['size', String(h.size)]);
  const main = encodeHeader({ ...h, name, linkName, size: h.size > maxOctalSize ? 0 : h.size });
  if (records.length === 0) return [main];
  const body = encodePaxRecords(records);
  const paxHeader = encodeHeader({
    name: 'PaxHeaders/entry',
    mode: 0o644,
    size: body.length,
    type: EntryTypes.paxHeader,
    linkName: '',
  });
  return [paxHeader, body, Buffer.alloc(paddingFor(body.length)), main];
}

/** `"<length> <key>=<value>\n"` records, where length counts the whole record in bytes (itself included). */
export function encodePaxRecords(records: readonly [string, string][]): Buffer {
  return Buffer.concat(
    records.map(([key, value]) => {
      const rest = Buffer.byteLength(` ${key}=${value}\n`);
      let length = rest + String(rest).length;
      if (String(length).length !== String(rest).length) length = rest + String(length).length;
      return Buffer.from(`${length} ${key}=${value}\n`, 'utf8');
    }),
  );
}

export function parsePaxRecords(body: Buffer): Map<string, string> {
  const out = new Map<string, string>();
  let at = 0;
  while (at < body.length) {
    if (body[at] === 0) break;
    const space = body.indexOf(0x20, at);
    const length = space > at ? Number(body.toString('latin1', at, space)) : NaN;
    if (!Number.isSafeInteger(length) || length <= 0 || at + length > body.length || body[at + length - 1] !== 0x0a) {
      throw new OciError('UNSAFE', 'tar archive: malformed pax extended header');
    }
    const record = body.toString('utf8', space + 1, at + length - 1);
    const eq = record.indexOf('=');
    if (eq <= 0) throw new OciError('UNSAFE', 'tar archive: malformed pax extended header record');
    out.set(record.slice(0, eq), record.slice(eq + 1));
    at += length;
  }
  return out;
}

export const isZeroBlock = (block: Buffer): boolean => block.every((b) => b === 0);
export const paddingFor = (size: number): number => (blockSize - (size % blockSize)) % blockSize;

/** Decodes a header block; verifies its checksum. Names are raw (ustar prefix joined), not yet checked. */
export function decodeHeader(block: Buffer): TarHeader {
  const stored = readNumber(block, 148, 8, 'checksum');
  if (stored !== checksumOf(block)) {
    throw new OciError('UNSAFE', 'tar archive: a header checksum does not match (the archive is corrupt or not a tar)');
  }
  let name = readString(block, 0, 100);
  const isPosixUstar = block.toString('latin1', 257, 263) === 'ustar\0';
  const prefix = isPosixUstar ? readString(block, 345, 155) : '';
  if (prefix) name = `${prefix}/${name}`;
  return {
    name,
    mode: readNumber(block, 100, 8, 'mode'),
    size: readNumber(block, 124, 12, 'size'),
    type: block.toString('latin1', 156, 157),
    linkName: readString(block, 157, 100),
  };
}

/** The header's bytes summed, its checksum field (148–155) counted as spaces. */
function checksumOf(block: Buffer): number {
  let sum = 8 * 0x20;
  for (let i = 0; i < 148; i++) sum += block[i] as number;
  for (let i = 156; i < blockSize; i++) sum += block[i] as number;
  return sum;
}

function writeChecksum(block: Buffer): void {
  block.write(`${checksumOf(block).toString(8).padStart(6, '0')}\0 `, 148, 8, 'latin1');
}

function writeString(block: Buffer, offset: number, length: number, value: string): void {
  const bytes = Buffer.from(value, 'utf8');
  if (bytes.length > length) throw new OciError('INVALID_INPUT', `tar: "${value}" does not fit a ${length}-byte field`);
  bytes.copy(block, offset);
}

function writeOctal(block: Buffer, offset: number, length: number, value: number): void {
  block.write(`${value.toString(8).padStart(length - 1, '0')}\0`, offset, length, 'latin1');
}

/** A NUL-terminated string field (UTF-8, as GNU tar and Go write them). */
function readString(block: Buffer, offset: number, length: number): string {
  const end = block.indexOf(0, offset);
  return block.toString('utf8', offset, end < 0 || end > offset + length ? offset + length : end);
}

/** An octal field (NUL/space padded) or a GNU base-256 number (high bit of the first byte set). */
function readNumber(block: Buffer, offset: number, length: number, field: string): number {
  const first = block[offset] ?? 0;
  if (first & 0x80) {
    if (first !== 0x80) throw new OciError('UNSAFE', `tar archive: negative or huge ${field} field`);
    let value = 0;
    for (let i = offset + 1; i < offset + length; i++) value = value * 256 + (block[i] ?? 0);
    if (!Number.isSafeInteger(value)) throw new OciError('UNSAFE', `tar archive: ${field} field too large`);
    return value;
  }
  // Read byte by byte (this runs three times per entry): leading spaces, octal digits, then only NULs and spaces.
  const end = offset + length;
  let at = offset;
  while (at < end && block[at] === 0x20) at++;
  let value = 0;
  for (; at < end; at++) {
    const b = block[at] as number;
    if (b < 0x30 || b > 0x37) break;
    value = value * 8 + (b - 0x30);
  }
  for (; at < end; at++) {
    const b = block[at];
    if (b !== 0 && b !== 0x20) {
      const text = block
        .toString('latin1', offset, end)
        .replace(/[\0 ]+$/, '')
        .replace(/^ +/, '');
      throw new OciError('UNSAFE', `tar archive: bad ${field} field ${quote(text, 40)} in a header`);
    }
  }
  return value;
}

/** The longest prefix of `s` that fits `max` bytes in UTF-8 (a readable stand-in; the pax record holds the truth). */
function truncateUtf8(s: string, max: number): string {
  let out = '';
  for (const ch of s) {
    if (Buffer.byteLength(out + ch) > max) break;
    out += ch;
  }
  return out;
}

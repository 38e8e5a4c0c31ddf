/**
 * A streaming tar reader: yields one entry at a time with its body as an async iterable of chunks, so a
 * file's bytes go straight to disk. Pax (`x`, `g`) and GNU long-name (`L`, `K`) headers are folded into
 * the entry they describe. Names come out raw: checking them is the extractor's job.
 */
import { OciError } from '../errors.js';
import {
  blockSize,
  decodeHeader,
  EntryTypes,
  isZeroBlock,
  paddingFor,
  parsePaxRecords,
  type TarHeader,
} from './tar-format.js';

/** Pax and GNU long-name headers are metadata, not content: a few KiB in practice, capped to keep memory flat. */
export const maxMetaHeaderSize = 1024 * 1024;

/** As in POSIX and Go's archive/tar: these entries have no data, whatever their size field says. */
const headerOnlyTypes = new Set<string>([
  EntryTypes.hardlink,
  EntryTypes.symlink,
  EntryTypes.charDevice,
  EntryTypes.blockDevice,
  EntryTypes.directory,
  EntryTypes.fifo,
]);

export interface TarEntry {
  header: TarHeader;
  /** The entry's bytes; must be consumed (or left alone: the reader skips what was not read). */
  body: AsyncIterable<Buffer>;
}

interface ByteSource {
  /** Exactly n bytes, or null at a clean end of input (no bytes at all); throws on a short read. */
  read(n: number): Promise<Buffer | null>;
  /** Up to n bytes in the pieces they arrive in. */
  chunks(n: number): AsyncGenerator<Buffer>;
  /** Reads and drops the rest of the input (so a gzip stream still checks its trailer). */
  drain(): Promise<void>;
}

function byteSource(input: AsyncIterable<Buffer | Uint8Array | string>): ByteSource {
  const iterator = input[Symbol.asyncIterator]();
  let pending: Buffer = Buffer.alloc(0);
  let ended = false;
  const pull = async (): Promise<boolean> => {
    if (ended) return false;
    const next = await iterator.next();
    if (next.done) {
      ended = true;
      return false;
    }
    const chunk = typeof next.value === 'string' ? Buffer.from(next.value) : Buffer.from(next.value);
    pending = pending.length ? Buffer.concat([pending, chunk]) : chunk;
    return true;
  };
  const truncated = (): OciError =>
    new OciError('INCOMPLETE', 'tar archive: truncated (the input ended inside an entry)');
  return {
    async read(n) {
      while (pending.length < n) {
        if (!(await pull())) {
          if (pending.length === 0) return null;
          throw truncated();
        }
      }
      const out = pending.subarray(0, n);
      pending = pending.subarray(n);
      return out;
    },
    async *chunks(n) {
      let left = n;
      while (left > 0) {
        if (pending.length === 0 && !(await pull())) throw truncated();
        const piece = pending.subarray(0, Math.min(left, pending.length));
        pending = pending.subarray(piece.length);
        left -= piece.length;
        yield piece;
      }
    },
    async drain() {
      pending = Buffer.alloc(0);
      while (await pull()) pending = Buffer.alloc(0);
    },
  };
}

/** Reads the body of a metadata header (pax or GNU long name) whole, within the cap. */
async function readMeta(source: ByteSource, size: number): Promise<Buffer> {
  if (size > maxMetaHeaderSize) {
    throw new OciError(
      'UNSAFE',
      `tar archive: an extended header of ${size} bytes is larger than ${maxMetaHeaderSize}`,
    );
  }
  const body = (await source.read(size + paddingFor(size))) ?? Buffer.alloc(0);
  if (body.length < size) throw new OciError('INCOMPLETE', 'tar archive: truncated extended header');
  return body.subarray(0, size);
}

export async function* readTarEntries(input: AsyncIterable<Buffer | Uint8Array | string>): AsyncGenerator<TarEntry> {
  const source = byteSource(input);
  let global = new Map<string, string>();
  let local = new Map<string, string>();
  let longName: string | undefined;
  let longLink: string | undefined;
  for (;;) {
    const block = await source.read(blockSize);
    if (block === null) return;
    if (isZeroBlock(block)) {
      // The end of the archive; what follows is padding to the record size.
      await source.drain();
      return;
    }
    const raw = decodeHeader(block);
    if (raw.type === EntryTypes.paxHeader || raw.type === EntryTypes.paxGlobal) {
      const records = parsePaxRecords(await readMeta(source, raw.size));
      if (raw.type === EntryTypes.paxGlobal) global = new Map([...global, ...records]);
      else local = new Map([...local, ...records]);
      continue;
    }
    if (raw.type === EntryTypes.gnuLongName || raw.type === EntryTypes.gnuLongLink) {
      const text = (await readMeta(source, raw.size)).toString('utf8').replace(/\0+$/, '');
      if (raw.type === EntryTypes.gnuLongName) longName = text;
      else longLink = text;
      continue;
    }
    const pax = new Map([...global, ...local]);
    const header: TarHeader = {
      ...raw,
      name: pax.get('path') ?? longName ?? raw.name,
      linkName: pax.get('linkpath') ?? longLink ?? raw.linkName,
    };
    const paxSize = pax.get('size');
    if (paxSize !== undefined) {
      if (!/^[0-9]{1,16}$/.test(paxSize) || !Number.isSafeInteger(Number(paxSize))) {
        throw new OciError('UNSAFE', `tar archive: bad pax size "${paxSize.slice(0, 20)}"`);
      }
      header.size = Number(paxSize);
    }
    local = new Map();
    longName = undefined;
    longLink = undefined;
    const size = headerOnlyTypes.has(header.type) ? 0 : header.size;
    let left = size;
    const body = (async function* () {
      for await (const piece of source.chunks(left)) {
        left -= piece.length;
        yield piece;
      }
    })();
    yield { header: { ...header, size }, body };
    // Whatever the consumer did not read is skipped, so the next header is found where it is.
    for await (const piece of source.chunks(left)) left -= piece.length;
    for await (const _ of source.chunks(paddingFor(size))) void _;
  }
}

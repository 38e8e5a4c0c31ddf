/**
 * A streaming tar reader. `TarParser` is fed chunks and calls its handler synchronously, one entry at a time,
 * with each entry's bytes as they arrive (subarrays of the input, never copied or held): so the extractor
 * writes a file's bytes straight to disk without a promise or a stream per entry, which is what made
 * unpacking many small files slow. Pax (`x`, `g`) and GNU long-name (`L`, `K`) headers are folded into the
 * entry they describe. Names come out raw: checking them is the extractor's job. `readTarEntries` is the same
 * parser as an async iterator, for callers that want to read entries rather than write them.
 */
import { MAX_TAR_META_HEADER } from '../../limits.js';
import { OciError } from '../../errors.js';
import {
  blockSize,
  decodeHeader,
  EntryTypes,
  isZeroBlock,
  paddingFor,
  parsePaxRecords,
  type TarHeader,
} from './tar-format.js';

/** As in POSIX and Go's archive/tar: these entries have no data, whatever their size field says. */
const headerOnlyTypes = new Set<string>([
  EntryTypes.hardlink,
  EntryTypes.symlink,
  EntryTypes.charDevice,
  EntryTypes.blockDevice,
  EntryTypes.directory,
  EntryTypes.fifo,
]);

/** What the parser calls, in order: `entry`, then `data` for each piece of its bytes, then `entryEnd`. */
export interface TarHandler {
  /** A new entry (its `size` already 0 for header-only types). Throwing stops the parse. */
  entry(header: TarHeader): void;
  /** A piece of the current entry's bytes: only valid during the call (a view of the input chunk). */
  data(piece: Buffer): void;
  /** The current entry's bytes are complete. */
  entryEnd(): void;
}

const truncated = (): OciError =>
  new OciError('INCOMPLETE', 'tar archive: truncated (the input ended inside an entry)');

type State = 'header' | 'meta' | 'body' | 'padding' | 'done';

export class TarParser {
  private state: State = 'header';
  /** Bytes of a header (or metadata body) that arrived split across chunks. */
  private partial: Buffer[] = [];
  private partialBytes = 0;
  /** Bytes still to come in the current state (`meta`, `body`, `padding`). */
  private left = 0;
  private metaHeader: TarHeader | undefined;
  private metaSize = 0;
  private bodySize = 0;
  private global = new Map<string, string>();
  private local = new Map<string, string>();
  private longName: string | undefined;
  private longLink: string | undefined;

  constructor(private readonly handler: TarHandler) {}

  /** Feeds the next chunk of the archive; the handler is called before this returns. */
  write(chunk: Buffer): void {
    let at = 0;
    while (at < chunk.length) {
      switch (this.state) {
        case 'done':
          // The end of the archive; what follows is padding to the record size.
          return;
        case 'header': {
          const block = this.take(chunk, at, blockSize);
          if (!block) {
            at = chunk.length;
            break;
          }
          at = this.consumed;
          this.onHeader(block);
          break;
        }
        case 'meta': {
          const body = this.take(chunk, at, this.left);
          if (!body) {
            at = chunk.length;
            break;
          }
          at = this.consumed;
          this.onMeta(body.subarray(0, this.metaSize));
          break;
        }
        case 'body': {
          const n = Math.min(this.left, chunk.length - at);
          const piece = chunk.subarray(at, at + n);
          at += n;
          this.left -= n;
          this.handler.data(piece);
          if (this.left === 0) this.endBody();
          break;
        }
        case 'padding': {
          const n = Math.min(this.left, chunk.length - at);
          at += n;
          this.left -= n;
          if (this.left === 0) this.state = 'header';
          break;
        }
      }
    }
  }

  /** The input ended: throws INCOMPLETE unless it ended between entries. */
  end(): void {
    if (this.state === 'done' || (this.state === 'header' && this.partialBytes === 0)) return;
    if (this.state === 'meta') throw new OciError('INCOMPLETE', 'tar archive: truncated extended header');
    throw truncated();
  }

  /** Where `take` stopped reading in the chunk it was given. */
  private consumed = 0;

  /** `n` bytes starting at `at`, joined with what arrived before; undefined (all of the chunk kept) when short. */
  private take(chunk: Buffer, at: number, n: number): Buffer | undefined {
    const want = n - this.partialBytes;
    if (chunk.length - at < want) {
      this.partial.push(chunk.subarray(at));
      this.partialBytes += chunk.length - at;
      return undefined;
    }
    this.consumed = at + want;
    if (this.partialBytes === 0) return chunk.subarray(at, at + n);
    const joined = Buffer.concat([...this.partial, chunk.subarray(at, at + want)]);
    this.partial = [];
    this.partialBytes = 0;
    return joined;
  }

  private onHeader(block: Buffer): void {
    if (isZeroBlock(block)) {
      this.state = 'done';
      return;
    }
    const raw = decodeHeader(block);
    const isMeta =
      raw.type === EntryTypes.paxHeader ||
      raw.type === EntryTypes.paxGlobal ||
      raw.type === EntryTypes.gnuLongName ||
      raw.type === EntryTypes.gnuLongLink;
    if (isMeta) {
      if (raw.size > MAX_TAR_META_HEADER) {
        throw new OciError(
          'UNSAFE',
          `tar archive: an extended header of ${raw.size} bytes is larger than ${MAX_TAR_META_HEADER}`,
        );
      }
      this.metaHeader = raw;
      this.metaSize = raw.size;
      this.left = raw.size + paddingFor(raw.size);
      if (this.left === 0) this.onMeta(Buffer.alloc(0));
      else this.state = 'meta';
      return;
    }
    const pax = this.global.size || this.local.size ? new Map([...this.global, ...this.local]) : this.local;
    const header: TarHeader = {
      ...raw,
      name: pax.get('path') ?? this.longName ?? raw.name,
      linkName: pax.get('linkpath') ?? this.longLink ?? raw.linkName,
    };
    const paxSize = pax.get('size');
    if (paxSize !== undefined) {
      if (!/^[0-9]{1,16}$/.test(paxSize) || !Number.isSafeInteger(Number(paxSize))) {
        throw new OciError('UNSAFE', `tar archive: bad pax size "${paxSize.slice(0, 20)}"`);
      }
      header.size = Number(paxSize);
    }
    if (this.local.size) this.local = new Map();
    this.longName = undefined;
    this.longLink = undefined;
    const size = headerOnlyTypes.has(header.type) ? 0 : header.size;
    this.bodySize = size;
    this.handler.entry({ ...header, size });
    if (size === 0) this.endBody();
    else {
      this.left = size;
      this.state = 'body';
    }
  }

  private onMeta(body: Buffer): void {
    const raw = this.metaHeader as TarHeader;
    this.state = 'header';
    if (raw.type === EntryTypes.paxHeader || raw.type === EntryTypes.paxGlobal) {
      const records = parsePaxRecords(body);
      if (raw.type === EntryTypes.paxGlobal) this.global = new Map([...this.global, ...records]);
      else this.local = new Map([...this.local, ...records]);
      return;
    }
    const text = body.toString('utf8').replace(/\0+$/, '');
    if (raw.type === EntryTypes.gnuLongName) this.longName = text;
    else this.longLink = text;
  }

  private endBody(): void {
    this.handler.entryEnd();
    this.left = paddingFor(this.bodySize);
    this.state = this.left === 0 ? 'header' : 'padding';
  }
}

export interface TarEntry {
  header: TarHeader;
  /** The entry's bytes; must be consumed (or left alone: the reader skips what was not read). */
  body: AsyncIterable<Buffer>;
}

type ParseEvent = { kind: 'entry'; header: TarHeader } | { kind: 'data'; piece: Buffer } | { kind: 'end' };

/**
 * The parser as an async iterator of entries, each body read as it arrives. Pieces are copied (the parser's
 * are views of the input), and only the events of one input chunk are queued at a time.
 */
export async function* readTarEntries(input: AsyncIterable<Buffer | Uint8Array | string>): AsyncGenerator<TarEntry> {
  const iterator = input[Symbol.asyncIterator]();
  const queue: ParseEvent[] = [];
  const parser = new TarParser({
    entry: (header) => queue.push({ kind: 'entry', header }),
    data: (piece) => queue.push({ kind: 'data', piece: Buffer.from(piece) }),
    entryEnd: () => queue.push({ kind: 'end' }),
  });
  let ended = false;
  /** The next event, reading input as needed; undefined at the end of a complete archive. */
  const next = async (): Promise<ParseEvent | undefined> => {
    while (queue.length === 0) {
      if (ended) return undefined;
      const step = await iterator.next();
      if (step.done) {
        ended = true;
        parser.end();
      } else {
        const value = step.value;
        parser.write(
          typeof value === 'string'
            ? Buffer.from(value)
            : Buffer.from(value.buffer, value.byteOffset, value.byteLength),
        );
      }
    }
    return queue.shift();
  };
  const entryDone = { value: true };
  for (;;) {
    const event = await next();
    if (event === undefined) return;
    if (event.kind !== 'entry') continue; // the rest of an entry its reader left alone
    entryDone.value = false;
    const state = entryDone;
    const body = (async function* (): AsyncGenerator<Buffer> {
      for (;;) {
        const e = await next();
        if (e === undefined) throw truncated();
        if (e.kind === 'end') {
          state.value = true;
          return;
        }
        if (e.kind === 'data') yield e.piece;
      }
    })();
    yield { header: event.header, body };
    if (!state.value) for await (const _ of body) void _;
  }
}

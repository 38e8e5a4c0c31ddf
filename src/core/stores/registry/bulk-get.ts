/**
 * GET of a big blob on a connection of its own, read into a few buffers that go round.
 *
 * undici reads every 64 KiB from the socket into a buffer of its own, copies it into its parser's memory, and
 * hands the body on in yet another new buffer: a GiB of download touches some 40,000 pages of fresh memory, and
 * on the virtual machines CI runs on, a first write to a page costs 15–25 µs (docs/benchmarks.md, "Machine").
 * Here the socket reads (`onread`) straight into the free end of a batch. A reader that says when it is done
 * with a batch (`lend`) gets the same LENT_BATCHES batches of 2 MiB again and again, so memory stays flat; a
 * reader that only streams the body (`BulkBody` is a Readable like any other) keeps what it reads, so each of
 * its batches is new memory, of STREAM_BATCH_BYTES.
 *
 * One exchange per connection (`Connection: close`): for a blob of many MiB, a connection's set-up is a small
 * part of the time, and nothing is left half-read in a pool. The head, the framing and chunked decoding are
 * http1.ts's; timeouts are the registry's usual (http.ts Timeouts), and a download that trickles is stalled.
 */
import { connect as connectTcp, isIP, type Socket } from 'node:net';
import { createRequire } from 'node:module';
import type { ConnectionOptions } from 'node:tls';
import { Readable } from 'node:stream';
import {
  ChunkedDecoder,
  HttpProtocolError,
  bodyFraming,
  headEnd,
  parseResponseHead,
  requestHead,
  type Framing,
  type ResponseHead,
} from './http1.js';
import type { ResponseHeaders } from './rate-limit.js';
import type { Lender } from '../../content/lend.js';
import { MAX_RESPONSE_HEAD_BYTES } from '../../limits.js';

/** node:tls, loaded when a blob first comes over HTTPS (10 ms of start-up that plain-HTTP runs never need). */
let tlsModule: typeof import('node:tls') | undefined;
const tls = (): typeof import('node:tls') =>
  (tlsModule ??= createRequire(import.meta.url)('node:tls') as typeof import('node:tls'));

/** The unit of reading and of lending: large, so that each hand-off (to a writer, a hasher) moves much. */
export const BULK_BATCH_BYTES = 2 * 1024 * 1024;
/**
 * The batch of a body read as a stream, where every batch is new memory: as small as a socket read on loopback
 * (64 KiB), which malloc serves again from memory freed before. 2 MiB batches cost a copy between registries
 * 60,000 page faults against 30,000 (16 × 64 MiB, docs/benchmarks.md "Machine" for why faults matter).
 */
export const STREAM_BATCH_BYTES = 64 * 1024;
/** Batches a lending reader may hold at once; with all of them out, reading pauses. */
export const LENT_BATCHES = 4;

/** A failure of the connection, named by a code http.ts's retry policy and errors.ts's messages know. */
export class BulkTransferError extends Error {
  constructor(
    readonly code: 'OCI_HTTP_CLOSED' | 'OCI_HTTP_CONNECT_TIMEOUT' | 'OCI_HTTP_HEADERS_TIMEOUT' | 'OCI_HTTP_STALLED',
    message: string,
  ) {
    super(message);
  }
}

export interface BulkGetRequest {
  url: URL;
  headers: Record<string, string>;
  signal?: AbortSignal | undefined;
  connectTimeoutMs: number;
  headersTimeoutMs: number;
  /** A window in which the body must move at least `minBytesPerWindow`, unless its reader held it back. */
  bodyWindowMs: number;
  minBytesPerWindow: number;
}

export interface BulkResponse {
  status: number;
  headers: ResponseHeaders;
  body: BulkBody;
}

/** Sends the GET and resolves with the answer's head; its body has not been read yet. */
export function bulkGet(request: BulkGetRequest): Promise<BulkResponse> {
  return new Promise<BulkResponse>((resolve, reject) => {
    new Exchange(request, resolve, reject).start();
  });
}

/** A consumer of lent batches: the batch is the reader's again once the returned promise settles. */
type LentChunkConsumer = Parameters<Lender['lend']>[0];

/**
 * The body of a bulk GET. Read it as a stream (each batch is new memory, the reader may keep it), or call
 * `lend` before reading (each batch is lent until the consumer's promise settles, then filled again). A body
 * that is not wanted is dropped with `dump()` or `destroy()`: the connection closes.
 */
export class BulkBody extends Readable implements Lender {
  /** @internal */ exchange: Exchange | undefined;

  constructor(options: ConstructorParameters<typeof Readable>[0]) {
    super(options);
    // A failure reaches the reader as it reads (iteration, pipeline, its own 'error' listener) or as the lend's
    // rejection; with nobody reading yet, it must not be an uncaught 'error' event that ends the process.
    this.on('error', () => {});
  }

  override _read(): void {
    this.exchange?.streamMode();
  }

  override _destroy(error: Error | null, callback: (error?: Error | null) => void): void {
    this.exchange?.close();
    callback(error);
  }

  /** Drops the body (the connection is not reused, so there is nothing to drain). */
  async dump(): Promise<void> {
    if (!this.destroyed) this.destroy();
  }

  /**
   * Delivers the whole body to `consume`, in order, in batches of up to BULK_BATCH_BYTES; at most LENT_BATCHES
   * are out at once. Resolves once every consumer promise has settled and the body has ended; rejects with the
   * first failure (the connection's or a consumer's), also only after every lent batch is back.
   */
  lend(consume: LentChunkConsumer): Promise<void> {
    const exchange = this.exchange;
    if (!exchange) return Promise.reject(new Error('the body is already closed'));
    return exchange.lendMode(consume);
  }
}

type Phase = 'head' | 'waiting' | 'stream' | 'lend' | 'done';

class Exchange {
  private socket: Socket | undefined;
  private phase: Phase = 'head';
  private head = Buffer.allocUnsafe(0);
  private headLength = 0;
  private framing: Framing = { kind: 'close' };
  private chunked: ChunkedDecoder | undefined;
  /** Body bytes still expected (`length` framing). */
  private left = 0;
  private body: BulkBody | undefined;
  private timer: NodeJS.Timeout | undefined;
  /** Bytes in this stall window, and whether reading was held back for the reader in it. */
  private windowBytes = 0;
  private heldBack = false;
  private paused = false;
  private failure: Error | undefined;

  /** The batch being filled and how much of it is. */
  private batch: Buffer | undefined;
  private filled = 0;
  /** Lending: batches free to fill, how many are out, and how the lend ends. */
  private free: Buffer[] = [];
  private out = 0;
  private consume: LentChunkConsumer | undefined;
  private lent: { resolve(): void; reject(error: unknown): void } | undefined;
  private ended = false;

  constructor(
    private readonly request: BulkGetRequest,
    private resolveHead: ((response: BulkResponse) => void) | undefined,
    private rejectHead: ((error: unknown) => void) | undefined,
  ) {}

  start(): void {
    const { url, signal } = this.request;
    if (signal?.aborted) {
      this.fail(signal.reason ?? new Error('aborted'));
      return;
    }
    signal?.addEventListener('abort', this.onAbort, { once: true });
    let headText: string;
    try {
      headText = requestHead(url, this.request.headers);
    } catch (e) {
      this.fail(e as Error);
      return;
    }
    this.head = Buffer.allocUnsafe(MAX_RESPONSE_HEAD_BYTES);
    const host = url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname;
    const tlsPort = url.protocol === 'https:';
    const port = Number(url.port) || (tlsPort ? 443 : 80);
    const onread = {
      buffer: (): Uint8Array => this.readInto(),
      callback: (n: number): boolean => this.received(n),
    };
    // Node reads into `onread` for TLS sockets too (since 15.1); @types/node names it only for net.
    const tlsOptions: ConnectionOptions & { onread: typeof onread } = {
      host,
      port,
      ALPNProtocols: ['http/1.1'],
      onread,
    };
    if (!isIP(host)) tlsOptions.servername = host;
    const socket = tlsPort ? tls().connect(tlsOptions) : connectTcp({ host, port, onread });
    this.socket = socket;
    socket.on('error', (e) => this.fail(e));
    socket.on('end', () => this.endOfStream());
    socket.on('close', () => this.endOfStream());
    this.arm(
      this.request.connectTimeoutMs,
      () => new BulkTransferError('OCI_HTTP_CONNECT_TIMEOUT', 'the connection could not be opened in time'),
    );
    socket.once(tlsPort ? 'secureConnect' : 'connect', () => {
      this.arm(
        this.request.headersTimeoutMs,
        () => new BulkTransferError('OCI_HTTP_HEADERS_TIMEOUT', 'the server did not answer in time'),
      );
    });
    socket.write(headText, 'latin1');
  }

  private readonly onAbort = (): void => {
    this.fail(this.request.signal?.reason ?? new Error('aborted'));
  };

  private arm(ms: number, error: () => Error): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.fail(error()), ms);
  }

  /** Where the socket reads next: the rest of the head buffer, then the free end of the batch. */
  private readInto(): Uint8Array {
    if (this.phase === 'head') return this.head.subarray(this.headLength);
    this.batch ??= this.takeBatch();
    return this.batch.subarray(this.filled);
  }

  /**
   * A batch to read into. Those that may be lent are shared memory, so that the hashing thread can read them
   * where they are (oci/digest-worker.ts); a streamed batch belongs to the reader and is plain memory.
   */
  private takeBatch(): Buffer {
    const reused = this.free.pop();
    if (reused) return reused;
    if (this.phase === 'stream') return Buffer.allocUnsafeSlow(STREAM_BATCH_BYTES);
    return Buffer.from(new SharedArrayBuffer(BULK_BATCH_BYTES));
  }

  /** `n` bytes were read where readInto said; returns false to pause reading. */
  private received(n: number): boolean {
    if (this.failure || this.phase === 'done') return false;
    try {
      if (this.phase === 'head') return this.receivedHead(n);
      if (this.phase === 'waiting') {
        // Read although paused (a TLS record already decrypted): framed now, handed on when the reader starts.
        this.waitingComplete = this.frame(this.filled, this.filled + n) || this.waitingComplete;
        return false;
      }
      return this.receivedBody(this.filled, this.filled + n);
    } catch (e) {
      this.fail(e as Error);
      return false;
    }
  }

  /** `n` more bytes of the head arrived; the blank line is looked for from `from` (before them, it was not there). */
  private receivedHead(n: number, from = this.headLength - 3): boolean {
    this.headLength += n;
    const end = headEnd(this.head, this.headLength, from);
    if (end < 0) {
      if (this.headLength >= this.head.length) {
        throw new HttpProtocolError(`the answer's head is longer than ${MAX_RESPONSE_HEAD_BYTES} bytes`);
      }
      return true;
    }
    const head = parseResponseHead(this.head.subarray(0, end).toString('latin1'));
    const rest = this.head.subarray(end, this.headLength);
    if (head.status >= 100 && head.status < 200) {
      // An interim answer (103 Early Hints): the real one follows.
      if (head.status === 101) throw new HttpProtocolError('the server switched protocols unasked');
      rest.copy(this.head, 0);
      this.headLength = rest.length;
      return this.receivedHead(0, 0);
    }
    return this.answered(head, rest);
  }

  private answered(head: ResponseHead, rest: Buffer): boolean {
    this.framing = bodyFraming(head);
    if (this.framing.kind === 'chunked') this.chunked = new ChunkedDecoder();
    if (this.framing.kind === 'length') this.left = this.framing.length;
    clearTimeout(this.timer);
    const body = new BulkBody({ highWaterMark: BULK_BATCH_BYTES });
    body.exchange = this;
    this.body = body;
    this.phase = 'waiting';
    this.head = Buffer.allocUnsafe(0);
    const resolve = this.resolveHead;
    this.resolveHead = undefined;
    this.rejectHead = undefined;
    resolve?.({ status: head.status, headers: head.headers, body });
    if (this.framing.kind === 'none' || (this.framing.kind === 'length' && this.left === 0)) {
      this.ended = true;
      body.push(null);
      this.finish();
      return false;
    }
    // Body bytes read with the head are framed now, into the batch the socket fills next (the socket takes
    // the buffer to read into when this callback returns); they are handed on once the reader says how it reads.
    this.batch = this.takeBatch();
    rest.copy(this.batch, 0);
    this.filled = 0;
    this.waitingComplete = this.frame(0, rest.length);
    this.pause();
    return false;
  }

  /** Whether the body was complete with the bytes read along with the head. */
  private waitingComplete = false;

  /** The reader streams: each batch is pushed as it fills, and new batches are fresh memory. */
  streamMode(): void {
    if (this.phase === 'waiting') {
      this.phase = 'stream';
      this.startBody();
    }
    if (this.phase === 'stream' && !this.failure) this.resume();
  }

  lendMode(consume: LentChunkConsumer): Promise<void> {
    if (this.phase === 'done' && this.ended && !this.failure) return Promise.resolve(); // an empty body
    if (this.phase !== 'waiting') return Promise.reject(new Error('the body is already being read'));
    this.phase = 'lend';
    this.consume = consume;
    const done = new Promise<void>((resolve, reject) => {
      this.lent = { resolve, reject };
    });
    this.startBody();
    if (!this.failure && this.phase === 'lend') this.resume();
    return done;
  }

  private startBody(): void {
    this.windowBytes = 0;
    this.heldBack = false;
    this.timer = setInterval(() => this.checkProgress(), this.request.bodyWindowMs);
    this.timer.unref();
    this.deliver(0, this.filled, this.waitingComplete);
  }

  private checkProgress(): void {
    if (!this.heldBack && !this.paused && this.windowBytes < this.request.minBytesPerWindow) {
      const seconds = Math.round(this.request.bodyWindowMs / 100) / 10;
      this.fail(
        new BulkTransferError(
          'OCI_HTTP_STALLED',
          `less than ${this.request.minBytesPerWindow} bytes arrived in ${seconds} s: the download is stalled`,
        ),
      );
      return;
    }
    this.windowBytes = 0;
    this.heldBack = this.paused;
  }

  /** Bytes `[from, to)` of the batch arrived; hands on what they carry of the body. Returns false to pause. */
  private receivedBody(from: number, to: number): boolean {
    const complete = this.frame(from, to);
    return this.deliver(from, this.filled, complete);
  }

  /**
   * Reads the framing of bytes `[from, to)` of the batch: their body bytes end up in `[from, filled)`.
   * Returns whether the body is complete.
   */
  private frame(from: number, to: number): boolean {
    let end = to;
    if (this.chunked) {
      end = this.chunked.decode(this.batch as Buffer, from, to);
    } else if (this.framing.kind === 'length') {
      end = Math.min(to, from + this.left);
      this.left -= end - from;
    }
    this.windowBytes += end - from;
    this.filled = end;
    return this.chunked ? this.chunked.done : this.framing.kind === 'length' && this.left === 0;
  }

  /** Hands on body bytes `[from, end)` of the batch as the reader reads; returns false to pause reading. */
  private deliver(from: number, end: number, complete: boolean): boolean {
    const batch = this.batch as Buffer;
    if (this.phase === 'stream') {
      let more = true;
      if (end > from) {
        more = this.body?.push(batch.subarray(from, end)) ?? false;
        if (end === batch.length) {
          this.batch = undefined; // the reader owns it now; the next is fresh
          this.filled = 0;
        }
      }
      if (complete) return this.complete();
      if (!more) this.pause();
      return more;
    }
    // Lending: a full batch (or the last) goes out; reading pauses while every batch is out.
    if (end === batch.length || complete) this.lendBatch();
    if (complete) return this.complete();
    if (this.out >= LENT_BATCHES) {
      this.pause();
      return false;
    }
    return true;
  }

  private lendBatch(): void {
    const batch = this.batch;
    if (!batch || this.filled === 0) return;
    const chunk = batch.subarray(0, this.filled);
    this.batch = undefined;
    this.filled = 0;
    this.out++;
    let returned: Promise<void>;
    try {
      returned = (this.consume as LentChunkConsumer)(chunk);
    } catch (e) {
      returned = Promise.reject(e);
    }
    returned.then(
      () => this.returnBatch(batch),
      (e: unknown) => {
        // A consumer's failure fails the lend even when the body has arrived whole meanwhile.
        const error = e instanceof Error ? e : new Error(String(e));
        if (this.phase === 'done') this.failure ??= error;
        else this.fail(error);
        this.returnBatch(batch);
      },
    );
  }

  private returnBatch(batch: Buffer): void {
    this.out--;
    this.free.push(batch);
    this.settleLend();
    if (this.phase === 'lend' && !this.failure && this.paused && this.out < LENT_BATCHES) this.resume();
  }

  private settleLend(): void {
    if (this.out > 0 || !this.lent) return;
    const lent = this.lent;
    if (this.failure) {
      this.lent = undefined;
      lent.reject(this.failure);
    } else if (this.ended) {
      this.lent = undefined;
      lent.resolve();
    }
  }

  /** The whole body has arrived. */
  private complete(): boolean {
    this.ended = true;
    if (this.phase === 'stream') this.body?.push(null);
    this.finish();
    this.settleLend();
    return false;
  }

  /** The server closed its side: the end of a body delimited by the close, too soon for any other. */
  private endOfStream(): void {
    if (this.phase === 'done' || this.failure) return;
    if (this.phase === 'waiting' && (this.waitingComplete || this.framing.kind === 'close')) {
      // The whole body is here already; it ends when the reader starts.
      this.waitingComplete = true;
      return;
    }
    if (this.framing.kind === 'close' && (this.phase === 'stream' || this.phase === 'lend')) {
      if (this.phase === 'lend') this.lendBatch();
      this.complete();
      return;
    }
    this.fail(
      new BulkTransferError(
        'OCI_HTTP_CLOSED',
        this.phase === 'head'
          ? 'the connection was closed before an answer'
          : 'the connection was closed in the middle of the body',
      ),
    );
  }

  private pause(): void {
    if (this.paused) return;
    this.paused = true;
    this.heldBack = true;
    this.socket?.pause();
  }

  private resume(): void {
    if (!this.paused) return;
    this.paused = false;
    this.socket?.resume();
  }

  private finish(): void {
    this.phase = 'done';
    this.cleanUp();
  }

  /** Closes the connection (the body was dropped, or has ended). */
  close(): void {
    if (this.phase !== 'done' && !this.failure) this.failure = new Error('the body was dropped');
    if (this.phase !== 'done') this.phase = 'done';
    this.cleanUp();
    this.settleLend();
  }

  private cleanUp(): void {
    clearTimeout(this.timer);
    clearInterval(this.timer);
    this.request.signal?.removeEventListener('abort', this.onAbort);
    this.socket?.destroy();
  }

  private fail(error: Error): void {
    if (this.phase === 'done' || this.failure) return;
    this.failure = error;
    this.phase = 'done';
    this.cleanUp();
    const reject = this.rejectHead;
    this.resolveHead = undefined;
    this.rejectHead = undefined;
    if (reject) reject(error);
    else this.body?.destroy(error);
    this.settleLend();
  }
}

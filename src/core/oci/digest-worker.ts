/**
 * Hashing on another thread, for big blobs. SHA-256 runs at about 1.6 GB/s on one core: in-thread, it is as
 * long again as receiving the bytes, so a download verified while it streams took twice the time of the wire.
 * Here the bytes are gathered into 2 MiB buffers (a native copy: a few percent of the cost of hashing), each
 * handed to one worker thread per process without a copy (transferred), hashed there in order while this thread
 * goes on receiving and writing, and handed back to be filled again: the same few buffers go round, so no fresh
 * memory is touched per chunk. Nothing else changes: the stream still fails before its end when the digest
 * differs (digest.ts).
 *
 * Bytes that already sit in shared memory (a big download's batches, bulk-get.ts) need no copy at all:
 * `hashShared` hands the worker a view of them and promises when it has hashed them; the owner keeps the
 * bytes as they are until then (a lent batch is given back only once both its writer and the hasher are done).
 *
 * The worker keeps the process alive only while it owes an answer (a buffer to hand back, a digest); a stream
 * dropped half-way is forgotten there with `abort`.
 */
import { Worker } from 'node:worker_threads';
import { OciError } from '../errors.js';

/** The algorithms of digest.ts (named here again: digest.ts imports this file). */
type DigestAlgorithm = 'sha256' | 'sha512';

/** Large: each hand-off wakes the worker, which on a virtual machine costs a tenth of a millisecond or more. */
const BUFFER_BYTES = 2 * 1024 * 1024;
/** Buffers one stream may have with the worker at once: memory per stream is bounded by this × BUFFER_BYTES. */
const BUFFERS_PER_STREAM = 2;
/** Buffers kept for reuse between streams. */
const SPARE_BUFFERS = 6;

/** What the worker runs (CommonJS, nothing of ours: it is evaluated as it stands). */
const workerSource = `
const { parentPort } = require('node:worker_threads');
const { createHash } = require('node:crypto');
const hashes = new Map();
parentPort.on('message', (m) => {
  if (m.open) { hashes.set(m.id, createHash(m.open)); return; }
  const hash = hashes.get(m.id);
  if (m.abort) { hashes.delete(m.id); return; }
  if (m.buffer) {
    if (hash) hash.update(new Uint8Array(m.buffer, 0, m.length));
    parentPort.postMessage({ id: m.id, buffer: m.buffer }, [m.buffer]);
    return;
  }
  if (m.shared) {
    if (hash) hash.update(new Uint8Array(m.shared, m.offset, m.length));
    parentPort.postMessage({ id: m.id, hashed: true });
    return;
  }
  if (m.end) {
    hashes.delete(m.id);
    parentPort.postMessage({ id: m.id, digest: hash ? hash.digest('hex') : undefined });
  }
});
`;

interface StreamState {
  /** Buffers back from the worker, to fill again. */
  returned(buffer: ArrayBuffer): void;
  /** The worker hashed the oldest piece of shared memory it was given. */
  hashed(): void;
  finished(hex: string | undefined): void;
  failed(error: unknown): void;
}

interface Shared {
  worker: Worker;
  streams: Map<number, StreamState>;
  spare: ArrayBuffer[];
  /** Answers the worker owes (buffers out, digests asked for): it holds the process open while there are some. */
  owed: number;
  nextId: number;
}

let shared: Shared | undefined;
/** Set once the worker could not start or stopped: later streams hash on this thread instead. */
let unavailable = false;

/** Whether streams can be hashed on the worker (false once it failed in this process). */
export const threadHashing = (): boolean => !unavailable;

function owe(state: Shared, delta: number): void {
  const before = state.owed;
  state.owed += delta;
  if (before === 0 && state.owed > 0) state.worker.ref();
  else if (before > 0 && state.owed === 0) state.worker.unref();
}

function hashingWorker(): Shared {
  if (shared) return shared;
  let worker: Worker;
  try {
    worker = new Worker(workerSource, { eval: true });
  } catch (e) {
    unavailable = true;
    throw e;
  }
  const state: Shared = { worker, streams: new Map(), spare: [], owed: 0, nextId: 1 };
  worker.unref();
  worker.on('message', (m: { id: number; buffer?: ArrayBuffer; hashed?: true; digest?: string }) => {
    owe(state, -1);
    const stream = state.streams.get(m.id);
    if (m.buffer) {
      if (stream) stream.returned(m.buffer);
      else if (state.spare.length < SPARE_BUFFERS) state.spare.push(m.buffer);
    } else if (m.hashed) {
      stream?.hashed();
    } else {
      state.streams.delete(m.id);
      stream?.finished(m.digest);
    }
  });
  const fail = (error: unknown): void => {
    if (shared === state) shared = undefined;
    unavailable = true;
    const stopped = new OciError(
      'INCOMPLETE',
      `the thread that verifies digests stopped (${String(error)}): nothing was verified; try again`,
      { cause: error },
    );
    for (const stream of state.streams.values()) stream.failed(stopped);
    state.streams.clear();
  };
  worker.on('error', fail);
  worker.on('exit', (code) => fail(`exit code ${code}`));
  shared = state;
  return state;
}

/** Stops the worker as a crash would (tests: what streams in flight and after it do). */
export async function stopHashingThreadForTests(): Promise<void> {
  await shared?.worker.terminate();
}

/** A digester whose hashing runs on the worker thread. */
export interface ThreadDigester {
  /** Takes a copy of `chunk`; a promise when it must wait for a buffer to come back (the caller waits too). */
  update(chunk: Uint8Array): Promise<void> | undefined;
  /**
   * Hashes `chunk` where it is, without a copy, if it lies in shared memory and nothing copied waits before it;
   * the promise settles once the worker has hashed it, and until then the caller must leave those bytes as
   * they are. Undefined (nothing taken) otherwise: the caller uses `update`.
   */
  hashShared(chunk: Uint8Array): Promise<void> | undefined;
  /** `algorithm:hex` of everything updated, once the worker has hashed it all. */
  digest(): Promise<string>;
  /** Drops the stream: nothing more is hashed, no digest comes. */
  abort(): void;
}

export function createThreadDigester(algorithm: DigestAlgorithm): ThreadDigester {
  const state = hashingWorker();
  const id = state.nextId++;
  const free: ArrayBuffer[] = [];
  let out = 0;
  let current: Uint8Array | undefined;
  let filled = 0;
  let roomWaiter: (() => void) | undefined;
  /** Pieces of shared memory with the worker, oldest first: each settles when it is hashed. */
  const sharedOut: { resolve(): void; reject(error: unknown): void }[] = [];
  let failure: unknown;
  let result: { resolve(hex: string): void; reject(error: unknown): void } | undefined;
  let done: Promise<string> | undefined;
  let closed = false;

  state.streams.set(id, {
    returned(buffer) {
      out--;
      free.push(buffer);
      roomWaiter?.();
    },
    hashed() {
      sharedOut.shift()?.resolve();
    },
    finished(hex) {
      if (hex === undefined) result?.reject(new OciError('INCOMPLETE', 'the hashing thread lost a stream'));
      else result?.resolve(hex);
    },
    failed(error) {
      failure = error;
      roomWaiter?.();
      for (const piece of sharedOut.splice(0)) piece.reject(error);
      result?.reject(error);
    },
  });
  state.worker.postMessage({ id, open: algorithm });

  const send = (): void => {
    if (!current || filled === 0) return;
    const buffer = current.buffer as ArrayBuffer;
    state.worker.postMessage({ id, buffer, length: filled }, [buffer]);
    owe(state, 1);
    out++;
    current = undefined;
    filled = 0;
  };
  const buffer = (): Uint8Array | undefined => {
    if (current) return current;
    const next = free.pop() ?? (out + free.length < BUFFERS_PER_STREAM ? state.spare.pop() : undefined);
    if (next) current = new Uint8Array(next);
    else if (out + free.length < BUFFERS_PER_STREAM) current = new Uint8Array(BUFFER_BYTES);
    return current;
  };
  /** Copies as much of `chunk` as there is room for; returns how much. */
  const copy = (chunk: Uint8Array): number => {
    const target = buffer();
    if (!target) return 0;
    const n = Math.min(chunk.length, target.length - filled);
    target.set(n === chunk.length ? chunk : chunk.subarray(0, n), filled);
    filled += n;
    if (filled === target.length) send();
    return n;
  };
  const rest = async (chunk: Uint8Array): Promise<void> => {
    while (chunk.length > 0) {
      if (failure) throw failure;
      const n = copy(chunk);
      if (n === 0) await new Promise<void>((resolve) => (roomWaiter = resolve));
      roomWaiter = undefined;
      chunk = chunk.subarray(n);
    }
  };

  return {
    update(chunk) {
      if (failure) return Promise.reject(failure);
      for (let left = chunk; left.length > 0;) {
        const n = copy(left);
        if (n === 0) return rest(left);
        left = left.subarray(n);
      }
      return undefined;
    },
    hashShared(chunk) {
      if (failure) return Promise.reject(failure);
      // A copy still waiting for room would be overtaken: the bytes must reach the hash in order.
      if (closed || roomWaiter || !(chunk.buffer instanceof SharedArrayBuffer)) return undefined;
      send(); // what was copied before goes first
      return new Promise<void>((resolve, reject) => {
        sharedOut.push({ resolve, reject });
        state.worker.postMessage({ id, shared: chunk.buffer, offset: chunk.byteOffset, length: chunk.length });
        owe(state, 1);
      });
    },
    digest() {
      done ??= new Promise<string>((resolve, reject) => {
        if (failure) {
          reject(failure);
          return;
        }
        result = { resolve, reject };
        closed = true;
        send();
        state.worker.postMessage({ id, end: true });
        owe(state, 1);
      }).then((hex) => `${algorithm}:${hex}`);
      return done;
    },
    abort() {
      if (closed) return;
      closed = true;
      state.worker.postMessage({ id, abort: true });
      // Nobody wants this hash any more: shared pieces still out need not be waited for.
      for (const piece of sharedOut.splice(0)) piece.resolve();
      // Buffers still out come back to the spare list; this stream is forgotten.
      state.streams.delete(id);
      for (const spare of free) if (state.spare.length < SPARE_BUFFERS) state.spare.push(spare);
      free.length = 0;
    },
  };
}

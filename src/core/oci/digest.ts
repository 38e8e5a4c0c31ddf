/** Digests: strict grammar (sha256 + 64 lowercase hex, sha512 + 128), hashing, and verifying streams. */
import { createHash, type Hash } from 'node:crypto';
import { Transform, type TransformCallback } from 'node:stream';
import { OciError, quote } from '../errors.js';
import { THREAD_HASH_MIN_BYTES } from '../limits.js';
import { createThreadDigester, threadHashing, type ThreadDigester } from './digest-worker.js';

export type DigestAlgorithm = 'sha256' | 'sha512';
const hexLength: Record<DigestAlgorithm, number> = { sha256: 64, sha512: 128 };
const digestPattern = /^(sha256|sha512):([0-9a-f]+)$/;

export interface ParsedDigest {
  algorithm: DigestAlgorithm;
  hex: string;
}

/** Parses a digest strictly, before it ever reaches a URL or a path. */
export function parseDigest(value: string): ParsedDigest {
  const match = digestPattern.exec(value);
  const algorithm = match?.[1] as DigestAlgorithm | undefined;
  const hex = match?.[2];
  if (!algorithm || !hex || hex.length !== hexLength[algorithm]) {
    throw new OciError(
      'INVALID_DIGEST',
      `invalid digest ${quote(value, 80)}: expected sha256:<64 lowercase hex> or sha512:<128 lowercase hex>`,
    );
  }
  return { algorithm, hex };
}

export const isDigest = (value: string): boolean => {
  try {
    parseDigest(value);
    return true;
  } catch {
    return false;
  }
};

export function digestOf(bytes: Uint8Array, algorithm: DigestAlgorithm = 'sha256'): string {
  return `${algorithm}:${createHash(algorithm).update(bytes).digest('hex')}`;
}

/** An incremental digester for streamed content. */
export interface Digester {
  update(chunk: Uint8Array): void;
  digest(): string;
}

export function createDigester(algorithm: DigestAlgorithm = 'sha256'): Digester {
  const hash: Hash = createHash(algorithm);
  return {
    update: (chunk) => {
      hash.update(chunk);
    },
    digest: () => `${algorithm}:${hash.digest('hex')}`,
  };
}

/**
 * A pass-through stream that checks size and digest while the bytes flow. It fails as soon as more
 * bytes than expected arrive, and at the end if the size or the digest differ: a mismatch is an error,
 * never a quiet success with other bytes. From THREAD_HASH_MIN_BYTES on, the hashing runs on the worker
 * thread of digest-worker.ts, beside this one, instead of taking turns with the download.
 */
export function createVerifyingStream(expected: { digest: string; size: number }, what = 'content'): Transform {
  const verifier = createVerifier(expected, what);
  const stream = new Transform({
    transform(chunk: Buffer, _encoding, callback: TransformCallback) {
      let wait: Promise<void> | undefined;
      try {
        wait = verifier.update(chunk);
      } catch (e) {
        callback(e as Error);
        return;
      }
      if (wait) wait.then(() => callback(null, chunk), callback);
      else callback(null, chunk);
    },
    flush(callback: TransformCallback) {
      verifier.end().then(() => callback(), callback);
    },
    destroy(error, callback) {
      verifier.abort();
      callback(error);
    },
  });
  markVerifying(stream, expected);
  return stream;
}

/** Checks bytes against a size and digest as they come, in order (the core of a verifying stream). */
export interface Verifier {
  /**
   * Takes the next bytes (copied, or hashed at once: `chunk` is free when this returns). Throws SIZE_MISMATCH
   * past the expected size; a promise when the caller must wait before the next update.
   */
  update(chunk: Uint8Array): Promise<void> | undefined;
  /**
   * As `update`, without a copy where the hashing thread can read `chunk` where it is (shared memory): then a
   * promise that settles once it is hashed, and `chunk` must stay as it is until then; later updates need not
   * wait for it. Undefined when nothing was taken: the caller uses `update`.
   */
  hashInPlace(chunk: Uint8Array): Promise<void> | undefined;
  /** Resolves when the bytes were exactly the expected ones; rejects with SIZE_MISMATCH or DIGEST_MISMATCH. */
  end(): Promise<void>;
  /** Gives up (a stream dropped half-way): nothing more is hashed. */
  abort(): void;
}

export function createVerifier(expected: { digest: string; size: number }, what = 'content'): Verifier {
  const { algorithm } = parseDigest(expected.digest);
  const onThread = expected.size >= THREAD_HASH_MIN_BYTES ? threadDigesterOrNone(algorithm) : undefined;
  const digester = onThread ? undefined : createDigester(algorithm);
  let seen = 0;
  const check = (actual: string): void => {
    if (actual !== expected.digest) {
      throw new OciError(
        'DIGEST_MISMATCH',
        `${what}: expected digest ${expected.digest} but the bytes hash to ${actual}`,
      );
    }
  };
  const count = (chunk: Uint8Array): void => {
    seen += chunk.length;
    if (seen > expected.size) {
      throw new OciError(
        'SIZE_MISMATCH',
        `${what} ${expected.digest}: more than the expected ${expected.size} bytes arrived`,
      );
    }
  };
  return {
    update(chunk) {
      count(chunk);
      digester?.update(chunk);
      return onThread?.update(chunk);
    },
    hashInPlace(chunk) {
      if (!onThread || !(chunk.buffer instanceof SharedArrayBuffer)) return undefined;
      const before = seen;
      count(chunk);
      const hashed = onThread.hashShared(chunk);
      if (!hashed) seen = before; // not taken: `update` counts it
      return hashed;
    },
    async end() {
      if (seen !== expected.size) {
        throw new OciError('SIZE_MISMATCH', `${what} ${expected.digest}: got ${seen} bytes, expected ${expected.size}`);
      }
      check(digester ? digester.digest() : await (onThread as ThreadDigester).digest());
    },
    abort: () => onThread?.abort(),
  };
}

/** The hashing thread's digester, or none (hash here) where it cannot start or has failed before. */
function threadDigesterOrNone(algorithm: DigestAlgorithm): ThreadDigester | undefined {
  if (!threadHashing()) return undefined;
  try {
    return createThreadDigester(algorithm);
  } catch {
    return undefined;
  }
}

/**
 * Streams known to check their bytes against a digest and size as they flow, erroring before they end on a
 * mismatch (a verifying stream, or one that passes such a stream's bytes and errors on).
 */
const verifyingStreams = new WeakMap<object, { digest: string; size: number }>();

/** Records that `stream` fails (before its end) unless its bytes are exactly `expected`. */
export function markVerifying(stream: object, expected: { digest: string; size: number }): void {
  verifyingStreams.set(stream, { digest: expected.digest, size: expected.size });
}

/**
 * Whether `stream` already verifies itself against `expected`: a consumer (an upload) need not hash its bytes
 * again, only wait for its end before it sends the last of them.
 */
export function verifiesAs(stream: object, expected: { digest: string; size: number }): boolean {
  const known = verifyingStreams.get(stream);
  return known !== undefined && known.digest === expected.digest && known.size === expected.size;
}

/** A pass-through stream that hashes and counts what flows; `result()` once it has ended. */
export function createHashingStream(algorithm: DigestAlgorithm = 'sha256'): {
  stream: Transform;
  result(): { digest: string; size: number };
} {
  const digester = createDigester(algorithm);
  let size = 0;
  const stream = new Transform({
    transform(chunk: Buffer, _encoding, callback: TransformCallback) {
      digester.update(chunk);
      size += chunk.length;
      callback(null, chunk);
    },
  });
  return { stream, result: () => ({ digest: digester.digest(), size }) };
}

/** Checks bytes held in memory against a descriptor. */
export function verifyBytes(bytes: Uint8Array, expected: { digest: string; size: number }, what = 'content'): void {
  // The digest is checked first: it is named in every message below.
  const { algorithm } = parseDigest(expected.digest);
  if (bytes.length !== expected.size) {
    throw new OciError(
      'SIZE_MISMATCH',
      `${what} ${expected.digest}: got ${bytes.length} bytes, expected ${expected.size}`,
    );
  }
  const actual = digestOf(bytes, algorithm);
  if (actual !== expected.digest) {
    throw new OciError(
      'DIGEST_MISMATCH',
      `${what}: expected digest ${expected.digest} but the bytes hash to ${actual}`,
    );
  }
}

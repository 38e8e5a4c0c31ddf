/**
 * A blob fetched with bulk-get.ts, checked against its descriptor: read as a stream, it verifies size and digest
 * as the bytes flow and fails before its end on a mismatch (as digest.ts's verifying stream does); read with
 * `lend`, the body's own batches go to the consumer, each hashed on the way, and the lend rejects unless the
 * bytes were exactly the blob's.
 */
import { Readable } from 'node:stream';
import type { Descriptor } from '../../oci/descriptor.js';
import { createVerifier, markVerifying, type Verifier } from '../../oci/digest.js';
import type { Lender } from '../../content/lend.js';
import { OciError } from '../../errors.js';
import { STREAM_BATCH_BYTES, type BulkBody } from './bulk-get.js';

export class VerifiedBulkBlob extends Readable implements Lender {
  private started = false;
  private wanted = false;
  /** The hasher has not taken all of the last chunk yet (it waits for a buffer of its own to come back). */
  private hashing: Promise<void> | undefined;
  private readonly verifier: Verifier;

  /** `describe` turns a failure of the download into the error to report. */
  constructor(
    private readonly body: BulkBody,
    desc: Descriptor,
    what: string,
    private readonly describe: (error: unknown) => Error,
  ) {
    super({ highWaterMark: STREAM_BATCH_BYTES });
    this.verifier = createVerifier(desc, what);
    markVerifying(this, desc);
  }

  override _read(): void {
    this.wanted = true;
    if (this.started) {
      // Not while the hasher still takes the last chunk: the next must not overtake it.
      if (!this.hashing) this.body.resume();
      return;
    }
    this.started = true;
    this.body.on('data', (chunk: Buffer) => {
      let wait: Promise<void> | undefined;
      try {
        wait = this.verifier.update(chunk);
      } catch (e) {
        this.destroy(e as Error);
        return;
      }
      this.wanted = this.push(chunk);
      if (!wait && this.wanted) return;
      this.body.pause();
      if (!wait) return;
      this.hashing = wait;
      wait.then(
        () => {
          this.hashing = undefined;
          if (this.wanted && !this.destroyed) this.body.resume();
        },
        (e: unknown) => this.destroy(e as Error),
      );
    });
    this.body.on('end', () => {
      // 'end' can come while the hasher still takes the last chunk (a paused stream that has ended still ends).
      Promise.resolve(this.hashing)
        .then(() => this.verifier.end())
        .then(
          () => this.push(null),
          (e: unknown) => this.destroy(e as Error),
        );
    });
    this.body.on('error', (e) => this.destroy(this.describe(e)));
  }

  override _destroy(error: Error | null, callback: (error?: Error | null) => void): void {
    this.verifier.abort();
    this.body.destroy(); // a BulkBody's own failure is reported to its reader, never uncaught
    callback(error);
  }

  async lend(consume: (chunk: Buffer) => Promise<void>): Promise<void> {
    if (this.started) throw new Error('the blob is already being read');
    this.started = true;
    let hashed: Promise<void> = Promise.resolve();
    /** Chunks waiting to be copied to the hasher behind an earlier one: none may overtake them. */
    let toCopy = 0;
    const consumerFailures = new WeakSet<object>();
    try {
      await this.body.lend((chunk) => {
        // In order. The body's batches are shared memory: the hashing thread reads them where they are, and a
        // batch goes back to the body once both the consumer and the hasher are done with it. Otherwise a chunk
        // is copied for the hasher after the one before it.
        const inPlace = toCopy === 0 ? this.verifier.hashInPlace(chunk) : undefined;
        if (inPlace) hashed = Promise.all([hashed, inPlace]).then(() => undefined);
        else {
          toCopy++;
          hashed = hashed.then(() => {
            toCopy--;
            return this.verifier.update(chunk);
          });
        }
        const consumed = consume(chunk).catch((e: unknown) => {
          if (typeof e === 'object' && e !== null) consumerFailures.add(e);
          throw e;
        });
        return Promise.all([hashed, consumed]).then(() => undefined);
      });
      await hashed;
      await this.verifier.end();
    } catch (e) {
      // The consumer's failures and the check's own (size, digest) are reported as they are.
      const asItIs = e instanceof OciError || (typeof e === 'object' && e !== null && consumerFailures.has(e));
      const error = asItIs ? (e as Error) : this.describe(e);
      this.destroy();
      throw error;
    }
    this.destroy();
  }
}

/**
 * Lending: a source that hands out its chunks one by one and takes each back once its consumer is done with it,
 * so that the same few buffers carry a whole blob (stores/registry/bulk-get.ts). A stream's reader may keep what
 * it reads; a lent chunk must not be kept, or read, after the consumer's promise settles.
 */
export interface Lender {
  /**
   * Calls `consume` with every chunk, in order, without waiting for earlier promises (a few are out at once).
   * Resolves when the source has ended and every promise has settled; rejects with the first failure.
   */
  lend(consume: (chunk: Buffer) => Promise<void>): Promise<void>;
}

/** Whether `source` lends its chunks (and has not been read otherwise yet). */
export const canLend = (source: unknown): source is Lender =>
  typeof (source as Partial<Lender> | null)?.lend === 'function';

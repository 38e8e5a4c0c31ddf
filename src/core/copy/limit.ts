/** A small semaphore: at most `concurrency` of the functions given to `run` are in flight at once. */
export type Limit = <T>(fn: () => Promise<T>) => Promise<T>;

export function createLimit(concurrency: number): Limit {
  if (!Number.isInteger(concurrency) || concurrency < 1) {
    throw new RangeError(`concurrency must be a whole number of at least 1, got ${concurrency}`);
  }
  let active = 0;
  const waiting: (() => void)[] = [];
  const release = (): void => {
    active--;
    waiting.shift()?.();
  };
  return async (fn) => {
    if (active >= concurrency) await new Promise<void>((resolve) => waiting.push(resolve));
    active++;
    try {
      return await fn();
    } finally {
      release();
    }
  };
}

/** Runs `fn` over `items`, at most `limit` at once. */
export async function runBounded<T>(items: readonly T[], limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  const bounded = createLimit(limit);
  await Promise.all(items.map((item) => bounded(() => fn(item))));
}

/** Streams an upstream response body to the client, applying the body faults (flip, truncate, trickle). */
import { once } from 'node:events';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Fault } from './fault-rules.js';

export type RelayOutcome = 'complete' | 'truncated' | 'client-gone';

export const sleep = (ms: number): Promise<void> =>
  ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve();

export async function relayBody(
  source: IncomingMessage,
  res: ServerResponse,
  faults: readonly Fault[],
  contentLength: number,
  sent: (bytes: number) => void,
): Promise<RelayOutcome> {
  const flip = faults.find((f): f is Extract<Fault, { kind: 'flip-byte' }> => f.kind === 'flip-byte');
  const truncate = faults.find((f): f is Extract<Fault, { kind: 'truncate' }> => f.kind === 'truncate');
  const trickle = faults.find((f): f is Extract<Fault, { kind: 'trickle' }> => f.kind === 'trickle');
  const flipAt =
    flip === undefined ? -1 : (flip.offset ?? (Number.isFinite(contentLength) ? Math.floor(contentLength / 2) : 0));
  const limit = truncate?.afterBytes ?? Infinity;
  let position = 0;

  const gone = (): RelayOutcome => {
    source.destroy();
    return 'client-gone';
  };
  const write = async (chunk: Buffer): Promise<boolean> => {
    if (res.destroyed) return false;
    sent(chunk.length);
    if (!res.write(chunk)) {
      // both waits are dropped once one ends, so a long body does not pile up listeners on the response
      const done = new AbortController();
      const wait = (event: string) => once(res, event, { signal: done.signal }).catch(() => undefined);
      await Promise.race([wait('drain'), wait('close')]);
      done.abort();
    }
    return !res.destroyed;
  };

  for await (const raw of source) {
    let chunk = raw as Buffer;
    if (flipAt >= position && flipAt < position + chunk.length) {
      chunk = Buffer.from(chunk);
      chunk[flipAt - position] = (chunk[flipAt - position] ?? 0) ^ (flip?.xor ?? 0x01);
    }
    const room = limit - position;
    const cut = chunk.length > room ? chunk.subarray(0, Math.max(room, 0)) : chunk;
    position += chunk.length;
    if (trickle) {
      const step = Math.max(trickle.bytes ?? 1, 1);
      for (let i = 0; i < cut.length; i += step) {
        await sleepUnlessClosed(trickle.intervalMs, res);
        if (!(await write(cut.subarray(i, i + step)))) return gone();
      }
    } else if (cut.length > 0 && !(await write(cut))) {
      return gone();
    }
    if (position >= limit) {
      source.destroy();
      return 'truncated';
    }
  }
  return 'complete';
}

/** Waits `ms`, or less when the client connection closes first (so a stopped proxy leaves no timers). */
function sleepUnlessClosed(ms: number, res: ServerResponse): Promise<void> {
  if (res.destroyed) return Promise.resolve();
  return new Promise((resolve) => {
    const done = (): void => {
      clearTimeout(timer);
      res.off('close', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    res.once('close', done);
  });
}

/**
 * The property every parser of outside input shares: for any input it returns, or throws our own error
 * (OciError) whose message is one line of bounded length. A TypeError, a RangeError (stack overflow), a
 * multi-line or input-sized message is a failure of the property, thrown again for fast-check to shrink.
 */
import { OciError, type ErrorCode } from '../../src/core/errors.js';

/** Longest message we accept: names, a quoted input clipped to ~80-120 characters, and advice. */
export const maxMessageLength = 1000;

export type Outcome<T> = { ok: true; value: T } | { ok: false; error: OciError };

export function checkError(e: unknown, codes?: readonly ErrorCode[]): OciError {
  if (!(e instanceof OciError)) {
    const what = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
    throw new Error(`not our own error type: ${what.slice(0, 500)}`, { cause: e });
  }
  if (/[\r\n\u2028\u2029]/.test(e.message))
    throw new Error(`error message is not one line: ${JSON.stringify(e.message.slice(0, 300))}`);
  if (e.message.length > maxMessageLength)
    throw new Error(`error message of ${e.message.length} characters: ${e.message.slice(0, 200)}…`);
  if (codes && !codes.includes(e.code)) throw new Error(`unexpected error code ${e.code}: ${e.message}`);
  return e;
}

/** Runs `fn`; an error must be ours (and of one of `codes`, when given). */
export function outcome<T>(fn: () => T, codes?: readonly ErrorCode[]): Outcome<T> {
  try {
    return { ok: true, value: fn() };
  } catch (e) {
    return { ok: false, error: checkError(e, codes) };
  }
}

export async function outcomeAsync<T>(fn: () => Promise<T>, codes?: readonly ErrorCode[]): Promise<Outcome<T>> {
  try {
    return { ok: true, value: await fn() };
  } catch (e) {
    return { ok: false, error: checkError(e, codes) };
  }
}

/** The size of a value as JSON, for "output bounded by input" properties. */
export const jsonSize = (v: unknown): number => JSON.stringify(v ?? null).length;

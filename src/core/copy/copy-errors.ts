/** Copy errors say which side failed (source or destination), on which descriptor, and keep the cause's code. */
import { messageOf, OciError } from '../errors.js';
import type { Descriptor } from '../oci/descriptor.js';
import type { ReadOnlyTarget } from '../content/target.js';

export type CopySide = 'source' | 'destination';

/** Marks errors already wrapped, so a failure deep in the graph is not prefixed at every level. */
const wrapped = new WeakSet<object>();

export const isAbortError = (e: unknown): boolean => e instanceof Error && e.name === 'AbortError';

export function copyError(side: CopySide, target: ReadOnlyTarget, desc: Descriptor, e: unknown): unknown {
  if (typeof e === 'object' && e !== null && wrapped.has(e)) return e;
  if (isAbortError(e)) return e;
  const action = side === 'source' ? `reading from source ${target.name}` : `writing to destination ${target.name}`;
  const error = new OciError(
    e instanceof OciError ? e.code : 'INCOMPLETE',
    `copy failed ${action}, ${desc.mediaType} ${desc.digest} (${desc.size} bytes): ${messageOf(e)}`,
    { cause: e },
  );
  wrapped.add(error);
  return error;
}

/** Runs `fn`, turning any failure into a copy error for `side` and `desc`. */
export async function onSide<T>(
  side: CopySide,
  target: ReadOnlyTarget,
  desc: Descriptor,
  fn: () => Promise<T>,
): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    throw copyError(side, target, desc, e);
  }
}

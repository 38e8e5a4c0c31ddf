/** Storing a manifest or index under a tag in as few requests as the target allows. */
import type { Descriptor } from '../oci/descriptor.js';
import type { FetchOptions, Target } from './target.js';

/** push() then tag(), or the target's one-step pushTagged() where it has one (a registry: one PUT instead of two). */
export async function pushTagged(
  target: Target,
  desc: Descriptor,
  bytes: Uint8Array,
  tag: string,
  options?: FetchOptions,
): Promise<void> {
  if (target.pushTagged) return target.pushTagged(desc, bytes, tag, options);
  await target.push(desc, bytes, options);
  await target.tag(desc, tag);
}

/** Reads discover's inputs into a typed request (SPEC.md: discover). */
import type { DiscoverRequest } from '../core/publish/discover.js';
import { readReleaseReference } from './attach.js';
import { readCommon, type CommonRequest } from './common.js';
import type { InputReader } from './reader.js';

export type DiscoverCommand = DiscoverRequest & { common: CommonRequest };

/** The inputs discover reads, besides the shared ones. */
export const discoverInputs = ['reference'] as const;

export function readDiscoverRequest(get: InputReader): DiscoverCommand {
  const common = readCommon(get);
  return { common, reference: readReleaseReference(get, 'discover'), concurrency: common.concurrency };
}

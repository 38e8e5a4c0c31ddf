/** Reads discover's inputs into a typed request (README: "Inputs and outputs", discover). */
import type { DiscoverRequest } from '../../core/referrers/discover.js';
import { readCommon, readReleaseReference, type CommonRequest } from './common.js';
import type { InputReader } from './reader.js';

export type DiscoverCommand = DiscoverRequest & { common: CommonRequest };

export function readDiscoverRequest(get: InputReader): DiscoverCommand {
  const common = readCommon(get);
  return { common, reference: readReleaseReference(get, 'discover'), concurrency: common.concurrency };
}

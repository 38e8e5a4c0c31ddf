/** Reads pull's inputs into a typed request (SPEC.md: pull). */
import { OciError } from '../core/errors.js';
import { hostPlatform, parsePlatform } from '../core/oci/platform.js';
import type { PullRequest } from '../core/publish/pull.js';
import { parseInput, readCommon, type CommonRequest } from './common.js';
import type { InputReader } from './reader.js';

export type PullCommand = PullRequest & { common: CommonRequest };

export function readPullRequest(get: InputReader): PullCommand {
  const common = readCommon(get);
  const value = get('reference');
  if (value === '')
    throw new OciError(
      'INVALID_INPUT',
      'input "reference" is required: the published index, e.g. ghcr.io/OWNER/NAME:1.2.3',
    );
  const platformText = get('platform');
  let platform;
  try {
    platform = platformText ? parsePlatform(platformText) : hostPlatform();
  } catch (e) {
    throw new OciError('INVALID_PLATFORM', `input "platform": ${(e as Error).message}`);
  }
  return { common, reference: parseInput('reference', value), platform, output: get('output') || '.' };
}

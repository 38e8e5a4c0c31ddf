/** Reads pull's inputs into a typed request (README: pull). */
import { OciError } from '../../core/errors.js';
import { hostOsVersion, hostPlatform } from '../../core/oci/platform.js';
import type { PullRequest } from '../../core/pull/pull.js';
import { parsePlatformInput, parseVersioned, readCommon, type CommonRequest } from './common.js';
import type { InputReader } from './reader.js';

export type PullCommand = PullRequest & { common: CommonRequest };

/** The machine pull runs on, when `platform` is not given (tests pass another one). */
export interface Host {
  platform: string;
  arch: string;
  release: string;
}

export function readPullRequest(get: InputReader, host?: Host): PullCommand {
  const common = readCommon(get);
  const value = get('reference');
  if (value === '')
    throw new OciError(
      'INVALID_INPUT',
      'input "reference" is required: the published index, e.g. ghcr.io/OWNER/NAME:1.2.3',
    );
  const request: PullCommand = {
    common,
    reference: parseVersioned('reference', value),
    platform: hostPlatform(host?.platform, host?.arch),
    output: get('output') || '.',
  };
  const platformText = get('platform');
  if (platformText !== '') request.platform = parsePlatformInput('platform', platformText);
  else {
    const version = hostOsVersion(host?.platform, host?.release);
    if (version !== undefined) request.hostVersion = version;
  }
  return request;
}

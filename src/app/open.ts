/** One way to open targets for a command: credentials, plain-http hosts, logging and masking wired in. */
import { openTarget } from '../core/content/open-target.js';
import type { Target } from '../core/content/target.js';
import type { Reference } from '../core/reference.js';
import type { CommonRequest } from '../request/common.js';
import { buildCredentials } from './credentials.js';
import type { CommandIO } from './io.js';

export function targetOpener(
  common: CommonRequest,
  primary: Reference | undefined,
  io: CommandIO,
): (ref: Reference) => Target {
  const credentials = buildCredentials(common, primary, io.ambientCredentials, io.setSecret, io.github.actor);
  const cache = new Map<string, Target>();
  return (ref) => {
    const key = ref.kind === 'layout' ? `layout:${ref.path}` : `${ref.registry}/${ref.repository}`;
    const known = cache.get(key);
    if (known) return known;
    const target = openTarget(ref, {
      registry: { plainHttpHosts: common.plainHttp, credentials, logger: io.logger, onSecret: io.setSecret },
    });
    cache.set(key, target);
    return target;
  };
}

export const formatBytes = (n: number): string => {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let value = n;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return unit === 0 ? `${n} B` : `${value.toFixed(1)} ${units[unit]}`;
};

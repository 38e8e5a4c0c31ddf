/**
 * Starts Debian's docker-registry (CNCF distribution 2.8.2) on a free loopback port with a generated
 * config and a temporary storage directory. `REGISTRY_URL` points the plain (no-auth) variant at an
 * already running registry instead, e.g. GitHub's `services: registry`.
 */
import { tmpdir } from 'node:os';
import { startRegistryProcess, type RegistryAuth } from '../../scripts/lib/registry-process.js';
import { assertToolsInstalled, REGISTRY_INSTALL_HINT } from './preflight.js';

export type { RegistryAuth } from '../../scripts/lib/registry-process.js';

export interface RunningRegistry {
  /** host:port, as used in references */
  host: string;
  /** http://host:port */
  url: string;
  /** the storage root (absent when REGISTRY_URL is used) */
  storage?: string;
  /** The registry's own log so far (empty for an external registry). */
  log(): string;
  stop(): Promise<void>;
}

export const registryBinary = process.env['REGISTRY_BIN'] ?? 'docker-registry';

export async function startRegistry(auth: RegistryAuth = { kind: 'none' }): Promise<RunningRegistry> {
  const external = process.env['REGISTRY_URL'];
  if (external && auth.kind === 'none') {
    const url = external.replace(/\/$/, '');
    return { host: new URL(url).host, url, log: () => '', stop: async () => {} };
  }
  assertToolsInstalled([{ command: registryBinary, install: REGISTRY_INSTALL_HINT }]);
  return startRegistryProcess({ parentDir: tmpdir(), prefix: 'oma-registry-', binary: registryBinary, auth });
}

/**
 * Starts Debian's docker-registry (CNCF distribution 2.8.2) on a free loopback port with a generated
 * config and a temporary storage directory. `REGISTRY_URL` points the plain (no-auth) variant at an
 * already running registry instead, e.g. GitHub's `services: registry`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { openSync, closeSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './ports.js';
import { assertToolsInstalled, REGISTRY_INSTALL_HINT } from './preflight.js';

export type RegistryAuth =
  | { kind: 'none' }
  | { kind: 'htpasswd'; htpasswdPath: string }
  | { kind: 'token'; realm: string; service: string; issuer: string; rootCertBundlePath: string };

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
  const dir = await mkdtemp(join(tmpdir(), 'oma-registry-'));
  const port = await freePort();
  const storage = join(dir, 'storage');
  const configPath = join(dir, 'config.yml');
  const logPath = join(dir, 'registry.log');
  await writeFile(configPath, registryConfig(port, storage, auth));
  const out = openSync(logPath, 'a');
  const child: ChildProcess = spawn(registryBinary, ['serve', configPath], { stdio: ['ignore', out, out] });
  closeSync(out);
  child.on('error', () => {}); // reported by waitUntilUp through the exit code and the log
  const url = `http://127.0.0.1:${port}`;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    await waitUntilUp(url, child, logPath);
  } catch (e) {
    child.kill('SIGKILL');
    throw e;
  }
  return {
    host: `127.0.0.1:${port}`,
    url,
    storage,
    log: () => readFileSync(logPath, 'utf8'),
    stop: async () => {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
      await exited;
      clearTimeout(timer);
      await rm(dir, { recursive: true, force: true });
    },
  };
}

function registryConfig(port: number, storage: string, auth: RegistryAuth): string {
  const lines = [
    'version: 0.1',
    'log:',
    '  level: info',
    '  accesslog:',
    '    disabled: false',
    'storage:',
    '  filesystem:',
    `    rootdirectory: ${JSON.stringify(storage)}`,
    '  delete:',
    '    enabled: true',
    '  maintenance:',
    '    uploadpurging:',
    '      enabled: false',
    'http:',
    `  addr: 127.0.0.1:${port}`,
    '  secret: oci-multiarch-tests',
  ];
  if (auth.kind === 'htpasswd') {
    lines.push('auth:', '  htpasswd:', '    realm: basic-realm', `    path: ${JSON.stringify(auth.htpasswdPath)}`);
  } else if (auth.kind === 'token') {
    lines.push(
      'auth:',
      '  token:',
      `    realm: ${JSON.stringify(auth.realm)}`,
      `    service: ${JSON.stringify(auth.service)}`,
      `    issuer: ${JSON.stringify(auth.issuer)}`,
      `    rootcertbundle: ${JSON.stringify(auth.rootCertBundlePath)}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

async function waitUntilUp(url: string, child: ChildProcess, logPath: string): Promise<void> {
  const deadline = Date.now() + 15000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`docker-registry exited with ${child.exitCode}: ${readFileSync(logPath, 'utf8').slice(-2000)}`);
    }
    try {
      const res = await fetch(`${url}/v2/`);
      await res.arrayBuffer();
      if (res.status === 200 || res.status === 401) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(
    `docker-registry did not answer on ${url} within 15 s: ${readFileSync(logPath, 'utf8').slice(-2000)}`,
  );
}

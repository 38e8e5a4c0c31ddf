/**
 * Runs Debian's docker-registry (CNCF distribution 2.8.2) on a free loopback port, with a generated config
 * and its own storage directory, until stop(). Shared by the test harness (__tests__/harness/registry.ts)
 * and the benchmarks (bench/lib/registry.js); plain JS so that node runs it without a build.
 */
/* global fetch -- Node's built-in fetch */
import { spawn } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { get as httpsGet } from 'node:https';
import { createServer } from 'node:net';
import { join } from 'node:path';

/** How long a registry may take to answer /v2/ after it is started. */
const STARTUP_TIMEOUT_MS = 15000;

/** A free TCP port on loopback (the OS picks it; the tiny window before it is used again is acceptable). */
export async function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts the registry in a new directory under `parentDir` (removed by stop()).
 * @param {import('./registry-process.js').RegistryProcessOptions} options
 */
export async function startRegistryProcess(options) {
  const dir = await mkdtemp(join(options.parentDir, `${options.prefix ?? 'registry-'}`));
  const port = await freePort();
  const storage = join(dir, 'storage');
  const configPath = join(dir, 'config.yml');
  const logPath = join(dir, 'registry.log');
  await writeFile(configPath, registryConfig(port, storage, options));
  const out = openSync(logPath, 'a');
  const child = spawn(options.binary ?? 'docker-registry', ['serve', configPath], { stdio: ['ignore', out, out] });
  closeSync(out);
  child.on('error', () => {}); // reported by waitUntilUp through the exit code and the log
  const exited = new Promise((resolve) => child.once('exit', () => resolve()));
  const url = `${options.tls ? 'https' : 'http'}://127.0.0.1:${port}`;
  try {
    await waitUntilUp(url, child, logPath, options.tls && readFileSync(options.tls.certificate));
  } catch (e) {
    child.kill('SIGKILL');
    await exited;
    await rm(dir, { recursive: true, force: true });
    throw e;
  }
  return {
    host: `127.0.0.1:${port}`,
    url,
    storage,
    pid: child.pid,
    log: () => readFileSync(logPath, 'utf8'),
    async stop() {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
      await exited;
      clearTimeout(timer);
      await rm(dir, { recursive: true, force: true });
    },
  };
}

function registryConfig(port, storage, options) {
  const auth = options.auth ?? { kind: 'none' };
  const lines = [
    'version: 0.1',
    'log:',
    `  level: ${options.quiet ? 'warn' : 'info'}`,
    '  accesslog:',
    `    disabled: ${options.quiet ? 'true' : 'false'}`,
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
    '  secret: oci-multiarch-local',
  ];
  if (options.tls) {
    lines.push(
      '  tls:',
      `    certificate: ${JSON.stringify(options.tls.certificate)}`,
      `    key: ${JSON.stringify(options.tls.key)}`,
    );
  }
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

async function waitUntilUp(url, child, logPath, ca) {
  const deadline = Date.now() + STARTUP_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`docker-registry exited with ${child.exitCode}: ${readFileSync(logPath, 'utf8').slice(-2000)}`);
    }
    try {
      const status = ca ? await httpsStatus(`${url}/v2/`, ca) : await fetchStatus(`${url}/v2/`);
      if (status === 200 || status === 401) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(
    `docker-registry did not answer on ${url} within ${STARTUP_TIMEOUT_MS / 1000} s: ${readFileSync(logPath, 'utf8').slice(-2000)}`,
  );
}

async function fetchStatus(url) {
  const res = await fetch(url);
  await res.arrayBuffer();
  return res.status;
}

/** The status of a GET over HTTPS trusting only `ca` (fetch cannot be given a CA). */
function httpsStatus(url, ca) {
  return new Promise((resolve, reject) => {
    const req = httpsGet(url, { ca }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode));
    });
    req.on('error', reject);
  });
}

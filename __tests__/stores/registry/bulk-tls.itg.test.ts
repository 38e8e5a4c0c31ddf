/**
 * Big blobs over HTTPS, as real registries serve them: Debian's docker-registry with a certificate of its own,
 * trusted the way a user trusts a private CA (NODE_EXTRA_CA_CERTS), reached at an address that is not loopback to
 * our rules (`[::ffff:7f00:1]`, which reaches 127.0.0.1), so every request goes over TLS. The action (dist/index.js
 * with INPUT_*) pushes a file of BULK_GET_MIN_BYTES and more, pulls it back on bulk-get.ts's own connection, and
 * refuses a flipped byte. Without the CA, and for bulk-get.ts alone, an untrusted certificate is refused.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startRegistryProcess, type RegistryProcess } from '../../../scripts/lib/registry-process.js';
import { assertToolsInstalled, REGISTRY_INSTALL_HINT } from '../../harness/preflight.js';
import { registryBinary } from '../../harness/registry.js';
import { errorLines, runAction } from '../../e2e/run-action.js';
import { bulkGet } from '../../../src/core/stores/registry/bulk-get.js';
import { BULK_GET_MIN_BYTES } from '../../../src/core/limits.js';

let dir: string;
let registry: RegistryProcess;
let certificate: string;
/** The registry as our rules see a remote one: reached over HTTPS. */
let host: string;
const big = randomBytes(BULK_GET_MIN_BYTES + 3 * 1024 * 1024 + 1);

beforeAll(async () => {
  assertToolsInstalled([
    { command: registryBinary, install: REGISTRY_INSTALL_HINT },
    { command: 'openssl', install: 'install it with `sudo apt-get install -y openssl`' },
  ]);
  dir = mkdtempSync(join(tmpdir(), 'oma-tls-'));
  certificate = join(dir, 'cert.pem');
  const key = join(dir, 'key.pem');
  execFileSync('openssl', [
    'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-sha256', '-days', '2', '-subj', '/CN=oci-multiarch test registry',
    '-addext', 'subjectAltName=IP:127.0.0.1,IP:::ffff:127.0.0.1',
    '-keyout', key, '-out', certificate,
  ], { stdio: 'ignore' }); // prettier-ignore
  registry = await startRegistryProcess({ parentDir: dir, binary: registryBinary, tls: { certificate, key } });
  host = `[::ffff:7f00:1]:${new URL(registry.url).port}`;
  const files = join(dir, 'files');
  execFileSync('mkdir', ['-p', files]);
  writeFileSync(join(files, 'tool.bin'), big);
  writeFileSync(join(files, 'README'), 'small, fetched on the pooled connection\n');
  const push = await runAction(
    {
      command: 'push',
      repository: `${host}/app/tool`,
      platform: 'linux/amd64',
      files: `${join(files, 'tool.bin')}\n${join(files, 'README')}`,
      'staging-prefix': 'st',
      cache: 'false',
    },
    { NODE_EXTRA_CA_CERTS: certificate },
  );
  expect(push.stderr + push.stdout).not.toMatch(/::error::/);
  expect(push.code).toBe(0);
}, 120_000);

afterAll(async () => {
  await registry?.stop();
  rmSync(dir, { recursive: true, force: true });
});

const pull = (output: string, env: Record<string, string>) =>
  runAction(
    { command: 'pull', reference: `${host}/app/tool:st-linux-amd64`, platform: 'linux/amd64', output, cache: 'false' },
    env,
  );

test('a big file pulled over HTTPS arrives byte for byte', async () => {
  const output = join(dir, 'out');
  const run = await pull(output, { NODE_EXTRA_CA_CERTS: certificate });
  expect(errorLines(run)).toEqual([]);
  expect(run.code).toBe(0);
  expect(readFileSync(join(output, 'tool.bin')).equals(big)).toBe(true);
  expect(readFileSync(join(output, 'README'), 'utf8')).toBe('small, fetched on the pooled connection\n');
});

test('a byte flipped in the registry over HTTPS is one clear error, and output is not written', async () => {
  const blobs = join(registry.storage, 'docker/registry/v2/blobs/sha256');
  const data = readdirSync(blobs)
    .flatMap((d) => readdirSync(join(blobs, d)).map((b) => join(blobs, d, b, 'data')))
    .find((f) => statSync(f).size === big.length) as string;
  const original = readFileSync(data);
  const flipped = Buffer.from(original);
  flipped[flipped.length - 2] = (flipped[flipped.length - 2] ?? 0) ^ 0x01;
  writeFileSync(data, flipped);
  try {
    const output = join(dir, 'flipped');
    const run = await pull(output, { NODE_EXTRA_CA_CERTS: certificate });
    expect(run.code).not.toBe(0);
    expect(errorLines(run)).toHaveLength(1);
    expect(errorLines(run)[0]).toMatch(/expected digest sha256:[0-9a-f]{64} but the bytes hash to sha256:/);
    expect(existsSync(output)).toBe(false);
  } finally {
    writeFileSync(data, original);
  }
});

test('without the CA the certificate is refused in one line, and nothing is written', async () => {
  const output = join(dir, 'untrusted');
  const run = await pull(output, {});
  expect(run.code).not.toBe(0);
  expect(errorLines(run)).toHaveLength(1);
  expect(errorLines(run)[0]).toMatch(/self-signed certificate/);
  expect(existsSync(output)).toBe(false);
});

test("bulk-get.ts's own connection checks the certificate too (this process does not trust it)", async () => {
  await expect(
    bulkGet({
      url: new URL(`https://${host}/v2/`),
      headers: {},
      connectTimeoutMs: 5000,
      headersTimeoutMs: 5000,
      bodyWindowMs: 5000,
      minBytesPerWindow: 1,
    }),
  ).rejects.toMatchObject({ code: 'DEPTH_ZERO_SELF_SIGNED_CERT' });
});

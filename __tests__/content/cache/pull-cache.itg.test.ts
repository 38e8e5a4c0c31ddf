/**
 * pull through the blob cache: a second pull with the same --cache-dir reads no blob byte from the registry. A
 * layer big enough for the hashing thread (read on a connection of its own into shared batches, hashed where
 * they lie while the same batches go to the output and the cache file) with a byte flipped on the wire leaves
 * nothing in the cache; unharmed, the cache holds exactly its bytes.
 */
import { beforeAll, expect, test } from '@jest/globals';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openTarget } from '../../../src/core/stores/open-target.js';
import { useRegistry } from '../../harness/fixtures.js';
import { pullCli, pushRawIndex } from '../../pull/publish-raw.js';
import { cacheFiles, cachePath, sha256File, tempDir } from './fixtures.js';
import { THREAD_HASH_MIN_BYTES } from '../../../src/core/limits.js';
import { registryPaths } from '../../harness/fault-proxy.js';

const { registry, proxy } = useRegistry({ proxy: true });
let work: string;
const payload = randomBytes(300_000);

beforeAll(async () => {
  work = await tempDir('oma-pull-cache-');
  await pushRawIndex(openTarget(`${registry.host}/tool`), 'v1', [
    { platform: { os: 'linux', architecture: 'arm64' }, layers: [{ title: 'tool.bin', bytes: payload }] },
  ]);
});

async function pullOnce(output: string) {
  const from = proxy.log.length;
  const run = await pullCli(`${proxy.host}/tool:v1`, 'linux/arm64', output, ['--cache-dir', join(work, 'cache')]);
  const gets = proxy.log.slice(from).filter((e) => e.method === 'GET' && /\/blobs\/sha256:/.test(e.path));
  return { ...run, blobBytes: gets.reduce((sum, e) => sum + e.bytesOut, 0) };
}

test('the second pull is served from the cache, with the same files', async () => {
  const first = await pullOnce(join(work, 'one'));
  expect(first.code).toBe(0);
  expect(first.blobBytes).toBe(payload.length);
  const second = await pullOnce(join(work, 'two'));
  expect(second.code).toBe(0);
  expect(second.blobBytes).toBe(0);
  expect(second.lines).toContainEqual(
    expect.stringMatching(/Blob cache: 1 blob\(s\) \(.+\) from the cache, 0 \(0 B\)/),
  );
  expect(readFileSync(join(work, 'two', 'tool.bin')).equals(payload)).toBe(true);
  expect(second.outputs['digest']).toBe(first.outputs['digest']);
});

test('a layer hashed on the hashing thread: a flipped byte caches nothing; whole, the cache holds exactly it', async () => {
  const big = randomBytes(THREAD_HASH_MIN_BYTES + 4097);
  const digest = `sha256:${createHash('sha256').update(big).digest('hex')}`;
  await pushRawIndex(openTarget(`${registry.host}/big-tool`), 'v1', [
    { platform: { os: 'linux', architecture: 'amd64' }, layers: [{ title: 'big.bin', bytes: big }] },
  ]);
  const cache = join(work, 'big-cache');
  const pull = (output: string) => pullCli(`${proxy.host}/big-tool:v1`, 'linux/amd64', output, ['--cache-dir', cache]);

  const rule = proxy.addRule({
    method: 'GET',
    path: registryPaths.blob,
    fault: { kind: 'flip-byte', offset: big.length - 1 },
  });
  const refused = await pull(join(work, 'big-refused'));
  rule.remove();
  expect(rule.fired()).toBeGreaterThan(0);
  expect(refused.code).toBe(1);
  expect(refused.lines.at(-1)).toMatch(/expected digest sha256:[0-9a-f]{64} but the bytes hash to/);
  expect(existsSync(join(work, 'big-refused', 'big.bin'))).toBe(false);
  expect(await cacheFiles(cache)).toEqual([]);

  const whole = await pull(join(work, 'big-whole'));
  expect(whole.code).toBe(0);
  expect(readFileSync(join(work, 'big-whole', 'big.bin')).equals(big)).toBe(true);
  expect(await sha256File(cachePath(cache, digest))).toBe(digest);

  const from = proxy.log.length;
  const again = await pull(join(work, 'big-again'));
  expect(again.code).toBe(0);
  expect(proxy.log.slice(from).filter((e) => e.method === 'GET' && e.path.includes(digest))).toEqual([]);
  expect(readFileSync(join(work, 'big-again', 'big.bin')).equals(big)).toBe(true);
}, 120_000);

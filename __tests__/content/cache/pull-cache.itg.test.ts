/** pull through the blob cache: a second pull with the same --cache-dir reads no blob byte from the registry. */
import { beforeAll, expect, test } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openTarget } from '../../../src/core/stores/open-target.js';
import { useRegistry } from '../../harness/fixtures.js';
import { pullCli, pushRawIndex } from '../../pull/publish-raw.js';
import { tempDir } from './fixtures.js';

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

/**
 * What a pull asks a registry for, read from the proxy in front of it: against a distant registry every round
 * trip is paid by every consumer job, so a pull by tag reads the tag and its index in one GET (the registry's
 * answer carries the digest, and the bytes are checked against it), then the platform's manifest, then its
 * blobs; no HEAD first. A tag whose answer does not match its digest is still refused.
 */
import { beforeAll, expect, test } from '@jest/globals';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { openTarget } from '../../src/core/stores/open-target.js';
import { tempDir } from '../content/cache/fixtures.js';
import { registryPaths } from '../harness/fault-proxy.js';
import { useRegistry } from '../harness/fixtures.js';
import { pullCli, pushRawIndex } from './publish-raw.js';

const { registry, proxy } = useRegistry({ proxy: true });
let work: string;
beforeAll(async () => {
  work = await tempDir('oma-pull-requests-');
  await pushRawIndex(openTarget(`${registry.host}/pull/requests`), 'v1', [
    { platform: { os: 'linux', architecture: 'amd64' }, layers: [{ title: 'a.txt', bytes: Buffer.from('a\n') }] },
    { platform: { os: 'linux', architecture: 'arm64' }, layers: [{ title: 'a.txt', bytes: Buffer.from('b\n') }] },
  ]);
});

test('a pull by tag: one GET for the tag and its index, one for the manifest, one per blob, no HEAD', async () => {
  proxy.log.length = 0;
  const output = join(work, 'out');
  const r = await pullCli(`${proxy.host}/pull/requests:v1`, 'linux/arm64', output, ['--cache', 'false']);
  expect(r.code).toBe(0);
  expect(await readFile(join(output, 'a.txt'), 'utf8')).toBe('b\n');
  const asked = proxy.log
    .filter((e) => e.path !== '/v2/')
    .map((e) => `${e.method} ${registryPaths.blob.test(e.path) ? 'blob' : e.path.replace(/sha256:\w+/, 'DIGEST')}`);
  expect(asked).toEqual(['GET /v2/pull/requests/manifests/v1', 'GET /v2/pull/requests/manifests/DIGEST', 'GET blob']);
});

test('a tag whose answer is not what its digest says is refused, and nothing is written', async () => {
  proxy.log.length = 0;
  proxy.addRule({ method: 'GET', path: /\/manifests\/v1$/, fault: { kind: 'flip-byte' } });
  try {
    const output = join(work, 'flipped');
    const r = await pullCli(`${proxy.host}/pull/requests:v1`, 'linux/arm64', output, ['--cache', 'false']);
    expect(r.code).not.toBe(0);
    expect(r.lines.join('\n')).toMatch(
      /GET manifest tag "v1" .* the registry says sha256:\w+ but the bytes hash to sha256:/,
    );
    await expect(readFile(join(output, 'a.txt'))).rejects.toThrow(/ENOENT/);
  } finally {
    proxy.clearRules();
  }
});

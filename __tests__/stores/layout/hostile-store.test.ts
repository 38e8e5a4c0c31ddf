/**
 * Hostile oci-layout stores end in bounded time and memory: a blob, a manifest or index.json that is a FIFO
 * (opening it would wait for a writer forever) or a symlink to /dev/zero (reading it never ends) is refused
 * with one line, within seconds, and pull writes nothing.
 */
import { beforeAll, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { rm, symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { openTarget } from '../../../src/core/stores/open-target.js';
import { blobPath } from '../../../src/core/stores/layout/blob-store.js';
import { tempDir } from '../../content/cache/fixtures.js';
import { pullCli, pushRawIndex } from '../../pull/publish-raw.js';

let work: string;
beforeAll(async () => {
  work = await tempDir('oma-hostile-store-');
});

type Part = 'the layer blob' | 'the manifest blob' | 'index.json';
type Trap = 'a FIFO' | 'a symlink to /dev/zero';

async function hostileStore(part: Part, trap: Trap): Promise<string> {
  const store = join(work, `${part}-${trap}`.replace(/\W+/g, '-'));
  const index = await pushRawIndex(openTarget(`oci-layout:${store}`), 'v1', [
    { platform: { os: 'linux', architecture: 'amd64' }, layers: [{ title: 'f.txt', bytes: Buffer.from('layer\n') }] },
  ]);
  const { readFile } = await import('node:fs/promises');
  const indexJson = JSON.parse(await readFile(blobPath(store, index.digest), 'utf8')) as {
    manifests: Array<{ digest: string }>;
  };
  const manifestDigest = indexJson.manifests[0]?.digest ?? '';
  const manifest = JSON.parse(await readFile(blobPath(store, manifestDigest), 'utf8')) as {
    layers: Array<{ digest: string }>;
  };
  const path =
    part === 'index.json'
      ? join(store, 'index.json')
      : blobPath(store, part === 'the layer blob' ? (manifest.layers[0]?.digest ?? '') : manifestDigest);
  await rm(path);
  if (trap === 'a FIFO') execFileSync('mkfifo', [path]);
  else await symlink('/dev/zero', path);
  return store;
}

const parts: Part[] = ['the layer blob', 'the manifest blob', 'index.json'];
const traps: Trap[] = ['a FIFO', 'a symlink to /dev/zero'];

test.each(parts.flatMap((p) => traps.map((t) => [p, t] as const)))(
  '%s as %s: one line, no hang, nothing written',
  async (part, trap) => {
    const store = await hostileStore(part, trap);
    const output = join(work, 'out', `${part}-${trap}`.replace(/\W+/g, '-'));
    const run = await pullCli(`oci-layout:${store}:v1`, 'linux/amd64', output);
    expect(run.code).toBe(1);
    expect(run.lines.at(-1)).toMatch(
      /is not a regular file \(a FIFO, device, socket or directory\); refusing to read it$/,
    );
    expect(existsSync(join(output, 'f.txt'))).toBe(false);
  },
  20_000,
);

/**
 * What we publish, read by independent clients: skopeo (inspect, copy --all) and buildah (manifest inspect)
 * see the index we merged, byte for byte, and a copy made by skopeo is pulled back by us to the same files.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sha256, useRegistry } from '../harness/fixtures.js';
import { cli } from './cli.js';
import { createBuildah, skopeo, type Buildah } from './clients.js';

interface IndexJson {
  mediaType: string;
  manifests: Array<{ digest: string; platform: { os: string; architecture: string; variant?: string } }>;
}

const { registry } = useRegistry();
let buildah: Buildah;
let work: string;
let repo: string;
let merged: Record<string, string>;
const platforms = ['linux/amd64', 'linux/arm64', 'darwin/arm64'];
const content = (p: string) => `tool for ${p}\n`;

beforeAll(async () => {
  buildah = await createBuildah([registry.host]);
  work = await mkdtemp(join(tmpdir(), 'oma-interop-ours-'));
  repo = `${registry.host}/ours/tool`;
  for (const platform of platforms) {
    const file = join(work, `tool-${platform.replaceAll('/', '-')}`);
    await writeFile(file, content(platform));
    await cli('push', '--repository', repo, '--platform', platform, '--staging-prefix', 's1', '--files', file);
  }
  merged = await cli(
    'merge',
    '--repository',
    repo,
    '--staging-prefix',
    's1',
    '--platforms',
    platforms.join(','),
    '--tags',
    '1.0.0',
  );
});
afterAll(async () => {
  await buildah?.remove();
  if (work) await rm(work, { recursive: true, force: true });
});

describe('skopeo reads what we publish', () => {
  test('inspect --raw gives our index bytes; inspect resolves each platform to our child', async () => {
    const raw = await skopeo('inspect', '--raw', '--tls-verify=false', `docker://${repo}:1.0.0`);
    expect(raw).toBe(merged['index']);
    expect(sha256(raw)).toBe(merged['digest']);
    const index = JSON.parse(raw) as IndexJson;
    expect(index.mediaType).toBe('application/vnd.oci.image.index.v1+json');
    for (const entry of index.manifests) {
      const seen = JSON.parse(
        await skopeo(
          'inspect',
          '--tls-verify=false',
          '--override-os',
          entry.platform.os,
          '--override-arch',
          entry.platform.architecture,
          `docker://${repo}:1.0.0`,
        ),
      ) as { Digest: string; Os: string; Architecture: string; Layers: string[] };
      // skopeo reports the digest of what the reference names (our index) and the chosen child's layers.
      const child = JSON.parse(
        await skopeo('inspect', '--raw', '--tls-verify=false', `docker://${repo}@${entry.digest}`),
      ) as { layers: Array<{ digest: string }> };
      expect(seen).toMatchObject({
        Digest: merged['digest'],
        Os: entry.platform.os,
        Architecture: entry.platform.architecture,
        Layers: child.layers.map((l) => l.digest),
      });
    }
  });

  test('copy --all to another repository keeps every digest, and we pull the copy', async () => {
    const copy = `${registry.host}/copied/tool:1.0.0`;
    await skopeo(
      'copy',
      '--all',
      '--preserve-digests',
      '--src-tls-verify=false',
      '--dest-tls-verify=false',
      `docker://${repo}:1.0.0`,
      `docker://${copy}`,
    );
    expect(await skopeo('inspect', '--raw', '--tls-verify=false', `docker://${copy}`)).toBe(merged['index']);
    const out = join(work, 'pulled-copy');
    const pulled = await cli('pull', '--reference', copy, '--platform', 'linux/arm64', '--output', out);
    expect(pulled['files']).toBe('tool-linux-arm64');
    expect(await readFile(join(out, 'tool-linux-arm64'), 'utf8')).toBe(content('linux/arm64'));
  });

  test('copy --all to an OCI layout; we pull from that layout', async () => {
    const layout = join(work, 'skopeo-layout');
    await skopeo(
      'copy',
      '--all',
      '--preserve-digests',
      '--src-tls-verify=false',
      `docker://${repo}:1.0.0`,
      `oci:${layout}:1.0.0`,
    );
    const out = join(work, 'pulled-layout');
    const pulled = await cli(
      'pull',
      '--reference',
      `oci-layout:${layout}:1.0.0`,
      '--platform',
      'darwin/arm64',
      '--output',
      out,
    );
    expect(pulled['digest']).toBe(
      (JSON.parse(merged['platforms'] ?? '[]') as Array<{ platform: string; digest: string }>).find(
        (p) => p.platform === 'darwin/arm64',
      )?.digest,
    );
    expect(await readFile(join(out, 'tool-darwin-arm64'), 'utf8')).toBe(content('darwin/arm64'));
  });
});

test('buildah manifest inspect sees our index: same children, same platforms', async () => {
  const seen = JSON.parse(await buildah.run('manifest', 'inspect', `${repo}:1.0.0`)) as IndexJson;
  const ours = JSON.parse(merged['index'] ?? '{}') as IndexJson;
  expect(seen.manifests.map((m) => [m.digest, m.platform])).toEqual(ours.manifests.map((m) => [m.digest, m.platform]));
});

/**
 * What independent clients publish, merged and pulled by us: a manifest list pushed with
 * `buildah manifest push --all`, and an index copied into the registry with `skopeo copy --all`.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { useRegistry } from '../harness/fixtures.js';
import { cli, cliError } from './cli.js';
import { buildScratchImage, createBuildah, skopeo, type Buildah } from './clients.js';
import { writeHandLayout } from './hand-layout.js';

interface IndexJson {
  mediaType: string;
  manifests: Array<{ digest: string; mediaType: string; platform: { os: string; architecture: string } }>;
}

const { registry } = useRegistry();
let buildah: Buildah;
let work: string;

beforeAll(async () => {
  buildah = await createBuildah([registry.host]);
  work = await mkdtemp(join(tmpdir(), 'oma-interop-theirs-'));
});
afterAll(async () => {
  await buildah?.remove();
  if (work) await rm(work, { recursive: true, force: true });
});

const raw = async (ref: string) => skopeo('inspect', '--raw', '--tls-verify=false', `docker://${ref}`);
const platformsOf = (index: IndexJson) => index.manifests.map((m) => `${m.platform.os}/${m.platform.architecture}`);

test('a list pushed by buildah manifest push --all is merged with our own push, children kept as they are', async () => {
  for (const platform of ['linux/amd64', 'linux/arm64']) {
    await buildScratchImage(buildah, work, `localhost/img-${platform.replace('/', '-')}`, {
      platform,
      files: { 'hello.txt': `hello from ${platform}\n` },
    });
  }
  await buildah.run('manifest', 'create', 'localhost/bh-list');
  for (const arch of ['amd64', 'arm64'])
    await buildah.run('manifest', 'add', 'localhost/bh-list', `containers-storage:localhost/img-linux-${arch}`);
  const theirs = `${registry.host}/theirs/buildah:1`;
  await buildah.run('manifest', 'push', '--all', '--tls-verify=false', 'localhost/bh-list', `docker://${theirs}`);
  const pushed = JSON.parse(await raw(theirs)) as IndexJson;
  expect(pushed.manifests).toHaveLength(2);

  // Our darwin build, staged beside it; merge takes both as sources into a release in another repository.
  const file = join(work, 'tool-darwin');
  await writeFile(file, 'darwin build\n');
  const staged = await cli(
    'push',
    '--repository',
    `${registry.host}/theirs/staging`,
    '--platform',
    'darwin/arm64',
    '--staging-tag',
    'darwin',
    '--files',
    file,
  );
  const release = `${registry.host}/theirs/release`;
  const merged = await cli(
    'merge',
    '--repository',
    release,
    '--sources',
    theirs,
    '--sources',
    `${registry.host}/theirs/staging:darwin`,
    '--platforms',
    'linux/amd64,linux/arm64,darwin/arm64',
    '--tags',
    '2.0.0',
  );
  const index = JSON.parse(await raw(`${release}:2.0.0`)) as IndexJson;
  expect(index.mediaType).toBe('application/vnd.oci.image.index.v1+json');
  expect(platformsOf(index)).toEqual(['darwin/arm64', 'linux/amd64', 'linux/arm64']);
  expect(index.manifests.map((m) => m.digest)).toEqual(
    expect.arrayContaining([...pushed.manifests.map((m) => m.digest), staged['digest']]),
  );
  // Every child was copied into the release repository, unchanged.
  for (const child of pushed.manifests)
    expect(await raw(`${release}@${child.digest}`)).toBe(await raw(`${registry.host}/theirs/buildah@${child.digest}`));
  expect(merged['digest']).toMatch(/^sha256:/);

  // pull: our file comes back; buildah's filesystem layers carry no file title, which pull names.
  const out = join(work, 'pulled-darwin');
  await cli('pull', '--reference', `${release}:2.0.0`, '--platform', 'darwin/arm64', '--output', out);
  expect(await readFile(join(out, 'tool-darwin'), 'utf8')).toBe('darwin build\n');
  const error = await cliError(
    'pull',
    '--reference',
    `${release}:2.0.0`,
    '--platform',
    'linux/arm64',
    '--output',
    join(work, 'x'),
  );
  expect(error).toMatch(/has no title annotation: nothing to name the file/);
});

test('an index published by skopeo copy --all is merged and pulled, platform by platform', async () => {
  const layout = join(work, 'hand');
  const files = [
    { platform: { os: 'linux', architecture: 'amd64' }, title: 'tool', content: 'amd64 tool\n' },
    { platform: { os: 'linux', architecture: 'arm64' }, title: 'tool', content: 'arm64 tool\n' },
  ];
  const hand = await writeHandLayout(layout, 'v1', files);
  const theirs = `${registry.host}/theirs/skopeo:v1`;
  await skopeo(
    'copy',
    '--all',
    '--preserve-digests',
    '--dest-tls-verify=false',
    `oci:${layout}:v1`,
    `docker://${theirs}`,
  );
  expect(JSON.parse(await raw(theirs)).manifests.map((m: { digest: string }) => m.digest)).toEqual(
    hand.manifestDigests,
  );

  const release = `${registry.host}/theirs/skopeo-release`;
  const releaseLayout = join(work, 'release-layout');
  await cli(
    'merge',
    '--repository',
    release,
    '--sources',
    theirs,
    '--tags',
    '3.0.0',
    '--tags',
    `oci-layout:${releaseLayout}:3.0.0`,
  );
  const index = JSON.parse(await raw(`${release}:3.0.0`)) as IndexJson;
  expect(index.manifests.map((m) => m.digest)).toEqual(hand.manifestDigests);
  for (const entry of files) {
    for (const reference of [`${release}:3.0.0`, `oci-layout:${releaseLayout}:3.0.0`]) {
      const out = join(
        work,
        `pulled-${entry.platform.architecture}-${reference.startsWith('oci') ? 'layout' : 'registry'}`,
      );
      const platform = `${entry.platform.os}/${entry.platform.architecture}`;
      const pulled = await cli('pull', '--reference', reference, '--platform', platform, '--output', out);
      expect(pulled['files']).toBe('tool');
      expect(await readFile(join(out, 'tool'), 'utf8')).toBe(entry.content);
    }
  }
});

// Uses the local list localhost/bh-list built by the first test (tests of a file run in order).
test('a Docker manifest list (buildah --format v2s2) becomes an OCI index over the same Docker manifests', async () => {
  const theirs = `${registry.host}/theirs/buildah-v2s2:1`;
  await buildah.run(
    'manifest',
    'push',
    '--all',
    '--format',
    'v2s2',
    '--tls-verify=false',
    'localhost/bh-list',
    `docker://${theirs}`,
  );
  const list = JSON.parse(await raw(theirs)) as IndexJson;
  expect(list.mediaType).toBe('application/vnd.docker.distribution.manifest.list.v2+json');
  const release = `${registry.host}/theirs/v2s2-release`;
  await cli(
    'merge',
    '--repository',
    release,
    '--sources',
    theirs,
    '--platforms',
    'linux/amd64,linux/arm64',
    '--tags',
    '1',
  );
  const index = JSON.parse(await raw(`${release}:1`)) as IndexJson;
  expect(index.mediaType).toBe('application/vnd.oci.image.index.v1+json');
  expect(index.manifests.map((m) => [m.digest, m.mediaType])).toEqual(
    expect.arrayContaining(
      list.manifests.map((m) => [m.digest, 'application/vnd.docker.distribution.manifest.v2+json']),
    ),
  );
  expect(index.manifests).toHaveLength(2);
});

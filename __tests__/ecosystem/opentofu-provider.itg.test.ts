/**
 * OpenTofu installs providers from OCI mirrors and checks their shape strictly. A provider's zips pushed per
 * platform and merged as the README recipe does are checked here against each rule of OpenTofu's "Provider
 * Mirrors in OCI Registries" (Required OCI Repository Content), by a reader written from those rules with
 * plain HTTP, not with our client:
 * 1. the tag is a semantic version (`_` in place of `+`);
 * 2. it names an image index whose artifactType is application/vnd.opentofu.provider;
 * 3. each entry's descriptor has artifactType application/vnd.opentofu.provider-target and a platform (os, architecture);
 * 4. each manifest has that artifactType too;
 * 5. its layers hold exactly one archive/zip layer, the provider's .zip byte for byte.
 */
import { beforeAll, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../src/cli/run.js';
import { useRegistry } from '../harness/fixtures.js';

const { registry } = useRegistry();
let work: string;
const platforms = ['linux/amd64', 'linux/arm64', 'darwin/arm64', 'windows/amd64'];
const semverTag = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z.-]+)?(_[0-9A-Za-z.-]+)?$/;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'oma-tofu-'));
});

async function cli(args: string[]): Promise<Record<string, string>> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(
    args,
    { HOME: work },
    { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) },
  );
  if (code !== 0) throw new Error(stderr);
  return JSON.parse(stdout) as Record<string, string>;
}

function providerZip(platform: string): string {
  const name = `terraform-provider-example_1.2.3_${platform.replace('/', '_')}.zip`;
  const path = join(work, name);
  execFileSync('python3', [
    '-c',
    'import sys, zipfile\nwith zipfile.ZipFile(sys.argv[1], "w") as z: z.writestr(sys.argv[2], sys.argv[3])',
    path,
    'terraform-provider-example_v1.2.3',
    `binary for ${platform}`,
  ]);
  return path;
}

const get = async (path: string, accept?: string) =>
  fetch(`${registry.url}/v2/example/provider/${path}`, accept ? { headers: { accept } } : {});

test('a provider published per platform and merged passes every rule of an OpenTofu OCI mirror', async () => {
  const repository = `${registry.host}/example/provider`;
  const zips = new Map(platforms.map((p) => [p, providerZip(p)]));
  for (const [platform, zip] of zips) {
    await cli([
      'push',
      '--repository',
      repository,
      '--platform',
      platform,
      '--staging-prefix',
      'tofu',
      '--artifact-type',
      'application/vnd.opentofu.provider-target',
      '--files',
      `${zip}:archive/zip`,
    ]);
  }
  await cli([
    'merge',
    '--repository',
    repository,
    '--staging-prefix',
    'tofu',
    '--artifact-type',
    'application/vnd.opentofu.provider',
    '--tags',
    '1.2.3',
  ]);

  // 1. tags that parse as versions
  const tags = ((await (await get('tags/list')).json()) as { tags: string[] }).tags;
  const versions = tags.filter((t) => semverTag.test(t));
  expect(versions).toEqual(['1.2.3']);
  // 2. an image index with the provider artifactType
  const indexAnswer = await get('manifests/1.2.3', 'application/vnd.oci.image.index.v1+json');
  expect(indexAnswer.headers.get('content-type')).toBe('application/vnd.oci.image.index.v1+json');
  const index = (await indexAnswer.json()) as {
    mediaType: string;
    artifactType?: string;
    manifests: Array<{ digest: string; artifactType?: string; platform?: { os: string; architecture: string } }>;
  };
  expect(index.mediaType).toBe('application/vnd.oci.image.index.v1+json');
  expect(index.artifactType).toBe('application/vnd.opentofu.provider');
  // 3. one provider-target entry per platform, found by os and architecture as OpenTofu looks them up
  const targets = index.manifests.filter((m) => m.artifactType === 'application/vnd.opentofu.provider-target');
  for (const [platform, zip] of zips) {
    const [os, architecture] = platform.split('/');
    const matching = targets.filter((m) => m.platform?.os === os && m.platform?.architecture === architecture);
    expect({ platform, count: matching.length }).toEqual({ platform, count: 1 });
    // 4. the manifest has the same artifactType
    const manifest = (await (
      await get(`manifests/${matching[0]?.digest}`, 'application/vnd.oci.image.manifest.v1+json')
    ).json()) as {
      artifactType?: string;
      layers: Array<{ mediaType: string; digest: string }>;
    };
    expect(manifest.artifactType).toBe('application/vnd.opentofu.provider-target');
    // 5. exactly one archive/zip layer: the provider's .zip, byte for byte
    const zipLayers = manifest.layers.filter((l) => l.mediaType === 'archive/zip');
    expect(zipLayers).toHaveLength(1);
    const blob = Buffer.from(await (await get(`blobs/${zipLayers[0]?.digest}`)).arrayBuffer());
    expect(blob.equals(readFileSync(zip))).toBe(true);
  }
});

/** push as GitHub runs it (node dist/index.js + INPUT_*), against the real registry and an OCI layout. */
import { beforeAll, describe, expect, test } from '@jest/globals';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sha256, useRegistry } from '../harness/fixtures.js';
import { startBasicRegistry } from '../harness/htpasswd.js';
import { errorLines, runAction, skopeoRaw, skopeoTags } from './run-action.js';

const { registry, proxy } = useRegistry({ proxy: true });
let work: string;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'oma-push-'));
  mkdirSync(join(work, 'dir', 'sub'), { recursive: true });
  writeFileSync(join(work, 'tool.tar.gz'), 'pretend this is a tarball\n');
  writeFileSync(join(work, 'dir', 'a.txt'), 'a\n');
  writeFileSync(join(work, 'dir', 'sub', 'b.txt'), 'b\n');
});

const pushInputs = (repository: string, platform: string, extra: Record<string, string> = {}) => ({
  command: 'push',
  repository,
  platform,
  files: `${join(work, 'tool.tar.gz')}\n${join(work, 'dir')}`,
  'artifact-type': 'application/vnd.example.tool.v1',
  annotations: `org.opencontainers.image.ref.name=1.2.3.${platform}\ncom.example.note=a=b`,
  'staging-prefix': 'staging-42',
  ...extra,
});

describe('push files to the registry', () => {
  test('stages an index whose entry carries platform, artifactType and annotations; skopeo reads it', async () => {
    const repo = `${registry.host}/tools/push`;
    const run = await runAction(pushInputs(repo, 'linux/aarch64'));
    expect(errorLines(run)).toEqual([]);
    expect(run.code).toBe(0);
    expect(run.outputs['staging-tag']).toBe('staging-42-linux-arm64');
    const indexRaw = skopeoRaw(`${repo}:staging-42-linux-arm64`);
    expect(run.outputs['reference']).toBe(`${repo}@${sha256(indexRaw)}`);
    const index = JSON.parse(indexRaw);
    expect(index.mediaType).toBe('application/vnd.oci.image.index.v1+json');
    expect(index.manifests).toHaveLength(1);
    const entry = index.manifests[0];
    expect(entry).toEqual(JSON.parse(run.outputs['descriptor'] ?? '{}'));
    expect(entry.digest).toBe(run.outputs['digest']);
    expect(entry.platform).toEqual({ architecture: 'arm64', os: 'linux' });
    expect(entry.artifactType).toBe('application/vnd.example.tool.v1');
    expect(entry.annotations).toEqual({
      'com.example.note': 'a=b',
      'org.opencontainers.image.ref.name': '1.2.3.linux/aarch64',
    });
    const manifestRaw = skopeoRaw(`${repo}@${entry.digest}`);
    expect(sha256(manifestRaw)).toBe(entry.digest);
    const manifest = JSON.parse(manifestRaw);
    expect(
      manifest.layers.map(
        (l: { annotations: Record<string, string> }) => l.annotations['org.opencontainers.image.title'],
      ),
    ).toEqual(['tool.tar.gz', 'dir']);
    expect(manifest.layers[0].digest).toBe(sha256(readFileSync(join(work, 'tool.tar.gz'))));
    const config = await (await fetch(`${registry.url}/v2/tools/push/blobs/${manifest.config.digest}`)).json();
    expect(config).toMatchObject({ os: 'linux', architecture: 'arm64' });
    expect(run.summary).toContain('linux/arm64');
  });

  test('a re-run uploads no blob bytes and yields the same digests', async () => {
    const repo = `${proxy.host}/tools/rerun`;
    const first = await runAction(pushInputs(repo, 'linux/amd64'));
    expect(first.code).toBe(0);
    const before = proxy.uploadedBlobBytes();
    expect(before).toBeGreaterThan(0);
    const second = await runAction(pushInputs(repo, 'linux/amd64'));
    expect(second.code).toBe(0);
    expect(proxy.uploadedBlobBytes()).toBe(before);
    expect(second.outputs['digest']).toBe(first.outputs['digest']);
    expect(second.outputs['reference']).toBe(first.outputs['reference']);
  });

  test('four platforms pushed by four concurrent processes into one repository', async () => {
    const repo = `${registry.host}/tools/concurrent`;
    const platforms = ['linux/amd64', 'linux/arm64', 'linux/arm/v7', 'darwin/arm64'];
    const runs = await Promise.all(platforms.map((p) => runAction(pushInputs(repo, p))));
    expect(runs.map((r) => r.code)).toEqual([0, 0, 0, 0]);
    expect(skopeoTags(repo).sort()).toEqual(
      ['staging-42-darwin-arm64', 'staging-42-linux-amd64', 'staging-42-linux-arm-v7', 'staging-42-linux-arm64'].sort(),
    );
    for (const [i, platform] of platforms.entries()) {
      const [os, architecture, variant] = platform.split('/');
      const index = JSON.parse(skopeoRaw(`${repo}:${runs[i]?.outputs['staging-tag']}`));
      expect(index.manifests[0].platform).toEqual({ architecture, os, ...(variant ? { variant } : {}) });
      // Shared layers are intact: the file blob is readable and verifies.
      const manifest = JSON.parse(skopeoRaw(`${repo}@${index.manifests[0].digest}`));
      const blob = Buffer.from(
        await (await fetch(`${registry.url}/v2/tools/concurrent/blobs/${manifest.layers[0].digest}`)).arrayBuffer(),
      );
      expect(sha256(blob)).toBe(manifest.layers[0].digest);
    }
  });
});

test('push files to an oci-layout store', async () => {
  const store = join(work, 'store');
  const run = await runAction(pushInputs(`oci-layout:${store}`, 'windows/amd64', { 'os-version': '10.0.20348.2340' }));
  expect(errorLines(run)).toEqual([]);
  expect(run.outputs['staging-tag']).toBe('staging-42-windows-amd64-10.0.20348.2340');
  const layoutIndex = JSON.parse(readFileSync(join(store, 'index.json'), 'utf8'));
  const tagged = layoutIndex.manifests.find(
    (m: { annotations?: Record<string, string> }) =>
      m.annotations?.['org.opencontainers.image.ref.name'] === run.outputs['staging-tag'],
  );
  expect(tagged).toBeDefined();
  const staging = JSON.parse(readFileSync(join(store, 'blobs', 'sha256', tagged.digest.slice(7)), 'utf8'));
  expect(staging.manifests[0].platform).toEqual({
    architecture: 'amd64',
    os: 'windows',
    'os.version': '10.0.20348.2340',
  });
});

describe('bad input: one clear line, nothing pushed', () => {
  const cases: Array<[string, Record<string, string>, RegExp]> = [
    [
      'unknown platform',
      { platform: 'linux/sparc99' },
      /input "platform": invalid platform "linux\/sparc99": unknown architecture/,
    ],
    [
      'missing file',
      { files: '/nonexistent/file.bin' },
      /file "\/nonexistent\/file.bin" listed in input "files" does not exist/,
    ],
    ['empty file list', { files: '\n  \n' }, /input "files" lists no file/],
    ['both files and source', { source: 'localhost:1/x:y' }, /inputs "files" and "source" exclude each other/],
    ['malformed annotation line', { annotations: 'no-equals-sign' }, /annotations, line 1/],
    ['bad reference', { repository: 'alpine' }, /input "repository".*did you mean "docker\.io\/library\/alpine"/],
  ];
  test.each(cases)('%s', async (_name, override, pattern) => {
    const repo = `${registry.host}/tools/bad-${_name.replace(/\W+/g, '-')}`;
    const run = await runAction({ ...pushInputs(repo, 'linux/amd64'), ...override });
    expect(run.code).not.toBe(0);
    const errors = errorLines(run);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(pattern);
    expect(skopeoTags(repo)).toEqual([]);
  });
});

test('wrong password: one clear line, nothing pushed, the password nowhere in the output', async () => {
  const basic = await startBasicRegistry({ releaser: 'right-password' });
  try {
    const repo = `${basic.host}/tools/auth`;
    const wrong = await runAction({
      ...pushInputs(repo, 'linux/amd64'),
      username: 'releaser',
      password: 'wrong-password-123',
    });
    expect(wrong.code).not.toBe(0);
    const errors = errorLines(wrong);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/401/);
    expect(errors[0]).toMatch(/username\/password|credentials/i);
    // `::add-mask::` lines are consumed by the runner, which then masks the value everywhere; nothing else may carry it.
    const shown = wrong.stdout
      .split('\n')
      .filter((l) => !l.startsWith('::add-mask::'))
      .join('\n');
    expect(wrong.stdout).toContain('::add-mask::wrong-password-123');
    const everything = `${shown}${wrong.stderr}${JSON.stringify(wrong.outputs)}${wrong.summary}`;
    expect(everything).not.toContain('wrong-password-123');
    expect(everything).not.toContain(Buffer.from('releaser:wrong-password-123').toString('base64'));
    const right = await runAction({
      ...pushInputs(repo, 'linux/amd64'),
      username: 'releaser',
      password: 'right-password',
    });
    expect(errorLines(right)).toEqual([]);
    const tags = await fetch(`${basic.url}/v2/tools/auth/tags/list`, {
      headers: { authorization: `Basic ${Buffer.from('releaser:right-password').toString('base64')}` },
    });
    expect(((await tags.json()) as { tags: string[] }).tags).toEqual(['staging-42-linux-amd64']);
  } finally {
    await basic.stop();
  }
});

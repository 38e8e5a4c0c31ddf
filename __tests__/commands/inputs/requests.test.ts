/** The typed requests both front ends build from string inputs: defaults, normalisation, one-line errors. */
import { describe, expect, test } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgv } from '../../../src/cli/argv.js';
import { readMergeRequest } from '../../../src/commands/inputs/merge.js';
import { readPullRequest } from '../../../src/commands/inputs/pull.js';
import { readPushRequest } from '../../../src/commands/inputs/push.js';
import { readerFromMap } from '../../../src/commands/inputs/reader.js';

const actions = { inActions: true, runId: '777' };
const cli = { inActions: false };

describe('push request', () => {
  test('defaults the staging prefix from the run id in Actions and normalises the platform', () => {
    const r = readPushRequest(
      readerFromMap({ repository: 'ghcr.io/o/r', platform: 'linux/x86_64', files: 'a.txt\nb.bin:application/x-b' }),
      actions,
    );
    expect(r.stagingTag).toBe('staging-777-linux-amd64');
    expect(r.platform).toEqual({ os: 'linux', architecture: 'amd64' });
    expect(r.files).toEqual([{ path: 'a.txt' }, { path: 'b.bin', mediaType: 'application/x-b' }]);
    expect(r.common.concurrency).toBe(4);
  });

  test('staging-tag overrides the computed tag; os-version and os-features join the platform', () => {
    const r = readPushRequest(
      readerFromMap({
        repository: 'oci-layout:./s',
        platform: 'darwin/arm64',
        'os-version': 'macOS 14',
        'os-features': 'a,b',
        files: 'x',
        'staging-tag': 'mine',
      }),
      cli,
    );
    expect(r.stagingTag).toBe('mine');
    expect(r.platform).toEqual({
      os: 'darwin',
      architecture: 'arm64',
      'os.version': 'macOS 14',
      'os.features': ['a', 'b'],
    });
  });

  test.each([
    [{ platform: 'linux/amd64', files: 'x' }, /input "repository" is required/],
    [
      { repository: 'ghcr.io/o/r:tag', platform: 'linux/amd64', files: 'x' },
      /must name a repository without tag or digest/,
    ],
    [{ repository: 'ghcr.io/o/r', files: 'x' }, /input "platform" is required/],
    [
      { repository: 'ghcr.io/o/r', platform: 'linux/amd64', files: 'x' },
      /"staging-prefix" is required outside GitHub Actions/,
    ],
    [
      { repository: 'ghcr.io/o/r', platform: 'linux/amd64', files: 'x', 'staging-prefix': 'p', concurrency: '0' },
      /"concurrency" must be a whole number from 1 to 32/,
    ],
    [
      { repository: 'ghcr.io/o/r', platform: 'linux/amd64', files: 'x', 'staging-prefix': 'p', username: 'u' },
      /"username" and "password" go together/,
    ],
    [
      {
        repository: 'ghcr.io/o/r',
        platform: 'linux/amd64',
        files: 'x',
        'staging-prefix': 'p',
        'artifact-type': 'nope',
      },
      /"artifact-type" must be a media type/,
    ],
    [
      { repository: 'ghcr.io/o/r', platform: 'linux/amd64', files: 'x', 'staging-prefix': 'x'.repeat(120) },
      /longer than 128 characters/,
    ],
  ])('%j is refused', (inputs, message) => {
    expect(() => readPushRequest(readerFromMap(inputs), cli)).toThrow(message);
  });
});

describe('merge request', () => {
  const base = {
    repository: 'ghcr.io/o/r',
    tags: '1.2.3, latest\nregistry.example.com/mirror/r:1.2.3\noci-layout:./out:v1',
  };

  test('bare tags go to the repository; full references stay; GitHub context gives the defaults', () => {
    const r = readMergeRequest(
      readerFromMap({ ...base, platforms: 'linux/amd64\nlinux/aarch64', annotations: 'index:a=1\nb=2\nmanifest:c=3' }),
      {
        ...actions,
        github: { serverUrl: 'https://github.com', repository: 'o/r', sha: 'abc' },
        sourceDateEpoch: '1700000000',
      },
    );
    expect(r.stagingPrefix).toBe('staging-777');
    expect(
      r.tags.map((t) =>
        t.kind === 'registry' ? `${t.registry}/${t.repository}:${t.tag}` : `layout:${t.path}:${t.tag}`,
      ),
    ).toEqual(['ghcr.io/o/r:1.2.3', 'ghcr.io/o/r:latest', 'registry.example.com/mirror/r:1.2.3', 'layout:./out:v1']);
    expect(r.platforms).toEqual([
      { os: 'linux', architecture: 'amd64' },
      { os: 'linux', architecture: 'arm64' },
    ]);
    expect(r.indexAnnotations).toEqual({ a: '1', b: '2' });
    expect(r.manifestAnnotationsIgnored).toEqual(['c']);
    expect(r.defaults).toEqual({ createdEpochSeconds: 1700000000, source: 'https://github.com/o/r', revision: 'abc' });
    expect(r.onConflict).toBe('error');
  });

  test("Docker Hub's short form in tags is docker.io, as docker reads it; a bare name with a tag still is refused", () => {
    const r = readMergeRequest(readerFromMap({ ...base, tags: 'user/app:1.2.3\nlatest', 'staging-prefix': 'p' }), {
      ...cli,
      github: {},
    });
    expect(r.tags.map((t) => (t.kind === 'registry' ? `${t.registry}/${t.repository}:${t.tag}` : ''))).toEqual([
      'docker.io/user/app:1.2.3',
      'ghcr.io/o/r:latest',
    ]);
    expect(() =>
      readMergeRequest(readerFromMap({ ...base, tags: 'app:1.2.3', 'staging-prefix': 'p' }), { ...cli, github: {} }),
    ).toThrow(/did you mean "docker.io\/library\/app:1.2.3"/);
  });

  test('the annotations merge adds give way: a value replaces a default, an empty one removes it', () => {
    const r = readMergeRequest(
      readerFromMap({
        ...base,
        annotations: 'org.opencontainers.image.source=https://example.com/app\norg.opencontainers.image.created=',
      }),
      { ...actions, github: { serverUrl: 'https://github.com', repository: 'o/r', sha: 'abc' }, sourceDateEpoch: '1' },
    );
    expect(r.defaults).toEqual({ revision: 'abc' });
    expect(r.indexAnnotations).toEqual({ 'org.opencontainers.image.source': 'https://example.com/app' });
  });

  test.each([
    [{ repository: 'ghcr.io/o/r', 'staging-prefix': 'p' }, /input "tags" is required/],
    [{ ...base }, /give "sources", or "staging-prefix"/],
    [{ ...base, 'staging-prefix': 'p', 'on-conflict': 'merge' }, /"on-conflict" must be error or replace/],
    [
      { ...base, 'staging-prefix': 'p', tags: 'ghcr.io/o/r@sha256:' + 'a'.repeat(64) },
      /must be a bare tag or a reference with a tag/,
    ],
    [{ ...base, 'staging-prefix': 'p', platforms: 'linux' }, /input "platforms": invalid platform "linux"/],
    [{ ...base, 'staging-prefix': 'p', 'dry-run': 'maybe' }, /"dry-run" must be true or false/],
  ])('%j is refused', (inputs, message) => {
    expect(() => readMergeRequest(readerFromMap(inputs), { ...cli, github: {} })).toThrow(message);
  });
});

test('pull defaults to this machine and the current directory', () => {
  const r = readPullRequest(readerFromMap({ reference: 'ghcr.io/o/r:1' }));
  expect(r.output).toBe('.');
  expect(r.platform.os).toBe(process.platform === 'win32' ? 'windows' : process.platform);
});

describe('CLI arguments', () => {
  test('flags, repeated flags as lines, --flag=value, booleans without a value, and a YAML config under them', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'oma-argv-'));
    const config = join(dir, 'c.yml');
    writeFileSync(config, 'repository: oci-layout:./from-config\ntags: [a, b]\nconcurrency: 8\n');
    const parsed = await parseArgv([
      'merge',
      '--config',
      config,
      '--tags',
      'x',
      '--tags=y',
      '--dry-run',
      '--staging-prefix',
      'p',
    ]);
    expect(parsed).toEqual({
      command: 'merge',
      help: false,
      version: false,
      values: {
        repository: 'oci-layout:./from-config',
        tags: 'x\ny',
        concurrency: '8',
        'dry-run': 'true',
        'staging-prefix': 'p',
      },
    });
  });

  test.each([
    [['push', 'extra'], /unexpected argument "extra"/],
    [['push', '--repository'], /flag --repository needs a value/],
  ])('%j is refused', async (args, message) => {
    await expect(parseArgv(args)).rejects.toThrow(message);
  });
});

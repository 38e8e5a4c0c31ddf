/** pull round-trips what push published, per platform, from the registry and from a layout. */
import { beforeAll, describe, expect, test } from '@jest/globals';
import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  statSync,
  writeFileSync,
  chmodSync,
  existsSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { useRegistry } from '../harness/fixtures.js';
import { errorLines, runAction, runCliProcess } from './run-action.js';

const { registry } = useRegistry();
let work: string;
const platforms = ['linux/amd64', 'linux/arm64', 'linux/arm/v7'];

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'oma-pull-'));
});

function buildTree(platform: string): string {
  const dir = join(work, 'build', platform.replaceAll('/', '-'));
  mkdirSync(join(dir, 'bin', 'lib'), { recursive: true });
  writeFileSync(join(dir, 'bin', 'tool'), `#!/bin/sh\necho ${platform}\n`);
  chmodSync(join(dir, 'bin', 'tool'), 0o755);
  writeFileSync(join(dir, 'bin', 'lib', 'data.txt'), `data for ${platform}\n`);
  writeFileSync(join(dir, 'NOTES.md'), `# notes for ${platform}\n`);
  return dir;
}

async function publish(repository: string): Promise<void> {
  for (const platform of platforms) {
    const dir = buildTree(platform);
    const run = await runAction({
      command: 'push',
      repository,
      platform,
      files: `${join(dir, 'bin')}\n${join(dir, 'NOTES.md')}:text/markdown`,
      'staging-prefix': 'staging-p',
    });
    expect(errorLines(run)).toEqual([]);
  }
  const merged = await runAction({
    command: 'merge',
    repository,
    'staging-prefix': 'staging-p',
    tags: 'v1',
    platforms: platforms.join(','),
  });
  expect(errorLines(merged)).toEqual([]);
}

describe.each([
  ['the registry', () => `${registry.host}/pull/tool`],
  ['an oci-layout store', () => `oci-layout:${join(work, 'store')}`],
])('pull from %s', (_name, repository) => {
  beforeAll(async () => {
    await publish(repository());
  });

  test.each(platforms)('%s: files and directories round-trip', async (platform) => {
    const output = join(work, 'out', _name.replace(/\W+/g, '-'), platform.replaceAll('/', '-'));
    const run = await runAction({ command: 'pull', reference: `${repository()}:v1`, platform, output });
    expect(errorLines(run)).toEqual([]);
    expect(readFileSync(join(output, 'NOTES.md'), 'utf8')).toBe(`# notes for ${platform}\n`);
    expect(readFileSync(join(output, 'bin', 'tool'), 'utf8')).toBe(`#!/bin/sh\necho ${platform}\n`);
    expect(statSync(join(output, 'bin', 'tool')).mode & 0o111).not.toBe(0);
    expect(readFileSync(join(output, 'bin', 'lib', 'data.txt'), 'utf8')).toBe(`data for ${platform}\n`);
    expect(run.outputs['files']?.split('\n').sort()).toEqual(expect.arrayContaining(['NOTES.md']));
  });
});

test('pull refuses a platform that is absent, naming those there are, and writes nothing', async () => {
  const output = join(work, 'out-v8');
  const cli = await runCliProcess([
    'pull',
    '--reference',
    `oci-layout:${join(work, 'store')}:v1`,
    '--platform',
    'darwin/arm64',
    '--output',
    output,
  ]);
  expect(cli.code).toBe(1);
  expect(cli.stderr.trim().split('\n').at(-1)).toMatch(
    /has no entry for platform darwin\/arm64 \(it has: linux\/amd64, linux\/arm\/v7, linux\/arm64\)/,
  );
  expect(existsSync(output) ? readdirSync(output) : []).toEqual([]);
});

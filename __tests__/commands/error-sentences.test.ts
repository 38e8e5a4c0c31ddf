/**
 * Raw errno texts become sentences that say what was done and where: EISDIR on rename, EACCES on open, ENOENT
 * from a temporary directory under a missing RUNNER_TEMP, as the real file system raises them. And pull into
 * an output where a directory stands at a file's title is one CONFLICT line, with nothing written.
 */
import { expect, test } from '@jest/globals';
import { chmod, mkdir, mkdtemp, open, readdir, rename, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openTarget } from '../../src/core/stores/open-target.js';
import { messageOf } from '../../src/core/errors.js';
import { pullCli, pushRawIndex } from '../pull/publish-raw.js';

const raised = async (f: () => Promise<unknown>): Promise<unknown> =>
  f().then(
    () => undefined,
    (e: unknown) => e,
  );

test('EISDIR on rename', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'oma-errno-'));
  await writeFile(join(dir, 'file'), 'x');
  await mkdir(join(dir, 'target', 'inside'), { recursive: true });
  const e = await raised(() => rename(join(dir, 'file'), join(dir, 'target')));
  expect(messageOf(e)).toBe(`moving ${join(dir, 'file')} to ${join(dir, 'target')} failed: it is a directory (EISDIR)`);
});

test('ENOENT from a temporary directory under a missing RUNNER_TEMP', async () => {
  const e = await raised(() => mkdtemp('/nonexistent-runner-temp/oci-multiarch-'));
  expect(messageOf(e)).toMatch(
    /^creating a temporary directory in \/nonexistent-runner-temp\/oci-multiarch-\S* failed: it does not exist \(ENOENT\)$/,
  );
});

test('EACCES on open (skipped as root, who may open anything)', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'oma-errno-'));
  const path = join(dir, 'secret');
  await writeFile(path, 'x');
  await chmod(path, 0o000);
  const e = await raised(() => open(path, 'r'));
  if (process.getuid?.() === 0) {
    expect(e).toBeUndefined();
    return;
  }
  expect(messageOf(e)).toBe(`opening ${path} failed: permission denied (EACCES)`);
});

test('a directory where a pulled file goes: one CONFLICT line, output as it was', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'oma-errno-'));
  const store = `oci-layout:${join(dir, 'store')}`;
  await pushRawIndex(openTarget(store), 'v1', [
    {
      platform: { os: 'linux', architecture: 'amd64' },
      layers: [
        { title: 'a.txt', bytes: Buffer.from('a\n') },
        { title: 'tool', bytes: Buffer.from('tool\n') },
      ],
    },
  ]);
  const output = join(dir, 'out');
  await mkdir(join(output, 'tool', 'mine'), { recursive: true });
  const run = await pullCli(`${store}:v1`, 'linux/amd64', output);
  expect(run.code).toBe(1);
  expect(run.lines.at(-1)).toMatch(
    /^oci-multiarch: error: refusing to write "tool" into .*\/out: it is a directory; the pulled file would replace it; nothing was written/,
  );
  expect((await readdir(output)).sort()).toEqual(['tool']);
  expect(await readdir(join(output, 'tool'))).toEqual(['mine']);
});

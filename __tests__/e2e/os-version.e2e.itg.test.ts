/**
 * Platforms with os.version (ORAS's `os/arch[/variant][:os.version]`) through the bundled CLI: two macOS bottles
 * of one architecture are pushed, gated, shown and pulled apart; a missing macOS version fails the gate.
 */
import { beforeAll, describe, expect, test } from '@jest/globals';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAction, runCliProcess } from './run-action.js';

let work: string;
let store: string;
const bottles = ['darwin/arm64:macOS 14', 'darwin/arm64:macOS 15', 'linux/amd64'];

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'oma-osversion-'));
  store = `oci-layout:${join(work, 'store')}`;
  for (const platform of bottles) {
    const file = join(work, 'tool.tar.gz');
    writeFileSync(file, `bottle for ${platform}\n`);
    const run = await runCliProcess([
      'push',
      '--repository',
      store,
      '--platform',
      platform,
      '--files',
      file,
      '--staging-prefix',
      'st',
    ]);
    expect(run.stderr).not.toContain('error');
  }
});

const merge = (platforms: string, tag: string) =>
  runCliProcess(['merge', '--repository', store, '--staging-prefix', 'st', '--platforms', platforms, '--tags', tag]);

describe('platforms with os.version', () => {
  test('the gate names a missing macOS version and nothing is tagged', async () => {
    const run = await merge('darwin/arm64:macOS 13,darwin/arm64:macOS 14,darwin/arm64:macOS 15,linux/amd64', 'gap');
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('missing darwin/arm64 (macOS 13)');
    const tags = await runCliProcess([
      'pull',
      '--reference',
      `${store}:gap`,
      '--platform',
      'linux/amd64',
      '--output',
      work,
    ]);
    expect(tags.code).not.toBe(0);
  });

  test('the platforms output and the summary tell the two bottles apart', async () => {
    const run = await merge('darwin/arm64:macOS 14,darwin/arm64:macOS 15,linux/amd64', '1.0');
    expect(run.stderr).not.toContain('error');
    expect(run.code).toBe(0);
    const platforms = (JSON.parse(JSON.parse(run.stdout).platforms) as Array<{ platform: string }>).map(
      (p) => p.platform,
    );
    expect(platforms).toEqual(['darwin/arm64:macOS 14', 'darwin/arm64:macOS 15', 'linux/amd64']);

    const action = await runAction({
      command: 'merge',
      repository: store,
      'staging-prefix': 'st',
      platforms: 'darwin/arm64:macOS 14,darwin/arm64:macOS 15,linux/amd64',
      tags: '1.0',
    });
    expect(action.summary).toContain('| darwin/arm64:macOS 14 |');
    expect(action.summary).toContain('| darwin/arm64:macOS 15 |');
  });

  test('pull selects by os.version with the same form', async () => {
    for (const version of ['macOS 14', 'macOS 15']) {
      const out = mkdtempSync(join(work, 'out-'));
      const run = await runCliProcess([
        'pull',
        '--reference',
        `${store}:1.0`,
        '--platform',
        `darwin/arm64:${version}`,
        '--output',
        out,
      ]);
      expect(run.stderr).not.toContain('error');
      expect(readFileSync(join(out, 'tool.tar.gz'), 'utf8')).toBe(`bottle for darwin/arm64:${version}\n`);
    }
    const none = await runCliProcess([
      'pull',
      '--reference',
      `${store}:1.0`,
      '--platform',
      'darwin/arm64:macOS 13',
      '--output',
      work,
    ]);
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('no entry for platform darwin/arm64:macOS 13');
    expect(none.stderr).toContain('darwin/arm64:macOS 14, darwin/arm64:macOS 15');
  });
});

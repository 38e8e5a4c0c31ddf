/**
 * A user's mistake never publishes: a mistyped flag, an input the command does not read, a boolean that is not
 * true/false. Each is refused in one line through the bundle (dist/cli.js, dist/index.js), and the registry,
 * read back with skopeo, holds no release tag afterwards.
 */
import { beforeAll, describe, expect, test } from '@jest/globals';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { useRegistry } from '../harness/fixtures.js';
import { distDir, errorLines, runAction, runCliProcess, skopeoTags } from './run-action.js';

const { registry } = useRegistry();
let work: string;
const platforms = ['linux/amd64', 'linux/arm64'];
const repo = () => `${registry.host}/strict/tool`;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'oma-strict-'));
  for (const platform of platforms) {
    const file = join(work, `tool-${platform.replaceAll('/', '-')}`);
    writeFileSync(file, `binary for ${platform}\n`);
    const run = await runCliProcess([
      'push',
      '--repository',
      repo(),
      '--platform',
      platform,
      '--files',
      file,
      '--staging-prefix',
      'st',
    ]);
    expect(run.stderr).not.toContain('error');
    expect(run.code).toBe(0);
  }
});

const releaseTags = () => skopeoTags(repo()).filter((t) => !t.startsWith('st-'));
const lines = (text: string) => text.split('\n').filter((l) => l !== '');

describe('CLI: strict flags', () => {
  test('merge --dryrun true (a typo for --dry-run) exits 2, suggests --dry-run and publishes nothing', async () => {
    const run = await runCliProcess([
      'merge',
      '--repository',
      repo(),
      '--staging-prefix',
      'st',
      '--dryrun',
      'true',
      '--tags',
      '3.0.0',
    ]);
    expect(run.code).toBe(2);
    expect(lines(run.stderr)).toHaveLength(1);
    expect(run.stderr).toContain('--dryrun');
    expect(run.stderr).toContain('did you mean --dry-run?');
    expect(run.stdout).toBe('');
    expect(releaseTags()).toEqual([]);
  });

  test('merge --platform (singular) exits 2, suggests --platforms, and the gate is not silently dropped', async () => {
    const run = await runCliProcess([
      'merge',
      '--repository',
      repo(),
      '--staging-prefix',
      'st',
      '--platform',
      'linux/amd64,linux/arm64,darwin/arm64',
      '--tags',
      '3.0.1',
    ]);
    expect(run.code).toBe(2);
    expect(lines(run.stderr)).toHaveLength(1);
    expect(run.stderr).toMatch(
      /--platform is not read by merge \(did you mean --platforms\? it is read by push, pull, attach\)/,
    );
    expect(releaseTags()).toEqual([]);
  });

  test('a --config key that merge does not read is refused like a flag', async () => {
    const config = join(work, 'merge.yml');
    writeFileSync(config, `repository: ${repo()}\nstaging-prefix: st\ntags: [3.0.2]\nplatform: linux/amd64\n`);
    const run = await runCliProcess(['merge', '--config', config]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--config .*merge\.yml: input "platform" is not read by merge/);
    expect(releaseTags()).toEqual([]);
  });

  test('--cleanup yes is refused: booleans are true or false', async () => {
    const run = await runCliProcess([
      'merge',
      '--repository',
      repo(),
      '--staging-prefix',
      'st',
      '--tags',
      '3.0.3',
      '--cleanup',
      'yes',
    ]);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain('input "cleanup" must be true or false, got "yes"');
    expect(releaseTags()).toEqual([]);
    expect(skopeoTags(repo()).filter((t) => t.startsWith('st-'))).toHaveLength(platforms.length);
  });

  test('--version prints the package version; push --help prints push inputs only', async () => {
    const pkg = JSON.parse(readFileSync(join(distDir, '..', 'package.json'), 'utf8')) as { version: string };
    const version = await runCliProcess(['--version']);
    expect(version.code).toBe(0);
    expect(version.stdout.trim()).toBe(pkg.version);

    const help = await runCliProcess(['push', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^oci-multiarch push/);
    expect(help.stdout).toContain('--files');
    expect(help.stdout).toContain('--staging-tag');
    expect(help.stdout).not.toContain('--tags');
    const mergeHelp = await runCliProcess(['merge', '--help']);
    expect(mergeHelp.stdout).toContain('--platforms');
    expect(mergeHelp.stdout).toContain('--dry-run ');
    expect(mergeHelp.stdout).not.toContain('--files');
    const pullHelp = await runCliProcess(['pull', '--help']);
    expect(pullHelp.stdout).toContain('--output');
    expect(pullHelp.stdout).not.toContain('--tags');
  });

  test('bare and valued booleans and repeated flags still work: a dry run lists the plan and pushes nothing', async () => {
    const run = await runCliProcess([
      'merge',
      '--repository',
      repo(),
      '--staging-prefix',
      'st',
      '--platforms',
      platforms.join(','),
      '--tags',
      '3.0.4',
      '--tags',
      'latest',
      '--dry-run',
    ]);
    expect(run.stderr).not.toContain('error');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).references).toBe(`${repo()}:3.0.4\n${repo()}:latest`);
    expect(releaseTags()).toEqual([]);
  });
});

describe('action: each command reads its own inputs', () => {
  const merge = (extra: Record<string, string>) =>
    runAction({ command: 'merge', repository: repo(), 'staging-prefix': 'st', tags: '4.0.0', ...extra });

  test('platform: on a merge step fails in one line naming the input and who reads it; nothing is published', async () => {
    const run = await merge({ platform: 'linux/amd64' });
    expect(run.code).not.toBe(0);
    expect(errorLines(run)).toEqual([
      '::error::input "platform" is not read by merge (did you mean "platforms"? it is read by push, pull, attach). Nothing was done: remove it from this step',
    ]);
    expect(releaseTags()).toEqual([]);
  });

  test('an input no command knows (dryrun) fails the step; cleanup: yes fails the step', async () => {
    const typo = await merge({ dryrun: 'true' });
    expect(errorLines(typo)).toEqual([
      '::error::unknown input "dryrun" for merge (did you mean "dry-run"?). Nothing was done: remove it from this step',
    ]);
    const yes = await merge({ cleanup: 'yes' });
    expect(errorLines(yes)).toEqual(['::error::input "cleanup" must be true or false, got "yes"']);
    expect(releaseTags()).toEqual([]);
  });

  test("action.yml's defaults do not count: a pull step with every default set runs (output ., cleanup false …)", async () => {
    const out = mkdtempSync(join(tmpdir(), 'oma-strict-pull-'));
    const merged = await merge({ platforms: platforms.join(',') });
    expect(errorLines(merged)).toEqual([]);
    // runAction sets every action.yml default as INPUT_*, as GitHub does: on-conflict, cleanup, dry-run…
    const run = await runAction({
      command: 'pull',
      reference: `${repo()}:4.0.0`,
      platform: 'linux/arm64',
      output: out,
    });
    expect(errorLines(run)).toEqual([]);
    expect(readFileSync(join(out, 'tool-linux-arm64'), 'utf8')).toBe('binary for linux/arm64\n');
    // …and a value the user writes that equals its default is not a mistake either.
    const explicit = await runAction({
      command: 'pull',
      reference: `${repo()}:4.0.0`,
      platform: 'linux/amd64',
      output: out,
      'dry-run': 'false',
    });
    expect(errorLines(explicit)).toEqual([]);
    expect(readFileSync(join(out, 'tool-linux-amd64'), 'utf8')).toBe('binary for linux/amd64\n');
  });
});

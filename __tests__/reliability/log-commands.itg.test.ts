/**
 * The log cannot be made to run workflow commands. Layer titles, tag names listed by a registry and registry
 * error texts are chosen by others; the bundled action (stdout) and the bundled CLI (stderr, and its JSON on
 * stdout) print them. Whatever they hold (`::add-mask::` after U+0085, U+2028 or U+00A0, a `\r` that starts a
 * new line for the runner, `##[stop-commands]` mid-line), the runner's own parsing rules
 * (harness/runner-commands.ts) find no command in our output but the ones we emit ourselves.
 */
import { beforeAll, describe, expect, test } from '@jest/globals';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openTarget } from '../../src/core/stores/open-target.js';
import { neutraliseCommands } from '../../src/commands/io.js';
import { runAction, runCliProcess } from '../e2e/run-action.js';
import { registryPaths } from '../harness/fault-proxy.js';
import { useRegistry } from '../harness/fixtures.js';
import { runnerCommandsIn } from '../harness/runner-commands.js';
import { pushRawIndex } from '../pull/publish-raw.js';

/** Commands our own code prints through @actions/core (setFailed, warning, debug, group). */
const ours = new Set(['error', 'warning', 'debug', 'group', 'endgroup']);

/** Text that would be a command for the runner if printed as it is. */
const hostile = [
  '\u0085::add-mask::leak-nel',
  '\u2028::stop-commands::tok-ls',
  '\u00a0::add-mask::leak-nbsp',
  'cr\r::add-mask::leak-cr',
  'lf\n  ::set-env name=NODE_OPTIONS::--require=/tmp/x',
  'mid ##[add-mask]leak-legacy',
  'mid ##[error]spoofed annotation',
];

const expectNoForeignCommands = (output: string): void => {
  // Ours are printed by @actions/core at the very start of a line, their data escaped (%0A, %0D).
  const found = runnerCommandsIn(output).filter((c) => !ours.has(c.command) || !c.line.startsWith(`::${c.command}`));
  expect(found).toEqual([]);
};

const { registry, proxy } = useRegistry({ proxy: true });
let work: string;
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'oma-log-commands-'));
}, 60_000);

describe('neutraliseCommands against the runner rules', () => {
  test.each(hostile)('%j is no command once neutralised', (text) => {
    expect(runnerCommandsIn(text).length).toBeGreaterThan(0);
    expect(runnerCommandsIn(neutraliseCommands(text))).toEqual([]);
  });
});

describe('through the bundle', () => {
  let store: string;
  beforeAll(async () => {
    store = `oci-layout:${join(work, 'store')}`;
    await pushRawIndex(openTarget(store), 'v1', [
      {
        platform: { os: 'linux', architecture: 'amd64' },
        layers: hostile.map((title, i) => ({ title: `${title}-${i}`, bytes: Buffer.from(`${i}\n`) })),
      },
    ]);
  });

  test('layer titles in the action log (stdout) run no command', async () => {
    const run = await runAction({
      command: 'pull',
      reference: `${store}:v1`,
      platform: 'linux/amd64',
      output: join(work, 'action-out'),
    });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('leak-legacy');
    expectNoForeignCommands(run.stdout);
  });

  test('layer titles in the CLI log (stderr) and its JSON outputs (stdout) run no command', async () => {
    const run = await runCliProcess([
      'pull',
      '--reference',
      `${store}:v1`,
      '--platform',
      'linux/amd64',
      '--output',
      join(work, 'cli-out'),
    ]);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('leak-legacy');
    expectNoForeignCommands(run.stderr);
    expectNoForeignCommands(run.stdout);
    // The JSON still says exactly what was written.
    const files = (JSON.parse(run.stdout) as { files: string }).files;
    expect(files).toBe(hostile.map((t, i) => `${t}-${i}`).join('\n'));
  });

  test('a registry error text runs no command, in the action and in the CLI', async () => {
    const body = JSON.stringify({
      errors: [{ code: 'DENIED', message: hostile.join(' / ') }],
    });
    await pushRawIndex(openTarget(`${registry.host}/evil/app`), 'v1', [
      { platform: { os: 'linux', architecture: 'amd64' }, layers: [{ title: 'f', bytes: Buffer.from('f') }] },
    ]);
    const rule = proxy.addRule({
      method: 'GET',
      path: registryPaths.manifest,
      fault: { kind: 'status', status: 403, body },
    });
    const reference = `${proxy.host}/evil/app:v1`;
    const action = await runAction({ command: 'pull', reference, platform: 'linux/amd64', output: join(work, 'x') });
    const cli = await runCliProcess(['pull', '--reference', reference, '--platform', 'linux/amd64', '--output', work]);
    rule.remove();
    expect(action.code).not.toBe(0);
    expect(cli.code).not.toBe(0);
    expect(`${action.stdout}${cli.stderr}`).toContain('DENIED');
    expectNoForeignCommands(action.stdout);
    expectNoForeignCommands(action.stderr);
    expectNoForeignCommands(cli.stderr);
  });

  test('tag names listed by the registry (merge logs them before it checks them) run no command', async () => {
    const tags = ['st-linux-amd64', ...hostile.map((h) => `st-${h}`)];
    const rule = proxy.addRule({
      method: 'GET',
      path: registryPaths.tagsList,
      fault: { kind: 'status', status: 200, body: JSON.stringify({ name: 'evil/app', tags }) },
    });
    const inputs = { command: 'merge', repository: `${proxy.host}/evil/app`, 'staging-prefix': 'st', tags: '1.0' };
    const action = await runAction(inputs);
    const cli = await runCliProcess([
      'merge',
      ...Object.entries(inputs)
        .slice(1)
        .flatMap(([k, v]) => [`--${k}`, v]),
    ]);
    rule.remove();
    expect(rule.fired()).toBeGreaterThan(0);
    expect(`${action.stdout}${cli.stderr}`).toContain('leak-legacy');
    expectNoForeignCommands(action.stdout);
    expectNoForeignCommands(action.stderr);
    expectNoForeignCommands(cli.stderr);
    expectNoForeignCommands(cli.stdout);
  });
});

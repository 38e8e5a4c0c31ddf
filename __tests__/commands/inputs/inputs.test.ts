/** The one table of inputs: it matches action.yml, each command reads only what it declares, mistakes are named. */
import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { givenInputs } from '../../../src/action/run.js';
import { parseArgv } from '../../../src/cli/argv.js';
import {
  actionDefaults,
  allInputs,
  checkGivenInputs,
  closest,
  declaredReader,
  readersOf,
} from '../../../src/commands/inputs/inputs.js';
import { readMergeRequest } from '../../../src/commands/inputs/merge.js';
import { readPullRequest } from '../../../src/commands/inputs/pull.js';
import { readPushRequest } from '../../../src/commands/inputs/push.js';
import { readerFromMap } from '../../../src/commands/inputs/reader.js';

const actionYml = parseYaml(readFileSync(join(import.meta.dirname, '..', '..', '..', 'action.yml'), 'utf8')) as {
  inputs: Record<string, { default?: string }>;
};

test('action.yml declares exactly the inputs of the table, with the same defaults', () => {
  expect(Object.keys(actionYml.inputs).sort()).toEqual(['command', ...allInputs()].sort());
  const defaults = Object.fromEntries(
    Object.entries(actionYml.inputs).flatMap(([k, v]) => (v.default === undefined ? [] : [[k, v.default]])),
  );
  expect(defaults).toEqual(actionDefaults);
});

describe('each command reads only the inputs it declares', () => {
  const everything = (values: Record<string, string>) => readerFromMap(values);
  test('push', () => {
    const get = declaredReader('push', everything({ repository: 'ghcr.io/o/r', platform: 'linux/amd64', files: 'x' }));
    expect(readPushRequest(get, { inActions: true, runId: '1' }).stagingTag).toBe('staging-1-linux-amd64');
  });
  test('merge', () => {
    const get = declaredReader('merge', everything({ repository: 'ghcr.io/o/r', tags: '1' }));
    expect(readMergeRequest(get, { inActions: true, runId: '1', github: {} }).stagingPrefix).toBe('staging-1');
  });
  test('pull', () => {
    const get = declaredReader('pull', everything({ reference: 'ghcr.io/o/r:1' }));
    expect(readPullRequest(get).output).toBe('.');
  });
  test('an undeclared read is caught', () => {
    expect(() => declaredReader('pull', everything({}))('tags')).toThrow(/pull reads input "tags" it does not declare/);
  });
});

describe('mistakes are named with the closest right name', () => {
  test.each([
    ['dryrun', ['dry-run', 'cleanup'], 'dry-run'],
    ['platfrom', ['platform', 'platforms'], 'platform'],
    ['platform', ['platforms', 'tags'], 'platforms'],
    ['annotation', ['annotations'], 'annotations'],
    ['zzz', ['tags', 'base'], undefined],
  ])('%s → %s', (name, candidates, expected) => {
    expect(closest(name, candidates)).toBe(expected);
  });

  test('readers of an input', () => {
    expect(readersOf('platform')).toEqual(['push', 'pull', 'attach']);
    expect(readersOf('concurrency')).toEqual(['push', 'merge', 'pull', 'attach', 'discover']);
  });

  test('every problem in one line', () => {
    expect(() => checkGivenInputs('pull', ['tags', 'outptu', 'reference'], 'input')).toThrow(
      'input "tags" is not read by pull (it is read by merge); unknown input "outptu" for pull (did you mean "output"?). Nothing was done: remove it from this step',
    );
  });

  test('the action counts only what the step gave: empty values and action.yml defaults are not given', () => {
    expect(
      givenInputs({
        INPUT_COMMAND: 'merge',
        'INPUT_DRY-RUN': 'false',
        'INPUT_ON-CONFLICT': 'error',
        INPUT_OUTPUT: '.',
        INPUT_CACHE: 'true',
        INPUT_PLATFORM: '',
        INPUT_CLEANUP: 'true',
        INPUT_FILES: 'a.txt',
        OTHER: 'x',
      }),
    ).toEqual(['cleanup', 'files']);
  });
});

describe('CLI flags are strict per command', () => {
  test.each([
    [['merge', '--dryrun', 'true', '--tags', '3.0.0'], /unknown flag --dryrun for merge \(did you mean --dry-run\?\)/],
    [['merge', '--platform', 'linux/amd64'], /--platform is not read by merge \(did you mean --platforms\?/],
    [['pull', '--tags', '1'], /flag --tags is not read by pull \(it is read by merge\)/],
    [['psuh'], /unknown command "psuh" \(did you mean push\?\)/],
    [['push', '--repository'], /flag --repository needs a value/],
    [['merge', '--tags', '--dry-run'], /flag --tags needs a value/],
    [['push', 'extra'], /unexpected argument "extra"/],
  ])('%j is refused', async (args, message) => {
    await expect(parseArgv(args)).rejects.toThrow(message);
  });

  test('booleans: bare, =value, or a following value; --help and --version', async () => {
    expect((await parseArgv(['merge', '--dry-run', '--cleanup', 'false', '--cache=false'])).values).toEqual({
      'dry-run': 'true',
      cleanup: 'false',
      cache: 'false',
    });
    expect(await parseArgv(['push', '--help'])).toMatchObject({ command: 'push', help: true });
    expect(await parseArgv(['--version'])).toMatchObject({ command: undefined, version: true });
  });
});

/**
 * Every input rule, as users meet it: each bad input is run through the bundle as the CLI (`node dist/cli.js
 * COMMAND --name=value …`) and as the action (`node dist/index.js` with INPUT_*), and must fail with the same
 * one line (the CLI's `oci-multiarch: error: …`, the action's `::error::…`), write nothing, and exit as the CLI
 * does for it today. The messages are pinned exactly: each rule is checked in one place (src/commands/inputs/inputs.ts
 * maps which), so a message can only change here, on purpose.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { errorLines, runAction, runCliProcess } from './run-action.js';

let work = '';
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'oma-rules-'));
});
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

const store = () => `oci-layout:${work}/store`;
const S = { 'staging-prefix': 'st' };
const pushing = () => ({ repository: store(), platform: 'linux/amd64', files: 'a', ...S });
const merging = () => ({ repository: store(), tags: '1.0', ...S });
const released = () => `oci-layout:${work}/store:1`;
const hint = 'a tag is 1-128 characters of letters, digits, _ . - and does not start with . or -';
const badPlatform = (name: string) =>
  `input "${name}": invalid platform "linux": expected os/arch[/variant][:os.version], e.g. linux/arm64, linux/arm/v7 or darwin/arm64:macOS 14`;

/** [what, command, inputs, the one line both front ends print, the CLI's exit status] */
type Case = [string, string, () => Record<string, string>, () => string, number];

const cases: Case[] = [
  // Shared inputs (src/commands/inputs/common.ts, reader.ts)
  [
    'username without password',
    'push',
    () => ({ ...pushing(), username: 'u' }),
    () => 'inputs "username" and "password" go together: give both or neither',
    1,
  ],
  [
    'concurrency 0',
    'push',
    () => ({ ...pushing(), concurrency: '0' }),
    () => 'input "concurrency" must be a whole number from 1 to 32, got "0"',
    1,
  ],
  [
    'concurrency not a number',
    'pull',
    () => ({ reference: released(), concurrency: 'many' }),
    () => 'input "concurrency" must be a whole number from 1 to 32, got "many"',
    1,
  ],
  [
    'timeout not a duration',
    'merge',
    () => ({ ...merging(), timeout: 'forever' }),
    () => 'input "timeout": "forever" is not a duration from 1 ms to 24 h: give seconds (90) or 90s, 30m, 2h',
    1,
  ],
  [
    'cache yes',
    'push',
    () => ({ ...pushing(), cache: 'yes' }),
    () => 'input "cache" must be true or false, got "yes"',
    1,
  ],
  [
    'repository missing',
    'push',
    () => ({ platform: 'linux/amd64', files: 'a', ...S }),
    () => 'input "repository" is required: a registry repository (ghcr.io/OWNER/NAME) or oci-layout:PATH',
    1,
  ],
  [
    'repository with a tag',
    'merge',
    () => ({ ...merging(), repository: 'ghcr.io/o/r:1' }),
    () => 'input "repository" must name a repository without tag or digest, got "ghcr.io/o/r:1"',
    1,
  ],
  [
    'repository without a registry host',
    'push',
    () => ({ ...pushing(), repository: 'o/r' }),
    () => 'input "repository": invalid reference "o/r": the registry host is required (did you mean "docker.io/o/r"?)',
    1,
  ],
  // push (src/commands/inputs/push.ts)
  [
    'push: platform missing with files',
    'push',
    () => ({ repository: store(), files: 'a', ...S }),
    () => 'input "platform" is required: os/arch[/variant][:os.version], e.g. linux/arm64 or darwin/arm64:macOS 14',
    1,
  ],
  ['push: platform invalid', 'push', () => ({ ...pushing(), platform: 'linux' }), () => badPlatform('platform'), 1],
  [
    'push: platform and os-version disagree',
    'push',
    () => ({ ...pushing(), platform: 'darwin/arm64:macOS 14', 'os-version': 'macOS 15' }),
    () => 'inputs "platform" (os.version "macOS 14") and "os-version" ("macOS 15") disagree: give the version once',
    1,
  ],
  [
    'push: files and source',
    'push',
    () => ({ ...pushing(), source: 'ghcr.io/o/r:1' }),
    () => 'inputs "files" and "source" exclude each other: give one of them',
    1,
  ],
  [
    'push: neither files nor source',
    'push',
    () => ({ repository: store(), platform: 'linux/amd64', ...S }),
    () => 'input "files" lists no file: give at least one PATH (or a "source" reference instead)',
    1,
  ],
  [
    'push: no staging prefix outside Actions',
    'push',
    () => ({ repository: store(), platform: 'linux/amd64', files: 'a' }),
    () => 'input "staging-prefix" is required outside GitHub Actions (e.g. --staging-prefix staging-1)',
    1,
  ],
  [
    'push: staging prefix too long',
    'push',
    () => ({ ...pushing(), 'staging-prefix': 'x'.repeat(120) }),
    () =>
      `staging tag "${'x'.repeat(120)}-linux-amd64" is longer than 128 characters: use a shorter staging-prefix or set staging-tag`,
    1,
  ],
  [
    'push: staging-tag invalid',
    'push',
    () => ({ ...pushing(), 'staging-tag': '-bad' }),
    () => `invalid input "staging-tag" "-bad": ${hint}`,
    1,
  ],
  [
    'push: artifact-type not a media type',
    'push',
    () => ({ ...pushing(), 'artifact-type': 'nope' }),
    () => 'input "artifact-type" must be a media type like application/vnd.example.tool.v1, got "nope"',
    1,
  ],
  [
    'push: annotation without =',
    'push',
    () => ({ ...pushing(), annotations: 'novalue' }),
    () => 'annotations, line 1: expected key=value, got "novalue"',
    1,
  ],
  [
    'push: source without tag or digest',
    'push',
    () => ({ repository: store(), source: `oci-layout:${work}/src`, ...S }),
    () => `input "source" oci-layout:${work}/src needs a tag or a digest (e.g. :1.2.3 or @sha256:…)`,
    1,
  ],
  [
    'push: a glob that matches nothing',
    'push',
    () => ({ ...pushing(), files: `${work}/*.zip` }),
    () => `input "files": the pattern "${work}/*.zip" matches no file (relative patterns start from ${process.cwd()})`,
    1,
  ],
  // merge (src/commands/inputs/merge.ts)
  [
    'merge: tags missing',
    'merge',
    () => ({ repository: store(), ...S }),
    () => 'input "tags" is required: release tags such as 1.2.3 and latest',
    1,
  ],
  [
    'merge: neither sources nor staging prefix',
    'merge',
    () => ({ repository: store(), tags: '1.0' }),
    () => 'give "sources", or "staging-prefix" to discover staging tags (required outside GitHub Actions)',
    1,
  ],
  [
    'merge: on-conflict unknown',
    'merge',
    () => ({ ...merging(), 'on-conflict': 'merge' }),
    () => 'input "on-conflict" must be error or replace, got "merge"',
    1,
  ],
  [
    'merge: artifact-type not a media type',
    'merge',
    () => ({ ...merging(), 'artifact-type': 'nope' }),
    () => 'input "artifact-type" must be a media type like application/vnd.example.tool.v1, got "nope"',
    1,
  ],
  [
    'merge: platforms invalid',
    'merge',
    () => ({ ...merging(), platforms: 'linux' }),
    () => badPlatform('platforms'),
    1,
  ],
  [
    'merge: a tag with a digest',
    'merge',
    () => ({ ...merging(), tags: `ghcr.io/o/r@sha256:${'a'.repeat(64)}` }),
    () =>
      `input "tags": "ghcr.io/o/r@sha256:${'a'.repeat(64)}" must be a bare tag or a reference with a tag and no digest`,
    1,
  ],
  [
    'merge: a bare tag that is no tag',
    'merge',
    () => ({ ...merging(), tags: '-bad' }),
    () => `invalid release tag in input "tags" "-bad": ${hint}`,
    1,
  ],
  [
    'merge: a tag without registry host',
    'merge',
    () => ({ ...merging(), tags: 'app:1.2.3' }),
    () =>
      'input "tags": invalid reference "app:1.2.3": the registry host is required (did you mean "docker.io/library/app:1.2.3"?)',
    1,
  ],
  [
    'merge: dry-run maybe',
    'merge',
    () => ({ ...merging(), 'dry-run': 'maybe' }),
    () => 'input "dry-run" must be true or false, got "maybe"',
    1,
  ],
  [
    'merge: cleanup yes',
    'merge',
    () => ({ ...merging(), cleanup: 'yes' }),
    () => 'input "cleanup" must be true or false, got "yes"',
    1,
  ],
  [
    'merge: index annotation without =',
    'merge',
    () => ({ ...merging(), annotations: 'index:novalue' }),
    () => 'annotations, line 1: expected key=value, got "novalue"',
    1,
  ],
  [
    'merge: a source without registry host',
    'merge',
    () => ({ repository: store(), tags: '1.0', sources: 'o/r:1' }),
    () => 'input "sources": invalid reference "o/r:1": the registry host is required (did you mean "docker.io/o/r:1"?)',
    1,
  ],
  [
    'merge: a descriptor-annotations pattern that is no key',
    'merge',
    () => ({ ...merging(), 'descriptor-annotations': 'a b' }),
    () => 'invalid annotation key pattern "a b": an annotation key, optionally with * wildcards (e.g. sh.brew.*)',
    1,
  ],
  [
    'merge: a source without tag or digest',
    'merge',
    () => ({ repository: store(), tags: '1.0', sources: `oci-layout:${work}/src` }),
    () => `input "sources" oci-layout:${work}/src needs a tag or a digest (e.g. :1.2.3 or @sha256:…)`,
    1,
  ],
  [
    'merge: a base without tag or digest',
    'merge',
    () => ({ ...merging(), base: `oci-layout:${work}/base` }),
    () => `input "base" oci-layout:${work}/base needs a tag or a digest (e.g. :1.2.3 or @sha256:…)`,
    1,
  ],
  // pull (src/commands/inputs/pull.ts)
  [
    'pull: reference missing',
    'pull',
    () => ({}),
    () => 'input "reference" is required: the published index, e.g. ghcr.io/OWNER/NAME:1.2.3',
    1,
  ],
  [
    'pull: reference without registry host',
    'pull',
    () => ({ reference: 'o/r:1' }),
    () =>
      'input "reference": invalid reference "o/r:1": the registry host is required (did you mean "docker.io/o/r:1"?)',
    1,
  ],
  [
    'pull: reference without tag or digest',
    'pull',
    () => ({ reference: store() }),
    () => `input "reference" ${store()} needs a tag or a digest (e.g. :1.2.3 or @sha256:…)`,
    1,
  ],
  [
    'pull: platform invalid',
    'pull',
    () => ({ reference: released(), platform: 'linux' }),
    () => badPlatform('platform'),
    1,
  ],
  // attach (src/commands/inputs/attach.ts)
  [
    'attach: reference missing',
    'attach',
    () => ({ 'artifact-type': 'application/x-a', files: 'a' }),
    () => 'input "reference" is required for attach: the release, e.g. ghcr.io/OWNER/NAME:1.2.3 or …@sha256:…',
    1,
  ],
  [
    'attach: reference without tag or digest',
    'attach',
    () => ({ reference: store(), 'artifact-type': 'application/x-a', files: 'a' }),
    () => `input "reference" ${store()} needs a tag or a digest (e.g. :1.2.3 or @sha256:…)`,
    1,
  ],
  [
    'attach: artifact-type missing',
    'attach',
    () => ({ reference: released(), files: 'a' }),
    () =>
      'input "artifact-type" is required for attach: the media type of what is attached, e.g. application/spdx+json',
    1,
  ],
  [
    'attach: artifact-type not a media type',
    'attach',
    () => ({ reference: released(), 'artifact-type': 'nope', files: 'a' }),
    () => 'input "artifact-type" must be a media type like application/vnd.example.tool.v1, got "nope"',
    1,
  ],
  [
    'attach: files missing',
    'attach',
    () => ({ reference: released(), 'artifact-type': 'application/x-a' }),
    () => 'input "files" lists no file: give at least one PATH[:MEDIATYPE] to attach',
    1,
  ],
  [
    'attach: platform invalid',
    'attach',
    () => ({ reference: released(), 'artifact-type': 'application/x-a', files: 'a', platform: 'linux' }),
    () => badPlatform('platform'),
    1,
  ],
  // discover (src/commands/inputs/discover.ts)
  [
    'discover: reference missing',
    'discover',
    () => ({}),
    () => 'input "reference" is required for discover: the release, e.g. ghcr.io/OWNER/NAME:1.2.3 or …@sha256:…',
    1,
  ],
  [
    'discover: reference without tag or digest',
    'discover',
    () => ({ reference: store() }),
    () => `input "reference" ${store()} needs a tag or a digest (e.g. :1.2.3 or @sha256:…)`,
    1,
  ],
];

describe.each(cases)('%s', (_what, command, inputs, message, cliCode) => {
  test('the CLI prints the one line and exits; nothing is written', async () => {
    const args = Object.entries(inputs()).map(([name, value]) => `--${name}=${value}`);
    const run = await runCliProcess([command, ...args]);
    expect({ code: run.code, stderr: run.stderr, stdout: run.stdout }).toEqual({
      code: cliCode,
      stderr: `oci-multiarch: error: ${message()}\n`,
      stdout: '',
    });
    expect(existsSync(join(work, 'store'))).toBe(false);
  });

  test('the action fails the step with the same line; nothing is written', async () => {
    const run = await runAction({ command, ...inputs() });
    expect(run.code).not.toBe(0);
    expect(errorLines(run)).toEqual([`::error::${message()}`]);
    expect(run.outputs).toEqual({});
    expect(readdirSync(work).filter((f) => f === 'store')).toEqual([]);
  });
});

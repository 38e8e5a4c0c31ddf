/**
 * Every input the action and the CLI accept, declared once: which commands read it (with a line of help for
 * each), whether it is a boolean, and its action.yml default. Strictness comes from this table: the CLI's flags
 * for a command, the action's check that a step gives no input its command ignores, per-command help, and the
 * guard that a command's reader asks only for what it declared. Adding a command or an input is one entry here.
 *
 * Where each input rule is checked: once, in src/commands/inputs, with one message (pinned, through the bundle, by
 * __tests__/e2e/input-rules.e2e.itg.test.ts). The use cases in src/core take typed requests that cannot hold
 * what these rules refuse (a push without platform or staging name, a reference without tag or digest).
 *
 * | rule                                                             | module (function)                          |
 * |------------------------------------------------------------------|--------------------------------------------|
 * | command is known; an input is read by the command (flag, --config key, action input) | inputs.ts (assertCommand, checkGivenInputs) |
 * | booleans are true/false (cleanup, dry-run, cache)                | reader.ts (readBoolean)                    |
 * | concurrency 1-32; username and password together                 | common.ts (readCommon, via readInteger)    |
 * | timeout is a duration (read once, by commands/run-command.ts)         | common.ts (readTimeout)                    |
 * | repository: required, no tag or digest                           | common.ts (readRepository)                 |
 * | reference syntax (format: core/oci/reference.ts)                     | common.ts (parseInput)                     |
 * | names content: pull/attach/discover reference, push source, merge sources/base | common.ts (parseVersioned, readReleaseReference) |
 * | platform syntax (format: core/oci/platform.ts)                   | common.ts (parsePlatformInput, readPlatforms) |
 * | artifact-type is a media type (core/oci/media-types.ts)          | common.ts (readArtifactType)               |
 * | staging-prefix defaults to staging-<run id> in Actions           | common.ts (stagingPrefixOf)                |
 * | annotations are key=value lines, levels (format: core/oci/annotations.ts) | push.ts, merge.ts, attach.ts    |
 * | files: PATH[:MEDIATYPE] (core/artifact/pack-files.ts parseFileSpec); globs match | files.ts (expandFileSpecs) |
 * | push: platform required with files, os-version agrees, files xor source, files not empty, staging-prefix required outside Actions, staging tag ≤ 128 (core/artifact/staging.ts), staging-tag is a tag | push.ts |
 * | merge: tags required, bare tag or reference with tag and no digest (Docker Hub short form), sources or staging-prefix, on-conflict, descriptor-annotations patterns, SOURCE_DATE_EPOCH | merge.ts |
 * | pull: reference required; output defaults to .                   | pull.ts                                    |
 * | attach: reference required, artifact-type required, files not empty | attach.ts (discover: reference, common.ts) |
 */
import { OciError, oneLine, quote } from '../../core/errors.js';
import type { InputReader } from './reader.js';

export interface CommandSpec {
  /** One line for the command list. */
  summary: string;
  /** The inputs this command reads (besides the shared ones), each with its help for this command. */
  inputs: Readonly<Record<string, string>>;
}

export const commandSpecs = {
  push: {
    summary: "one platform's artifact (files, or an existing image) to a staging tag",
    inputs: {
      repository: 'where staging tags live (registry repository or oci-layout:PATH)',
      platform:
        'os/arch[/variant][:os.version], e.g. linux/arm64 or darwin/arm64:macOS 14 (required with files; with source, read from its config when omitted)',
      'os-version': 'the platform os.version (e.g. macOS 14), if not given in platform',
      'os-features': 'the platform os.features (comma or newline list)',
      files: 'newline list of PATH[:MEDIATYPE]; globs (dist/*.tar.gz) expand; a directory becomes one tar+gzip layer',
      source: 'instead of files: an existing manifest or index to stage (any registry or oci-layout:)',
      'artifact-type': "the manifest's artifactType",
      annotations: 'manifest annotations, key=value lines',
      'staging-prefix': 'prefix of the staging tag (default staging-<GITHUB_RUN_ID> in Actions; required in the CLI)',
      'staging-tag': 'override the computed staging tag <staging-prefix>-<platform slug>',
    },
  },
  merge: {
    summary: 'staging tags (or sources) into one OCI image index under release tags',
    inputs: {
      repository: 'where staging tags are read and bare release tags go',
      'staging-prefix': 'discover staging tags starting with <prefix>- (default staging-<GITHUB_RUN_ID> in Actions)',
      sources: 'instead of discovery: newline list of references to merge',
      platforms: 'expected platforms, os/arch[/variant][:os.version] (comma or newline list): the completeness gate',
      tags: 'release tags, comma or newline list (bare, or full references elsewhere; user/app:1.2.3 is docker.io)',
      annotations: 'index annotations, key=value lines (index:/manifest: prefixes understood)',
      'descriptor-annotations': 'annotation keys or globs lifted from each child manifest into its index descriptor',
      'artifact-type': "the index's artifactType",
      base: 'an existing index to extend',
      'on-conflict': 'two sources with the same platform: error (default) or replace',
      cleanup: 'after success, delete the staging indexes (true or false)',
      'dry-run': 'compose, validate and print the index and the plan; push nothing (true or false)',
    },
  },
  pull: {
    summary: "download one platform's files from a published index",
    inputs: {
      reference: 'the published index or manifest',
      platform: 'os/arch[/variant][:os.version] to fetch (default: this machine, newest os.version not newer)',
      output: 'directory to write the files into (default .)',
    },
  },
  attach: {
    summary: 'push evidence (signature, SBOM, report files) as a referrer of a release or of one platform',
    inputs: {
      reference: 'the release (tag or digest) to attach to',
      platform: "attach to this platform's manifest, os/arch[/variant][:os.version] (default: to the index)",
      files: 'newline list of PATH[:MEDIATYPE] to attach; globs expand; a directory becomes one tar+gzip layer',
      'artifact-type': 'required: the media type of what is attached, e.g. application/spdx+json',
      annotations: "the referrer manifest's annotations, key=value lines",
    },
  },
  discover: {
    summary: 'list the referrers of a release and of each of its platforms',
    inputs: {
      reference: 'the release (tag or digest) whose referrers to list',
    },
  },
} as const satisfies Record<string, CommandSpec>;

export type CommandName = keyof typeof commandSpecs;
export const commandNames = Object.keys(commandSpecs) as CommandName[];

/** Inputs every command reads. */
export const sharedInputs: Readonly<Record<string, string>> = {
  username: 'username for the registry (other registries use the Docker config)',
  password: 'password or token for username',
  'github-token': 'token for ghcr.io when no other credentials are given, and for cleanup on ghcr.io',
  'plain-http': 'hosts (host[:port], comma or newline list) to reach over plain HTTP; loopback always is',
  concurrency: 'transfers in flight per registry, for the whole command (1 to 32, default 4)',
  cache: 'keep a blob cache (true or false, default true)',
  'cache-dir': 'the blob cache directory (the CLI caches only when it is given)',
  timeout: 'overall deadline for the command: seconds (90) or 90s, 30m, 2h (default 30m)',
};

/** Inputs that are booleans (the CLI accepts them as bare flags). */
export const booleanInputs: ReadonlySet<string> = new Set(['cleanup', 'dry-run', 'cache']);

/**
 * action.yml's defaults. GitHub sets them as INPUT_* like any value the user wrote, so a value equal to its
 * default is not counted as given (a test keeps this table equal to action.yml).
 */
export const actionDefaults: Readonly<Record<string, string>> = {
  'on-conflict': 'error',
  cleanup: 'false',
  'dry-run': 'false',
  output: '.',
  'github-token': '${{ github.token }}',
  concurrency: '4',
  cache: 'true',
  timeout: '30m',
};

export const isCommand = (name: string): name is CommandName => Object.hasOwn(commandSpecs, name);

/** The inputs `command` reads, shared ones included. */
export function inputsOf(command: CommandName): string[] {
  return [...Object.keys(commandSpecs[command].inputs), ...Object.keys(sharedInputs)];
}

/** Every input name any command reads. */
export function allInputs(): string[] {
  return [...new Set(commandNames.flatMap(inputsOf))];
}

/** The commands that read `input`. */
export function readersOf(input: string): CommandName[] {
  return commandNames.filter((c) => inputsOf(c).includes(input));
}

/** A refusal of the command line or the step's inputs: the CLI exits 2 for it. */
export class UsageError extends OciError {
  constructor(message: string) {
    super('INVALID_INPUT', message);
    this.name = 'UsageError';
  }
}

/** Refuses an unknown command, suggesting the closest. */
export function assertCommand(name: string): CommandName {
  if (isCommand(name)) return name;
  if (name === '') throw new UsageError(`input "command" is required: one of ${commandNames.join(', ')}`);
  const near = closest(name, commandNames);
  throw new UsageError(
    `unknown command ${quote(name)}${near ? ` (did you mean ${near}?)` : ''}: use one of ${commandNames.join(', ')}`,
  );
}

/**
 * Refuses, in one line, every given input that `command` does not read. `given` holds only what the user gave
 * (empty values and action.yml defaults already left out); `style` spells names as flags or as inputs.
 */
export function checkGivenInputs(command: CommandName, given: Iterable<string>, style: 'flag' | 'input'): void {
  const reads = inputsOf(command);
  const known = allInputs();
  const spell = (n: string) => (style === 'flag' ? `--${oneLine(n, 80)}` : quote(n));
  const problems: string[] = [];
  for (const name of given) {
    if (reads.includes(name)) continue;
    const near = closest(name, reads);
    const hint = near ? `did you mean ${spell(near)}?` : '';
    if (known.includes(name)) {
      const by = `it is read by ${readersOf(name).join(', ')}`;
      problems.push(`${style} ${spell(name)} is not read by ${command} (${[hint, by].filter(Boolean).join(' ')})`);
    } else {
      problems.push(`unknown ${style} ${spell(name)} for ${command}${hint ? ` (${hint})` : ''}`);
    }
  }
  if (problems.length === 0) return;
  const fix = style === 'flag' ? `see oci-multiarch ${command} --help` : 'remove it from this step';
  throw new UsageError(`${problems.join('; ')}. Nothing was done: ${fix}`);
}

/** A reader that lets `command` ask only for what it declared: an undeclared read is a bug, caught by tests. */
export function declaredReader(command: CommandName, get: InputReader): InputReader {
  const reads = new Set(inputsOf(command));
  return (name) => {
    if (!reads.has(name)) throw new Error(`internal: ${command} reads input "${name}" it does not declare`);
    return get(name);
  };
}

/** The candidate nearest to `name` (edit distance at most a third of its length, or a prefix/suffix match). */
export function closest(name: string, candidates: readonly string[]): string | undefined {
  let best: { c: string; d: number } | undefined;
  for (const c of candidates) {
    const d = c.startsWith(name) || name.startsWith(c) ? Math.abs(c.length - name.length) : distance(name, c);
    if (!best || d < best.d) best = { c, d };
  }
  return best && best.d <= Math.max(2, Math.floor(name.length / 3)) ? best.c : undefined;
}

function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
    }
    prev = row;
  }
  return prev[b.length] ?? 0;
}

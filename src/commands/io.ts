/** What a front end (the action or the CLI) gives a command to talk to the world. */
import type { CredentialProvider } from '../core/stores/registry/auth/credentials.js';
import type { Logger } from '../core/logger.js';
import type { CacheArchive } from '../core/content/cache/cache-session.js';
import type { RetryPolicy } from '../core/stores/registry/http.js';
import type { ProxySettings } from '../core/stores/registry/proxy.js';
import type { Globber } from './inputs/files.js';

export interface CommandIO {
  logger: Logger;
  setOutput(name: string, value: string): void;
  /** Markdown for the job summary (ignored by the CLI). */
  writeSummary(markdown: string): Promise<void>;
  /** Registers a secret so it is masked in every log. */
  setSecret(secret: string): void;
  /** Credentials found outside the inputs: the Docker config (docker/login-action writes it). */
  ambientCredentials: CredentialProvider;
  /** GitHub context facts used for defaults (source, revision). */
  github: { serverUrl?: string; apiUrl?: string; repository?: string; sha?: string; actor?: string };
  tempRoot: string;
  /** The action's blob cache: a directory used when `cache-dir` is not given, and the archive that saves it. */
  cache?: { defaultDir: string; archive?: CacheArchive };
  /** How registry requests and uploads are tried again; the defaults when absent (tests pass a short sleep). */
  retry?: Partial<RetryPolicy>;
  /** Aborted when the command's deadline (input `timeout`) passes: every registry request is stopped. */
  signal?: AbortSignal;
  /** Expands the globs of `files` (@actions/glob). */
  glob: Globber;
  /** Forward proxies for registry requests, from the environment (proxy-env.ts); none when absent. */
  proxies?: ProxySettings | undefined;
}

/**
 * What the runner's command parser strips before it looks for `::` (.NET's String.TrimStart(): char.IsWhiteSpace,
 * i.e. Unicode spaces, U+0085, U+2028/U+2029 and the ASCII controls \t..\r), plus U+180E and U+FEFF, which older
 * runtimes counted as spaces. JavaScript's \s has all of them but U+0085 and U+180E.
 */
const runnerSpace = '[\\s\\u0085\\u180e]';
/** A line the runner would take for a `::command::`: after its leading spaces, `::`. */
const commandLineStart = new RegExp(`^(${runnerSpace}*)::`);
/** The legacy form, which the runner finds anywhere in a line: `##[add-mask]x`. */
const legacyCommand = /##\[/g;

/**
 * Escapes text so that no line of it is a workflow command for the GitHub runner, on stdout or stderr:
 * - the runner reads lines ending in \n, \r\n or a lone \r: every such line is checked, and a lone \r becomes
 *   \n (so a terminal cannot overprint a line either);
 * - a line that starts with `::` after the spaces the runner trims gets `> ` before the `::`;
 * - `##[` anywhere becomes `## [` (the runner's legacy `##[command]` form).
 * Everything printed that holds outside text (titles, tags, annotations, file names, registry errors) goes
 * through here; the action's and the CLI's loggers apply it to every line.
 */
export function neutraliseCommands(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => line.replace(commandLineStart, '$1> ::').replace(legacyCommand, '## ['))
    .join('\n');
}

/**
 * JSON for the CLI's stdout that the runner cannot read a command in, with the same values: `##[` can only
 * occur inside strings, where `\u005b` is the same `[`; JSON.stringify already escapes \r and \n, and every
 * line starts with spaces and `{`, `}` or `"`.
 */
export function commandSafeJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(legacyCommand, '##\\u005b');
}

/** What a front end (the action or the CLI) gives a command to talk to the world. */
import type { CredentialProvider } from '../core/registry/auth/credentials.js';
import type { Logger } from '../core/logger.js';
import type { CacheArchive } from '../core/cache/cache-session.js';
import type { Globber } from '../request/files.js';

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
  /** Expands the globs of `files` (@actions/glob). */
  glob: Globber;
}

/** Escapes text so that no line can start a workflow command (`::add-mask::`, `::error::` …). */
export function neutraliseCommands(text: string): string {
  return text.replace(/^(\s*)::/gm, '$1> ::');
}

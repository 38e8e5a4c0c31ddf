/**
 * Checks that the tools the harness runs are installed, so that a missing one fails with one line
 * saying what to install instead of a spawn ENOENT deep in a test.
 */
import { accessSync, constants } from 'node:fs';
import { delimiter, isAbsolute, join } from 'node:path';

export interface RequiredTool {
  /** command name or path */
  command: string;
  /** what to do when it is missing */
  install: string;
}

/** The absolute path of `command` (searched on PATH unless it contains a slash), or undefined. */
export function findExecutable(command: string): string | undefined {
  const candidates =
    isAbsolute(command) || command.includes('/')
      ? [command]
      : (process.env['PATH'] ?? '')
          .split(delimiter)
          .filter((dir) => dir !== '')
          .map((dir) => join(dir, command));
  return candidates.find((path) => {
    try {
      accessSync(path, constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

/** Throws one line naming every missing tool and how to install it. */
export function assertToolsInstalled(tools: readonly RequiredTool[]): void {
  const missing = tools.filter((tool) => findExecutable(tool.command) === undefined);
  if (missing.length > 0) {
    throw new Error(`missing test tools: ${missing.map((t) => `${t.command} (${t.install})`).join('; ')}`);
  }
}

export const REGISTRY_INSTALL_HINT =
  'install it with `sudo apt-get install -y docker-registry`, or set REGISTRY_BIN to its path, or REGISTRY_URL to a running registry';

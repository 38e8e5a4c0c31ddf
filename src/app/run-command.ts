/** Dispatches a command by name; the action and the CLI both end up here. */
import { OciError } from '../core/errors.js';
import type { RunContext } from '../request/common.js';
import type { InputReader } from '../request/reader.js';
import type { CommandIO } from './io.js';
import { runAttach } from './attach-command.js';
import { runDiscover } from './discover-command.js';
import { runMerge } from './merge-command.js';
import { runPull } from './pull-command.js';
import { runPush } from './push-command.js';

export const commands = ['push', 'merge', 'pull', 'attach', 'discover'] as const;
export type CommandName = (typeof commands)[number];

export async function runCommand(
  command: string,
  get: InputReader,
  context: RunContext & { sourceDateEpoch?: string },
  io: CommandIO,
): Promise<void> {
  switch (command) {
    case 'push':
      return runPush(get, context, io);
    case 'merge':
      return runMerge(get, context, io);
    case 'pull':
      return runPull(get, io);
    case 'attach':
      return runAttach(get, io);
    case 'discover':
      return runDiscover(get, io);
    default:
      throw new OciError('INVALID_INPUT', `unknown command "${command}": use one of ${commands.join(', ')}`);
  }
}

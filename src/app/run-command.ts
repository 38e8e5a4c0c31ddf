/** Dispatches a command by name; the action and the CLI both end up here. */
import type { RunContext } from '../request/common.js';
import { assertCommand, commandNames, declaredReader, type CommandName } from '../request/inputs.js';
import type { InputReader } from '../request/reader.js';
import type { CommandIO } from './io.js';
import { runMerge } from './merge-command.js';
import { runPull } from './pull-command.js';
import { runPush } from './push-command.js';

export const commands = commandNames;
export type { CommandName };

export async function runCommand(
  command: string,
  get: InputReader,
  context: RunContext & { sourceDateEpoch?: string },
  io: CommandIO,
): Promise<void> {
  const name = assertCommand(command);
  const read = declaredReader(name, get);
  switch (name) {
    case 'push':
      return runPush(read, context, io);
    case 'merge':
      return runMerge(read, context, io);
    case 'pull':
      return runPull(read, io);
  }
}

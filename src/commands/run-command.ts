/** Dispatches a command by name; the action and the CLI both end up here. */
import { OciError } from '../core/errors.js';
import { useProxies } from '../core/stores/registry/dispatchers.js';
import { setDeadline } from '../core/stores/registry/rate-limit.js';
import { readTimeout, type RunContext } from './inputs/common.js';
import { assertCommand, commandNames, declaredReader, type CommandName } from './inputs/inputs.js';
import type { InputReader } from './inputs/reader.js';
import type { CommandIO } from './io.js';
import { runAttach } from './attach-command.js';
import { runDiscover } from './discover-command.js';
import { runMerge } from './merge-command.js';
import { runPull } from './pull-command.js';
import { runPush } from './push-command.js';

export const commands = commandNames;
export type { CommandName };

/**
 * Runs the command under its overall deadline (input `timeout`): when it passes, every registry request and
 * every wait between retries is aborted, and the command fails with one line saying so.
 */
export async function runCommand(
  command: string,
  get: InputReader,
  context: RunContext & { sourceDateEpoch?: string },
  io: CommandIO,
  timers: { setTimeout: typeof setTimeout; clearTimeout: typeof clearTimeout } = globalThis,
): Promise<void> {
  const timeoutMs = readTimeout(get);
  await useProxies(io.proxies);
  const controller = new AbortController();
  setDeadline(controller.signal, Date.now() + timeoutMs); // registry-asked waits are bounded by it
  const expired = new OciError(
    'NETWORK',
    `${command} did not finish within ${formatDuration(timeoutMs)} (input "timeout"); it was stopped: a registry may be unreachable or very slow, or raise "timeout"`,
  );
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = timers.setTimeout(() => {
      controller.abort(expired);
      reject(expired);
    }, timeoutMs);
  });
  try {
    await Promise.race([dispatch(command, get, context, { ...io, signal: controller.signal }), deadline]);
  } finally {
    timers.clearTimeout(timer);
  }
}

const formatDuration = (ms: number): string =>
  ms % 3_600_000 === 0
    ? `${ms / 3_600_000}h`
    : ms % 60_000 === 0
      ? `${ms / 60_000}m`
      : ms % 1000 === 0
        ? `${ms / 1000}s`
        : `${ms}ms`;

async function dispatch(
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
    case 'attach':
      return runAttach(read, io);
    case 'discover':
      return runDiscover(read, io);
  }
}

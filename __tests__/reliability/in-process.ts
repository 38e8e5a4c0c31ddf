/**
 * Runs a command in the test's own process, through runCommand (the layer the action and the CLI both call),
 * with the inputs and the fresh runner directory the bundled action gets from `runAction`, and a retry policy
 * whose `sleep` records each wait instead of sleeping it (or sleeps a fraction of it). Persistent-fault cases
 * then take milliseconds instead of the 8–11 s of real backoff, and can say how long the product chose to wait.
 * The bundle itself (`node dist/index.js`) is run by the e2e tests and by the setup of these tests.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setImmediate as tick } from 'node:timers/promises';
import type { CommandIO } from '../../src/commands/io.js';
import { runCommand } from '../../src/commands/run-command.js';
import { messageOf } from '../../src/core/errors.js';
import { dockerConfigCredentials } from '../../src/core/stores/registry/auth/docker-config.js';
import { sleep as realSleep, type RetryPolicy } from '../../src/core/stores/registry/http.js';
import { actionsGlobber } from '../../src/commands/inputs/files.js';
import { readerFromMap } from '../../src/commands/inputs/reader.js';
import type { ActionRun } from '../e2e/run-action.js';

/** A retry policy for tests: the default tries, no real waiting; `waits` lists every wait asked for, in ms. */
export function recordingRetry(policy: Partial<RetryPolicy> = {}): { retry: Partial<RetryPolicy>; waits: number[] } {
  const waits: number[] = [];
  return {
    waits,
    retry: {
      ...policy,
      sleep: async (ms, signal) => {
        waits.push(ms);
        signal?.throwIfAborted();
        await tick(); // let other work run, as a real wait would
      },
    },
  };
}

/** Like recordingRetry, but really waits 1/`scale` of each wait (for faults that last a while in real time). */
export function scaledRetry(scale: number): { retry: Partial<RetryPolicy>; waits: number[] } {
  const waits: number[] = [];
  return {
    waits,
    retry: {
      sleep: (ms, signal) => {
        waits.push(ms);
        return realSleep(ms / scale, signal);
      },
    },
  };
}

/**
 * Runs `inputs.command` as the action would (inputs trimmed, a runner temp directory with the default blob
 * cache in it, no Docker config), returning what the action's run would show: the exit code, `::error::` and
 * `::warning::` lines in stdout (the error as one line, as `core.setFailed` writes it), and the outputs.
 */
export async function runInProcess(
  inputs: Record<string, string>,
  env: { SOURCE_DATE_EPOCH?: string } = {},
  retry: Partial<RetryPolicy> = recordingRetry().retry,
): Promise<ActionRun> {
  const dir = mkdtempSync(join(tmpdir(), 'oma-inproc-'));
  const lines: string[] = [];
  const outputs: Record<string, string> = {};
  const io: CommandIO = {
    glob: actionsGlobber({ quiet: true }),
    logger: {
      debug: () => {},
      info: (m) => lines.push(m),
      warning: (m) => lines.push(`::warning::${m.replace(/\r?\n/g, '%0A')}`),
      group: (_name, fn) => fn(),
    },
    setOutput: (name, value) => {
      outputs[name] = value;
    },
    writeSummary: async () => {},
    setSecret: () => {},
    ambientCredentials: dockerConfigCredentials({ configDir: join(dir, '.docker') }),
    github: {},
    tempRoot: dir,
    cache: { defaultDir: join(dir, 'oci-multiarch-cache') },
    retry,
  };
  let code = 0;
  try {
    const context = { inActions: false, ...(env.SOURCE_DATE_EPOCH ? { sourceDateEpoch: env.SOURCE_DATE_EPOCH } : {}) };
    await runCommand(inputs['command'] ?? '', readerFromMap(inputs), context, io);
  } catch (e) {
    code = 1;
    lines.push(`::error::${messageOf(e).replace(/\r?\n/g, '%0A')}`);
  }
  return { code, stdout: lines.join('\n'), stderr: '', outputs, summary: '' };
}

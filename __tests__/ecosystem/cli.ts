/** Runs the bundled CLI (dist/cli.js) and returns its JSON outputs, failing with its stderr when it fails. */
import { runCliProcess } from '../e2e/run-action.js';

export async function cli(...args: string[]): Promise<Record<string, string>> {
  const run = await runCliProcess(args);
  if (run.code !== 0) throw new Error(`oci-multiarch ${args[0]} exited ${run.code}: ${run.stderr}`);
  return JSON.parse(run.stdout) as Record<string, string>;
}

/** Runs the CLI expecting a failure; returns its one-line error. */
export async function cliError(...args: string[]): Promise<string> {
  const run = await runCliProcess(args);
  if (run.code === 0) throw new Error(`oci-multiarch ${args[0]} succeeded; a failure was expected`);
  return run.stderr;
}

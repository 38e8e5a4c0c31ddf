/** The GitHub Action: inputs from `core.getInput`, outputs, summary and logs through @actions/core. */
import * as core from '@actions/core';
import { readFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { messageOf } from '../core/errors.js';
import type { Logger } from '../core/logger.js';
import { dockerConfigCredentials, dockerConfigDir } from '../core/stores/registry/auth/docker-config.js';
import { neutraliseCommands, type CommandIO } from '../commands/io.js';
import { runCommand } from '../commands/run-command.js';
import { proxiesFromEnvironment } from '../commands/proxy-env.js';
import { actionsGlobber } from '../commands/inputs/files.js';
import { actionDefaults, assertCommand, checkGivenInputs } from '../commands/inputs/inputs.js';
import { actionsCacheArchive } from './cache.js';

export const actionLogger: Logger = {
  debug: (m) => core.debug(neutraliseCommands(m)),
  info: (m) => core.info(neutraliseCommands(m)),
  warning: (m) => core.warning(neutraliseCommands(m)),
  group: (name, fn) => core.group(neutraliseCommands(name), fn),
};

export async function runAction(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const masked = new Set<string>();
  try {
    const get = (name: string) => core.getInput(name);
    const tempRoot = env['RUNNER_TEMP'] || tmpdir();
    const setSecret = (secret: string): void => {
      if (!secret || masked.has(secret)) return;
      masked.add(secret);
      core.setSecret(secret);
    };
    const io: CommandIO = {
      logger: actionLogger,
      setOutput: (name, value) => core.setOutput(name, value),
      writeSummary: async (markdown) => {
        if (!env['GITHUB_STEP_SUMMARY']) return;
        await core.summary.addRaw(markdown, true).write();
      },
      setSecret,
      proxies: proxiesFromEnvironment(env, setSecret),
      ambientCredentials: dockerConfigCredentials({
        configDir: dockerConfigDir({ DOCKER_CONFIG: env['DOCKER_CONFIG'], home: homedir() }),
      }),
      github: githubContext(env),
      tempRoot,
      glob: actionsGlobber(),
      cache: { defaultDir: join(tempRoot, 'oci-multiarch-cache'), archive: actionsCacheArchive() },
    };
    const epoch = env['SOURCE_DATE_EPOCH'] || commitEpoch(env['GITHUB_EVENT_PATH']);
    const context = {
      inActions: env['GITHUB_ACTIONS'] === 'true',
      ...(env['GITHUB_RUN_ID'] ? { runId: env['GITHUB_RUN_ID'] } : {}),
      ...(epoch ? { sourceDateEpoch: epoch } : {}),
    };
    const command = assertCommand(get('command'));
    checkGivenInputs(command, givenInputs(env), 'input');
    await runCommand(command, get, context, io);
  } catch (e) {
    core.setFailed(neutraliseCommands(messageOf(e)));
  }
}

/**
 * The inputs this step was given: INPUT_* variables (GitHub sets them for what the step wrote and for
 * action.yml's defaults), without empty ones and without values equal to their default.
 */
export function givenInputs(env: NodeJS.ProcessEnv): string[] {
  const names: string[] = [];
  for (const [key, raw] of Object.entries(env)) {
    if (!key.startsWith('INPUT_')) continue;
    const name = key.slice('INPUT_'.length).toLowerCase();
    const value = (raw ?? '').trim();
    if (name === 'command' || value === '' || value === actionDefaults[name]) continue;
    names.push(name);
  }
  return names.sort();
}

function githubContext(env: NodeJS.ProcessEnv): CommandIO['github'] {
  const out: CommandIO['github'] = {};
  if (env['GITHUB_SERVER_URL']) out.serverUrl = env['GITHUB_SERVER_URL'];
  if (env['GITHUB_API_URL']) out.apiUrl = env['GITHUB_API_URL'];
  if (env['GITHUB_REPOSITORY']) out.repository = env['GITHUB_REPOSITORY'];
  if (env['GITHUB_SHA']) out.sha = env['GITHUB_SHA'];
  if (env['GITHUB_ACTOR']) out.actor = env['GITHUB_ACTOR'];
  return out;
}

/** The triggering commit's time (push events carry it), in epoch seconds; undefined when unknown. */
export function commitEpoch(eventPath: string | undefined): string | undefined {
  if (!eventPath) return undefined;
  try {
    const event = JSON.parse(readFileSync(eventPath, 'utf8')) as { head_commit?: { timestamp?: string } };
    const ms = Date.parse(event.head_commit?.timestamp ?? '');
    return Number.isFinite(ms) ? String(Math.floor(ms / 1000)) : undefined;
  } catch {
    return undefined;
  }
}

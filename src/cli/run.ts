/** The CLI: argv (+ YAML config) into the same inputs the action reads; logs on stderr, outputs as JSON on stdout. */
import { readFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { messageOf } from '../core/errors.js';
import type { Logger } from '../core/logger.js';
import { dockerConfigCredentials, dockerConfigDir } from '../core/stores/registry/auth/docker-config.js';
import { commandSafeJson, neutraliseCommands, type CommandIO } from '../commands/io.js';
import { runCommand } from '../commands/run-command.js';
import { proxiesFromEnvironment } from '../commands/proxy-env.js';
import { actionsGlobber } from '../commands/inputs/files.js';
import { UsageError } from '../commands/inputs/inputs.js';
import { readerFromMap } from '../commands/inputs/reader.js';
import { parseArgv } from './argv.js';
import { commandHelp, helpText } from './help.js';

export interface CliStreams {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

const processStreams: CliStreams = {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
};

/** Returns the exit status: 0 success, 1 failure, 2 usage error. */
export async function runCli(
  args: readonly string[],
  env: NodeJS.ProcessEnv = process.env,
  streams = processStreams,
): Promise<number> {
  const secrets: string[] = [];
  const setSecret = (s: string): void => {
    if (s && !secrets.includes(s)) secrets.push(s);
  };
  const mask = (text: string) => secrets.reduce((t, s) => (s ? t.split(s).join('***') : t), text);
  const line = (text: string) => streams.stderr(`${neutraliseCommands(mask(text))}\n`);
  try {
    const argv = await parseArgv(args);
    if (argv.version) {
      streams.stdout(`${packageVersion()}\n`);
      return 0;
    }
    if (argv.help || argv.command === undefined) {
      const text = argv.command ? commandHelp(argv.command) : helpText;
      (argv.help ? streams.stdout : streams.stderr)(text);
      return argv.help ? 0 : 2;
    }
    const debug = env['OCI_MULTIARCH_DEBUG'] === '1' || env['RUNNER_DEBUG'] === '1';
    const logger: Logger = {
      debug: (m) => (debug ? line(`debug: ${m}`) : undefined),
      info: (m) => line(m),
      warning: (m) => line(`warning: ${m}`),
      group: async (name, fn) => {
        line(`== ${name}`);
        return fn();
      },
    };
    const outputs: Record<string, string> = {};
    const io: CommandIO = {
      logger,
      setOutput: (name, value) => {
        outputs[name] = value;
      },
      writeSummary: async () => {},
      setSecret,
      proxies: proxiesFromEnvironment(env, setSecret),
      ambientCredentials: dockerConfigCredentials({
        configDir: dockerConfigDir({ DOCKER_CONFIG: env['DOCKER_CONFIG'], home: homedir() }),
      }),
      github: {},
      tempRoot: tmpdir(),
      glob: actionsGlobber({ quiet: true }),
    };
    const epoch = env['SOURCE_DATE_EPOCH'];
    await runCommand(
      argv.command,
      readerFromMap(argv.values),
      { inActions: false, ...(epoch ? { sourceDateEpoch: epoch } : {}) },
      io,
    );
    const masked = Object.fromEntries(Object.entries(outputs).map(([name, value]) => [name, mask(value)]));
    streams.stdout(`${commandSafeJson(masked)}\n`);
    return 0;
  } catch (e) {
    line(`oci-multiarch: error: ${messageOf(e).split('\n')[0]}`);
    return e instanceof UsageError ? 2 : 1;
  }
}

/** The version in the package.json above this file (dist/, dist/chunks/ or src/cli/ alike). */
export function packageVersion(from: string = dirname(fileURLToPath(import.meta.url))): string {
  for (let dir = from, i = 0; i < 4; i++, dir = dirname(dir)) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version?: unknown };
      if (typeof pkg.version === 'string') return pkg.version;
    } catch {
      // not here: look one directory up
    }
  }
  return 'unknown';
}

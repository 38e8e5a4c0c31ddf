/**
 * `oci-multiarch COMMAND --input-name value …` with the action's input names, plus `--config FILE.yml`
 * (keys are input names; flags override it), `--help` and `--version`. Parsing is strict (node:util parseArgs):
 * a flag the command does not read is refused with the closest one suggested, so a typo such as `--dryrun`
 * can never run a real publish. A flag given twice is joined with newlines, so list inputs can be repeated flags;
 * boolean inputs may be bare (`--dry-run`) or take true/false.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { oneLine, quote } from '../core/errors.js';
import { booleanInputs, checkGivenInputs, allInputs, assertCommand, UsageError } from '../commands/inputs/inputs.js';
import type { CommandName } from '../commands/inputs/inputs.js';

export interface ParsedArgv {
  command: CommandName | undefined;
  help: boolean;
  version: boolean;
  values: Record<string, string>;
}

type Options = NonNullable<Parameters<typeof parseArgs>[0]>['options'];

export async function parseArgv(
  args: readonly string[],
  readFile: (path: string) => string = readUtf8,
): Promise<ParsedArgv> {
  const normalised = bareBooleans(args);
  const inputNames = [...allInputs(), 'config'];
  const options: Options = {
    help: { type: 'boolean', short: 'h' },
    version: { type: 'boolean' },
    ...Object.fromEntries(inputNames.map((n) => [n, { type: 'string', multiple: true }])),
  };
  // A lenient pass finds the command and every flag's name, so that an unknown flag is reported as such
  // (with a suggestion) rather than as parseArgs' generic error.
  const { tokens = [] } = parseArgs({ args: normalised, options, strict: false, allowPositionals: true, tokens: true });
  const positionals = tokens.filter((t) => t.kind === 'positional').map((t) => t.value);
  const flags = tokens.flatMap((t) => (t.kind === 'option' ? [t] : []));
  const [first, ...extra] = positionals;
  const help = flags.some((t) => t.name === 'help');
  const version = flags.some((t) => t.name === 'version');
  if (first === undefined) {
    const unknown = flags.find((t) => !['help', 'version'].includes(t.name));
    if (unknown && !help && !version)
      throw new UsageError(`give a command first: oci-multiarch COMMAND ${unknown.rawName} …`);
    return { command: undefined, help, version, values: {} };
  }
  const command = assertCommand(first);
  checkGivenInputs(
    command,
    flags.map((t) => t.name).filter((n) => !['help', 'version', 'config'].includes(n)),
    'flag',
  );
  if (extra.length > 0) {
    throw new UsageError(`unexpected argument ${quote(extra[0] ?? '')}: inputs are given as --name value`);
  }
  const missing = flags.find(
    (t) => options[t.name]?.type === 'string' && (t.value === undefined || (!t.inlineValue && t.value.startsWith('-'))),
  );
  if (missing) throw new UsageError(`flag ${missing.rawName} needs a value`);
  let parsed;
  try {
    parsed = parseArgs({ args: normalised, options, strict: true, allowPositionals: true });
  } catch (e) {
    throw new UsageError((e as Error).message.split('\n')[0] ?? String(e));
  }
  const flagValues: Record<string, string> = {};
  let configPath: string | undefined;
  for (const [name, value] of Object.entries(parsed.values)) {
    if (name === 'help' || name === 'version') continue;
    const joined = (value as string[]).join('\n');
    if (name === 'config') configPath = joined;
    else flagValues[name] = joined;
  }
  let values = flagValues;
  if (configPath !== undefined) {
    const config = await readConfig(configPath, readFile);
    try {
      checkGivenInputs(
        command,
        Object.keys(config).filter((k) => config[k] !== ''),
        'input',
      );
    } catch (e) {
      throw new UsageError(`--config ${configPath}: ${(e as Error).message}`);
    }
    values = { ...config, ...flagValues };
  }
  return { command, help, version, values };
}

/** `--dry-run` alone means `--dry-run=true`; `--dry-run false` means `--dry-run=false`. */
function bareBooleans(args: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg.startsWith('--') && !arg.includes('=') && booleanInputs.has(arg.slice(2))) {
      const next = args[i + 1];
      if (next !== undefined && !next.startsWith('-')) {
        out.push(`${arg}=${next}`);
        i++;
      } else out.push(`${arg}=true`);
      continue;
    }
    out.push(arg);
  }
  return out;
}

/** The YAML parser is loaded only for --config: it is a fifth of the CLI's code, and most runs have no config. */
async function readConfig(path: string, readFile: (path: string) => string): Promise<Record<string, string>> {
  let parsed: unknown;
  const { parse: parseYaml } = await import('yaml');
  try {
    parsed = parseYaml(readFile(path));
  } catch (e) {
    throw new UsageError(
      `cannot read --config ${oneLine(path)}: ${oneLine((e as Error).message.split('\n')[0] ?? '')}`,
    );
  }
  if (parsed === null || parsed === undefined) return {};
  if (typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new UsageError(`--config ${oneLine(path)} must be a YAML mapping of input names to values`);
  }
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(parsed)) {
    if (Array.isArray(value)) out[key] = value.map(String).join('\n');
    else if (value !== null && typeof value === 'object') {
      throw new UsageError(`--config ${oneLine(path)}: ${quote(key)} must be a string, number, boolean or list`);
    } else out[key] = String(value ?? '');
  }
  return out;
}

const readUtf8 = (path: string): string => readFileSync(path, 'utf8');

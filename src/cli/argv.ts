/**
 * `oci-multiarch COMMAND --input-name value …` with the action's input names, plus `--config FILE.yml`
 * (keys are input names; flags override it) and `--help`. A flag given twice is joined with newlines,
 * so list inputs can be written as repeated flags.
 */
import { readFileSync } from 'node:fs';
import { OciError, oneLine, quote } from '../core/errors.js';

export interface ParsedArgv {
  command: string | undefined;
  help: boolean;
  values: Record<string, string>;
}

const booleanFlags = new Set(['dry-run', 'cleanup', 'cache', 'help']);

export async function parseArgv(
  args: readonly string[],
  readFile: (path: string) => string = readUtf8,
): Promise<ParsedArgv> {
  const flags: Record<string, string> = {};
  let command: string | undefined;
  let configPath: string | undefined;
  let help = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--help' || arg === '-h') {
      help = true;
      continue;
    }
    if (!arg.startsWith('--')) {
      if (command !== undefined)
        throw new OciError('INVALID_INPUT', `unexpected argument ${quote(arg)}: inputs are given as --name value`);
      command = arg;
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(2, eq) : arg.slice(2);
    let value: string;
    if (eq > 0) value = arg.slice(eq + 1);
    else if (booleanFlags.has(name) && (args[i + 1] === undefined || args[i + 1]?.startsWith('--'))) value = 'true';
    else {
      const next = args[i + 1];
      if (next === undefined) throw new OciError('INVALID_INPUT', `flag --${oneLine(name, 80)} needs a value`);
      value = next;
      i++;
    }
    if (name === 'config') configPath = value;
    else flags[name] = name in flags ? `${flags[name]}\n${value}` : value;
  }
  const values = configPath ? { ...(await readConfig(configPath, readFile)), ...flags } : flags;
  return { command, help, values };
}

/** The YAML parser is loaded only for --config: it is a fifth of the CLI's code, and most runs have no config. */
async function readConfig(path: string, readFile: (path: string) => string): Promise<Record<string, string>> {
  let parsed: unknown;
  const { parse: parseYaml } = await import('yaml');
  try {
    parsed = parseYaml(readFile(path));
  } catch (e) {
    throw new OciError(
      'INVALID_INPUT',
      `cannot read --config ${oneLine(path)}: ${oneLine((e as Error).message.split('\n')[0] ?? '')}`,
    );
  }
  if (parsed === null || parsed === undefined) return {};
  if (typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new OciError('INVALID_INPUT', `--config ${oneLine(path)} must be a YAML mapping of input names to values`);
  }
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(parsed)) {
    if (Array.isArray(value)) out[key] = value.map(String).join('\n');
    else if (value !== null && typeof value === 'object') {
      throw new OciError(
        'INVALID_INPUT',
        `--config ${oneLine(path)}: ${quote(key)} must be a string, number, boolean or list`,
      );
    } else out[key] = String(value ?? '');
  }
  return out;
}

const readUtf8 = (path: string): string => readFileSync(path, 'utf8');

/**
 * Credentials from a Docker config directory (`config.json`): `credHelpers` per registry, then the
 * `credsStore` helper, then `auths` (`auth` = base64 user:password, `username`/`password`, `identitytoken`).
 * Helpers are the `docker-credential-<name> get` programs, given the registry on stdin.
 */
import { spawn } from 'node:child_process';
import { access, constants, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { OciError, messageOf, shown } from '../../../errors.js';
import { sanitizeRegistryText } from '../errors.js';
import { normalizeRegistryHost, type Credential, type CredentialProvider } from './credentials.js';
import { HELPER_OUTPUT_LIMIT } from '../../../limits.js';

export { chainCredentials } from './credentials.js';

/** Runs `program get` with `input` on stdin and returns its stdout; rejects on failure with its stderr. */
export type HelperRunner = (program: string, input: string) => Promise<string>;

export interface DockerConfigOptions {
  /** The directory holding config.json (`$DOCKER_CONFIG`, or `~/.docker`: the caller decides). */
  configDir: string;
  /** Replaces how helpers are run (tests, sandboxes). */
  runHelper?: HelperRunner;
  /** Directories searched for `docker-credential-<name>` before the inherited PATH. */
  helperDirs?: readonly string[];
}

/** A credential helper that takes longer than this is hung (waiting for a keychain prompt, say). */
const HELPER_TIMEOUT_MS = 30_000;
/** What Docker's helpers are asked for Docker Hub. */
const DOCKER_HUB_HELPER_KEY = 'https://index.docker.io/v1/';

interface DockerConfig {
  auths?: Record<string, { auth?: string; username?: string; password?: string; identitytoken?: string }>;
  credHelpers?: Record<string, string>;
  credsStore?: string;
}

/** Where Docker keeps its config: `$DOCKER_CONFIG`, else `<home>/.docker` (the environment is passed in). */
export const dockerConfigDir = (env: { DOCKER_CONFIG?: string | undefined; home: string }): string =>
  env.DOCKER_CONFIG || join(env.home, '.docker');

export function dockerConfigCredentials(options: DockerConfigOptions): CredentialProvider {
  const run = options.runHelper ?? spawnHelper(options.helperDirs ?? []);
  return async (registryHost) => {
    const config = await readConfig(join(options.configDir, 'config.json'));
    if (!config) return undefined;
    const host = normalizeRegistryHost(registryHost);
    const helperKey = host === 'docker.io' ? DOCKER_HUB_HELPER_KEY : host;
    const helper = findByHost(config.credHelpers, host);
    if (helper) return askHelper(run, helper, helperKey);
    if (config.credsStore) {
      const stored = await askHelper(run, config.credsStore, helperKey);
      if (stored) return stored;
    }
    return fromAuths(findByHost(config.auths, host), join(options.configDir, 'config.json'));
  };
}

async function readConfig(path: string): Promise<DockerConfig | undefined> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    if ((e as { code?: string }).code === 'ENOENT') return undefined;
    throw new OciError('INVALID_INPUT', `cannot read the Docker config ${path}: ${messageOf(e)}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    // Not JSON.parse's message: it quotes the text around the fault, which may be a password.
    throw new OciError('INVALID_INPUT', `the Docker config ${path} is not valid JSON: check it with a JSON linter`);
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new OciError('INVALID_INPUT', `the Docker config ${path} is not valid JSON: not a JSON object`);
  }
  return json as DockerConfig;
}

function findByHost<T>(entries: Record<string, T> | undefined, host: string): T | undefined {
  if (!entries || typeof entries !== 'object') return undefined;
  // An exact key wins over one that only normalises to the host.
  if (Object.hasOwn(entries, host)) return entries[host];
  const key = Object.keys(entries).find((k) => normalizeRegistryHost(k) === host);
  return key === undefined ? undefined : entries[key];
}

function fromAuths(
  entry: NonNullable<DockerConfig['auths']>[string] | undefined,
  path: string,
): Credential | undefined {
  if (!entry || typeof entry !== 'object') return undefined;
  if (typeof entry.identitytoken === 'string' && entry.identitytoken) return { identityToken: entry.identitytoken };
  if (typeof entry.username === 'string' && entry.username && typeof entry.password === 'string') {
    return { username: entry.username, password: entry.password };
  }
  if (typeof entry.auth === 'string' && entry.auth) {
    const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon <= 0) {
      throw new OciError('INVALID_INPUT', `an "auth" entry in ${path} is not base64 of "username:password"`);
    }
    return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
  }
  return undefined;
}

async function askHelper(run: HelperRunner, name: unknown, key: string): Promise<Credential | undefined> {
  // The config file is outside input: a helper name may be any JSON value, not only a bad string.
  if (typeof name !== 'string' || !/^[A-Za-z0-9._-]+$/.test(name)) {
    throw new OciError('INVALID_INPUT', `the credential helper name ${shown(name)} is invalid`);
  }
  const program = `docker-credential-${name}`;
  let output: string;
  try {
    output = await run(program, key);
  } catch (e) {
    const reason = sanitizeRegistryText(messageOf(e), 200);
    if (/credentials not found|not found in native keychain|no credentials/i.test(reason)) return undefined;
    throw new OciError('AUTH', `${program} get failed for ${key}: ${reason}`, { cause: e });
  }
  let parsed: { Username?: unknown; Secret?: unknown };
  try {
    parsed = JSON.parse(output) as typeof parsed;
  } catch {
    throw new OciError('AUTH', `${program} get answered something that is not JSON for ${key}`);
  }
  if (typeof parsed !== 'object' || parsed === null) {
    throw new OciError('AUTH', `${program} get answered something that is not a JSON object for ${key}`);
  }
  const { Username: username, Secret: secret } = parsed;
  if (typeof secret !== 'string' || !secret) return undefined;
  if (username === '<token>') return { identityToken: secret };
  return { username: typeof username === 'string' ? username : '', password: secret };
}

/** The default runner: spawns the helper found in `helperDirs` or on PATH, with a timeout and an output cap. */
function spawnHelper(helperDirs: readonly string[]): HelperRunner {
  return async (program, input) => {
    const path = (await locate(program, helperDirs)) ?? program;
    return new Promise<string>((resolve, reject) => {
      const child = spawn(path, ['get'], { stdio: ['pipe', 'pipe', 'pipe'], timeout: HELPER_TIMEOUT_MS });
      const out: Buffer[] = [];
      const err: Buffer[] = [];
      let size = 0;
      child.stdout.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > HELPER_OUTPUT_LIMIT) child.kill('SIGKILL');
        else out.push(chunk);
      });
      child.stderr.on('data', (chunk: Buffer) => {
        if (Buffer.concat(err).length < HELPER_OUTPUT_LIMIT) err.push(chunk);
      });
      child.on('error', (e) => reject(new Error(`cannot run ${program}: ${messageOf(e)}`)));
      child.on('close', (code, signal) => {
        if (code === 0) resolve(Buffer.concat(out).toString('utf8'));
        else {
          const said = Buffer.concat([...out, ...err])
            .toString('utf8')
            .trim();
          reject(new Error(`${program} exited with ${signal ?? code}${said ? `: ${said}` : ''}`));
        }
      });
      child.stdin.on('error', () => {}); // a helper that exits before reading stdin
      child.stdin.end(input);
    });
  };
}

async function locate(program: string, dirs: readonly string[]): Promise<string | undefined> {
  for (const dir of dirs) {
    const candidate = join(dir, program);
    try {
      await access(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return undefined;
}

/**
 * Inputs shared by every command (credentials, transport, concurrency, cache), and the rules that more than one
 * command applies (references, platforms, media types, the staging prefix): each written once, here.
 */
import { OciError } from '../../core/errors.js';
import type { Platform } from '../../core/oci/descriptor.js';
import { parsePlatform } from '../../core/oci/platform.js';
import { isMediaType } from '../../core/oci/media-types.js';
import { isVersioned, parseReference, type Reference, type VersionedReference } from '../../core/oci/reference.js';
import { readBoolean, readInteger, readList, type InputReader } from './reader.js';
import { MAX_CONCURRENCY, MAX_TIMEOUT_MS } from '../../core/limits.js';

export interface CommonRequest {
  username?: string;
  password?: string;
  githubToken?: string;
  plainHttp: string[];
  concurrency: number;
  cache: boolean;
  /** The blob cache directory (the CLI has no cache without it; the action has a default). */
  cacheDir?: string;
}

/** Facts about where we run, read by the front end (the action or the CLI) and passed in. */
export interface RunContext {
  inActions: boolean;
  runId?: string;
}

export function readCommon(get: InputReader): CommonRequest {
  const username = get('username');
  const password = get('password');
  if ((username === '') !== (password === '')) {
    throw new OciError('INVALID_INPUT', 'inputs "username" and "password" go together: give both or neither');
  }
  const githubToken = get('github-token');
  const request: CommonRequest = {
    plainHttp: readList(get, 'plain-http'),
    concurrency: readInteger(get, 'concurrency', 4, 1, MAX_CONCURRENCY),
    cache: readBoolean(get, 'cache', true),
  };
  if (username !== '') {
    request.username = username;
    request.password = password;
  }
  if (githubToken !== '') request.githubToken = githubToken;
  const cacheDir = get('cache-dir');
  if (cacheDir !== '') request.cacheDir = cacheDir;
  return request;
}

/** The default overall deadline: far above any honest release (minutes), far below a hung job's 6 hours. */
export const DEFAULT_TIMEOUT = '30m';
const durationUnits: Record<string, number> = { '': 1000, ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/** Input `timeout`, read once by runCommand (commands/run-command.ts) before the command's own inputs: seconds (`90`), or a number with ms, s, m or h (`90s`, `30m`, `1.5h`); at most 24 h. */
export function readTimeout(get: InputReader): number {
  const text = get('timeout').trim() || DEFAULT_TIMEOUT;
  const match = /^(\d+(?:\.\d+)?)\s*(ms|s|m|h|)$/i.exec(text);
  const ms = match ? Number(match[1]) * (durationUnits[(match[2] ?? '').toLowerCase()] ?? NaN) : NaN;
  if (!Number.isFinite(ms) || ms < 1 || ms > MAX_TIMEOUT_MS) {
    throw new OciError(
      'INVALID_INPUT',
      `input "timeout": ${JSON.stringify(text.slice(0, 40))} is not a duration from 1 ms to 24 h: give seconds (90) or 90s, 30m, 2h`,
    );
  }
  return Math.round(ms);
}

/** A reference input that must name a repository or layout, without tag or digest. */
export function readRepository(get: InputReader, name: string): Reference {
  const value = get(name);
  if (value === '') {
    throw new OciError(
      'INVALID_INPUT',
      `input "${name}" is required: a registry repository (ghcr.io/OWNER/NAME) or oci-layout:PATH`,
    );
  }
  const ref = parseInput(name, value);
  if (ref.tag !== undefined || ref.digest !== undefined) {
    throw new OciError('INVALID_INPUT', `input "${name}" must name a repository without tag or digest, got "${value}"`);
  }
  return ref;
}

/** Parses a reference, naming the input in the error. */
export function parseInput(name: string, value: string): Reference {
  try {
    return parseReference(value);
  } catch (e) {
    throw new OciError('INVALID_REFERENCE', `input "${name}": ${(e as Error).message}`);
  }
}

/**
 * A reference that must name content (a tag or a digest): pull's and attach's `reference`, push's `source`,
 * merge's `sources` and `base`. The use cases take VersionedReference, so this is the only place it is checked.
 */
export function parseVersioned(name: string, value: string): VersionedReference {
  const ref = parseInput(name, value);
  if (!isVersioned(ref)) {
    throw new OciError('INVALID_INPUT', `input "${name}" ${value} needs a tag or a digest (e.g. :1.2.3 or @sha256:…)`);
  }
  return ref;
}

/** `reference`: the release (a tag or digest) attach and discover act on. */
export function readReleaseReference(get: InputReader, command: string): VersionedReference {
  const value = get('reference');
  if (value === '') {
    throw new OciError(
      'INVALID_INPUT',
      `input "reference" is required for ${command}: the release, e.g. ghcr.io/OWNER/NAME:1.2.3 or …@sha256:…`,
    );
  }
  return parseVersioned('reference', value);
}

/** `staging-prefix`, defaulting to `staging-<run id>` in Actions; '' when neither. */
export function stagingPrefixOf(get: InputReader, context: RunContext): string {
  const given = get('staging-prefix');
  if (given !== '') return given;
  return context.inActions && context.runId ? `staging-${context.runId}` : '';
}

/** One platform, `os/arch[/variant][:os.version]`, naming the input in the error. */
export function parsePlatformInput(name: string, value: string): Platform {
  try {
    return parsePlatform(value);
  } catch (e) {
    throw new OciError('INVALID_PLATFORM', `input "${name}": ${(e as Error).message}`);
  }
}

/** A comma or newline list of platforms. */
export const readPlatforms = (get: InputReader, name: string): Platform[] =>
  readList(get, name).map((p) => parsePlatformInput(name, p));

/** `artifact-type`: a media type, or undefined when not given. */
export function readArtifactType(get: InputReader): string | undefined {
  const value = get('artifact-type');
  if (value === '') return undefined;
  if (!isMediaType(value)) {
    throw new OciError(
      'INVALID_INPUT',
      `input "artifact-type" must be a media type like application/vnd.example.tool.v1, got "${value}"`,
    );
  }
  return value;
}

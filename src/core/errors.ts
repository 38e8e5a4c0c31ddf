/**
 * One small family of errors. Each carries a `code` discriminant so callers can branch without
 * string matching, and a message written for a person: what failed, on what, and what to do.
 */
export const ErrorCodes = [
  'INVALID_INPUT',
  'INVALID_REFERENCE',
  'INVALID_DIGEST',
  'INVALID_PLATFORM',
  'INVALID_MANIFEST',
  'DIGEST_MISMATCH',
  'SIZE_MISMATCH',
  'TOO_LARGE',
  'NOT_FOUND',
  'REGISTRY',
  'AUTH',
  'NETWORK',
  'UNSAFE',
  'CONFLICT',
  'INCOMPLETE',
] as const;
export type ErrorCode = (typeof ErrorCodes)[number];

export class OciError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'OciError';
    this.code = code;
  }
}

/** One entry of a registry's error body (`{"errors":[{"code","message","detail"}]}`, the distribution spec). */
export interface RegistryErrorEntry {
  code: string;
  message: string;
  detail?: string;
}

/** An error answered by a registry: method, redacted URL, status and the registry's own error codes. */
export class RegistryError extends OciError {
  readonly method: string;
  readonly url: string;
  readonly status: number;
  readonly registryCodes: readonly string[];
  /** Set when the registry asked for a wait longer than the command could give: retrying sooner is pointless. */
  readonly retryNotBefore?: number;
  constructor(
    init: {
      method: string;
      url: string;
      status: number;
      registryCodes: readonly string[];
      message: string;
      retryNotBefore?: number;
    },
    options?: { cause?: unknown },
  ) {
    super(
      init.status === 401 || init.status === 403 ? 'AUTH' : init.status === 404 ? 'NOT_FOUND' : 'REGISTRY',
      init.message,
      options,
    );
    this.name = 'RegistryError';
    this.method = init.method;
    this.url = init.url;
    this.status = init.status;
    this.registryCodes = init.registryCodes;
    if (init.retryNotBefore !== undefined) this.retryNotBefore = init.retryNotBefore;
  }
}

export const isOciError = (e: unknown, code?: ErrorCode): e is OciError =>
  e instanceof OciError && (code === undefined || e.code === code);

/**
 * Outside text (an input, a name from an archive or a registry) quoted for a one-line message: clipped to
 * `max` characters, with quotes, backslashes, line breaks and control characters escaped as JSON does.
 */
export function quote(text: string, max = 120): string {
  const clipped = text.length > max ? `${text.slice(0, max - 3)}...` : text;
  return JSON.stringify(clipped).replace(
    /[\u2028\u2029\u0085]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** A value from outside named in a message: strings quoted, other values by their kind, never whole. */
export function shown(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'string') return quote(value);
  if (value === null || typeof value !== 'object') return String(value).slice(0, 40);
  return Array.isArray(value) ? 'an array' : 'an object';
}

/** Text from elsewhere (another library's error message) as one line of at most `max` characters. */
export function oneLine(text: string, max = 200): string {
  // eslint-disable-next-line no-control-regex
  const flat = text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ');
  return flat.length > max ? `${flat.slice(0, max - 3)}...` : flat;
}

/** The message of any thrown value, for one-line reports; a raw errno error becomes a sentence (fsErrorSentence). */
export const messageOf = (e: unknown): string =>
  isErrnoError(e) ? fsErrorSentence(e) : e instanceof Error ? e.message : String(e);

const errnoMeanings: Record<string, string> = {
  ENOENT: 'it does not exist',
  EACCES: 'permission denied',
  EPERM: 'the operation is not permitted',
  EISDIR: 'it is a directory',
  ENOTDIR: 'a part of the path is not a directory',
  ENOTEMPTY: 'the directory is not empty',
  EEXIST: 'it already exists',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is exhausted',
  EROFS: 'the file system is read-only',
  EXDEV: 'it is on another file system',
  EMFILE: 'too many files are open',
  ENAMETOOLONG: 'the name is too long',
  ELOOP: 'too many levels of symlinks, or a symlink where none is allowed',
  EBUSY: 'it is busy',
  ECONNRESET: 'the connection was reset',
  ECONNREFUSED: 'the connection was refused',
  ETIMEDOUT: 'the connection timed out',
  EPIPE: 'the connection was closed',
};

const syscallVerbs: Record<string, string> = {
  open: 'opening',
  rename: 'moving',
  mkdir: 'creating the directory',
  mkdtemp: 'creating a temporary directory in',
  rmdir: 'removing',
  unlink: 'removing',
  stat: 'reading',
  lstat: 'reading',
  scandir: 'listing',
  readlink: 'reading the link',
  symlink: 'creating the link',
  link: 'linking',
  write: 'writing',
  read: 'reading',
  chmod: 'changing the mode of',
  copyfile: 'copying',
};

type ErrnoError = Error & { code: string; syscall?: string; path?: string; dest?: string };

/** Duck-typed: errors from another realm (a worker, a VM context) are not `instanceof Error` here. */
const isErrnoError = (e: unknown): e is ErrnoError =>
  typeof e === 'object' &&
  e !== null &&
  typeof (e as { code?: unknown }).code === 'string' &&
  typeof (e as { errno?: unknown }).errno === 'number' &&
  typeof (e as { message?: unknown }).message === 'string';

/** `EISDIR: illegal operation on a directory, rename 'a' -> 'b'` as `moving a to b failed: it is a directory (EISDIR)`. */
export function fsErrorSentence(e: ErrnoError): string {
  const meaning = errnoMeanings[e.code] ?? e.message.replace(/^[A-Z]+: /, '').replace(/, \w+ '.*$/, '');
  const verb = e.syscall ? (syscallVerbs[e.syscall] ?? e.syscall) : 'using';
  if (!e.path) return `${meaning} (${e.code}${e.syscall ? ` in ${e.syscall}` : ''})`;
  return `${verb} ${e.path}${e.dest ? ` to ${e.dest}` : ''} failed: ${meaning} (${e.code})`;
}

/** undici's own errors, worded for people (its messages say "Body Timeout Error" and no more). */
const transferMeanings: Record<string, string> = {
  UND_ERR_BODY_TIMEOUT: 'the server stopped sending in the middle of the body (no data within the body timeout)',
  UND_ERR_HEADERS_TIMEOUT: 'the server did not answer (no response headers within the timeout)',
  UND_ERR_CONNECT_TIMEOUT: 'the connection could not be opened in time',
  UND_ERR_SOCKET: 'the connection was closed in the middle of the transfer',
  UND_ERR_CLOSED: 'the connection was closed',
  UND_ERR_ABORTED: 'the transfer was cancelled',
  UND_ERR_RES_CONTENT_LENGTH_MISMATCH: 'the server sent a body of another length than it announced',
};

/** undici's error code in words, or undefined. */
export const transferMeaning = (code: string): string | undefined => transferMeanings[code];

/**
 * An error met while `doing` a transfer (`pulling layer "x" (sha256:…) of registry/repo`) as one sentence that
 * names it: undici's and the file system's raw errors get words; our own errors pass through.
 */
export function describeTransferError(e: unknown, doing: string): unknown {
  if (e instanceof OciError) return e;
  if (isErrnoError(e))
    return new OciError(e.path ? 'INVALID_INPUT' : 'NETWORK', `${doing}: ${fsErrorSentence(e)}`, { cause: e });
  const code = (e as { code?: unknown } | null)?.code;
  const meaning = typeof code === 'string' ? transferMeanings[code] : undefined;
  if (meaning) return new OciError('NETWORK', `${doing}: ${meaning}; try again later`, { cause: e });
  return new OciError('NETWORK', `${doing}: ${messageOf(e)}`, { cause: e });
}

/** A file-system error as one sentence saying what was being done and where; other errors pass through. */
export function describeFsError(e: unknown, doing: string): unknown {
  if (!isErrnoError(e)) return e;
  return new OciError('INVALID_INPUT', `${doing}: ${fsErrorSentence(e)}`, { cause: e });
}

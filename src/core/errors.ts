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

/** An error answered by a registry: method, redacted URL, status and the registry's own error codes. */
export class RegistryError extends OciError {
  readonly method: string;
  readonly url: string;
  readonly status: number;
  readonly registryCodes: readonly string[];
  constructor(
    init: { method: string; url: string; status: number; registryCodes: readonly string[]; message: string },
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
  }
}

export const isOciError = (e: unknown, code?: ErrorCode): e is OciError =>
  e instanceof OciError && (code === undefined || e.code === code);

/** The message of any thrown value, for one-line reports. */
export const messageOf = (e: unknown): string => (e instanceof Error ? e.message : String(e));

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

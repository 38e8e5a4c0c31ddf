/**
 * `WWW-Authenticate` parsing (RFC 7235): several challenges in one header or in several headers, schemes
 * in any case, parameters in any order and case, quoted strings with backslash escapes, token68 values.
 * Lenient where real registries are sloppy (unquoted values containing `/` or `:`), never throwing.
 */

export interface Challenge {
  /** Lowercased, e.g. `bearer` or `basic`. */
  scheme: string;
  /** Parameter names lowercased; values as sent (unquoted, unescaped). */
  params: Record<string, string>;
  /** The `token68` form (`Negotiate abc==`), when used instead of parameters. */
  token68?: string;
}

const tchar = /[!#$%&'*+\-.^_`|~0-9A-Za-z]/;
const token68Pattern = /^[A-Za-z0-9\-._~+/]+=*/;

export function parseChallenges(header: string | readonly string[] | undefined): Challenge[] {
  if (header === undefined) return [];
  if (typeof header !== 'string') return header.flatMap((h) => parseChallenges(h));
  const cursor: Cursor = { text: header, pos: 0 };
  const out: Challenge[] = [];
  while (skipSeparators(cursor)) {
    const scheme = token(cursor);
    if (!scheme) {
      cursor.pos++; // a stray character: skip it rather than fail on the whole header
      continue;
    }
    const challenge: Challenge = { scheme: scheme.toLowerCase(), params: {} };
    skipSpaces(cursor);
    const single = token68(cursor);
    if (single !== undefined) challenge.token68 = single;
    else parseParams(cursor, challenge.params);
    out.push(challenge);
  }
  return out;
}

function parseParams(c: Cursor, params: Record<string, string>): void {
  for (;;) {
    const start = c.pos;
    skipSpaces(c);
    const name = token(c);
    skipSpaces(c);
    if (!name || !consume(c, '=')) {
      c.pos = start; // not a parameter: the start of the next challenge
      return;
    }
    skipSpaces(c);
    const value = peek(c) === '"' ? quoted(c) : bareValue(c);
    const key = name.toLowerCase();
    if (!(key in params)) params[key] = value;
    skipSpaces(c);
    if (!consume(c, ',')) return;
    // Consecutive commas (empty list elements) are allowed by the list syntax.
    while (peek(c) === ',' || peek(c) === ' ' || peek(c) === '\t') c.pos++;
  }
}

/** The first challenge of `scheme` (case-insensitive). */
export function findChallenge(challenges: readonly Challenge[], scheme: string): Challenge | undefined {
  const wanted = scheme.toLowerCase();
  return challenges.find((c) => c.scheme === wanted);
}

interface Cursor {
  text: string;
  pos: number;
}

const peek = (c: Cursor): string | undefined => c.text[c.pos];
const atEnd = (c: Cursor): boolean => c.pos >= c.text.length;

function consume(c: Cursor, char: string): boolean {
  if (c.text[c.pos] !== char) return false;
  c.pos++;
  return true;
}

function skipSpaces(c: Cursor): void {
  while (peek(c) === ' ' || peek(c) === '\t') c.pos++;
}

/** Skips whitespace and commas between challenges; false at the end. */
function skipSeparators(c: Cursor): boolean {
  while (!atEnd(c) && /[\s,]/.test(peek(c) ?? '')) c.pos++;
  return !atEnd(c);
}

function token(c: Cursor): string {
  const start = c.pos;
  while (!atEnd(c) && tchar.test(peek(c) ?? '')) c.pos++;
  return c.text.slice(start, c.pos);
}

/** A token68 that stands alone (followed by the end or a comma), else undefined and nothing consumed. */
function token68(c: Cursor): string | undefined {
  const match = token68Pattern.exec(c.text.slice(c.pos));
  if (!match) return undefined;
  let end = c.pos + match[0].length;
  while (c.text[end] === ' ' || c.text[end] === '\t') end++;
  if (end < c.text.length && c.text[end] !== ',') return undefined;
  c.pos += match[0].length;
  return match[0];
}

function quoted(c: Cursor): string {
  c.pos++; // opening quote
  let value = '';
  while (!atEnd(c)) {
    const char = c.text[c.pos++];
    if (char === '"') return value;
    if (char === '\\' && !atEnd(c)) value += c.text[c.pos++];
    else value += char;
  }
  return value; // unterminated: keep what was there
}

/** An unquoted value: a token, leniently extended to anything up to a comma or whitespace. */
function bareValue(c: Cursor): string {
  const start = c.pos;
  while (!atEnd(c) && !/[\s,]/.test(peek(c) ?? '')) c.pos++;
  return c.text.slice(start, c.pos);
}

import { expect, test } from '@jest/globals';
import {
  parseErrorBody,
  redactUrl,
  sanitizeRegistryText,
  buildRegistryError,
} from '../../../src/core/stores/registry/errors.js';
import {
  backoffDelay,
  defaultRetryPolicy,
  isRetryableError,
  parseRetryAfter,
} from '../../../src/core/stores/registry/http.js';
import { nextPage } from '../../../src/core/stores/registry/tags.js';
import { allowsPlainHttp } from '../../../src/core/stores/registry/auth/plain-http.js';
import { parseTokenAnswer, validateRealm } from '../../../src/core/stores/registry/auth/token.js';

const now = Date.parse('2026-03-01T12:00:00Z');

test.each<[string | undefined, number | undefined]>([
  ['0', 0],
  ['7', 7000],
  [' 120 ', 120_000],
  ['Sun, 01 Mar 2026 12:00:30 GMT', 30_000],
  ['Sun, 01 Mar 2026 11:00:00 GMT', 0],
  ['-5', undefined],
  ['1.5', undefined],
  ['soon', undefined],
  ['', undefined],
  [undefined, undefined],
])('Retry-After %j is %j ms', (value, expected) => {
  expect(parseRetryAfter(value, now)).toBe(expected);
});

test.each([
  [
    'http://user:secret@127.0.0.1:5000/v2/app/blobs/uploads/x?_state=abc&digest=sha256:1',
    'http://127.0.0.1:5000/v2/app/blobs/uploads/x?_state=REDACTED&digest=sha256%3A1',
  ],
  [
    'https://cdn.example/blob?X-Amz-Signature=s3cr3t&X-Amz-Credential=k',
    'https://cdn.example/blob?X-Amz-Signature=REDACTED&X-Amz-Credential=REDACTED',
  ],
  ['https://r.example/v2/app/tags/list?n=100&last=v1#frag', 'https://r.example/v2/app/tags/list?n=100&last=v1'],
  [
    'https://auth.example/token?service=s&scope=repository:a:pull&access_token=t',
    'https://auth.example/token?service=s&scope=repository%3Aa%3Apull&access_token=REDACTED',
  ],
  ['not a url', '<invalid URL>'],
])('redactUrl(%s)', (url, expected) => {
  expect(redactUrl(url)).toBe(expected);
});

test.each([
  ['line one\nline two', 'line one line two'],
  ['::error::pwned', ': :error: :pwned'],
  [':::', ': : :'],
  ['tab\there\r\n::set-output x', 'tab here : :set-output x'],
  ['x'.repeat(400), `${'x'.repeat(299)}…`],
])('sanitizeRegistryText(%j)', (text, expected) => {
  expect(sanitizeRegistryText(text)).toBe(expected);
});

test.each([
  [
    '{"errors":[{"code":"MANIFEST_BLOB_UNKNOWN","message":"blob unknown to registry","detail":"sha256:ab"}]}',
    [{ code: 'MANIFEST_BLOB_UNKNOWN', message: 'blob unknown to registry', detail: 'sha256:ab' }],
  ],
  [
    '{"errors":[{"code":"DENIED","message":"no","detail":{"a":1}},{"code":"X"}]}',
    [
      { code: 'DENIED', message: 'no' },
      { code: 'X', message: '' },
    ],
  ],
  ['<html>oops</html>', []],
  ['{"errors":"nope"}', []],
])('parseErrorBody(%s)', (body, expected) => {
  expect(parseErrorBody(body)).toEqual(expected);
});

test('a registry error is one actionable line without secrets from the URL', () => {
  const error = buildRegistryError({
    method: 'PUT',
    url: 'http://u:pw@127.0.0.1:5000/v2/app/manifests/sha256:abc?_state=secret',
    status: 401,
    operation: 'manifest sha256:abc',
    target: '127.0.0.1:5000/app',
    host: '127.0.0.1:5000',
    body: '{"errors":[{"code":"UNAUTHORIZED","message":"authentication required\\n::error::x"}]}',
  });
  expect(error.message).toBe(
    'PUT manifest sha256:abc in 127.0.0.1:5000/app: 401 UNAUTHORIZED (authentication required : :error: :x): check the username/password or token for 127.0.0.1:5000',
  );
  expect(error.code).toBe('AUTH');
  expect(error.url).toBe('http://127.0.0.1:5000/v2/app/manifests/sha256:abc?_state=REDACTED');
  expect(error.registryCodes).toEqual(['UNAUTHORIZED']);
});

test.each([
  [1, 250, 500],
  [2, 500, 1000],
  [3, 1000, 2000],
  [10, 5000, 10_000],
])('backoff of attempt %i lies in [%i, %i]', (attempt, low, high) => {
  expect(backoffDelay(attempt, defaultRetryPolicy, () => 0)).toBe(low);
  expect(backoffDelay(attempt, defaultRetryPolicy, () => 1)).toBe(high);
});

test('the default policy really sleeps its waits, and an abort ends a wait at once', async () => {
  const started = Date.now();
  await defaultRetryPolicy.sleep(120);
  expect(Date.now() - started).toBeGreaterThanOrEqual(110);
  const controller = new AbortController();
  const waiting = defaultRetryPolicy.sleep(60_000, controller.signal);
  controller.abort(new Error('stop'));
  await expect(waiting).rejects.toThrow('stop');
});

test.each([
  [{ code: 'ECONNRESET' }, true],
  [{ code: 'UND_ERR_BODY_TIMEOUT' }, true],
  [{ code: 'X', cause: { code: 'ECONNREFUSED' } }, true],
  [{ code: 'UND_ERR_ABORTED' }, false],
  [new Error('plain'), false],
])('isRetryableError(%j) is %s', (error, expected) => {
  expect(isRetryableError(error)).toBe(expected);
});

const client = { origin: 'https://r.example', name: 'r.example/app' };
const current = new URL('https://r.example/v2/app/tags/list');
test.each<[string | string[] | undefined, string | undefined]>([
  ['</v2/app/tags/list?last=b&n=2>; rel="next"', 'https://r.example/v2/app/tags/list?last=b&n=2'],
  ['<https://r.example/v2/app/tags/list?last=c>; type="x"; rel=next', 'https://r.example/v2/app/tags/list?last=c'],
  ['</prev>; rel="prev", </v2/app/tags/list?last=d>; rel="next"', 'https://r.example/v2/app/tags/list?last=d'],
  [['</prev>; rel="prev"', '</n>; rel="first next"'], 'https://r.example/n'],
  ['</prev>; rel="prev"', undefined],
  [undefined, undefined],
])('Link %j leads to %s', (link, expected) => {
  expect(nextPage({ link }, current, client)?.href).toBe(expected);
});

test('a Link to another origin is refused', () => {
  expect(() => nextPage({ link: '<https://evil.example/v2/app/tags/list>; rel="next"' }, current, client)).toThrow(
    /another origin/,
  );
});

test.each([
  ['{"token":"t1","expires_in":300}', { token: 't1', expiresAt: now + 300_000 }],
  ['{"access_token":"t2"}', { token: 't2', expiresAt: now + 60_000 }],
  ['{"token":"","access_token":"t3","expires_in":-1}', { token: 't3', expiresAt: now + 60_000 }],
])('token answer %s', (body, expected) => {
  expect(parseTokenAnswer(body, 'https://auth/token', now)).toEqual(expected);
});

test.each(['{}', 'not json', '{"token":5}'])('token answer %s is refused without echoing it', (body) => {
  expect(() => parseTokenAnswer(body, 'https://auth/token', now)).toThrow(
    /token server https:\/\/auth\/token answered/,
  );
});

test.each<[string, boolean, string | RegExp]>([
  ['https://auth.example/token', false, 'https://auth.example/token'],
  ['http://127.0.0.1:5001/token', true, 'http://127.0.0.1:5001/token'],
  ['http://[::1]:5001/token', true, 'http://[::1]:5001/token'],
  ['http://auth.example/token', false, /neither loopback nor listed/],
  ['http://plain.example:8080/token', true, 'http://plain.example:8080/token'],
  ['http://[::ffff:7f00:1]:5253/token', false, /neither loopback nor listed/],
  ['http://[::ffff:127.0.0.1]:5253/token', false, /neither loopback nor listed/],
  ['/token', false, /not an absolute URL/],
  ['ftp://auth.example/token', false, /not HTTPS/],
  ['https://user:pw@auth.example/token', false, /user information/],
])('realm %s (allowed as plain HTTP: %s)', (realm, plain, expected) => {
  const allows = (host: string): boolean => allowsPlainHttp(host, ['plain.example']);
  expect(allows(new URL(realm, 'https://x').host)).toBe(plain);
  if (typeof expected === 'string') expect(validateRealm(realm, allows).href).toBe(expected);
  else expect(() => validateRealm(realm, allows)).toThrow(expected);
});

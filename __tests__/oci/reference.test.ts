import { describe, expect, test } from '@jest/globals';
import { isOciError } from '../../src/core/errors.js';
import {
  assertTag,
  formatReference,
  isLoopbackHost,
  isValidTag,
  parseReference,
  repositoryOf,
  withVersion,
  type Reference,
} from '../../src/core/oci/reference.js';

const d = `sha256:${'a'.repeat(64)}`;
const d512 = `sha512:${'b'.repeat(128)}`;

describe('parseReference: registries', () => {
  test.each<[string, Reference]>([
    ['ghcr.io/o/r', { kind: 'registry', registry: 'ghcr.io', apiHost: 'ghcr.io', repository: 'o/r' }],
    [
      'ghcr.io/o/r:1.2.3',
      { kind: 'registry', registry: 'ghcr.io', apiHost: 'ghcr.io', repository: 'o/r', tag: '1.2.3' },
    ],
    [`ghcr.io/o/r@${d}`, { kind: 'registry', registry: 'ghcr.io', apiHost: 'ghcr.io', repository: 'o/r', digest: d }],
    [
      `ghcr.io/o/r:v1@${d512}`,
      { kind: 'registry', registry: 'ghcr.io', apiHost: 'ghcr.io', repository: 'o/r', tag: 'v1', digest: d512 },
    ],
    ['  ghcr.io/o/r:t  ', { kind: 'registry', registry: 'ghcr.io', apiHost: 'ghcr.io', repository: 'o/r', tag: 't' }],
    ['localhost/r', { kind: 'registry', registry: 'localhost', apiHost: 'localhost', repository: 'r' }],
    [
      'localhost:5000/a/b/c:t',
      { kind: 'registry', registry: 'localhost:5000', apiHost: 'localhost:5000', repository: 'a/b/c', tag: 't' },
    ],
    ['127.0.0.1:5000/r', { kind: 'registry', registry: '127.0.0.1:5000', apiHost: '127.0.0.1:5000', repository: 'r' }],
    ['[::1]:5000/r:t', { kind: 'registry', registry: '[::1]:5000', apiHost: '[::1]:5000', repository: 'r', tag: 't' }],
    ['[::1]/r', { kind: 'registry', registry: '[::1]', apiHost: '[::1]', repository: 'r' }],
    [
      'registry.example.com:443/team/app',
      {
        kind: 'registry',
        registry: 'registry.example.com:443',
        apiHost: 'registry.example.com:443',
        repository: 'team/app',
      },
    ],
    ['my-host:5000/r', { kind: 'registry', registry: 'my-host:5000', apiHost: 'my-host:5000', repository: 'r' }],
    [
      'docker.io/library/alpine:3',
      {
        kind: 'registry',
        registry: 'docker.io',
        apiHost: 'registry-1.docker.io',
        repository: 'library/alpine',
        tag: '3',
      },
    ],
    [
      'docker.io/alpine',
      { kind: 'registry', registry: 'docker.io', apiHost: 'registry-1.docker.io', repository: 'library/alpine' },
    ],
    [
      'index.docker.io/o/r',
      { kind: 'registry', registry: 'docker.io', apiHost: 'registry-1.docker.io', repository: 'o/r' },
    ],
    [
      'registry-1.docker.io/o/r',
      { kind: 'registry', registry: 'docker.io', apiHost: 'registry-1.docker.io', repository: 'o/r' },
    ],
    [
      'ghcr.io/a.b/c_d/e__f/g-h/i---j:T_a.g-1',
      {
        kind: 'registry',
        registry: 'ghcr.io',
        apiHost: 'ghcr.io',
        repository: 'a.b/c_d/e__f/g-h/i---j',
        tag: 'T_a.g-1',
      },
    ],
    [
      `ghcr.io/o/r:${'t'.repeat(128)}`,
      { kind: 'registry', registry: 'ghcr.io', apiHost: 'ghcr.io', repository: 'o/r', tag: 't'.repeat(128) },
    ],
  ])('%s', (input, expected) => {
    expect(parseReference(input)).toEqual(expected);
  });

  test.each([
    ['alpine', 'did you mean "docker.io/library/alpine"?'],
    ['alpine:3.19', 'did you mean "docker.io/library/alpine:3.19"?'],
    ['library/alpine', 'did you mean "docker.io/library/alpine"?'],
    ['myorg/app:1', 'did you mean "docker.io/myorg/app:1"?'],
    [`alpine@${d}`, `did you mean "docker.io/library/alpine@${d}"?`],
    ['ghcr.io', 'the repository is missing after the registry host'],
    ['localhost:5000', 'the repository is missing after the registry host'],
    ['ghcr.io/Owner/repo', 'the repository "Owner/repo" must be lowercase'],
    ['ghcr.io/o/r:', 'invalid tag in reference'],
    ['ghcr.io/o/r:-bad', 'invalid tag in reference'],
    ['ghcr.io/o/r:.bad', 'invalid tag in reference'],
    [`ghcr.io/o/r:${'t'.repeat(129)}`, 'invalid tag in reference'],
    ['ghcr.io/o/r:a:b', 'invalid'],
    ['ghcr.io/o/r@sha256:abc', 'invalid digest'],
    [`ghcr.io/o/r@sha256:${'A'.repeat(64)}`, 'invalid digest'],
    ['ghcr.io/o/r@', 'invalid digest'],
    ['ghcr.io/', 'the repository "" must be lowercase'],
    ['ghcr.io/o//r', 'must be lowercase path components'],
    ['ghcr.io/o/r/', 'must be lowercase path components'],
    ['ghcr.io/-o/r', 'must be lowercase path components'],
    ['ghcr.io/o/r___x', 'must be lowercase path components'],
    ['localhost:99999/r', 'bad registry host "localhost:99999"'],
    ['bad_host.io/r', 'bad registry host'],
    ['[zz]:5000/r', 'bad registry host'],
    [`ghcr.io/${'a'.repeat(256)}`, 'must be lowercase path components'],
  ])('refuses %p', (input, message) => {
    let error: unknown;
    try {
      parseReference(input);
    } catch (e) {
      error = e;
    }
    expect(isOciError(error, 'INVALID_REFERENCE')).toBe(true);
    expect((error as Error).message).toContain(`reference "${input}"`);
    expect((error as Error).message).toContain(message);
  });
});

describe('parseReference: oci-layout', () => {
  test.each<[string, Reference]>([
    ['oci-layout:./store', { kind: 'layout', path: './store' }],
    ['oci-layout:./store:v1', { kind: 'layout', path: './store', tag: 'v1' }],
    [`oci-layout:./store@${d}`, { kind: 'layout', path: './store', digest: d }],
    [`oci-layout:./store:v1@${d}`, { kind: 'layout', path: './store', tag: 'v1', digest: d }],
    ['oci-layout:/abs/path/store:latest', { kind: 'layout', path: '/abs/path/store', tag: 'latest' }],
    ['oci-layout:store', { kind: 'layout', path: 'store' }],
    ['oci-layout:./a:b/c', { kind: 'layout', path: './a:b/c' }],
    ['oci-layout:./a:b/c:t', { kind: 'layout', path: './a:b/c', tag: 't' }],
    ['oci-layout:C:/x/store:v1', { kind: 'layout', path: 'C:/x/store', tag: 'v1' }],
    // Windows paths as a runner gives them (RUNNER_TEMP is D:\a\_temp): backslashes separate like slashes.
    ['oci-layout:D:\\a\\_temp\\store:v1', { kind: 'layout', path: 'D:\\a\\_temp\\store', tag: 'v1' }],
    ['oci-layout:D:\\a\\_temp\\store', { kind: 'layout', path: 'D:\\a\\_temp\\store' }],
    [`oci-layout:D:\\a\\store@${d}`, { kind: 'layout', path: 'D:\\a\\store', digest: d }],
    [
      'oci-layout:.\\node_modules\\@scope\\store:v1',
      { kind: 'layout', path: '.\\node_modules\\@scope\\store', tag: 'v1' },
    ],
    ['oci-layout:./node_modules/@scope/store:v1', { kind: 'layout', path: './node_modules/@scope/store', tag: 'v1' }],
    [`oci-layout:./@a/s@${d}`, { kind: 'layout', path: './@a/s', digest: d }],
  ])('%s', (input, expected) => {
    expect(parseReference(input)).toEqual(expected);
  });

  test.each([
    ['oci-layout:', 'the layout path is empty'],
    ['oci-layout::v1', 'the layout path is empty'],
    ['oci-layout:./store:', 'invalid tag'],
    ['oci-layout:./store:bad tag', 'invalid tag'],
    ['oci-layout:./store@sha256:1', 'invalid digest'],
  ])('refuses %p', (input, message) => {
    expect(() => parseReference(input)).toThrow(message);
  });
});

test.each([
  ['ghcr.io/o/r:t', 'ghcr.io/o/r:t'],
  [`ghcr.io/o/r:t@${d}`, `ghcr.io/o/r:t@${d}`],
  ['index.docker.io/alpine', 'docker.io/library/alpine'],
  ['oci-layout:./s:v1', 'oci-layout:./s:v1'],
  ['[::1]:5000/r', '[::1]:5000/r'],
])('formatReference(parseReference(%p)) = %p', (input, expected) => {
  expect(formatReference(parseReference(input))).toBe(expected);
});

test('withVersion and repositoryOf', () => {
  const ref = parseReference(`ghcr.io/o/r:t@${d}`);
  expect(formatReference(withVersion(ref, { tag: 'u' }))).toBe('ghcr.io/o/r:u');
  expect(formatReference(withVersion(ref, { digest: d }))).toBe(`ghcr.io/o/r@${d}`);
  expect(repositoryOf(ref)).toBe('ghcr.io/o/r');
  expect(repositoryOf(parseReference('oci-layout:./s:v1'))).toBe('oci-layout:./s');
  expect(ref.tag).toBe('t');
});

test.each([
  ['v1', true],
  ['_x', true],
  ['.x', false],
  ['-x', false],
  ['a b', false],
  ['', false],
])('isValidTag(%p) = %p', (tag, ok) => {
  expect(isValidTag(tag)).toBe(ok);
  if (ok) expect(assertTag(tag)).toBe(tag);
  else expect(() => assertTag(tag, 'release tag')).toThrow(`invalid release tag "${tag}"`);
});

test.each([
  ['localhost', true],
  ['localhost:5000', true],
  ['127.0.0.1:5000', true],
  ['127.255.0.9', true],
  ['[::1]:5000', true],
  ['[::1]', true],
  ['localhost.example.com', false],
  ['128.0.0.1', false],
  ['[::2]:5000', false],
  ['ghcr.io', false],
])('isLoopbackHost(%p) = %p', (host, loopback) => {
  expect(isLoopbackHost(host)).toBe(loopback);
});

import { expect, test } from '@jest/globals';
import { findChallenge, parseChallenges, type Challenge } from '../../../src/core/stores/registry/auth/challenge.js';

const bearer = (params: Record<string, string>): Challenge => ({ scheme: 'bearer', params });

test.each<[string, string | string[], Challenge[]]>([
  [
    'the Docker Hub form',
    'Bearer realm="https://auth.docker.io/token",service="registry.docker.io",scope="repository:library/alpine:pull"',
    [
      bearer({
        realm: 'https://auth.docker.io/token',
        service: 'registry.docker.io',
        scope: 'repository:library/alpine:pull',
      }),
    ],
  ],
  [
    'parameters in another order, spaces around = and commas',
    'Bearer scope="repository:a:pull,push" , service = "svc",realm="https://r/t"',
    [bearer({ scope: 'repository:a:pull,push', service: 'svc', realm: 'https://r/t' })],
  ],
  [
    'scheme and parameter names in any case',
    'BEARER Realm="https://r/t", SERVICE="svc"',
    [bearer({ realm: 'https://r/t', service: 'svc' })],
  ],
  [
    'quoted strings with escapes and commas inside',
    'Bearer realm="https://r/t",error="invalid_token",error_description="say \\"hi\\", then go"',
    [bearer({ realm: 'https://r/t', error: 'invalid_token', error_description: 'say "hi", then go' })],
  ],
  [
    'unquoted values, leniently including / and :',
    'Bearer realm=https://r:5001/token,service=svc',
    [bearer({ realm: 'https://r:5001/token', service: 'svc' })],
  ],
  [
    'several challenges in one header',
    'Basic realm="basic-realm", Bearer realm="https://r/t",service="svc"',
    [{ scheme: 'basic', params: { realm: 'basic-realm' } }, bearer({ realm: 'https://r/t', service: 'svc' })],
  ],
  [
    'several header values',
    ['Negotiate', 'Bearer realm="https://r/t"'],
    [{ scheme: 'negotiate', params: {} }, bearer({ realm: 'https://r/t' })],
  ],
  [
    'a token68 challenge followed by another',
    'Negotiate abc+/9==, Basic realm="x"',
    [
      { scheme: 'negotiate', params: {}, token68: 'abc+/9==' },
      { scheme: 'basic', params: { realm: 'x' } },
    ],
  ],
  ['a bare scheme', 'Basic', [{ scheme: 'basic', params: {} }]],
  [
    'empty list elements',
    ' , Basic realm="a",, charset="UTF-8" ,',
    [{ scheme: 'basic', params: { realm: 'a', charset: 'UTF-8' } }],
  ],
  [
    'an unterminated quoted string keeps what is there',
    'Bearer realm="https://r/t',
    [bearer({ realm: 'https://r/t' })],
  ],
  ['a repeated parameter keeps the first', 'Bearer realm="a", realm="b"', [bearer({ realm: 'a' })]],
  ['empty', '', []],
])('%s', (_name, header, expected) => {
  expect(parseChallenges(header)).toEqual(expected);
});

test('nothing to parse', () => {
  expect(parseChallenges(undefined)).toEqual([]);
});

test('findChallenge ignores case', () => {
  const challenges = parseChallenges('Basic realm="b", Bearer realm="https://r/t"');
  expect(findChallenge(challenges, 'BEARER')?.params.realm).toBe('https://r/t');
  expect(findChallenge(challenges, 'digest')).toBeUndefined();
});

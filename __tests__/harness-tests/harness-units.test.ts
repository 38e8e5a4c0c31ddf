import { expect, test } from '@jest/globals';
import type { IncomingMessage } from 'node:http';
import { compileRule, seededRandom, type FaultRule } from '../harness/fault-rules.js';
import { assertToolsInstalled, findExecutable } from '../harness/preflight.js';
import { accessFor, globMatches, grantedActions, parseScope, type Grant } from '../harness/token-jwt.js';

test.each([
  ['repository:team/app:pull,push', { type: 'repository', name: 'team/app', actions: ['pull', 'push'] }],
  ['repository(plugin):a/b:pull', { type: 'repository', name: 'a/b', actions: ['pull'] }],
  ['registry:catalog:*', { type: 'registry', name: 'catalog', actions: ['*'] }],
  ['repository:host:5000/a:pull', { type: 'repository', name: 'host:5000/a', actions: ['pull'] }],
  ['repository:team/app', undefined],
  ['nonsense', undefined],
])('parseScope(%s)', (scope, expected) => {
  expect(parseScope(scope)).toEqual(expected);
});

test.each([
  ['team/*', 'team/app', true],
  ['team/*', 'team/a/b', true],
  ['team/*', 'other/app', false],
  ['*', 'anything/at/all', true],
  ['a.b', 'axb', false],
])('globMatches(%s, %s) is %s', (pattern, value, expected) => {
  expect(globMatches(pattern, value)).toBe(expected);
});

const grants: Grant[] = [
  { user: '*', repository: 'public/*', actions: ['pull'] },
  { user: 'dev', repository: '*', actions: ['pull', 'push'] },
  { user: 'dev', repository: 'locked/*', actions: [] },
];
test.each([
  ['dev', 'team/app', ['pull', 'push']],
  ['dev', 'locked/x', []],
  ['dev', 'public/x', ['pull', 'push']],
  [undefined, 'public/x', ['pull']],
  [undefined, 'team/app', []],
  ['other', 'public/x', ['pull']],
])('grantedActions(%s, %s)', (user, repository, expected) => {
  expect(grantedActions(grants, user, repository)).toEqual(expected);
});

test('accessFor intersects requested with granted and drops non-repository scopes', () => {
  const access = accessFor(['repository:a/b:pull,push,delete', 'registry:catalog:* repository:c/d:pull'], (name) =>
    name === 'a/b' ? ['pull', 'push'] : ['*'],
  );
  expect(access).toEqual([
    { type: 'repository', name: 'a/b', actions: ['pull', 'push'] },
    { type: 'repository', name: 'c/d', actions: ['pull'] },
  ]);
});

const request = (method: string): IncomingMessage => ({ method }) as IncomingMessage;
const fires = (rule: Omit<FaultRule, 'fault'>, methods: string[]): boolean[] => {
  const compiled = compileRule({ ...rule, fault: { kind: 'reset-before' } }, () => {});
  return methods.map((m) => compiled.select(request(m), '/v2/') !== undefined);
};
test.each([
  ['nth 2', { nth: 2 }, ['GET', 'GET', 'GET'], [false, true, false]],
  ['first 2', { first: 2 }, ['GET', 'GET', 'GET'], [true, true, false]],
  ['always', {}, ['GET', 'GET'], [true, true]],
  ['method filter counts only matching', { method: 'put', nth: 1 }, ['GET', 'PUT', 'PUT'], [false, true, false]],
  ['path filter', { path: /blobs/ }, ['GET'], [false]],
])('rule selection: %s', (_name, rule, methods, expected) => {
  expect(fires(rule, methods)).toEqual(expected);
});

test('seeded rates repeat exactly and reject two selectors', () => {
  expect(fires({ rate: 0.5, seed: 7 }, Array(20).fill('GET'))).toEqual(
    fires({ rate: 0.5, seed: 7 }, Array(20).fill('GET')),
  );
  expect(seededRandom(1)()).toBe(seededRandom(1)());
  expect(() => compileRule({ nth: 1, first: 1, fault: { kind: 'reset-before' } }, () => {})).toThrow(/at most one/);
});

test('preflight names a missing tool and how to install it in one line', () => {
  expect(findExecutable('sh')).toMatch(/\/sh$/);
  expect(() => assertToolsInstalled([{ command: 'no-such-tool-xyz', install: 'apt-get install xyz' }])).toThrow(
    'missing test tools: no-such-tool-xyz (apt-get install xyz)',
  );
});

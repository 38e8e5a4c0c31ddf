/**
 * Fuzz: Docker config files (stores/registry/auth/docker-config.ts). For any config.json text and any helper
 * answer: a credential, nothing, or one of our errors on one line (INVALID_INPUT for the file, AUTH for a
 * helper), and never a secret from the file in the message.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fc, it } from '@fast-check/jest';
import { afterAll, describe, expect } from '@jest/globals';
import { dockerConfigCredentials } from '../../src/core/stores/registry/auth/docker-config.js';
import { announce, propertyTimeout, runs } from './config.js';
import { bent, hostileString, jsonValue } from './arbitraries.js';
import { outcomeAsync } from './oracle.js';

announce('docker-config');

const dir = mkdtempSync(join(tmpdir(), 'fuzz-docker-config-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const secret = 'S3CRET-never-in-a-message';
const hosts = [
  'registry.example',
  'https://index.docker.io/v1/',
  'docker.io',
  'HTTP://Registry.Example/v2/',
  'registry.example:5000',
  '__proto__',
  'toString',
];
const authEntry = fc.record(
  {
    auth: fc.oneof(
      fc.constant(Buffer.from(`user:${secret}`).toString('base64')),
      fc.string({ maxLength: 12 }),
      fc.constant(Buffer.from(`:${secret}`).toString('base64')),
    ),
    username: fc.oneof(fc.constant('user'), fc.string({ maxLength: 5 })),
    password: fc.constant(secret),
    identitytoken: fc.oneof(fc.constant(secret), fc.constant('')),
  },
  { requiredKeys: [] },
);
const configObject = fc.record(
  {
    auths: fc.dictionary(fc.constantFrom(...hosts), authEntry, { maxKeys: 3 }),
    credHelpers: fc.dictionary(fc.constantFrom(...hosts), fc.constantFrom('pass', 'bad name', 'x/../y', ''), {
      maxKeys: 2,
    }),
    credsStore: fc.constantFrom('desktop', 'a b', ''),
  },
  { requiredKeys: [] },
);
const configText = fc.oneof(
  configObject.map((c) => JSON.stringify(c)),
  // A file cut short or broken next to a secret: the parser's message must not quote it.
  fc.tuple(configObject, fc.nat(), fc.constantFrom('', '}', '\u0000', ',,')).map(([c, at, junk]) => {
    const text = JSON.stringify(c);
    const i = text.indexOf(secret) >= 0 ? text.indexOf(secret) + (at % secret.length) : at % (text.length + 1);
    return text.slice(0, i) + junk;
  }),
  bent(configObject as fc.Arbitrary<Record<string, unknown>>).map((c) => JSON.stringify(c)),
  jsonValue.map((v) => JSON.stringify(v) ?? ''),
  hostileString(500),
);
const helperAnswer = fc.oneof(
  fc.constantFrom(
    `{"Username":"u","Secret":"${secret}"}`,
    `{"Username":"<token>","Secret":"${secret}"}`,
    '{}',
    'null',
    '[]',
    '"x"',
  ),
  jsonValue.map((v) => JSON.stringify(v) ?? ''),
  hostileString(200),
  fc.constant(new Error('credentials not found in native keychain')),
  fc.constant(new Error(`helper crashed\nwith exit code 1`)),
);

describe('fuzz: Docker config files', () => {
  it.prop(
    [configText, helperAnswer, fc.constantFrom('registry.example', 'docker.io', 'registry.example:5000', 'toString')],
    runs(60),
  )(
    'a config file gives a credential, nothing, or one of our errors without the secret',
    async (text, answer, host) => {
      writeFileSync(join(dir, 'config.json'), text);
      const provider = dockerConfigCredentials({
        configDir: dir,
        runHelper: async () => {
          if (answer instanceof Error) throw answer;
          return answer;
        },
      });
      const result = await outcomeAsync(() => provider(host), ['INVALID_INPUT', 'AUTH']);
      if (!result.ok) {
        expect(result.error.message).not.toContain(secret);
        return;
      }
      const credential = result.value;
      if (credential === undefined) return;
      if ('identityToken' in credential) expect(typeof credential.identityToken).toBe('string');
      else expect(typeof credential.username + typeof credential.password).toBe('stringstring');
    },
    propertyTimeout,
  );
});

/**
 * Fuzz: the CLI's argv and YAML config (src/cli/argv.ts). For any argument list and any YAML text: a map
 * of input names to strings, or one INVALID_INPUT line; flags win over the file; deep or aliased YAML does
 * not overflow the stack or blow up memory.
 */
import { fc, it } from '@fast-check/jest';
import { describe, expect } from '@jest/globals';
import { parseArgv } from '../../src/cli/argv.js';
import { announce, propertyTimeout, runs } from './config.js';
import { hostileString, pieces } from './arbitraries.js';
import { jsonSize, outcomeAsync } from './oracle.js';

announce('config');

const yamlText = fc.oneof(
  pieces(
    [
      'platforms: ',
      'linux/amd64',
      '\n',
      '  - ',
      'tags: [a, b]',
      'dry-run: true',
      'x: {a: 1}',
      'a: &x [1, 2]',
      'b: *x',
      '? [k]\n: v',
      '!!binary aGk=',
      '"q\\n"',
      "'",
      '#',
      ':',
      '- ',
      '[',
      ']',
      '{',
      '}',
      '~',
      'null',
      '1e400',
      '0x10',
    ],
    20,
  ),
  fc.integer({ min: 1, max: 20_000 }).map((n) => `key: ${'['.repeat(n)}${']'.repeat(n)}`),
  fc.integer({ min: 1, max: 12 }).map((n) => {
    // The billion-laughs shape: each level refers to the one before ten times.
    const lines = ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i <= n; i++)
      lines.push(
        `a${i}: &a${i} [${Array(10)
          .fill(`*a${i - 1}`)
          .join(', ')}]`,
      );
    return lines.join('\n');
  }),
  hostileString(500),
);
const argv = fc.array(
  fc.oneof(
    fc.constantFrom(
      'push',
      'merge',
      '--dry-run',
      '--platforms',
      '--config',
      'cfg.yml',
      '--help',
      '-h',
      '--tags=a,b',
      '--=x',
      '--',
      'linux/amd64',
    ),
    hostileString(20),
  ),
  { maxLength: 8 },
);

describe('fuzz: CLI arguments and YAML config', () => {
  it.prop([argv, yamlText], runs(15))(
    'parseArgv gives string values or one INVALID_INPUT line, whatever the config file holds',
    async (args, yaml) => {
      const result = await outcomeAsync(
        () => parseArgv(['--config', 'cfg.yml', ...args], () => yaml),
        ['INVALID_INPUT'],
      );
      if (!result.ok) return;
      for (const value of Object.values(result.value.values)) expect(typeof value).toBe('string');
      expect(jsonSize(result.value.values)).toBeLessThanOrEqual(50 * (yaml.length + args.join(' ').length) + 100);
    },
    propertyTimeout,
  );
});

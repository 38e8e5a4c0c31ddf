/**
 * Pull on a Windows runner: a title is checked once (safeTitle, '/'-separated) and joined under `output` with
 * the machine's path module. Here that module is path.win32, whatever machine runs the test: every title that
 * passes lands inside `output`, and every form Windows would read as a way out (backslashes, drive letters,
 * drive-relative `C:x`, UNC shares, `..`) is refused before anything is written.
 */
import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import path from 'node:path';
import { safeTitle } from '../../src/core/pull/pull.js';
import { isOciError } from '../../src/core/errors.js';

const output = 'C:\\actions-runner\\_work\\repo\\out';
const landsAt = (title: string): string => path.win32.join(output, ...safeTitle(title).split('/'));
const inside = (target: string): boolean => {
  const rel = path.win32.relative(output, target);
  return rel !== '' && rel.split('\\')[0] !== '..' && !path.win32.isAbsolute(rel);
};

describe('pull: titles on Windows (path.win32)', () => {
  test.each([
    ['tool.exe', 'tool.exe'],
    ['bin/tool.exe', 'bin\\tool.exe'],
    ['./share//doc/', 'share\\doc'],
    ['....', '....'],
    ['a..b/c', 'a..b\\c'],
  ])('%p is written at output\\%s', (title, rel) => {
    expect(landsAt(title)).toBe(`${output}\\${rel}`);
  });

  test.each([
    '..\\evil.ps1',
    'bin\\..\\..\\evil',
    'C:\\Windows\\System32\\evil.dll',
    'C:evil',
    'c:/evil',
    '\\\\server\\share\\evil',
    '//server/share/evil',
    '/evil',
    'a/../../evil',
    '.git/hooks/pre-commit',
    '.GIT./config',
    '',
  ])('%p is refused with one UNSAFE line', (title) => {
    let caught: unknown;
    try {
      landsAt(title);
    } catch (e) {
      caught = e;
    }
    expect(isOciError(caught, 'UNSAFE')).toBe(true);
    expect((caught as Error).message).not.toMatch(/\n/);
  });

  test('any title that is accepted lands inside output', () => {
    const piece = fc.oneof(
      fc.constantFrom('..', '.', '', 'C:', 'c:', '\\', '\\\\', '/', 'a', 'b.txt', '....', '.git', 'x:y', ' '),
      fc.string({ maxLength: 6 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 6 }), (pieces) => {
        const title = pieces.join('/');
        let target: string;
        try {
          target = landsAt(title);
        } catch (e) {
          expect(isOciError(e, 'UNSAFE')).toBe(true);
          return;
        }
        expect(inside(target)).toBe(true);
      }),
      { seed: 15, numRuns: 3000 },
    );
  });
});

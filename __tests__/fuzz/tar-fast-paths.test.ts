/**
 * Fuzz: the extractor's fast paths give the answers of the full rules they stand in for. safeRelativePath's
 * plain-name shortcut (safe-path.ts) against checkedRelativePath, on names drawn from the characters the rules
 * care about; decodeHeader's byte-by-byte octal fields (tar-format.ts) against the rule as it was written
 * before (trim NULs and spaces, then only octal digits), on fields of digits, spaces, NULs and strays.
 */
import { fc, it } from '@fast-check/jest';
import { describe, expect } from '@jest/globals';
import { checkedRelativePath, safeRelativePath } from '../../src/core/artifact/safe-path.js';
import { decodeHeader, encodeHeader } from '../../src/core/artifact/tar/tar-format.js';
import { announce, runs } from './config.js';

announce('tar-fast-paths');

const answer = (f: () => string): string => {
  try {
    return `ok ${f()}`;
  } catch (e) {
    return `error ${(e as Error).message}`;
  }
};

const nameChars = ['a', 'G', 'i', 't', 'g', 'I', 'T', '_', '-', '.', '/', '\\', ':', 'C', ' ', '\0', 'é', '0'];
const names = fc.oneof(
  fc.string({ unit: fc.constantFrom(...nameChars), maxLength: 14 }),
  fc
    .array(fc.constantFrom('a', '.git', '.GIT.', '..', '.', '', 'b-1', 'C:', 'x.y', '_', '-', '.a'), {
      maxLength: 5,
    })
    .map((parts) => parts.join('/')),
);

describe('safeRelativePath: the plain-name shortcut', () => {
  it.prop([names], runs(3000))('answers as the full check does', (name) => {
    expect(answer(() => safeRelativePath(name))).toBe(answer(() => checkedRelativePath(name)));
  });
});

/** The octal rule as tar-format.ts wrote it before reading fields byte by byte. */
function octalByText(field: Buffer, what: string): string {
  const text = field
    .toString('latin1')
    .replace(/[\0 ]+$/, '')
    .replace(/^ +/, '');
  if (text === '') return 'ok 0';
  if (!/^[0-7]+$/.test(text)) return `bad ${what}`;
  return `ok ${parseInt(text, 8)}`;
}

const fieldBytes = (length: number) =>
  fc
    .array(fc.constantFrom(0x30, 0x31, 0x37, 0x20, 0x00, 0x38, 0x2d, 0x78), { minLength: length, maxLength: length })
    .map((bytes) => Buffer.from(bytes));

describe('decodeHeader: octal fields read byte by byte', () => {
  it.prop([fieldBytes(8), fieldBytes(12)], runs(3000))('mode and size as the text rule read them', (mode, size) => {
    const block = encodeHeader({ name: 'f', mode: 0o644, size: 1, type: '0', linkName: '' });
    mode.copy(block, 100);
    size.copy(block, 124);
    // A fresh checksum, so that only the two fields can be wrong.
    let sum = 8 * 0x20;
    for (let i = 0; i < 512; i++) if (i < 148 || i >= 156) sum += block[i] as number;
    block.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 8, 'latin1');
    const byText = [octalByText(mode, 'mode'), octalByText(size, 'size')];
    const expected = byText.find((a) => a.startsWith('bad')) ?? `ok ${byText.map((a) => a.slice(3)).join(' ')}`;
    let got: string;
    try {
      const h = decodeHeader(block);
      got = `ok ${h.mode} ${h.size}`;
    } catch (e) {
      const m = /bad (mode|size) field/.exec((e as Error).message);
      got = m ? `bad ${m[1]}` : `error ${(e as Error).message}`;
    }
    expect(got).toBe(expected);
  });
});

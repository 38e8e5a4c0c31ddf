import { describe, expect, test } from '@jest/globals';
import { isOciError } from '../../src/core/errors.js';
import {
  createAnnotationMatcher,
  parseAnnotationLines,
  parseList,
  parseMetadataActionAnnotations,
} from '../../src/core/oci/annotations.js';

const errorOf = (f: () => unknown): Error => {
  try {
    f();
  } catch (e) {
    return e as Error;
  }
  throw new Error('expected an error');
};

describe('parseAnnotationLines', () => {
  test.each([
    ['empty', '', {}],
    ['one line', 'org.opencontainers.image.title=tool', { 'org.opencontainers.image.title': 'tool' }],
    ['blank lines and whitespace', '\n  a=1  \n\n\tb = two words \r\n', { a: '1', b: 'two words' }],
    ['value with =', 'a=x=y==', { a: 'x=y==' }],
    ['empty value', 'a=', { a: '' }],
    ['repeated with the same value', 'a=1\na=1', { a: '1' }],
    ['slashes, dashes, underscores', 'com.example/my_key-2=v', { 'com.example/my_key-2': 'v' }],
    [
      'value with colon and spaces',
      'org.opencontainers.image.ref.name=1.2.3 linux/amd64: yes',
      { 'org.opencontainers.image.ref.name': '1.2.3 linux/amd64: yes' },
    ],
  ])('%s', (_name, text, expected) => {
    expect(parseAnnotationLines(text, 'annotations')).toEqual(expected);
  });

  test.each([
    ['no =', 'a=1\n\nnot-a-pair', 'annotations, line 3: expected key=value, got "not-a-pair"'],
    ['empty key', '=v', 'annotations, line 1: invalid annotation key ""'],
    ['key with space', 'my key=v', 'invalid annotation key "my key"'],
    ['key with colon', 'index:a=v', 'invalid annotation key "index:a"'],
    ['key ending in .', 'a.=v', 'invalid annotation key "a."'],
    ['key too long', `${'k'.repeat(257)}=v`, 'line 1: invalid annotation key'],
    ['conflicting repeat', 'a=1\nb=2\na=3', 'annotations, line 3: "a" was already set to another value on line 1'],
  ])('refuses %s', (_name, text, message) => {
    const e = errorOf(() => parseAnnotationLines(text, 'annotations'));
    expect(isOciError(e, 'INVALID_INPUT')).toBe(true);
    expect(e.message).toContain(message);
  });
});

describe('parseMetadataActionAnnotations', () => {
  test('splits the levels metadata-action writes; unprefixed lines go to the index', () => {
    const text = [
      'manifest:org.opencontainers.image.title=app',
      'index:org.opencontainers.image.title=app',
      'manifest-descriptor:org.opencontainers.image.version=1.0',
      'index-descriptor:org.opencontainers.image.version=1.0',
      'index,manifest:org.opencontainers.image.licenses=MIT',
      'org.opencontainers.image.source=https://github.com/o/r',
      '',
    ].join('\n');
    expect(parseMetadataActionAnnotations(text)).toEqual({
      index: {
        'org.opencontainers.image.title': 'app',
        'org.opencontainers.image.licenses': 'MIT',
        'org.opencontainers.image.source': 'https://github.com/o/r',
      },
      manifest: { 'org.opencontainers.image.title': 'app', 'org.opencontainers.image.licenses': 'MIT' },
      indexDescriptor: { 'org.opencontainers.image.version': '1.0' },
      manifestDescriptor: { 'org.opencontainers.image.version': '1.0' },
    });
  });

  test('a colon in the value is not a prefix', () => {
    expect(parseMetadataActionAnnotations('a=b:c').index).toEqual({ a: 'b:c' });
  });

  test.each([
    ['unknown level', 'layer:a=b', 'annotations, line 1: unknown annotation level "layer"'],
    ['platform-qualified level', 'manifest[linux/amd64]:a=b', 'platform-qualified levels are not supported'],
    ['missing =', 'index:a', 'annotations, line 1: expected key=value'],
    ['conflicting index values', 'a=1\nindex:a=2', 'line 2: "a" was already set to another value on line 1'],
  ])('refuses %s', (_name, text, message) => {
    const e = errorOf(() => parseMetadataActionAnnotations(text));
    expect(isOciError(e, 'INVALID_INPUT')).toBe(true);
    expect(e.message).toContain(message);
  });
});

describe('createAnnotationMatcher', () => {
  test.each([
    [['org.opencontainers.image.ref.name'], 'org.opencontainers.image.ref.name', true],
    [['org.opencontainers.image.ref.name'], 'org.opencontainers.image.ref.names', false],
    [['sh.brew.*'], 'sh.brew.tab', true],
    [['sh.brew.*'], 'sh.brew.', true],
    [['sh.brew.*'], 'sh.brewx.tab', false],
    [['sh.brew.*'], 'xsh.brew.tab', false],
    [['*'], 'anything.at/all', true],
    [['*.version'], 'org.opencontainers.image.version', true],
    [['a.*.c'], 'a.b.b.c', true],
    [['a.b'], 'aXb', false],
    [[], 'a', false],
    [['x', 'y.*'], 'y.z', true],
  ])('%j matches %p: %p', (patterns, key, expected) => {
    expect(createAnnotationMatcher(patterns)(key)).toBe(expected);
  });

  test.each([[''], ['a b'], ['(.*)']])('refuses the pattern %p', (pattern) => {
    expect(
      isOciError(
        errorOf(() => createAnnotationMatcher([pattern])),
        'INVALID_INPUT',
      ),
    ).toBe(true);
  });
});

test.each([
  ['', []],
  ['linux/amd64,linux/arm64', ['linux/amd64', 'linux/arm64']],
  [' a , b\n c\r\n\n,d,, ', ['a', 'b', 'c', 'd']],
  ['1.2.3\nlatest\n', ['1.2.3', 'latest']],
])('parseList(%p)', (text, expected) => {
  expect(parseList(text)).toEqual(expected);
});

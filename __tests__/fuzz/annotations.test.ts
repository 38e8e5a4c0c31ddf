/**
 * Fuzz: annotations (oci/annotations.ts, index/annotations.ts). Any text parses or fails with one
 * INVALID_INPUT line; written key=value lines parse back to the map; key matchers answer in time on long
 * keys from a manifest; index annotations and created times never fail with anything but our error.
 */
import { fc, it } from '@fast-check/jest';
import { describe, expect } from '@jest/globals';
import {
  createAnnotationMatcher,
  isValidAnnotationKey,
  parseAnnotationLines,
  parseList,
  parseMetadataActionAnnotations,
} from '../../src/core/oci/annotations.js';
import { buildIndexAnnotations, epochToRfc3339 } from '../../src/core/index/annotations.js';
import { announce, propertyTimeout, runs } from './config.js';
import { annotationKey, hostileString, pieces, textOver } from './arbitraries.js';
import { outcome } from './oracle.js';

announce('annotations');

const lineText = pieces(
  [
    'index:',
    'manifest:',
    'index,manifest:',
    'manifest-descriptor:',
    'manifest[linux/amd64]:',
    'org.opencontainers.image.title',
    '=',
    'value',
    '\n',
    '\r\n',
    ' ',
    'a=b',
    ':',
    ',',
  ],
  30,
);

describe('fuzz: annotations', () => {
  it.prop([fc.oneof(lineText, hostileString(3000))], runs(100))(
    'annotation lines and metadata-action lines parse to string maps, or fail with one INVALID_INPUT line',
    (text) => {
      for (const parse of [
        (): unknown => parseAnnotationLines(text, 'annotations'),
        (): unknown => parseMetadataActionAnnotations(text),
      ]) {
        const result = outcome(parse, ['INVALID_INPUT']);
        if (!result.ok) continue;
        const value = result.value as Record<string, unknown>;
        const maps = Object.hasOwn(value, 'manifestDescriptor') ? Object.values(value) : [value];
        for (const map of maps as Record<string, string>[]) {
          for (const [k, v] of Object.entries(map)) {
            expect(isValidAnnotationKey(k)).toBe(true);
            expect(typeof v).toBe('string');
          }
        }
      }
      expect(parseList(text).every((item) => item !== '' && item === item.trim())).toBe(true);
    },
    propertyTimeout,
  );

  it.prop(
    [
      fc.dictionary(
        annotationKey.filter(isValidAnnotationKey),
        fc.string({ maxLength: 20 }).map((v) => v.replace(/[\r\n]/g, '').trim()),
        { maxKeys: 6 },
      ),
    ],
    runs(60),
  )(
    'key=value lines written from a map parse back to the same map',
    (map) => {
      const text = Object.entries(map)
        .map(([k, v]) => `${k}=${v}`)
        .join('\n');
      expect(parseAnnotationLines(text, 'annotations')).toEqual({ ...map });
    },
    propertyTimeout,
  );

  it.prop(
    [
      fc.array(fc.oneof(textOver('ab*.', 16), hostileString(10)), { minLength: 1, maxLength: 3 }),
      fc.oneof(textOver('ab.', 3000), annotationKey, hostileString(3000)),
    ],
    runs(60),
  )(
    'a key matcher is built or refused with INVALID_INPUT, and answers on any key, however long',
    (patterns, key) => {
      const matcher = outcome(() => createAnnotationMatcher(patterns), ['INVALID_INPUT']);
      if (!matcher.ok) return;
      const matches = matcher.value(key);
      if (patterns.some((p) => p.trim() === key)) expect(matches).toBe(true);
      if (patterns.some((p) => p.trim() === '*')) expect(matches).toBe(true);
    },
    propertyTimeout,
  );

  it.prop(
    [
      fc.oneof(fc.integer(), fc.double(), fc.constant(253402300799), fc.constant(253402300800)),
      fc.dictionary(fc.string(), fc.string(), { maxKeys: 3 }),
    ],
    runs(60),
  )(
    'created times and index annotations are built or refused with INVALID_INPUT',
    (seconds, user) => {
      const created = outcome(() => epochToRfc3339(seconds), ['INVALID_INPUT']);
      if (created.ok) expect(created.value).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
      const built = outcome(
        () => buildIndexAnnotations(user, { createdEpochSeconds: seconds, source: 's' }),
        ['INVALID_INPUT'],
      );
      if (built.ok) for (const [k, v] of Object.entries(user)) expect(built.value[k]).toBe(v);
    },
    propertyTimeout,
  );
});

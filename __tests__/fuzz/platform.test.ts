/**
 * Fuzz: platforms (oci/platform.ts, index/platforms.ts). Parsing any text gives a platform or one
 * INVALID_PLATFORM line; normalisation is idempotent; parse(format(p)) is p; the entry order is a total
 * order that agrees with platform identity.
 */
import { fc, it } from '@fast-check/jest';
import { describe, expect } from '@jest/globals';
import type { Platform } from '../../src/core/oci/descriptor.js';
import {
  comparePlatforms,
  formatPlatform,
  normalisePlatform,
  parsePlatform,
  platformMatch,
  platformSlug,
  samePlatform,
} from '../../src/core/oci/platform.js';
import {
  compareEntries,
  describePlatform,
  platformGap,
  platformKey,
  checkCompleteness,
} from '../../src/core/index/platforms.js';
import type { FlatEntry } from '../../src/core/index/types.js';
import { announce, propertyTimeout, runs } from './config.js';
import { hostileString, platformObject, platformText, validDigest } from './arbitraries.js';
import { outcome } from './oracle.js';

announce('platform');

const sign = (n: number): number => (n < 0 ? -1 : n > 0 ? 1 : 0);

describe('fuzz: platforms', () => {
  it.prop([fc.oneof(platformText, hostileString(3000))], runs(150))(
    'parsePlatform gives a normalised platform that formats and parses back to itself, or one INVALID_PLATFORM line',
    (text) => {
      const result = outcome(() => parsePlatform(text), ['INVALID_PLATFORM']);
      if (!result.ok) return;
      const p = result.value;
      expect(normalisePlatform(p)).toEqual(p);
      expect(parsePlatform(formatPlatform(p))).toEqual(p);
    },
    propertyTimeout,
  );

  it.prop([platformObject], runs(100))(
    'normalisePlatform is idempotent and keys agree with samePlatform',
    (p) => {
      const once = normalisePlatform(p as Platform);
      expect(normalisePlatform(once)).toEqual(once);
      expect(platformKey(p as Platform)).toBe(platformKey(once));
      expect(samePlatform(p as Platform, once)).toBe(true);
      void platformSlug(p as Platform);
      void describePlatform(p as Platform);
      void platformMatch(p as Platform, once);
    },
    propertyTimeout,
  );

  it.prop([platformObject, platformObject, platformObject], runs(100))(
    'comparePlatforms is a total order consistent with platformKey',
    (a, b, c) => {
      const [pa, pb, pc] = [a, b, c] as Platform[] as [Platform, Platform, Platform];
      expect(sign(comparePlatforms(pa, pb)) + sign(comparePlatforms(pb, pa))).toBe(0);
      expect(comparePlatforms(pa, pb) === 0).toBe(platformKey(pa) === platformKey(pb));
      if (comparePlatforms(pa, pb) <= 0 && comparePlatforms(pb, pc) <= 0) {
        expect(comparePlatforms(pa, pc)).toBeLessThanOrEqual(0);
      }
    },
    propertyTimeout,
  );

  const entry = fc
    .record({
      platform: fc.option(platformObject, { nil: undefined }),
      digest: validDigest,
      source: fc.constantFrom('a', 'b', 'c'),
      attestation: fc.boolean(),
    })
    .map((e): FlatEntry => ({
      descriptor: { mediaType: 'application/vnd.oci.image.manifest.v1+json', digest: e.digest, size: 1 },
      platform: e.platform as Platform | undefined,
      source: e.source,
      attestation: e.attestation,
      fromBase: false,
    }));

  it.prop([fc.array(entry, { maxLength: 8 }), fc.array(platformObject, { maxLength: 4 })], runs(60))(
    'entry order does not depend on input order; the completeness gate fails only with INCOMPLETE',
    (entries, expected) => {
      const sorted = [...entries].sort(compareEntries);
      const again = [...entries].reverse().sort(compareEntries);
      expect(again.map((e) => [platformKey(e.platform ?? { os: '', architecture: '' }), e.descriptor.digest])).toEqual(
        sorted.map((e) => [platformKey(e.platform ?? { os: '', architecture: '' }), e.descriptor.digest]),
      );
      void platformGap(expected as Platform[], entries);
      outcome(() => checkCompleteness(expected as Platform[], entries), ['INCOMPLETE']);
    },
    propertyTimeout,
  );
});

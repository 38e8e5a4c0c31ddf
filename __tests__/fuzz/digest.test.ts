/** Fuzz: digests (core/oci/digest.ts). Any text parses or fails with INVALID_DIGEST; a valid digest round-trips. */
import { fc, it } from '@fast-check/jest';
import { describe, expect } from '@jest/globals';
import { isDigest, parseDigest, verifyBytes } from '../../src/core/oci/digest.js';
import { announce, propertyTimeout, runs } from './config.js';
import { digestLike, hostileString } from './arbitraries.js';
import { outcome } from './oracle.js';

announce('digest');

describe('fuzz: digests', () => {
  it.prop([fc.oneof(digestLike, hostileString(20000))], runs(150))(
    'parseDigest returns algorithm and hex that format back to the input, or fails with INVALID_DIGEST',
    (text) => {
      const result = outcome(() => parseDigest(text), ['INVALID_DIGEST']);
      expect(isDigest(text)).toBe(result.ok);
      if (result.ok) expect(`${result.value.algorithm}:${result.value.hex}`).toBe(text);
    },
    propertyTimeout,
  );

  it.prop([fc.uint8Array({ maxLength: 64 }), digestLike, fc.oneof(fc.nat(), fc.double())], runs(60))(
    'verifyBytes against any descriptor passes only for the true digest and size, else one of our errors',
    (bytes, digest, size) => {
      const result = outcome(
        () => verifyBytes(bytes, { digest, size }),
        ['INVALID_DIGEST', 'SIZE_MISMATCH', 'DIGEST_MISMATCH'],
      );
      if (result.ok) expect(size === bytes.length).toBe(true);
    },
    propertyTimeout,
  );
});

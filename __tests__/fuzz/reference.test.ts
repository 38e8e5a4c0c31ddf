/**
 * Fuzz: references (core/oci/reference.ts). Any text parses or fails with INVALID_REFERENCE on one line;
 * what parses formats back to text that parses to the same reference (format/parse round-trip).
 */
import { fc, it } from '@fast-check/jest';
import { describe, expect } from '@jest/globals';
import { formatReference, isLoopbackHost, parseReference, repositoryOf } from '../../src/core/oci/reference.js';
import { announce, propertyTimeout, runs } from './config.js';
import { hostileString, referenceLike, validRegistryReference } from './arbitraries.js';
import { outcome } from './oracle.js';

announce('reference');

describe('fuzz: references', () => {
  it.prop([fc.oneof(referenceLike, hostileString(5000))], runs(150))(
    'parseReference returns a reference that round-trips through formatReference, or fails with INVALID_REFERENCE',
    (text) => {
      const result = outcome(() => parseReference(text), ['INVALID_REFERENCE', 'INVALID_DIGEST']);
      if (!result.ok) return;
      const ref = result.value;
      const formatted = formatReference(ref);
      expect(parseReference(formatted)).toEqual(ref);
      expect(formatReference(parseReference(formatted))).toBe(formatted);
      expect(formatted.length).toBeLessThanOrEqual(text.length + 'library/'.length + 'oci-layout:'.length);
      void repositoryOf(ref);
      if (ref.kind === 'registry') void isLoopbackHost(ref.apiHost);
    },
    propertyTimeout,
  );

  it.prop([validRegistryReference], runs(60))(
    'every well-formed registry reference parses',
    (text) => {
      const ref = parseReference(text);
      expect(ref.kind).toBe('registry');
    },
    propertyTimeout,
  );
});

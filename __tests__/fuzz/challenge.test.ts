/**
 * Fuzz: WWW-Authenticate challenges (stores/registry/auth/challenge.ts) and token answers (auth/token.ts). The
 * challenge parser never throws, returns no more challenges than the header has characters, and reads back
 * what a server wrote; a token answer gives a token with a finite expiry or one AUTH line; a realm is a
 * URL we may send credentials to or an UNSAFE line.
 */
import { fc, it } from '@fast-check/jest';
import { describe, expect } from '@jest/globals';
import { findChallenge, parseChallenges } from '../../src/core/stores/registry/auth/challenge.js';
import { parseTokenAnswer, validateRealm } from '../../src/core/stores/registry/auth/token.js';
import { announce, propertyTimeout, runs } from './config.js';
import {
  type ChallengeSpec,
  bent,
  challengeHeader,
  challengeSpec,
  hostileString,
  jsonValue,
  writeChallenge,
} from './arbitraries.js';
import { jsonSize, outcome } from './oracle.js';

announce('challenge');

describe('fuzz: WWW-Authenticate challenges and token answers', () => {
  it.prop([fc.oneof(challengeHeader, fc.array(challengeHeader, { maxLength: 3 }), hostileString(16_000))], runs(150))(
    'parseChallenges never throws and its result is bounded by the header',
    (header) => {
      const challenges = parseChallenges(header);
      const length = typeof header === 'string' ? header.length : header.join('').length;
      expect(challenges.length).toBeLessThanOrEqual(length);
      expect(jsonSize(challenges)).toBeLessThanOrEqual(30 * length + 30);
      for (const c of challenges) expect(c.scheme).toBe(c.scheme.toLowerCase());
      void findChallenge(challenges, 'bearer');
    },
    propertyTimeout,
  );

  it.prop([fc.array(challengeSpec, { minLength: 1, maxLength: 4 })], runs(100))(
    'challenges written with quoted parameters read back as written',
    (specs) => {
      const quotedOnly = specs.map((s) => ({
        ...s,
        params: s.params.map(([k, v]) => [k, v, true] as [string, string, boolean]),
      }));
      const parsed = parseChallenges(quotedOnly.map((s) => writeChallenge(s as ChallengeSpec)).join(', '));
      expect(parsed.map((c) => c.scheme)).toEqual(quotedOnly.map((s) => s.scheme.toLowerCase()));
      quotedOnly.forEach((spec, i) => {
        if (spec.token68 !== undefined) {
          expect(parsed[i]?.token68).toBe(spec.token68);
          return;
        }
        const expected: Record<string, string> = {};
        for (const [k, v] of spec.params) if (!Object.hasOwn(expected, k.toLowerCase())) expected[k.toLowerCase()] = v;
        expect(parsed[i]?.params).toEqual(expected);
      });
    },
    propertyTimeout,
  );

  const tokenText = fc.oneof(
    bent(
      fc.record(
        {
          token: fc.string({ maxLength: 20 }),
          access_token: fc.string({ maxLength: 20 }),
          expires_in: fc.oneof(fc.integer(), fc.double(), fc.constant(1e308), fc.constant(-1)),
          issued_at: fc.string(),
        },
        { requiredKeys: [] },
      ),
    ).map((v) => JSON.stringify(v)),
    jsonValue.map((v) => JSON.stringify(v)),
    hostileString(500),
  );

  it.prop([tokenText], runs(100))(
    'parseTokenAnswer gives a non-empty token that expires at a finite time, or one AUTH line',
    (text) => {
      const result = outcome(() => parseTokenAnswer(text, 'https://auth.example/token', 1_700_000_000_000), ['AUTH']);
      if (!result.ok) return;
      expect(result.value.token.length).toBeGreaterThan(0);
      expect(Number.isFinite(result.value.expiresAt)).toBe(true);
      expect(result.value.expiresAt).toBeGreaterThanOrEqual(1_700_000_000_000);
    },
    propertyTimeout,
  );

  it.prop(
    [
      fc.oneof(
        fc.webUrl({ withQueryParameters: true, withFragments: true }),
        fc.constantFrom('http://[', 'https://u:p@h/', 'file:///etc/passwd', 'javascript:x'),
        hostileString(300),
      ),
      fc.boolean(),
    ],
    runs(100),
  )(
    'validateRealm returns an https (or, for a plain-HTTP registry, http) URL without user information, or one UNSAFE line',
    (realm, plain) => {
      const result = outcome(() => validateRealm(realm, () => plain), ['UNSAFE']);
      if (!result.ok) return;
      expect(plain ? ['https:', 'http:'] : ['https:']).toContain(result.value.protocol);
      expect(result.value.username + result.value.password).toBe('');
    },
    propertyTimeout,
  );
});

/**
 * Fuzz: what a registry says in headers and small bodies (stores/registry/tags.ts, http.ts, blobs.ts, errors.ts):
 * Link headers, tag pages, Locations, Retry-After and error bodies. For any input: a URL on the registry's
 * origin, a bounded result, or one of our errors on one line, never a TypeError from `new URL`.
 */
import { fc, it } from '@fast-check/jest';
import { describe, expect } from '@jest/globals';
import { nextPage, parseTagPage } from '../../src/core/stores/registry/tags.js';
import { parseRetryAfter } from '../../src/core/stores/registry/http.js';
import { sessionLocation } from '../../src/core/stores/registry/blobs.js';
import type { RegistryClient } from '../../src/core/stores/registry/client.js';
import { parseErrorBody, redactUrl, sanitizeRegistryText } from '../../src/core/stores/registry/errors.js';
import { announce, propertyTimeout, runs } from './config.js';
import { bent, hostileString, jsonValue, pieces } from './arbitraries.js';
import { jsonSize, outcome } from './oracle.js';

announce('registry');

const client = { origin: 'https://registry.example', name: 'registry.example/o/r' } as RegistryClient;
const current = new URL('https://registry.example/v2/o/r/tags/list');

const urlish = fc.oneof(
  fc.constantFrom(
    '/v2/o/r/tags/list?n=100&last=a',
    'https://registry.example/v2/x',
    'https://evil.example/v2/',
    'http://[',
    '//evil.example/x',
    'http://a:b@registry.example/',
    '',
  ),
  fc.webUrl({ withQueryParameters: true }),
  hostileString(40),
);
const linkHeader = fc.oneof(
  fc
    .array(
      fc.tuple(
        urlish,
        pieces(['; rel="next"', ';rel=next', '; rel="prev next"', '; rel=last', '; title="x,y"', ' ', ','], 4),
      ),
      { maxLength: 3 },
    )
    .map((links) => links.map(([u, params]) => `<${u}>${params}`).join(', ')),
  hostileString(16_000),
);

describe('fuzz: registry headers and small bodies', () => {
  it.prop([fc.oneof(linkHeader, fc.array(linkHeader, { maxLength: 2 }))], runs(150))(
    'nextPage returns a URL on the registry origin, nothing, or one of our errors',
    (link) => {
      const result = outcome(() => nextPage({ link }, current, client), ['UNSAFE', 'REGISTRY']);
      if (result.ok && result.value) expect(result.value.origin).toBe(client.origin);
    },
    propertyTimeout,
  );

  it.prop(
    [
      fc.oneof(
        bent(fc.record({ name: fc.string(), tags: fc.array(fc.string(), { maxLength: 5 }) })).map((v) =>
          JSON.stringify(v),
        ),
        jsonValue.map((v) => JSON.stringify(v) ?? ''),
        hostileString(1000),
      ),
    ],
    runs(100),
  )(
    'a tag page gives a list of strings or one REGISTRY line',
    (text) => {
      const result = outcome(() => parseTagPage(text, client.name), ['REGISTRY']);
      if (result.ok) expect(result.value.every((t) => typeof t === 'string')).toBe(true);
    },
    propertyTimeout,
  );

  it.prop([fc.option(urlish, { nil: undefined })], runs(150))(
    'an upload Location gives a URL on the registry origin or one of our errors',
    (location) => {
      const result = outcome(
        () => sessionLocation(client, current, location, 'POST blob upload'),
        ['REGISTRY', 'UNSAFE'],
      );
      if (result.ok) expect(result.value.origin).toBe(client.origin);
    },
    propertyTimeout,
  );

  it.prop(
    [
      fc.oneof(
        fc.integer().map(String),
        fc.date().map((d) => (Number.isNaN(d.getTime()) ? 'x' : d.toUTCString())),
        fc.stringMatching(/^\d{1,400}$/),
        hostileString(200),
      ),
    ],
    runs(100),
  )(
    'Retry-After is a non-negative number of milliseconds or nothing',
    (value) => {
      const ms = parseRetryAfter(value, 1_700_000_000_000);
      if (ms !== undefined) expect(ms >= 0).toBe(true);
    },
    propertyTimeout,
  );

  it.prop(
    [
      fc.oneof(
        bent(
          fc.record({
            errors: fc.array(fc.record({ code: fc.string(), message: fc.string(), detail: jsonValue }), {
              maxLength: 3,
            }),
          }),
        ).map((v) => JSON.stringify(v)),
        hostileString(3000),
      ),
    ],
    runs(100),
  )(
    'error bodies and registry text come out as bounded single lines; any URL can be redacted',
    (text) => {
      const entries = parseErrorBody(text);
      expect(jsonSize(entries)).toBeLessThanOrEqual(3 * text.length + 10);
      for (const e of entries)
        for (const part of [e.code, e.message, e.detail ?? '']) expect(part).not.toMatch(/[\r\n]/);
      const line = sanitizeRegistryText(text);
      expect(line).not.toMatch(/[\r\n\u2028\u2029]|::/);
      expect(line.length).toBeLessThanOrEqual(300);
      void redactUrl(text);
    },
    propertyTimeout,
  );
});

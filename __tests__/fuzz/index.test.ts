/**
 * Fuzz: index composition and serialisation (index/*). For any graph of sources: compose succeeds or fails
 * with one of our errors; it is deterministic; with on-conflict "error" the order of the sources does not
 * change the bytes; the bytes parse back as an index and re-serialise to themselves (canonical and stable).
 */
import { fc, it } from '@fast-check/jest';
import { describe, expect } from '@jest/globals';
import { composeIndex } from '../../src/core/index/compose.js';
import { serialiseIndex } from '../../src/core/index/serialise.js';
import type { ComposeRequest } from '../../src/core/index/types.js';
import type { Descriptor, ImageIndex, Platform } from '../../src/core/oci/descriptor.js';
import { parseManifestBody } from '../../src/core/oci/manifest.js';
import { attestationEntry, createGraph, entry, source } from '../index/fixtures.js';
import { announce, propertyTimeout, runs } from './config.js';
import { annotationMap, indexObject, platformObject } from './arbitraries.js';
import { outcome } from './oracle.js';

announce('index');

const requestSpec = fc.record({
  sources: fc.array(
    fc.array(
      fc.record({
        label: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'),
        platform: fc.option(platformObject, { nil: undefined }),
        annotations: fc.option(annotationMap, { nil: undefined }),
        attest: fc.boolean(),
        nested: fc.boolean(),
      }),
      { maxLength: 4 },
    ),
    { minLength: 1, maxLength: 4 },
  ),
  platforms: fc.option(fc.array(platformObject, { maxLength: 3 }), { nil: undefined }),
  descriptorAnnotations: fc.option(
    fc.array(fc.constantFrom('sh.brew.*', '*', 'org.opencontainers.image.title', 'x*y'), { maxLength: 2 }),
    { nil: undefined },
  ),
  annotations: fc.option(annotationMap, { nil: undefined }),
  created: fc.option(fc.oneof(fc.nat(), fc.integer()), { nil: undefined }),
  artifactType: fc.option(fc.constantFrom('application/vnd.example+json', 'not a type'), { nil: undefined }),
});
type RequestSpec = typeof requestSpec extends fc.Arbitrary<infer T> ? T : never;

function buildRequest(spec: RequestSpec, order: number[]): ComposeRequest {
  const g = createGraph();
  const sources = spec.sources.map((entries, s) => {
    const children: Descriptor[] = [];
    entries.forEach((e, i) => {
      const m = g.manifest(`${e.label}`, e.annotations ? { annotations: e.annotations } : {});
      const child = entry(m, e.platform as Platform | undefined);
      children.push(e.nested ? g.index(`nested ${s} ${i} ${e.label}`, [child]) : child);
      if (e.attest) children.push(attestationEntry(g.manifest(`attestation ${e.label}`), m));
    });
    return source(`source-${s}`, g.index(`source ${s}`, children));
  });
  const request: ComposeRequest = { sources: order.map((i) => sources[i]!), graph: g.graph };
  if (spec.platforms) request.platforms = spec.platforms as Platform[];
  if (spec.descriptorAnnotations) request.descriptorAnnotations = spec.descriptorAnnotations;
  if (spec.annotations) request.indexAnnotations = spec.annotations;
  if (spec.created !== undefined) request.defaults = { createdEpochSeconds: spec.created };
  if (spec.artifactType) request.artifactType = spec.artifactType;
  return request;
}

const codes = [
  'INVALID_INPUT',
  'INVALID_MANIFEST',
  'INVALID_PLATFORM',
  'CONFLICT',
  'INCOMPLETE',
  'TOO_LARGE',
  'INVALID_DIGEST',
] as const;

describe('fuzz: index composition', () => {
  it.prop([requestSpec, fc.nat()], runs(40))(
    'compose is deterministic, independent of source order under on-conflict error, and its bytes are canonical',
    (spec, rotation) => {
      const order = spec.sources.map((_, i) => i);
      const shifted = order.map((_, i) => order[(i + rotation) % order.length]!);
      const first = outcome(() => composeIndex(buildRequest(spec, order)), codes);
      const again = outcome(() => composeIndex(buildRequest(spec, order)), codes);
      const rotated = outcome(() => composeIndex(buildRequest(spec, shifted)), codes);
      expect(again.ok).toBe(first.ok);
      expect(rotated.ok).toBe(first.ok);
      if (!first.ok || !again.ok || !rotated.ok) {
        if (!first.ok && !again.ok) expect(again.error.message).toBe(first.error.message);
        if (!first.ok && !rotated.ok) expect(rotated.error.code).toBe(first.error.code);
        return;
      }
      expect(Buffer.from(again.value.bytes).equals(Buffer.from(first.value.bytes))).toBe(true);
      expect(Buffer.from(rotated.value.bytes).equals(Buffer.from(first.value.bytes))).toBe(true);
      const parsed = parseManifestBody(first.value.bytes, first.value.descriptor.mediaType);
      expect(parsed.kind).toBe('index');
      const reparsed = JSON.parse(Buffer.from(first.value.bytes).toString()) as ImageIndex;
      expect(Buffer.from(serialiseIndex(reparsed)).equals(Buffer.from(first.value.bytes))).toBe(true);
    },
    propertyTimeout,
  );

  it.prop([indexObject], runs(60))(
    'serialiseIndex of any valid index is stable: parsing its bytes and serialising again gives the same bytes',
    (doc) => {
      const bytes = serialiseIndex(doc as unknown as ImageIndex);
      const back = parseManifestBody(bytes);
      expect(back.kind).toBe('index');
      const again = serialiseIndex(JSON.parse(Buffer.from(bytes).toString()) as ImageIndex);
      expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true);
    },
    propertyTimeout,
  );
});

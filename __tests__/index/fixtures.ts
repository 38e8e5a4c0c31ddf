/** Builders of content graphs for composition tests: real sha256 digests of labels, plain maps. */
import { digestOf } from '../../src/core/oci/digest.js';
import { OciError } from '../../src/core/errors.js';
import type { ConfigPlatform, ContentGraph, SourceNode } from '../../src/core/index/types.js';
import {
  Annotations,
  type Descriptor,
  type ImageIndex,
  type ImageManifest,
  type Platform,
} from '../../src/core/oci/descriptor.js';
import { MediaTypes } from '../../src/core/oci/media-types.js';

export const digest = (label: string): string => digestOf(new TextEncoder().encode(label));

export interface GraphBuilder {
  graph: ContentGraph;
  /** A manifest named `label` (its digest is the sha256 of the label), optionally with a config platform. */
  manifest(
    label: string,
    options?: { annotations?: Record<string, string>; config?: ConfigPlatform; artifactType?: string },
  ): Descriptor;
  /** An index named `label` holding `entries`. */
  index(label: string, entries: Descriptor[]): Descriptor;
}

export function createGraph(): GraphBuilder {
  const manifests = new Map<string, ImageManifest>();
  const indexes = new Map<string, ImageIndex>();
  const configs = new Map<string, ConfigPlatform>();
  return {
    graph: { manifests, indexes, configs },
    manifest(label, options = {}) {
      const configDigest = digest(`config of ${label}`);
      const manifest: ImageManifest = {
        schemaVersion: 2,
        mediaType: MediaTypes.ociManifest,
        config: { mediaType: MediaTypes.ociConfig, digest: configDigest, size: 100 },
        layers: [],
      };
      if (options.artifactType) manifest.artifactType = options.artifactType;
      if (options.annotations) manifest.annotations = options.annotations;
      manifests.set(digest(label), manifest);
      if (options.config) configs.set(configDigest, options.config);
      return { mediaType: MediaTypes.ociManifest, digest: digest(label), size: 500 + label.length };
    },
    index(label, entries) {
      indexes.set(digest(label), { schemaVersion: 2, mediaType: MediaTypes.ociIndex, manifests: entries });
      return { mediaType: MediaTypes.ociIndex, digest: digest(label), size: 300 + label.length };
    },
  };
}

/** An index entry: the descriptor with a platform (and annotations). */
export const entry = (d: Descriptor, platform?: Platform, annotations?: Record<string, string>): Descriptor => ({
  ...d,
  ...(platform ? { platform } : {}),
  ...(annotations ? { annotations } : {}),
});

/** A buildx attestation entry for `subject`. */
export const attestationEntry = (d: Descriptor, subject: Descriptor): Descriptor => ({
  ...d,
  platform: { os: 'unknown', architecture: 'unknown' },
  annotations: {
    [Annotations.dockerReferenceType]: 'attestation-manifest',
    [Annotations.dockerReferenceDigest]: subject.digest,
  },
});

export const source = (name: string, descriptor: Descriptor): SourceNode => ({ name, descriptor });

export const p = (os: string, architecture: string, variant?: string, osVersion?: string): Platform => ({
  os,
  architecture,
  ...(variant ? { variant } : {}),
  ...(osVersion ? { 'os.version': osVersion } : {}),
});

/** The platforms of composed entries as `os/arch[/variant][ (os.version)]`, `@` marking an attestation. */
export const shape = (entries: ReadonlyArray<{ platform: Platform | undefined; attestation: boolean }>): string[] =>
  entries.map((e) => {
    const pl = e.platform;
    const text = pl ? [pl.os, pl.architecture, pl.variant].filter(Boolean).join('/') : '-';
    const version = pl?.['os.version'] ? ` (${pl['os.version']})` : '';
    return `${e.attestation ? '@' : ''}${text}${version}`;
  });

/** The OciError that `run` throws (fails the test when it throws nothing or something else). */
export function errorOf(run: () => unknown): OciError {
  try {
    run();
  } catch (e) {
    if (e instanceof OciError) return e;
    throw e;
  }
  throw new Error('expected an OciError, but nothing was thrown');
}

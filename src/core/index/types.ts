/**
 * The data that index composition works on. Composition is pure: the merge use case fetches every source
 * (and what it references) first, and hands the result over as plain maps keyed by digest.
 */
import type { Descriptor, ImageIndex, ImageManifest, Platform } from '../oci/descriptor.js';

/** One root to compose from: a staging index, a buildx index, a nested index or a plain manifest. */
export interface SourceNode {
  /** The source reference as the user wrote it (or as discovered), used to name it in errors. */
  name: string;
  /** The root descriptor: an index or a manifest. */
  descriptor: Descriptor;
}

/** The platform fields of an image config (`os`, `architecture`, …), as read from the config blob. */
export interface ConfigPlatform {
  os?: string;
  architecture?: string;
  variant?: string;
  'os.version'?: string;
  'os.features'?: string[];
}

/** Everything the loader fetched, keyed by digest. */
export interface ContentGraph {
  /** Image manifests (sources, children of indexes) by manifest digest. */
  manifests: ReadonlyMap<string, ImageManifest>;
  /** Image indexes (sources, nested indexes, the base) by index digest. */
  indexes: ReadonlyMap<string, ImageIndex>;
  /** Image configs by config digest (`manifest.config.digest`). Only needed for manifests without a platform. */
  configs: ReadonlyMap<string, ConfigPlatform>;
}

export const conflictPolicies = ['error', 'replace'] as const;
/** `on-conflict`: what to do when two sources bring different manifests for one platform. */
export type ConflictPolicy = (typeof conflictPolicies)[number];

/** Defaults for the index annotations; user annotations win over them. */
export interface IndexAnnotationDefaults {
  /** `SOURCE_DATE_EPOCH` or the triggering commit's time, in seconds. Never the clock. */
  createdEpochSeconds?: number;
  /** `org.opencontainers.image.source`, e.g. the repository URL from the GitHub context. */
  source?: string;
  /** `org.opencontainers.image.revision`, e.g. the commit SHA from the GitHub context. */
  revision?: string;
}

/** How to compose: the merge request carries these same fields, and hands them over as they are. */
export interface ComposeOptions {
  /** The completeness gate: if given, the platforms of the result must be exactly these. */
  platforms?: readonly Platform[];
  /** Default `error`. */
  onConflict?: ConflictPolicy;
  /** Keys or globs (`sh.brew.*`) lifted from each child manifest's annotations into its descriptor. */
  descriptorAnnotations?: readonly string[];
  /** Index annotations given by the user (already parsed); they win over the defaults. */
  indexAnnotations?: Readonly<Record<string, string>>;
  defaults?: IndexAnnotationDefaults;
  /** The index's `artifactType` (OCI 1.1). */
  artifactType?: string;
}

export interface ComposeRequest extends ComposeOptions {
  /** In the order given: with `on-conflict: replace`, a later source wins. */
  sources: readonly SourceNode[];
  graph: ContentGraph;
  /** An existing index to extend: its entries stay unless a source brings the same platform. */
  base?: SourceNode;
}

/** One entry of the composed index, with where it came from. */
export interface ComposedEntry {
  /** Normalised; `unknown/unknown` for attestation manifests. */
  platform: Platform | undefined;
  descriptor: Descriptor;
  /** The `name` of the source (or base) that brought it. */
  source: string;
  /** A buildx attestation manifest (`vnd.docker.reference.type: attestation-manifest`). */
  attestation: boolean;
}

export interface ComposedIndex {
  index: ImageIndex;
  /** The stable serialisation of `index`: these exact bytes are what gets pushed. */
  bytes: Uint8Array;
  /** The descriptor of the index (OCI index media type, digest and size of `bytes`). */
  descriptor: Descriptor;
  /** In index order, one per `index.manifests` entry. */
  entries: ComposedEntry[];
}

/** An entry while composing: its descriptor (platform normalised) and what is known about it. */
export interface FlatEntry {
  descriptor: Descriptor;
  platform: Platform | undefined;
  source: string;
  /** Set for attestation manifests: the digest of the manifest they attest. */
  subject?: string;
  attestation: boolean;
  /** True for entries of the `base` index. */
  fromBase: boolean;
}

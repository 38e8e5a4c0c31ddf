/**
 * The one storage abstraction. Registries, OCI image-layout directories and memory all implement it,
 * so one copy works between any pair (oras-go's Target, in our own words). Every operation is addressed
 * by descriptor; every read is verified against the descriptor's digest and size.
 */
import type { Readable } from 'node:stream';
import type { Descriptor } from '../oci/descriptor.js';

/**
 * Where a target lives: copyGraph uses it to decide whether a cross-repository mount is possible. `files` is
 * push's read-only view of the files it is about to upload (content/file-source.ts).
 */
export type TargetLocation =
  | { kind: 'registry'; registry: string; repository: string }
  | { kind: 'layout'; path: string }
  | { kind: 'memory' }
  | { kind: 'files' };

export interface FetchOptions {
  signal?: AbortSignal;
}

export interface PushFromOptions extends FetchOptions {
  /** Told the bytes sent so far of the blob as they go (from 0 again when an upload is tried again). */
  onProgress?: (transferred: number) => void;
}

export interface ReadOnlyTarget {
  readonly location: TargetLocation;
  /** A human name for messages, e.g. `localhost:5000/app` or `oci-layout:./store`. */
  readonly name: string;
  /** Streams the content; the stream errors if the bytes do not match `desc` (size and digest). */
  fetch(desc: Descriptor, options?: FetchOptions): Promise<Readable>;
  exists(desc: Descriptor): Promise<boolean>;
  /** A tag or a digest to the descriptor of the manifest or index it names (mediaType, digest, size). */
  resolve(reference: string): Promise<Descriptor>;
  /**
   * Optional. Resolves a tag or digest and reads the manifest or index it names in one round trip (a
   * registry's GET by tag carries the digest), verified; without it, resolve() then fetch() take two.
   */
  fetchReference?(reference: string, options?: FetchOptions): Promise<{ descriptor: Descriptor; bytes: Uint8Array }>;
}

export interface Target extends ReadOnlyTarget {
  /**
   * Stores content under its descriptor: a blob, or a manifest/index when `desc.mediaType` says so.
   * Verifies size and digest before the content becomes visible.
   */
  push(desc: Descriptor, content: Readable | Uint8Array, options?: FetchOptions): Promise<void>;
  /** Points `tag` at the manifest or index `desc`, which must already be stored. */
  tag(desc: Descriptor, tag: string): Promise<void>;

  // Optional capabilities: present only where the backend can do them.
  /**
   * Stores a manifest or index and points `tag` at it in one step (a registry's PUT by tag); without it,
   * push() then tag(). See pushTagged() in content/push-tagged.ts.
   */
  pushTagged?(desc: Descriptor, bytes: Uint8Array, tag: string, options?: FetchOptions): Promise<void>;
  /**
   * Stores a blob from content it opens itself: when it is ready for it (a registry starts its upload session
   * meanwhile, so a copy's read and the upload's first round trip overlap), and again to retry a failed upload.
   * Without it, push() of the opened stream.
   */
  pushBlobFrom?(desc: Descriptor, open: () => Promise<Readable>, options?: PushFromOptions): Promise<void>;
  /** Mounts a blob from another repository of the same registry. false: not mounted, upload instead. */
  mount?(desc: Descriptor, fromRepository: string): Promise<boolean>;
  /** Every tag, all pages. */
  listTags?(): Promise<string[]>;
  /** Manifests whose `subject` is `desc` (referrers API or the `sha256-<hex>` tag fallback). */
  referrers?(desc: Descriptor): Promise<Descriptor[]>;
  /** Deletes a manifest or index by digest (on most registries, and in a layout, every tag on it goes too). */
  delete?(desc: Descriptor): Promise<void>;
  /** Removes one tag and nothing else, where the store can (a layout); the manifest stays. */
  untag?(tag: string): Promise<void>;
  /**
   * Stores a blob whose digest is not known yet, hashing it as it streams (one read of the content instead
   * of two: hash, then push); returns what was stored. `open` may be called again to retry.
   */
  pushStreamed?(
    open: () => AsyncIterable<Uint8Array> | Promise<AsyncIterable<Uint8Array>>,
    options?: FetchOptions,
  ): Promise<{ digest: string; size: number }>;
}

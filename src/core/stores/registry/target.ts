/**
 * The registry Target: one repository of one registry, addressed by descriptor. Blobs and manifests go
 * to their own endpoints by media type; everything read is verified; credentials stay on the registry's
 * origin and its token realm.
 */
import type { Target } from '../../content/target.js';
import { silentLogger, type Logger } from '../../logger.js';
import type { Descriptor } from '../../oci/descriptor.js';
import { isManifestOrIndexType } from '../../oci/media-types.js';
import { isLoopbackHost, type RegistryReference } from '../../oci/reference.js';
import type { CredentialProvider } from './auth/credentials.js';
import { blobExists, fetchBlob, mountBlob, pushBlob } from './blobs.js';
import { createRegistryClient } from './client.js';
import { defaultRetryPolicy, defaultTimeouts, type RetryPolicy, type Timeouts } from './http.js';
import {
  deleteManifest,
  fetchManifest,
  manifestExists,
  manifestStream,
  pushManifest,
  resolveManifest,
  tagManifest,
  fetchManifestReference,
  type ManifestMemory,
} from './manifests.js';
import { pushBlobStreamed } from './blob-stream-push.js';
import { OciError } from '../../errors.js';
import { listInReferrersTag, listReferrers, referrersApiAnswers } from './referrers.js';
import { listTags } from './tags.js';

export type { RetryPolicy, Timeouts } from './http.js';

export const DEFAULT_USER_AGENT = 'oci-multiarch';

export interface RegistryOptions {
  /** Hosts reached over plain HTTP. Loopback hosts always are; HTTPS never falls back to HTTP. */
  plainHttpHosts?: readonly string[];
  credentials?: CredentialProvider;
  logger?: Logger;
  /** Called with every password, token and derived Basic value, so that the caller can mask it. */
  onSecret?: (secret: string) => void;
  retry?: Partial<RetryPolicy>;
  timeouts?: Partial<Timeouts>;
  userAgent?: string;
  /** The command's deadline: aborts every request of this target. */
  signal?: AbortSignal;
}

export interface RegistryTarget extends Target {
  mount(desc: Descriptor, fromRepository: string): Promise<boolean>;
  listTags(): Promise<string[]>;
  referrers(desc: Descriptor): Promise<Descriptor[]>;
  delete(desc: Descriptor): Promise<void>;
  fetchReference: NonNullable<Target['fetchReference']>;
  pushStreamed: NonNullable<Target['pushStreamed']>;
  pushTagged: NonNullable<Target['pushTagged']>;
  pushBlobFrom: NonNullable<Target['pushBlobFrom']>;
}

/** Whether `ref`'s registry is spoken to over plain HTTP (loopback, or named in `plainHttpHosts`). */
export function usesPlainHttp(
  ref: Pick<RegistryReference, 'registry' | 'apiHost'>,
  plainHttpHosts: readonly string[] = [],
): boolean {
  if (isLoopbackHost(ref.apiHost)) return true;
  const hosts = plainHttpHosts.map((h) => h.trim().toLowerCase());
  return hosts.includes(ref.apiHost.toLowerCase()) || hosts.includes(ref.registry.toLowerCase());
}

export function createRegistryTarget(ref: RegistryReference, options: RegistryOptions = {}): RegistryTarget {
  const logger = options.logger ?? silentLogger;
  const client = createRegistryClient({
    registry: ref.registry,
    apiHost: ref.apiHost,
    repository: ref.repository,
    plainHttp: usesPlainHttp(ref, options.plainHttpHosts),
    plainHttpHosts: options.plainHttpHosts,
    credentials: options.credentials,
    onSecret: options.onSecret,
    userAgent: options.userAgent ?? DEFAULT_USER_AGENT,
    http: {
      retry: { ...defaultRetryPolicy, ...options.retry },
      timeouts: { ...defaultTimeouts, ...options.timeouts },
      signal: options.signal,
      onRetry: ({ attempt, delayMs, reason }) =>
        logger.debug(`registry ${ref.registry}: ${reason}, retry ${attempt} in ${delayMs} ms`),
    },
    logger,
  });
  const memory: ManifestMemory = new Map();
  // Updates of referrers fallback tags are read-modify-write: one at a time within this target.
  let referrerUpdates: Promise<unknown> = Promise.resolve();
  const serialised = <T>(fn: () => Promise<T>): Promise<T> => {
    const run = referrerUpdates.then(fn, fn);
    referrerUpdates = run.catch(() => undefined);
    return run;
  };
  const isManifest = (desc: Descriptor): boolean => isManifestOrIndexType(desc.mediaType);
  /** PUT a manifest (by digest, or by `tag`); list it in its subject's fallback tag when the registry did not. */
  const storeManifest = async (
    desc: Descriptor,
    content: Parameters<typeof pushManifest>[3],
    signal?: AbortSignal,
    tag?: string,
  ): Promise<void> => {
    const pushed = await pushManifest(client, memory, desc, content, signal, tag);
    // OCI-Subject is trusted only from a registry whose referrers API answers (ECR sent it without one).
    if (!pushed.subjectAcknowledged || !(await referrersApiAnswers(client, pushed.bytes)))
      await serialised(() => listInReferrersTag(client, memory, desc, pushed.bytes));
  };

  return {
    location: { kind: 'registry', registry: ref.registry, repository: ref.repository },
    name: client.name,

    async fetch(desc, fetchOptions) {
      if (isManifest(desc)) return manifestStream(await fetchManifest(client, memory, desc, fetchOptions?.signal));
      return fetchBlob(client, desc, fetchOptions?.signal);
    },
    exists: (desc) => (isManifest(desc) ? manifestExists(client, desc) : blobExists(client, desc)),
    resolve: (reference) => resolveManifest(client, memory, reference),
    fetchReference: (reference, fetchOptions) =>
      fetchManifestReference(client, memory, reference, fetchOptions?.signal),

    async push(desc, content, pushOptions) {
      if (!isManifest(desc)) return pushBlob(client, desc, content, pushOptions?.signal);
      await storeManifest(desc, content, pushOptions?.signal);
    },
    tag: (desc, tag) => tagManifest(client, memory, desc, tag),
    async pushTagged(desc, bytes, tag, pushOptions) {
      if (!isManifest(desc)) {
        throw new OciError('INVALID_INPUT', `cannot tag ${desc.digest}: ${desc.mediaType} is not a manifest or index`);
      }
      await storeManifest(desc, bytes, pushOptions?.signal, tag);
    },
    pushStreamed: (open, pushOptions) => pushBlobStreamed(client, open, pushOptions?.signal),
    pushBlobFrom: (desc, open, pushOptions) =>
      pushBlob(client, desc, open, pushOptions?.signal, pushOptions?.onProgress),
    mount: (desc, fromRepository) => mountBlob(client, desc, fromRepository),
    listTags: () => listTags(client),
    referrers: (desc) => listReferrers(client, memory, desc),
    delete: async (desc) => {
      await deleteManifest(client, memory, desc);
      memory.delete(desc.digest);
    },
  };
}

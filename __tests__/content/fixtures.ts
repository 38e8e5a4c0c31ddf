/** Content for tests: blobs with their descriptors, images, indexes, and a target that records writes. */
import { randomBytes } from 'node:crypto';
import { descriptorOf, readAll } from '../../src/core/content/read.js';
import type { Target } from '../../src/core/content/target.js';
import type { Descriptor, Platform } from '../../src/core/oci/descriptor.js';
import { MediaTypes } from '../../src/core/oci/media-types.js';

export interface Content {
  descriptor: Descriptor;
  bytes: Buffer;
}

export const content = (mediaType: string, bytes: Buffer | string): Content => {
  const data = typeof bytes === 'string' ? Buffer.from(bytes) : bytes;
  return { descriptor: descriptorOf(mediaType, data), bytes: data };
};

export const emptyConfig = content(MediaTypes.ociEmpty, '{}');
export const layer = (size: number | string): Content =>
  content(MediaTypes.ociLayerTarGzip, typeof size === 'string' ? size : randomBytes(size));
export const imageConfig = (platform: Platform): Content =>
  content(MediaTypes.ociConfig, JSON.stringify({ ...platform, rootfs: { type: 'layers', diff_ids: [] } }));

export function image(
  config: Content,
  layers: Content[],
  extra: { subject?: Descriptor; artifactType?: string; annotations?: Record<string, string> } = {},
): Content {
  return content(
    MediaTypes.ociManifest,
    JSON.stringify({
      schemaVersion: 2,
      mediaType: MediaTypes.ociManifest,
      ...(extra.artifactType ? { artifactType: extra.artifactType } : {}),
      config: config.descriptor,
      layers: layers.map((l) => l.descriptor),
      ...(extra.subject ? { subject: extra.subject } : {}),
      ...(extra.annotations ? { annotations: extra.annotations } : {}),
    }),
  );
}

export function index(entries: { content: Content; platform?: Platform }[]): Content {
  return content(
    MediaTypes.ociIndex,
    JSON.stringify({
      schemaVersion: 2,
      mediaType: MediaTypes.ociIndex,
      manifests: entries.map((e) => ({ ...e.content.descriptor, ...(e.platform ? { platform: e.platform } : {}) })),
    }),
  );
}

/** Pushes in the order given (children first, as a registry requires). */
export async function pushAll(target: Target, items: Content[]): Promise<void> {
  for (const item of items) await target.push(item.descriptor, item.bytes);
}

export const fetchBytes = (target: Target, desc: Descriptor): Promise<Buffer> =>
  readAll(target, desc, 64 * 1024 * 1024);

/**
 * A two-platform image index whose images share one layer, and whose platform configs differ:
 * the graph the copy tests move around.
 */
export function twoPlatformGraph() {
  const shared = layer(4096);
  const amd64Layer = layer(2048);
  const arm64Layer = layer(1024);
  const amd64Config = imageConfig({ os: 'linux', architecture: 'amd64' });
  const arm64Config = imageConfig({ os: 'linux', architecture: 'arm64' });
  const amd64 = image(amd64Config, [shared, amd64Layer]);
  const arm64 = image(arm64Config, [shared, arm64Layer]);
  const root = index([
    { content: amd64, platform: { os: 'linux', architecture: 'amd64' } },
    { content: arm64, platform: { os: 'linux', architecture: 'arm64' } },
  ]);
  const blobs = [shared, amd64Layer, arm64Layer, amd64Config, arm64Config];
  return { root, manifests: [amd64, arm64], blobs, shared, all: [...blobs, amd64, arm64, root] };
}

/** Wraps a target so that every write (push, tag, mount) is recorded in order. */
export function recording(target: Target, log: string[]): Target {
  const wrapped: Target = {
    location: target.location,
    name: target.name,
    fetch: (d, o) => target.fetch(d, o),
    exists: (d) => target.exists(d),
    resolve: (r) => target.resolve(r),
    push: async (d, c, o) => {
      await target.push(d, c, o);
      log.push(`push ${d.digest}`);
    },
    ...(target.pushTagged
      ? {
          pushTagged: async (d: Descriptor, b: Uint8Array, t: string, o?: { signal?: AbortSignal }) => {
            await target.pushTagged?.(d, b, t, o);
            log.push(`push ${d.digest}`, `tag ${t}`);
          },
        }
      : {}),
    tag: async (d, t) => {
      await target.tag(d, t);
      log.push(`tag ${t}`);
    },
  };
  if (target.referrers) wrapped.referrers = target.referrers.bind(target);
  if (target.listTags) wrapped.listTags = target.listTags.bind(target);
  if (target.mount) {
    const mount = target.mount.bind(target);
    wrapped.mount = async (d, from) => {
      const ok = await mount(d, from);
      if (ok) log.push(`mount ${d.digest}`);
      return ok;
    };
  }
  return wrapped;
}

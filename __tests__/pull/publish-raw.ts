/** Writes artifacts no honest `push` would make (hostile titles, hostile tars, odd variants) to any target. */
import { pushBytes } from '../../src/core/content/read.js';
import type { Target } from '../../src/core/content/target.js';
import { Annotations, type Descriptor, type Platform } from '../../src/core/oci/descriptor.js';
import { serialiseJson } from '../../src/core/oci/manifest.js';
import { MediaTypes } from '../../src/core/oci/media-types.js';
import { unpackAnnotation } from '../../src/core/artifact/pack-files.js';
import { runCli } from '../../src/cli/run.js';

export interface RawLayer {
  title: string;
  bytes: Buffer;
  /** A directory layer (tar+gzip) that pull unpacks. */
  unpack?: boolean;
}

/** Pushes one manifest with these layers and returns its descriptor. */
export async function pushRawManifest(target: Target, layers: RawLayer[]): Promise<Descriptor> {
  const config = await pushBytes(target, MediaTypes.ociEmpty, Buffer.from('{}'));
  const descriptors: Descriptor[] = [];
  for (const layer of layers) {
    const mediaType = layer.unpack ? MediaTypes.ociLayerTarGzip : 'application/octet-stream';
    const desc = await pushBytes(target, mediaType, layer.bytes);
    const annotations: Record<string, string> = { [Annotations.title]: layer.title };
    if (layer.unpack) annotations[unpackAnnotation] = 'true';
    descriptors.push({ ...desc, annotations });
  }
  return pushBytes(
    target,
    MediaTypes.ociManifest,
    serialiseJson({
      schemaVersion: 2,
      mediaType: MediaTypes.ociManifest,
      artifactType: 'application/vnd.example.test',
      config,
      layers: descriptors,
    }),
  );
}

/** Pushes an index with one entry per platform and tags it. */
export async function pushRawIndex(
  target: Target,
  tag: string,
  entries: { platform: Platform; layers: RawLayer[] }[],
): Promise<Descriptor> {
  const manifests: Descriptor[] = [];
  for (const entry of entries) {
    manifests.push({ ...(await pushRawManifest(target, entry.layers)), platform: entry.platform });
  }
  const index = await pushBytes(
    target,
    MediaTypes.ociIndex,
    serialiseJson({ schemaVersion: 2, mediaType: MediaTypes.ociIndex, manifests }),
  );
  await target.tag(index, tag);
  return index;
}

/** `oci-multiarch pull …` in-process: exit code, outputs and the stderr lines. */
export async function pullCli(
  reference: string,
  platform: string,
  output: string,
  extra: string[] = [],
): Promise<{ code: number; outputs: Record<string, string>; lines: string[] }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(
    ['pull', '--reference', reference, '--platform', platform, '--output', output, ...extra],
    { HOME: output },
    { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) },
  );
  return {
    code,
    outputs: code === 0 ? (JSON.parse(stdout) as Record<string, string>) : {},
    lines: stderr.split('\n').filter((l) => l !== ''),
  };
}

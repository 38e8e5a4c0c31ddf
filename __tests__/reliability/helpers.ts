/**
 * Shared pieces of the reliability tests: staging platforms and merging through the bundled action, and an
 * independent reader (plain fetch, not the product's client) that checks a release tag's whole graph.
 */
import { expect } from '@jest/globals';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { errorLines, runAction, type ActionRun } from '../e2e/run-action.js';
import type { FaultProxy } from '../harness/fault-proxy.js';
import { sha256 } from '../harness/fixtures.js';

export { sha256 };

/** A fixed creation time, so that index digests are comparable between runs. */
export const FIXED_ENV = { SOURCE_DATE_EPOCH: '1700000000' };

export const platformList = (n: number): string[] => {
  const all = [
    'linux/amd64',
    'linux/arm64',
    'linux/arm/v7',
    'linux/arm/v6',
    'linux/386',
    'linux/ppc64le',
    'linux/s390x',
    'linux/riscv64',
    'linux/mips64le',
    'linux/loong64',
    'darwin/amd64',
    'darwin/arm64',
    'windows/amd64',
    'windows/arm64',
    'freebsd/amd64',
    'freebsd/arm64',
  ];
  return all.slice(0, n);
};

/** Writes the one file a platform's push sends; `version` changes its bytes. */
export function platformFile(work: string, platform: string, version: string): string {
  const dir = join(work, version);
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `tool-${platform.replaceAll('/', '-')}.bin`);
  writeFileSync(file, `binary ${version} for ${platform}\n`);
  return file;
}

export const pushInputs = (repository: string, platform: string, file: string, prefix: string) => ({
  command: 'push',
  repository,
  platform,
  files: file,
  'artifact-type': 'application/vnd.example.tool.v1',
  'staging-prefix': prefix,
});

export const mergeInputs = (repository: string, prefix: string, platforms: string[], tags: string[]) => ({
  command: 'merge',
  repository,
  'staging-prefix': prefix,
  platforms: platforms.join(','),
  tags: tags.join('\n'),
});

/** Pushes every platform (concurrently, as a matrix would) and expects each to succeed. */
export async function stage(
  work: string,
  repository: string,
  prefix: string,
  platforms: string[],
  version: string,
  env: Record<string, string> = {},
): Promise<ActionRun[]> {
  const runs = await Promise.all(
    platforms.map((p) => runAction(pushInputs(repository, p, platformFile(work, p, version), prefix), env)),
  );
  for (const run of runs) {
    if (run.code !== 0)
      throw new Error(`a push failed (${run.code}):\n${run.stdout.slice(-2000)}\n${run.stderr.slice(-2000)}`);
    expect(errorLines(run)).toEqual([]);
  }
  return runs;
}

const ACCEPT = [
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
  'application/vnd.docker.distribution.manifest.v2+json',
].join(', ');

interface Node {
  digest: string;
  mediaType?: string;
  manifests?: Array<{ digest: string; mediaType: string; size: number }>;
  layers?: Array<{ digest: string; size: number }>;
  config?: { digest: string; size: number };
}

/** GET a manifest by tag or digest; undefined on 404. Verifies the bytes when asked by digest. */
async function getManifest(registryUrl: string, repository: string, reference: string) {
  const res = await fetch(`${registryUrl}/v2/${repository}/manifests/${reference}`, { headers: { accept: ACCEPT } });
  const bytes = Buffer.from(await res.arrayBuffer());
  if (res.status === 404) return undefined;
  if (res.status !== 200) throw new Error(`GET ${repository}:${reference}: ${res.status}`);
  const digest = sha256(bytes);
  if (reference.startsWith('sha256:') && digest !== reference) throw new Error(`${reference} hashes to ${digest}`);
  return { bytes, digest, json: JSON.parse(bytes.toString('utf8')) as Node };
}

async function checkBlob(registryUrl: string, repository: string, digest: string, size: number): Promise<void> {
  const res = await fetch(`${registryUrl}/v2/${repository}/blobs/${digest}`);
  const bytes = Buffer.from(await res.arrayBuffer());
  if (res.status !== 200) throw new Error(`blob ${digest} in ${repository}: ${res.status}`);
  if (bytes.length !== size || sha256(bytes) !== digest) throw new Error(`blob ${digest} in ${repository} is corrupt`);
}

/**
 * The digest a tag points at, after checking (with plain fetch) that everything it reaches is present and
 * verifies: every child manifest, config and layer. Undefined when the tag does not exist. Throws otherwise.
 */
export async function completeTag(registryUrl: string, repository: string, tag: string): Promise<string | undefined> {
  const root = await getManifest(registryUrl, repository, tag);
  if (!root) return undefined;
  await checkGraph(registryUrl, repository, root.json);
  return root.digest;
}

async function checkGraph(registryUrl: string, repository: string, node: Node): Promise<void> {
  for (const child of node.manifests ?? []) {
    const got = await getManifest(registryUrl, repository, child.digest);
    if (!got) throw new Error(`child ${child.digest} of an index in ${repository} is missing`);
    await checkGraph(registryUrl, repository, got.json);
  }
  for (const blob of [...(node.config ? [node.config] : []), ...(node.layers ?? [])]) {
    await checkBlob(registryUrl, repository, blob.digest, blob.size);
  }
}

export async function manifestStatus(registryUrl: string, repository: string, reference: string): Promise<number> {
  const res = await fetch(`${registryUrl}/v2/${repository}/manifests/${reference}`, {
    method: 'HEAD',
    headers: { accept: ACCEPT },
  });
  return res.status;
}

/** Requests of a kind the proxy saw, e.g. ('PUT', /manifests\/sha256:/). */
export const seen = (proxy: FaultProxy, method: string, path: RegExp) =>
  proxy.log.filter((e) => e.method === method && path.test(e.path));

export const elapsed = async <T>(fn: () => Promise<T>): Promise<[T, number]> => {
  const started = Date.now();
  const value = await fn();
  return [value, Date.now() - started];
};

export const INDEX_ACCEPT = 'application/vnd.oci.image.index.v1+json, application/vnd.oci.image.manifest.v1+json';

/**
 * Copies the release tagged 1.0 in repository `from` to `to` of the same registry (blobs mounted, manifests
 * PUT as they are), tagged 1.0 and latest: seeds a previous release without the code under test.
 */
export async function copyRelease(base: string, from: string, to: string): Promise<void> {
  const get = async (reference: string) => {
    const res = await fetch(`${base}/v2/${from}/manifests/${reference}`, { headers: { accept: INDEX_ACCEPT } });
    return { type: res.headers.get('content-type') ?? '', bytes: Buffer.from(await res.arrayBuffer()) };
  };
  const put = async (reference: string, manifest: { type: string; bytes: Buffer }) => {
    const res = await fetch(`${base}/v2/${to}/manifests/${reference}`, {
      method: 'PUT',
      headers: { 'content-type': manifest.type },
      body: manifest.bytes,
    });
    expect(res.status).toBe(201);
  };
  const index = await get('1.0');
  for (const child of (JSON.parse(index.bytes.toString()) as { manifests: Array<{ digest: string }> }).manifests) {
    const manifest = await get(child.digest);
    const parsed = JSON.parse(manifest.bytes.toString()) as {
      config: { digest: string };
      layers: Array<{ digest: string }>;
    };
    for (const blob of [parsed.config, ...parsed.layers]) {
      const res = await fetch(`${base}/v2/${to}/blobs/uploads/?mount=${blob.digest}&from=${from}`, { method: 'POST' });
      expect(res.status).toBe(201);
    }
    await put(child.digest, manifest);
  }
  for (const tag of ['1.0', 'latest']) await put(tag, index);
}

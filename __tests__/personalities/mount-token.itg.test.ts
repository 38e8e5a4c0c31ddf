/**
 * A release into a second repository of Docker Hub, where blobs are mounted from the first one: the mount's token
 * asks for push on the destination and pull on the source, and Docker Hub's token service may refuse that
 * request whole (400 "invalid repository name", go-containerregistry#1679; or 401), or issue a token without the
 * source's pull and ignore the mount (202). Every way the release must be whole, read back from the registry
 * itself; a refused mount is asked for once per source, not once per blob. Run in this process (runCommand, as
 * the action runs it) through the Docker Hub personality (../harness/personalities.ts).
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { closeRegistryConnections } from '../../src/core/stores/registry/http.js';
import { errorLines } from '../e2e/run-action.js';
import { startFaultProxy } from '../harness/fault-proxy.js';
import { personality } from '../harness/personalities.js';
import type { MountTokenPolicy } from '../harness/registry-stand-ins.js';
import { startRegistry, type RunningRegistry } from '../harness/registry.js';
import { runInProcess } from '../reliability/in-process.js';

const sha256 = (b: Buffer | string) => `sha256:${createHash('sha256').update(b).digest('hex')}`;
const platforms = ['linux/amd64', 'linux/arm64'];
let registry: RunningRegistry;
let work: string;

beforeAll(async () => {
  registry = await startRegistry();
  work = mkdtempSync(join(tmpdir(), 'oma-mount-token-'));
  for (const p of platforms) writeFileSync(join(work, p.replace('/', '-')), `tool for ${p}\n`);
}, 60_000);
afterAll(async () => {
  await closeRegistryConnections();
  await registry?.stop();
});

/** The index at `repo:tag` and every blob of its children, as the registry behind the proxy holds them. */
async function readBack(repo: string, tag: string): Promise<string> {
  const accept = 'application/vnd.oci.image.index.v1+json, application/vnd.oci.image.manifest.v1+json';
  const get = async (path: string) => {
    const res = await fetch(`${registry.url}/v2/${repo}/${path}`, { headers: { accept } });
    expect(res.status).toBe(200);
    return Buffer.from(await res.arrayBuffer());
  };
  const index = await get(`manifests/${tag}`);
  const { manifests } = JSON.parse(index.toString()) as { manifests: Array<{ digest: string }> };
  expect(manifests).toHaveLength(2);
  for (const child of manifests) {
    const manifest = JSON.parse((await get(`manifests/${child.digest}`)).toString()) as {
      config: { digest: string };
      layers: Array<{ digest: string }>;
    };
    for (const blob of [manifest.config, ...manifest.layers])
      expect(sha256(await get(`blobs/${blob.digest}`))).toBe(blob.digest);
  }
  return sha256(index);
}

test.each<[MountTokenPolicy, 'mounted' | 'uploaded']>([
  ['refused', 'uploaded'],
  ['refused-401', 'uploaded'],
  ['narrowed', 'uploaded'],
  ['granted', 'mounted'],
])(
  'Docker Hub, mount token %s: the release into a second repository is whole (%s)',
  async (policy, how) => {
    const proxy = await startFaultProxy(registry.url);
    try {
      const controls = personality('docker-hub').install(proxy, registry.storage ?? '');
      controls.setMountTokens?.(policy);
      const ns = `hub-${policy}`;
      const repo = `${proxy.host}/${ns}/tool`;
      for (const platform of platforms) {
        const run = await runInProcess({
          command: 'push',
          repository: repo,
          platform,
          files: join(work, platform.replace('/', '-')),
          'staging-prefix': 'st',
        });
        expect(errorLines(run)).toEqual([]);
      }
      const merged = await runInProcess({
        command: 'merge',
        repository: repo,
        'staging-prefix': 'st',
        platforms: platforms.join(','),
        tags: '1.0.0',
      });
      expect(errorLines(merged)).toEqual([]);

      const log = proxy.log.length;
      const released = await runInProcess({
        command: 'merge',
        repository: repo,
        sources: `${repo}:1.0.0`,
        tags: `${proxy.host}/${ns}/release:1.0.0`,
      });
      expect(errorLines(released)).toEqual([]);
      expect(await readBack(`${ns}/release`, '1.0.0')).toBe(merged.outputs['digest']);

      const requests = proxy.log.slice(log);
      const mounts = requests.filter((e) => e.method === 'POST' && e.url.includes('mount='));
      const combined = (controls.tokenRequests ?? []).filter(
        (scopes) =>
          scopes.join(' ').includes(`repository:${ns}/tool:pull`) &&
          scopes.join(' ').includes(`${ns}/release:pull,push`),
      );
      expect(combined.length).toBeGreaterThan(0);
      const uploads = requests.filter(
        (e) => e.method === 'PUT' && e.path.startsWith(`/v2/${ns}/release/blobs/uploads/`),
      );
      if (how === 'mounted') {
        expect(mounts.filter((e) => e.status === 201).length).toBeGreaterThan(0);
        expect(uploads).toEqual([]);
      } else {
        expect(mounts.every((e) => e.status !== 201)).toBe(true);
        expect(uploads.length).toBeGreaterThanOrEqual(4); // two configs, two layers
      }
      if (policy.startsWith('refused')) {
        // the token step refused the mount once; the other blobs upload without asking again
        expect(combined).toHaveLength(1);
        expect(mounts).toEqual([]);
      }
      if (policy === 'narrowed') expect(mounts.every((e) => e.status === 202)).toBe(true);
    } finally {
      await proxy.stop();
    }
  },
  120_000,
);

/**
 * The whole job, as users run it (`node dist/index.js` with INPUT_*), through each registry personality
 * (../harness/personalities.ts, from ../shared/REGISTRIES.md): push two platforms (one file streamed),
 * merge with `platforms`, several tags and cleanup, read back independently (skopeo and plain HTTP against
 * the registry behind the proxy), pull one platform, re-run (same digest), release into a second repository.
 * Where a registry cannot do what is asked, the step ends with one clear line and writes nothing it should not.
 */
import { beforeAll, expect, test } from '@jest/globals';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startFaultProxy, type FaultProxy } from '../harness/fault-proxy.js';
import { personalities, type Personality, type PersonalityControls } from '../harness/personalities.js';
import { sha256, useRegistry } from '../harness/fixtures.js';
import { errorLines, runAction, skopeoRaw, skopeoTags } from '../e2e/run-action.js';

/** pack-files' STREAMED_PUSH_MIN_SIZE: the smallest file that is uploaded while hashed. */
const STREAMED = 32 * 1024 * 1024;
const platforms = ['linux/amd64', 'linux/arm64'];
const env = { SOURCE_DATE_EPOCH: '1700000000' };

const { registry } = useRegistry();
let work: string;
let big: string;
let small: string;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'oma-personalities-'));
  big = join(work, 'tool-amd64.bin');
  const block = Buffer.alloc(1024 * 1024);
  for (let i = 0; i < block.length; i++) block[i] = (i * 31 + 7) & 0xff;
  writeFileSync(big, Buffer.concat(Array.from({ length: STREAMED / block.length }, () => block)));
  small = join(work, 'tool-arm64.bin');
  writeFileSync(small, 'binary for linux/arm64\n');
}, 60_000);

const warnings = (run: { stdout: string }) => run.stdout.split('\n').filter((l) => l.startsWith('::warning::'));

/** skopeo's view of the digest a reference names, straight from the registry behind the proxy. */
const digestAt = (reference: string): string | undefined => {
  try {
    return sha256(skopeoRaw(reference));
  } catch {
    return undefined;
  }
};

/** A blob as the registry holds it: small ones read and hashed, the streamed one by the registry's own answer. */
async function blobDigest(repo: string, layer: { digest: string; size: number }): Promise<string | undefined> {
  if (layer.size >= STREAMED) {
    const head = await fetch(`${registry.url}/v2/${repo}/blobs/${layer.digest}`, { method: 'HEAD' });
    expect(Number(head.headers.get('content-length'))).toBe(layer.size);
    return head.headers.get('docker-content-digest') ?? undefined;
  }
  const res = await fetch(`${registry.url}/v2/${repo}/blobs/${layer.digest}`);
  return sha256(Buffer.from(await res.arrayBuffer()));
}

/** The whole job and the personality's refusals, in one test per personality (they run side by side). */
test.concurrent.each(personalities.map((p) => [p.name, p] as const))(
  '%s: the whole job, and one clear line where the registry refuses',
  async (_name, p: Personality) => {
    const proxy = await startFaultProxy(registry.url);
    try {
      await wholeJob(p, proxy);
    } finally {
      await proxy.stop();
    }
  },
  600_000,
);

async function wholeJob(p: Personality, proxy: FaultProxy): Promise<void> {
  const controls: PersonalityControls = p.install(proxy, registry.storage ?? '');
  const ns = p.id.replace(/[^a-z0-9-]/g, '-');
  const repo = `${proxy.host}/${ns}/tool`;
  for (const name of ['tool', 'release']) controls.createRepository(`${ns}/${name}`);
  const push = (platform: string, prefix: string, extra: Record<string, string> = {}) =>
    runAction(
      {
        command: 'push',
        repository: repo,
        platform,
        files: platform === 'linux/amd64' ? big : small,
        'staging-prefix': prefix,
        ...(p.expectations.artifactType ? { 'artifact-type': 'application/vnd.example.tool.v1' } : {}),
        ...extra,
      },
      env,
    );
  const merge = (prefix: string, tags: string, extra: Record<string, string> = {}) =>
    runAction(
      {
        command: 'merge',
        repository: repo,
        'staging-prefix': prefix,
        platforms: platforms.join(','),
        tags,
        cleanup: 'true',
        ...extra,
      },
      env,
    );

  /** The release read back from the registry itself: index, children and every blob, byte for byte. */
  async function expectRelease(repository: string, tag: string, digest: string | undefined): Promise<void> {
    const raw = skopeoRaw(`${registry.host}/${repository}:${tag}`);
    expect(sha256(raw)).toBe(digest);
    const index = JSON.parse(raw) as { manifests: Array<{ digest: string; platform: { architecture: string } }> };
    expect(index.manifests.map((m) => m.platform.architecture).sort()).toEqual(['amd64', 'arm64']);
    for (const m of index.manifests) {
      const manifest = JSON.parse(skopeoRaw(`${registry.host}/${repository}@${m.digest}`)) as {
        layers: Array<{ digest: string; size: number }>;
      };
      for (const layer of manifest.layers) expect(await blobDigest(repository, layer)).toBe(layer.digest);
    }
  }

  {
    // push two platforms (one streamed), merge with cleanup, read back, pull; re-run the matrix and the merge,
    // now with a second repository too
    const pushed = await Promise.all(platforms.map((platform) => push(platform, 'staging-1')));
    for (const run of pushed) expect(errorLines(run)).toEqual([]);

    const merged = await merge('staging-1', '1.0.0\nlatest');
    expect(errorLines(merged)).toEqual([]);
    const digest = merged.outputs['digest'];
    await expectRelease(`${ns}/tool`, '1.0.0', digest);
    expect(digestAt(`${registry.host}/${ns}/tool:latest`)).toBe(digest);

    const out = mkdtempSync(join(work, `pull-${ns}-`));
    const pulled = await runAction({
      command: 'pull',
      reference: `${repo}:1.0.0`,
      platform: 'linux/arm64',
      output: out,
    });
    expect(errorLines(pulled)).toEqual([]);
    expect(readFileSync(join(out, 'tool-arm64.bin'))).toEqual(readFileSync(small));

    // The same matrix and merge again ("Re-run all jobs"), into a second repository as well: the same digest
    // everywhere (the release index records its staging prefix, so the first merge's cleanup changes nothing).
    const repushed = await Promise.all(platforms.map((platform) => push(platform, 'staging-1')));
    for (const run of repushed) expect(errorLines(run)).toEqual([]);
    const remerged = await merge('staging-1', `1.0.0\nlatest\n${proxy.host}/${ns}/release:1.0.0`);
    expect(errorLines(remerged)).toEqual([]);
    expect(remerged.outputs['digest']).toBe(digest);
    await expectRelease(`${ns}/release`, '1.0.0', digest);
    expect(digestAt(`${registry.host}/${ns}/tool:1.0.0`)).toBe(digest);
    const tags = skopeoTags(`${registry.host}/${ns}/tool`).sort();
    if (p.expectations.cleanup) {
      expect(tags).toEqual(['1.0.0', 'latest']);
      expect(warnings(remerged)).toEqual([]);
    } else {
      // The registry cannot delete: the step says so, the staging tags stay, the release is whole.
      expect(tags).toEqual(['1.0.0', 'latest', 'staging-1-linux-amd64', 'staging-1-linux-arm64']);
      const cleanupLines = warnings(remerged).filter((l) => /cleanup/i.test(l));
      expect(cleanupLines.length).toBeGreaterThan(0);
      for (const line of cleanupLines)
        expect(line).toMatch(/cleanup is not possible on this registry: staging tags kept/);
    }
  }

  if (p.expectations.createRepository) {
    // a release into a repository that does not exist ends with one line: create the repository first
    const run = await runAction({
      command: 'merge',
      repository: repo,
      sources: `${repo}:1.0.0`,
      tags: `${proxy.host}/${ns}/missing:1.0.0`,
    });
    expect(run.code).not.toBe(0);
    const lines = errorLines(run);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/NAME_UNKNOWN/);
    expect(lines[0]).toMatch(/create the repository .*first/);
    expect(skopeoTags(`${registry.host}/${ns}/missing`)).toEqual([]);
  }

  if (!p.expectations.artifactType) {
    {
      // an artifact-type the registry refuses ends with one line: omit artifact-type or allow it
      const run = await push('linux/arm64', 'refused', { 'artifact-type': 'application/vnd.example.tool.v1' });
      expect(run.code).not.toBe(0);
      const lines = errorLines(run);
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/application\/vnd\.example\.tool\.v1/);
      expect(lines[0]).toMatch(/omit artifact-type or allow it in the registry/);
      expect(skopeoTags(`${registry.host}/${ns}/tool`).filter((t) => t.startsWith('refused'))).toEqual([]);
    }
  }

  if (p.expectations.immutableTags) {
    {
      // moving an immutable release tag to another digest ends with one line and leaves the tag alone
      const before = digestAt(`${registry.host}/${ns}/tool:1.0.0`);
      expect(before).toBeDefined();
      const pushed = await Promise.all(platforms.map((platform) => push(platform, 'staging-2')));
      for (const run of pushed) expect(errorLines(run)).toEqual([]);
      const run = await merge('staging-2', '1.0.0', { annotations: 'org.example.rebuilt=yes', cleanup: 'false' });
      expect(run.code).not.toBe(0);
      const lines = errorLines(run);
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/"1\.0\.0"/);
      expect(lines[0]).toMatch(/immutable.*another digest/);
      expect(digestAt(`${registry.host}/${ns}/tool:1.0.0`)).toBe(before);
    }
  }
}

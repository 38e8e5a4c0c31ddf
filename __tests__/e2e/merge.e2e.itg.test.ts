/** push ×N then merge, as GitHub runs them, against the real registry; read back with skopeo. */
import { beforeAll, describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { registryPaths } from '../harness/fault-rules.js';
import { sha256, useRegistry } from '../harness/fixtures.js';
import { errorLines, runAction, skopeoRaw, skopeoTags } from './run-action.js';

const { registry, proxy } = useRegistry({ proxy: true });
const { registry: other } = useRegistry();
let work: string;
const platforms = ['linux/amd64', 'linux/arm64', 'darwin/arm64'];

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'oma-merge-'));
});

async function stage(repo: string, prefix: string, list = platforms): Promise<void> {
  const runs = await Promise.all(
    list.map((platform) => {
      const file = join(work, `tool-${platform.replaceAll('/', '-')}.bin`);
      writeFileSync(file, `binary for ${platform}\n`);
      return runAction({
        command: 'push',
        repository: repo,
        platform,
        files: file,
        'artifact-type': 'application/vnd.example.tool.v1',
        annotations: `org.opencontainers.image.ref.name=1.2.3.${platform.replaceAll('/', '-')}\nsh.brew.bottle.digest=x`,
        'staging-prefix': prefix,
      });
    }),
  );
  for (const run of runs) expect(errorLines(run)).toEqual([]);
}

const mergeInputs = (repo: string, prefix: string, extra: Record<string, string> = {}) => ({
  command: 'merge',
  repository: repo,
  'staging-prefix': prefix,
  platforms: platforms.join(','),
  'descriptor-annotations': 'org.opencontainers.image.ref.name',
  tags: '1.2.3\nlatest',
  ...extra,
});

describe('merge', () => {
  const repo = () => `${registry.host}/rel/tool`;

  test('composes the staging tags into one index under the release tags', async () => {
    await stage(repo(), 'staging-1');
    const run = await runAction(mergeInputs(repo(), 'staging-1'), {
      GITHUB_ACTIONS: 'true',
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_REPOSITORY: 'o/r',
      GITHUB_SHA: 'abc123',
      SOURCE_DATE_EPOCH: '1700000000',
    });
    expect(errorLines(run)).toEqual([]);
    const raw = skopeoRaw(`${repo()}:1.2.3`);
    expect(skopeoRaw(`${repo()}:latest`)).toBe(raw);
    expect(sha256(raw)).toBe(run.outputs['digest']);
    expect(run.outputs['index']).toBe(raw);
    const index = JSON.parse(raw);
    expect(
      index.manifests.map(
        (m: { platform: { os: string; architecture: string } }) => `${m.platform.os}/${m.platform.architecture}`,
      ),
    ).toEqual(['darwin/arm64', 'linux/amd64', 'linux/arm64']);
    for (const m of index.manifests) {
      // Lifted: only the allowlisted key; the child is present in the repository.
      expect(Object.keys(m.annotations)).toEqual(['org.opencontainers.image.ref.name']);
      expect(sha256(skopeoRaw(`${repo()}@${m.digest}`))).toBe(m.digest);
    }
    expect(index.annotations).toMatchObject({
      'org.opencontainers.image.source': 'https://github.com/o/r',
      'org.opencontainers.image.revision': 'abc123',
      'org.opencontainers.image.created': '2023-11-14T22:13:20Z',
    });
    expect(JSON.parse(run.outputs['platforms'] ?? '[]')).toHaveLength(3);
    // The job summary: one row per platform with its digest, the index digest, and every reference written.
    for (const m of index.manifests) {
      expect(run.summary).toContain(`| ${m.platform.os}/${m.platform.architecture} | \`${m.digest}\` |`);
    }
    expect(run.summary).toContain(`Index \`${run.outputs['digest']}\``);
    expect(run.summary).toContain(`\`${repo()}:1.2.3\``);
    expect(run.outputs['references']?.split('\n')).toEqual([`${repo()}:1.2.3`, `${repo()}:latest`]);
    // An independent client copies the whole release.
    const dest = join(work, 'skopeo-copy');
    execFileSync(
      'skopeo',
      ['copy', '--all', '--src-tls-verify=false', `docker://${repo()}:1.2.3`, `oci:${dest}:1.2.3`],
      { stdio: 'pipe' },
    );
    expect(JSON.parse(readFileSync(join(dest, 'index.json'), 'utf8')).manifests).toHaveLength(1);
  });

  test('a re-run gives the same digest and uploads nothing', async () => {
    const prepo = `${proxy.host}/rel/rerun`;
    await stage(prepo, 'staging-2');
    const first = await runAction(mergeInputs(prepo, 'staging-2'));
    expect(errorLines(first)).toEqual([]);
    const bytes = proxy.uploadedBlobBytes();
    const manifestPuts = proxy.log.filter((e) => e.method === 'PUT' && registryPaths.manifest.test(e.path)).length;
    const second = await runAction(mergeInputs(prepo, 'staging-2'));
    expect(errorLines(second)).toEqual([]);
    expect(second.outputs['digest']).toBe(first.outputs['digest']);
    expect(proxy.uploadedBlobBytes()).toBe(bytes);
    // Tags already at the digest are left alone: no manifest PUT at all the second time.
    expect(proxy.log.filter((e) => e.method === 'PUT' && registryPaths.manifest.test(e.path)).length).toBe(
      manifestPuts,
    );
  });

  test('release to a second repository of the same registry mounts: zero blob bytes uploaded', async () => {
    const prepo = `${proxy.host}/rel/mount-src`;
    await stage(prepo, 'staging-3');
    const before = proxy.uploadedBlobBytes();
    const run = await runAction(mergeInputs(prepo, 'staging-3', { tags: `${proxy.host}/rel/mount-dst:1.0` }));
    expect(errorLines(run)).toEqual([]);
    expect(proxy.uploadedBlobBytes()).toBe(before);
    const index = JSON.parse(skopeoRaw(`${registry.host}/rel/mount-dst:1.0`));
    for (const m of index.manifests)
      expect(sha256(skopeoRaw(`${registry.host}/rel/mount-dst@${m.digest}`))).toBe(m.digest);
  });

  test('release to a second registry and to an oci-layout store', async () => {
    await stage(repo(), 'staging-4');
    const layout = join(work, 'release-layout');
    const run = await runAction(
      mergeInputs(repo(), 'staging-4', { tags: `${other.host}/mirror/tool:1.2.3\noci-layout:${layout}:1.2.3` }),
    );
    expect(errorLines(run)).toEqual([]);
    const raw = skopeoRaw(`${other.host}/mirror/tool:1.2.3`);
    expect(sha256(raw)).toBe(run.outputs['digest']);
    for (const m of JSON.parse(raw).manifests) {
      const manifest = JSON.parse(skopeoRaw(`${other.host}/mirror/tool@${m.digest}`));
      for (const layer of manifest.layers) {
        const res = await fetch(`${other.url}/v2/mirror/tool/blobs/${layer.digest}`);
        expect(sha256(Buffer.from(await res.arrayBuffer()))).toBe(layer.digest);
      }
    }
    const inspected = execFileSync('skopeo', ['inspect', '--raw', `oci:${layout}:1.2.3`], { encoding: 'utf8' });
    expect(sha256(inspected)).toBe(run.outputs['digest']);
  });

  test('a missing platform fails before anything is pushed and leaves the release tags untouched', async () => {
    const r = `${registry.host}/rel/gate`;
    await stage(r, 'staging-5', ['linux/amd64', 'linux/arm64']);
    const run = await runAction(mergeInputs(r, 'staging-5', { platforms: 'linux/amd64,linux/arm64,windows/amd64' }));
    expect(run.code).not.toBe(0);
    expect(errorLines(run).join('\n')).toMatch(/windows\/amd64/);
    expect(skopeoTags(r).filter((t) => !t.startsWith('staging-'))).toEqual([]);
  });

  test('a child manifest PUT that always fails means the index is never pushed', async () => {
    const src = `${proxy.host}/rel/fault-src`;
    await stage(src, 'staging-6');
    const rule = proxy.addRule({
      method: 'PUT',
      path: /^\/v2\/rel\/fault-dst\/manifests\/sha256:/,
      fault: { kind: 'status', status: 500 },
    });
    try {
      const run = await runAction(mergeInputs(src, 'staging-6', { tags: `${proxy.host}/rel/fault-dst:1.0` }));
      expect(run.code).not.toBe(0);
      expect(errorLines(run)).toHaveLength(1);
    } finally {
      rule.remove();
    }
    expect(skopeoTags(`${registry.host}/rel/fault-dst`)).toEqual([]);
    const indexPuts = proxy.log.filter(
      (e) => e.method === 'PUT' && /^\/v2\/rel\/fault-dst\/manifests\//.test(e.path) && e.status === 201,
    );
    expect(indexPuts).toEqual([]);
  });

  test('dry-run prints the index and the plan and pushes nothing; the real run then gives the same digest', async () => {
    const r = `${registry.host}/rel/dry`;
    await stage(r, 'staging-8');
    const dry = await runAction(mergeInputs(r, 'staging-8', { 'dry-run': 'true' }));
    expect(errorLines(dry)).toEqual([]);
    expect(dry.stdout).toContain(`dry-run: ${r}:1.2.3 would move from nothing`);
    expect(dry.stdout).toContain('"schemaVersion": 2');
    expect(dry.stdout).toContain(`dry-run: ${r}: index would be pushed`);
    const index = JSON.parse(dry.outputs['index'] ?? '{}');
    for (const m of index.manifests) expect(dry.stdout).toContain(`dry-run:   ${m.digest}: already there`);
    expect(skopeoTags(r).filter((t) => !t.startsWith('staging-'))).toEqual([]);
    const real = await runAction(mergeInputs(r, 'staging-8'));
    expect(real.outputs['digest']).toBe(dry.outputs['digest']);
    expect(sha256(skopeoRaw(`${r}:latest`))).toBe(dry.outputs['digest']);
  });

  test('base: a platform appended to an existing release keeps the entries of the release', async () => {
    const r = `${registry.host}/rel/append`;
    await stage(r, 'staging-a', ['linux/amd64', 'linux/arm64']);
    const first = await runAction(mergeInputs(r, 'staging-a', { platforms: 'linux/amd64,linux/arm64', tags: '1.0' }));
    expect(errorLines(first)).toEqual([]);
    await stage(r, 'staging-b', ['darwin/arm64']);
    const appended = await runAction(
      mergeInputs(r, 'staging-b', {
        base: `${r}:1.0`,
        tags: '1.0\n1.1',
        platforms: 'linux/amd64,linux/arm64,darwin/arm64',
      }),
    );
    expect(errorLines(appended)).toEqual([]);
    const before = JSON.parse(first.outputs['index'] ?? '{}');
    const after = JSON.parse(skopeoRaw(`${r}:1.1`));
    expect(skopeoRaw(`${r}:1.0`)).toBe(skopeoRaw(`${r}:1.1`));
    expect(after.manifests.map((m: { digest: string }) => m.digest)).toEqual(
      expect.arrayContaining(before.manifests.map((m: { digest: string }) => m.digest)),
    );
    expect(after.manifests.map((m: { platform: { os: string } }) => m.platform.os)).toEqual([
      'darwin',
      'linux',
      'linux',
    ]);
  });

  test('on-conflict: a second source for the same platform fails by default and wins with replace', async () => {
    const r = `${registry.host}/rel/conflict`;
    await stage(r, 'staging-c', ['linux/amd64']);
    writeFileSync(join(work, 'other.bin'), 'another build for linux/amd64\n');
    const other = await runAction({
      command: 'push',
      repository: r,
      platform: 'linux/amd64',
      files: join(work, 'other.bin'),
      'staging-tag': 'other-amd64',
    });
    expect(errorLines(other)).toEqual([]);
    const sources = `${r}:staging-c-linux-amd64\n${r}:other-amd64`;
    const refused = await runAction({ command: 'merge', repository: r, sources, tags: 'x' });
    expect(refused.code).not.toBe(0);
    expect(errorLines(refused).join('')).toMatch(/linux\/amd64/);
    expect(skopeoTags(r)).not.toContain('x');
    const replaced = await runAction({ command: 'merge', repository: r, sources, tags: 'x', 'on-conflict': 'replace' });
    expect(errorLines(replaced)).toEqual([]);
    expect(JSON.parse(skopeoRaw(`${r}:x`)).manifests.map((m: { digest: string }) => m.digest)).toEqual([
      other.outputs['digest'],
    ]);
  });

  test('cleanup removes the staging indexes and leaves every release tag whole', async () => {
    const r = `${registry.host}/rel/cleanup`;
    await stage(r, 'staging-7');
    const run = await runAction(mergeInputs(r, 'staging-7', { cleanup: 'true' }));
    expect(errorLines(run)).toEqual([]);
    expect(skopeoTags(r).sort()).toEqual(['1.2.3', 'latest']);
    const index = JSON.parse(skopeoRaw(`${r}:1.2.3`));
    for (const m of index.manifests) {
      const manifest = JSON.parse(skopeoRaw(`${r}@${m.digest}`));
      for (const layer of manifest.layers) {
        expect((await fetch(`${registry.url}/v2/rel/cleanup/blobs/${layer.digest}`, { method: 'HEAD' })).status).toBe(
          200,
        );
      }
    }
  });
});

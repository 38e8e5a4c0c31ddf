/**
 * Cleanup through the ghcr.io code path: the registry's DELETE is not used; package versions are listed and
 * deleted through a GitHub Packages API served by a local fixture that mirrors the real registry's state.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { createServer, type Server } from 'node:http';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ghcrDeleter } from '../../src/commands/ghcr-cleanup.js';
import { openTarget } from '../../src/core/stores/open-target.js';
import { silentLogger } from '../../src/core/logger.js';
import { merge } from '../../src/core/merge/merge.js';
import { push } from '../../src/core/push/push.js';
import { parsePlatform } from '../../src/core/oci/platform.js';
import { stagingTagFor } from '../../src/core/artifact/staging.js';
import { parseReference, withVersion, type Reference } from '../../src/core/oci/reference.js';
import { sha256, useRegistry } from '../harness/fixtures.js';
import { skopeoRaw, skopeoTags } from '../e2e/run-action.js';

const { registry } = useRegistry();
let api: Server;
let apiUrl: string;
const requests: string[] = [];
const repository = 'octo/app/tool';

beforeAll(async () => {
  // GET …/versions lists one version per digest with its tags, read from the registry; DELETE removes it there.
  api = createServer((req, res) => {
    requests.push(`${req.method} ${req.url} ${req.headers.authorization ? 'auth' : 'anon'}`);
    void (async () => {
      const list = /^\/orgs\/octo\/packages\/container\/app%2Ftool\/versions(\?.*)?$/.exec(req.url ?? '');
      const del = /^\/orgs\/octo\/packages\/container\/app%2Ftool\/versions\/(\d+)$/.exec(req.url ?? '');
      const versions = await registryVersions();
      if (req.method === 'GET' && list) {
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(versions));
      } else if (req.method === 'DELETE' && del) {
        const version = versions.find((v) => v.id === Number(del[1]));
        if (!version) return void res.writeHead(404).end();
        await fetch(`${registry.url}/v2/${repository}/manifests/${version.name}`, { method: 'DELETE' });
        res.writeHead(204).end();
      } else {
        res.writeHead(404, { 'content-type': 'application/json' }).end('{"message":"Not Found"}');
      }
    })();
  });
  await new Promise<void>((r) => api.listen(0, '127.0.0.1', () => r()));
  const address = api.address();
  apiUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});
afterAll(async () => {
  await new Promise((r) => api.close(r));
});

async function registryVersions() {
  const tags = skopeoTags(`${registry.host}/${repository}`);
  const byDigest = new Map<string, string[]>();
  for (const tag of tags) {
    const res = await fetch(`${registry.url}/v2/${repository}/manifests/${tag}`, {
      method: 'HEAD',
      headers: { accept: 'application/vnd.oci.image.index.v1+json, application/vnd.oci.image.manifest.v1+json' },
    });
    const digest = res.headers.get('docker-content-digest') ?? '';
    byDigest.set(digest, [...(byDigest.get(digest) ?? []), tag]);
  }
  return [...byDigest].map(([name, t], i) => ({ id: i + 1, name, metadata: { container: { tags: t } } }));
}

test('cleanup on the ghcr.io path deletes staging versions only, and every release tag stays whole', async () => {
  const repo = parseReference(`${registry.host}/${repository}`);
  const open = (ref: Reference) => openTarget(ref);
  const work = mkdtempSync(join(tmpdir(), 'oma-ghcr-'));
  for (const p of ['linux/amd64', 'linux/arm64']) {
    const file = join(work, `${p.replace('/', '-')}.bin`);
    writeFileSync(file, `bits for ${p}\n`);
    const platform = parsePlatform(p);
    await push(
      {
        repository: repo,
        platform,
        files: [{ path: file }],
        annotations: {},
        stagingTag: stagingTagFor('staging-9', platform),
        concurrency: 2,
      },
      { open, logger: silentLogger, tempRoot: work },
    );
  }
  // A staging index that also carries a non-staging tag must be kept.
  await open(repo).tag(await open(repo).resolve('staging-9-linux-arm64'), 'pinned');
  const result = await merge(
    {
      repository: repo,
      stagingPrefix: 'staging-9',
      sources: [],
      tags: [withVersion(repo, { tag: '1.0' })],
      indexAnnotations: {},
      descriptorAnnotations: [],
      onConflict: 'error',
      cleanup: true,
      dryRun: false,
      concurrency: 2,
      defaults: {},
    },
    {
      open,
      logger: silentLogger,
      deleteStaging: ghcrDeleter({
        token: 'ghs_fixture_token',
        apiUrl,
        registries: [registry.host],
        logger: silentLogger,
      }),
    },
  );
  expect(result.cleanup?.deleted).toHaveLength(1);
  expect(requests.some((r) => r.startsWith('DELETE /orgs/octo/packages/container/app%2Ftool/versions/'))).toBe(true);
  expect(requests.every((r) => r.endsWith(' auth'))).toBe(true);
  expect(skopeoTags(`${registry.host}/${repository}`).sort()).toEqual(['1.0', 'pinned', 'staging-9-linux-arm64']);
  const index = JSON.parse(skopeoRaw(`${registry.host}/${repository}:1.0`));
  expect(index.manifests).toHaveLength(2);
  for (const m of index.manifests)
    expect(skopeoRaw(`${registry.host}/${repository}@${m.digest}`).length).toBeGreaterThan(0);

  // Promoting the release (its tag as the source) with cleanup: the release is no staging index, it stays.
  const deletes = requests.filter((r) => r.startsWith('DELETE')).length;
  const promoted = await merge(
    {
      repository: repo,
      sources: [withVersion(repo, { tag: '1.0' })],
      tags: [withVersion(repo, { tag: '1.0-final' })],
      indexAnnotations: { 'org.opencontainers.image.version': '1.0' },
      descriptorAnnotations: [],
      onConflict: 'error',
      cleanup: true,
      dryRun: false,
      concurrency: 2,
      defaults: {},
    },
    {
      open,
      logger: silentLogger,
      deleteStaging: ghcrDeleter({
        token: 'ghs_fixture_token',
        apiUrl,
        registries: [registry.host],
        logger: silentLogger,
      }),
    },
  );
  expect(promoted.cleanup?.deleted).toEqual([]);
  expect(promoted.cleanup?.kept.map((k) => k.reason)).toEqual([expect.stringMatching(/not a staging index/)]);
  expect(requests.filter((r) => r.startsWith('DELETE'))).toHaveLength(deletes);
  expect(skopeoTags(`${registry.host}/${repository}`).sort()).toEqual([
    '1.0',
    '1.0-final',
    'pinned',
    'staging-9-linux-arm64',
  ]);
  expect(sha256(skopeoRaw(`${registry.host}/${repository}:1.0`))).toBe(result.composed.descriptor.digest);
});

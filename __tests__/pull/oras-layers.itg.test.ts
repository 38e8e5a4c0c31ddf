/**
 * Directory layers speak ORAS's convention (oras-go content/file): `io.deis.oras.content.unpack: "true"`,
 * `io.deis.oras.content.digest` = digest of the uncompressed tar, and every tar entry under the layer's title.
 * Both ways: our pull unpacks a manifest shaped exactly as `oras push DIR` writes it (tar made by GNU tar,
 * pushed with plain HTTP), and what our push writes for a directory passes a reader written here from
 * oras-go's rules (tar digest, entries under the title), with GNU tar extracting it.
 */
import { beforeAll, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { runCli } from '../../src/cli/run.js';
import { pushBlobRaw, sha256Digest } from '../harness/raw-push.js';
import { useRegistry } from '../harness/fixtures.js';

const { registry } = useRegistry();
let work: string;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'oma-oras-'));
});

async function cliRun(args: string[]): Promise<{ code: number; outputs: Record<string, string>; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(
    args,
    { HOME: work },
    { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) },
  );
  return { code, outputs: code === 0 ? (JSON.parse(stdout) as Record<string, string>) : {}, stderr };
}

function makeTree(root: string): void {
  mkdirSync(join(root, 'sub'), { recursive: true });
  writeFileSync(join(root, 'a.txt'), 'alpha\n');
  writeFileSync(join(root, 'sub', 'b.txt'), 'beta\n');
}

test('pull unpacks a directory layer as `oras push` writes it, into <output>/<title>', async () => {
  const parent = join(work, 'oras-src');
  makeTree(join(parent, 'dist'));
  const tar = execFileSync('tar', ['-C', parent, '-cf', '-', 'dist']);
  const layer = gzipSync(tar);
  const empty = Buffer.from('{}');
  for (const blob of [layer, empty]) expect((await pushBlobRaw(registry.url, 'oras/dir', blob)).status).toBe(201);
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      artifactType: 'application/vnd.unknown.artifact.v1',
      config: { mediaType: 'application/vnd.oci.empty.v1+json', digest: sha256Digest(empty), size: 2, data: 'e30=' },
      layers: [
        {
          mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip',
          digest: sha256Digest(layer),
          size: layer.length,
          annotations: {
            'io.deis.oras.content.digest': sha256Digest(tar),
            'io.deis.oras.content.unpack': 'true',
            'org.opencontainers.image.title': 'dist',
          },
        },
      ],
      annotations: { 'org.opencontainers.image.created': '2026-11-30T00:00:00Z' },
    }),
  );
  const put = await fetch(`${registry.url}/v2/oras/dir/manifests/v1`, {
    method: 'PUT',
    headers: { 'content-type': 'application/vnd.oci.image.manifest.v1+json' },
    body: manifest,
  });
  expect(put.status).toBe(201);

  const out = join(work, 'pulled-oras');
  const pulled = await cliRun(['pull', '--reference', `${registry.host}/oras/dir:v1`, '--output', out]);
  expect(pulled.stderr).not.toMatch(/error/);
  expect(readFileSync(join(out, 'dist', 'a.txt'), 'utf8')).toBe('alpha\n');
  expect(readFileSync(join(out, 'dist', 'sub', 'b.txt'), 'utf8')).toBe('beta\n');
  expect(pulled.outputs['files']?.split('\n').sort()).toEqual(['dist/a.txt', 'dist/sub/b.txt']);
});

test('a directory we push carries ORAS annotations that hold, with every entry under the title', async () => {
  const dir = join(work, 'ours', 'bundle');
  makeTree(dir);
  const pushed = await cliRun([
    'push',
    '--repository',
    `${registry.host}/oras/ours`,
    '--platform',
    'linux/amd64',
    '--staging-prefix',
    's',
    '--files',
    dir,
  ]);
  expect(pushed.stderr).not.toMatch(/error/);
  const manifest = (await (
    await fetch(`${registry.url}/v2/oras/ours/manifests/${pushed.outputs['digest']}`, {
      headers: { accept: 'application/vnd.oci.image.manifest.v1+json' },
    })
  ).json()) as { layers: Array<{ digest: string; mediaType: string; annotations: Record<string, string> }> };
  const [layer] = manifest.layers;
  expect(layer?.mediaType).toBe('application/vnd.oci.image.layer.v1.tar+gzip');
  expect(layer?.annotations['io.deis.oras.content.unpack']).toBe('true');
  expect(layer?.annotations['org.opencontainers.image.title']).toBe('bundle');
  const gz = Buffer.from(await (await fetch(`${registry.url}/v2/oras/ours/blobs/${layer?.digest}`)).arrayBuffer());
  const tar = gunzipSync(gz);
  // oras-go verifies the uncompressed tar against this digest while extracting.
  expect(sha256Digest(tar)).toBe(layer?.annotations['io.deis.oras.content.digest']);
  // oras-go's ensureBasePath: every name (and link) must lie under the title.
  const tarFile = join(work, 'ours.tar');
  writeFileSync(tarFile, tar);
  const names = execFileSync('tar', ['-tf', tarFile], { encoding: 'utf8' }).split('\n').filter(Boolean);
  expect(names.every((n) => n === 'bundle/' || n.startsWith('bundle/'))).toBe(true);
  expect(names).toEqual(expect.arrayContaining(['bundle/a.txt', 'bundle/sub/b.txt']));
  // Extracted as ORAS does (into the working directory, names as they are): <dir>/bundle/...
  const extracted = mkdtempSync(join(work, 'x-'));
  execFileSync('tar', ['-xf', tarFile, '-C', extracted]);
  expect(readFileSync(join(extracted, 'bundle', 'sub', 'b.txt'), 'utf8')).toBe('beta\n');

  // And our own pull still puts it in <output>/bundle.
  const out = join(work, 'pulled-ours');
  const pulled = await cliRun([
    'pull',
    '--reference',
    `${registry.host}/oras/ours@${pushed.outputs['digest']}`,
    '--output',
    out,
  ]);
  expect(pulled.stderr).not.toMatch(/error/);
  expect(readFileSync(join(out, 'bundle', 'a.txt'), 'utf8')).toBe('alpha\n');
  expect(readFileSync(join(out, 'bundle', 'sub', 'b.txt'), 'utf8')).toBe('beta\n');
});
